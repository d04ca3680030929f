import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readMetadata } from '../src/html/metadata.js';
import { parseHtml } from '../src/html/parse.js';
import { pageTypeFields } from '../src/stories/metadata.js';
import type { PageMeta, Story } from '../src/types.js';

/**
 * Issue 13, fourteenth round: a shop's, a service's or a listing's page drops the names its markup
 * gives (a reviewer's, a contact's, a listed item's), but not the site's own name where the page's
 * author metadata states it: the site says it wrote the page.
 */

function page(author: string, siteName: string): string {
  return `<html><head><meta property="og:site_name" content="${siteName}"><meta name="author" content="${author}"></head>
<body><h1>Rent rowing machines by the week</h1><p>Pick a machine, choose the weeks you need and we bring it to your door.</p></body></html>`;
}

function story(authors: readonly string[]): Story {
  return { role: 'main', body: 'x', captions: [], content: [], authors: [...authors], byline: authors.join(', ') } as unknown as Story;
}

function afterType(meta: PageMeta, pageType: string): string[] | undefined {
  const s = story(meta.authors ?? []);
  pageTypeFields(s, pageType, meta);
  return s.authors;
}

test('site signed: a service page whose author metadata names the site keeps the site as its author', () => {
  const meta = readMetadata(parseHtml(page('Oarhouse Rentals', 'Oarhouse Rentals')), 'https://oarhouse-rentals.example/rent').meta;
  assert.equal(meta.siteSigned, true);
  assert.deepEqual(afterType(meta, 'service'), ['Oarhouse Rentals']);
});

test('site signed: a person the author metadata names on a service page is still dropped', () => {
  const meta = readMetadata(parseHtml(page('Mara Lindqvist', 'Oarhouse Rentals')), 'https://oarhouse-rentals.example/rent').meta;
  assert.equal(meta.siteSigned, undefined);
  assert.equal(afterType(meta, 'service'), undefined);
  // The same name on an article stays, as before.
  assert.deepEqual(afterType(meta, 'article'), ['Mara Lindqvist']);
});
