import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readMetadata } from '../src/html/metadata.js';
import { pageByline } from '../src/html/page-byline.js';
import { parseHtml } from '../src/html/parse.js';
import { pageTypeFields } from '../src/stories/metadata.js';
import type { PageMeta, Story } from '../src/types.js';

/**
 * Issue 13, fourteenth round (byline14b): a story signed only by a labelled byline outside any
 * author element, in a sentence under the text or an entry's footer. Read last, where nothing
 * else names anyone, and only when every labelled byline in the page names the same person.
 */

const TEXT = '<p>Lake ice forms first along the shallow bays, where the water cools fastest, and it is safe to walk on only once it is ten centimetres thick.</p>';

function signed(body: string, head = ''): string | undefined {
  return readMetadata(parseHtml(`<html><head>${head}</head><body><h1>When lake ice holds</h1>${TEXT}${body}</body></html>`)).meta.pageSigned;
}

function afterType(meta: PageMeta, pageType: string): string[] | undefined {
  const s = { role: 'main', body: 'x', captions: [], content: [] } as unknown as Story;
  pageTypeFields(s, pageType, meta);
  return s.authors;
}

test('page byline: a closing sentence that says who wrote the post names its author, credentials kept', () => {
  assert.equal(signed('<p>This post was written by Marta Lindqvist, RN, a winter rescue volunteer.</p>'), 'Marta Lindqvist, RN');
});

test('page byline: an entry footer\'s "Posted By:" label with the name in a link names its author', () => {
  const meta = readMetadata(parseHtml(`<html><body><h1>When lake ice holds</h1>${TEXT}<footer class="entry-footer"><span class="entry-author">Posted By: <a href="/?s=x">Tove</a></span> · In: Winter</footer></body></html>`)).meta;
  assert.equal(meta.pageSigned, 'Tove');
  assert.deepEqual(afterType(meta, 'article'), ['Tove']);
  // A product, service or listing page drops it as it drops every name it did not state.
  assert.equal(afterType(meta, 'product'), undefined);
});

test('page byline: a menu link, a control\'s sentence and a list of other works\' authors name no one', () => {
  assert.equal(signed('<ul><li class="menu-item"><a href="/shop/maker">By Manufacturer</a></li></ul>'), undefined);
  assert.equal(signed('<p>By continuing you agree to the terms.</p>'), undefined);
  assert.equal(signed('<div class="book"><p>By Ada Holm</p></div><div class="book"><p>By Nils Berg</p></div>'), undefined);
  assert.equal(signed('<div class="comments"><p>Posted by Ada Holm</p></div>'), undefined);
  assert.equal(signed('<div class="sidebar"><h3>Author</h3><p>Ada Holm</p></div>'), undefined);
});

test('page byline: a label alone reads the next element; a layout wrapper that holds the headline is no sidebar', () => {
  const page = `<html><body><div class="content-sidebar-wrap"><h1>When lake ice holds</h1>${TEXT}<div class="fact"><h3>Author</h3><p>Ada Holm</p></div></div></body></html>`;
  // Read on its own: on so small a page the header's byline reading finds the name first.
  assert.equal(pageByline(parseHtml(page)), 'Ada Holm');
  assert.equal(pageByline(parseHtml(page.replace('content-sidebar-wrap', 'x').replace('class="fact"', 'class="sidebar"'))), undefined);
});

test('page byline: not read where the metadata already names the author', () => {
  assert.equal(signed('<p>This post was written by Marta Lindqvist.</p>', '<meta name="author" content="Erik Sand">'), undefined);
});
