import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readMetadata } from '../src/html/metadata.js';
import { parseHtml } from '../src/html/parse.js';
import { authorsOf } from '../src/lexicon/names.js';
import { pageTypeFields } from '../src/stories/metadata.js';
import type { PageMeta, Story } from '../src/types.js';

/**
 * Issue 13, sixteenth round (author16): a page whose author markings all agree on one name signs
 * with it, one word or two; a link to a profile on another site and an author link in the page's
 * footer sign nothing; "columnist" ends a byline as "reporter" does.
 */

const PARAGRAPH = '<p>Salt marsh grasses trap silt on every tide, and over a decade the marsh floor rises faster than the sea around it.</p>';
// Several paragraphs, so that the byline after them is not read as the headline's header.
const TEXT = PARAGRAPH.repeat(6);
const URL = 'https://tidewatch.example/notes/marsh-floor';

function meta(body: string): PageMeta {
  return readMetadata(parseHtml(`<html><body><article><h1>How a marsh keeps its head above water</h1>${TEXT}${body}</article></body></html>`), URL).meta;
}

function pageFooterMeta(footer: string): PageMeta {
  return readMetadata(parseHtml(`<html><body><main><article><h1>How a marsh keeps its head above water</h1>${TEXT}</article><footer>${footer}</footer></main></body></html>`), URL).meta;
}

function authorsAfter(m: PageMeta, pageType: string): string[] | undefined {
  const s = { role: 'main', body: 'x', captions: [], content: [] } as unknown as Story;
  pageTypeFields(s, pageType, m);
  return s.authors;
}

test('sole author element: the only byline element, with a one-word name, signs an article', () => {
  const m = meta('<div class="post-author">Written by Wren</div>');
  assert.equal(m.soleByline, 'Wren');
  assert.deepEqual(authorsAfter(m, 'article'), ['Wren']);
  // A shop's or a service's page drops it as it drops every name it did not state.
  assert.equal(authorsAfter(m, 'service'), undefined);
});

test('sole author element: two author elements with different names, or a phrase, sign nothing', () => {
  assert.equal(meta('<div class="post-author">by Wren</div><div class="post-author">by Kestrel</div>').soleByline, undefined);
  // A label or a phrase the markup calls the author is no name.
  assert.equal(meta('<div class="post-author">Personal finance</div>').soleByline, undefined);
});

test('sole author element: stated metadata still wins where it names someone', () => {
  const m = readMetadata(parseHtml(`<html><head><meta name="author" content="Ilse Varga"></head><body><h1>Marsh</h1>${TEXT}<div class="post-author">by Wren</div></body></html>`), URL).meta;
  assert.deepEqual(m.authors, ['Ilse Varga']);
  assert.equal(m.soleByline, undefined);
});

test('off-site profile: a link to an account on another site names no author', () => {
  const m = meta('<div class="social"><a rel="me" href="https://chirp.example.net/profile/tidewatch">Chirp</a></div>');
  assert.equal(m.soleByline, undefined);
  assert.equal(m.firstPoster, undefined);
  // The same link on the page's own site is an author page.
  assert.equal(meta('<p><a href="https://www.tidewatch.example/author/wren/">Wren</a></p>').soleByline, 'Wren');
});

test('page footer: an author link in the footer outside the article is the site\'s, not the story\'s', () => {
  assert.equal(pageFooterMeta('<p>Art by <a href="/people/sedge">Sedge</a></p>').soleByline, undefined);
  assert.equal(pageFooterMeta('<p>Art by <a href="/people/sedge">Sedge</a></p>').firstPoster, undefined);
  // An entry's own footer inside the article still holds its byline.
  const m = readMetadata(parseHtml(`<html><body><article><h1>Marsh</h1>${TEXT}<footer><span class="byline">by Wren</span></footer></article></body></html>`), URL).meta;
  assert.equal(m.soleByline, 'Wren');
});

test('columnist: a role word that ends a byline, as reporter does', () => {
  assert.deepEqual(authorsOf('Ilse Varga, Columnist'), ['Ilse Varga']);
  assert.deepEqual(authorsOf('Ilse Varga and Tomas Reyes, Guest Columnists'), ['Ilse Varga', 'Tomas Reyes']);
});
