import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readMetadata } from '../src/html/metadata.js';
import { parseHtml } from '../src/html/parse.js';
import { pageTypeFields } from '../src/stories/metadata.js';
import type { PageMeta, Story } from '../src/types.js';

/**
 * Issue 13, round 19: beside an item's title on a shop's page, "by Name (Author)" and
 * "Paperback – April 2, 2019" are the item's: its writer and its edition's day. The header
 * showing them keeps them on an article or a listing as before, but signs and dates a shop's
 * page (product, collection) only where the markup states an author and a publishing day too.
 */

function page(head = ''): string {
  return `<html><head>${head}</head><body>
<div id="main"><h1>The Lantern Keeper's Almanac</h1>
<div class="byline"><span>by </span><a class="contributor-name" href="/e/odile-marchetti">Odile Marchetti</a><span> (Author)</span></div>
<span>Paperback – April 2, 2019</span>
<p>Choose a format, add it to your basket and we post it the next morning, wrapped in brown paper.</p></div>
<div class="more-by"><a class="author-link" href="/e/odile-marchetti">Odile Marchetti</a></div>
</body></html>`;
}

function story(meta: PageMeta): Story {
  const s = { role: 'main', body: 'x', captions: [], content: [] } as unknown as Story;
  if (meta.authors !== undefined) {
    s.authors = [...meta.authors];
    s.byline = meta.authors.join(', ');
  }
  if (meta.published !== undefined) s.published = meta.published;
  return s;
}

function fields(meta: PageMeta, pageType: string): { authors: string[] | undefined; published: string | undefined } {
  const s = story(meta);
  pageTypeFields(s, pageType, meta);
  return { authors: s.authors, published: s.published };
}

test("shop header: an item's writer and edition day beside its title neither sign nor date a shop's page", () => {
  const meta = readMetadata(parseHtml(page()), 'https://books.example/almanac').meta;
  assert.deepEqual(meta.authors, ['Odile Marchetti']);
  assert.equal(meta.published?.slice(0, 10), '2019-04-02');
  for (const type of ['product', 'collection']) assert.deepEqual(fields(meta, type), { authors: undefined, published: undefined }, type);
  // An article, a forum, a listing or a service whose header shows them keeps them, as before.
  for (const type of ['article', 'listing', 'service']) {
    const got = fields(meta, type);
    assert.deepEqual(got.authors, ['Odile Marchetti'], type);
    assert.equal(got.published?.slice(0, 10), '2019-04-02', type);
  }
});

test('shop header: a name and a day the markup states too keep a shop-typed page signed and dated', () => {
  const head = `<meta name="author" content="Odile Marchetti"><meta property="article:published_time" content="2019-04-02T08:00:00Z">`;
  const meta = readMetadata(parseHtml(page(head)), 'https://books.example/almanac').meta;
  for (const type of ['product', 'collection']) {
    const got = fields(meta, type);
    assert.deepEqual(got.authors, ['Odile Marchetti'], type);
    assert.equal(got.published?.slice(0, 10), '2019-04-02', type);
  }
});
