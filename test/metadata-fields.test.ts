import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clean } from '../src/index.js';

/**
 * Authors, lead image and tags (issue 13): each must look like what it claims, and a page that
 * is no one's writing names no author.
 */

const BODY = [
  'The town orchard will be replanted this winter with forty old apple varieties that grew in the valley a century ago, the parish said.',
  'Volunteers collected grafts from farm gardens across the county, and the nursery that raised them will donate the young trees.',
  'Planting days are set for the first weekends of December, and the orchard will stay open to walkers throughout the work.',
].map((p) => `<p>${p}</p>`).join('');

function page(head: string, header: string, url = 'https://example.org/news/orchard'): Promise<Record<string, unknown>> {
  const html = `<!doctype html><html lang="en"><head>${head}</head><body><article><h1>Old apple varieties return to the orchard</h1>${header}${BODY}</article></body></html>`;
  return clean(html, { fallback: false, url }).then((r) => r.stories[0] as unknown as Record<string, unknown>);
}

test('author: a bare "By" label in its own element names the author beside it', async () => {
  const s = await page('', '<div class="meta"><span class="x1">By</span><span class="x2">Rosa Jiménez</span></div>');
  assert.deepEqual(s['authors'], ['Rosa Jiménez']);
});

test('author: a byline that runs on into its date gives the name without the date', async () => {
  const s = await page('', '<p class="author">Tomas Berg 4 August 2010</p>');
  assert.deepEqual(s['authors'], ['Tomas Berg']);
});

test('author: a product page names no author (a reviewer is not the page author)', async () => {
  const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Orchard ladder","offers":{"@type":"Offer","price":"89.00","priceCurrency":"EUR"}}</script>';
  const s = await page(`${ld}<meta property="og:type" content="product"><meta name="author" content="Rosa Jiménez">`, '', 'https://example.org/shop/products/orchard-ladder');
  assert.equal(s['pageType'], 'product');
  assert.equal(s['authors'], undefined);
  assert.equal(s['byline'], undefined);
});

test('image: og:image resolved against the page URL; a data: URI is no image', async () => {
  const s = await page('<meta property="og:image" content="/media/orchard.jpg">', '');
  assert.equal(s['image'], 'https://example.org/media/orchard.jpg');
  const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Old apple varieties return to the orchard","image":[{"@type":"ImageObject","url":"https://cdn.example.org/a.jpg"}]}</script>';
  const t = await page(`<meta property="og:image" content="data:image/gif;base64,R0lGOD">${ld}`, '');
  assert.equal(t['image'], 'https://cdn.example.org/a.jpg');
});

test('tags: every article:tag, else the keywords, split and without repeats', async () => {
  const s = await page('<meta property="article:tag" content="Orchards"><meta property="article:tag" content="Apples"><meta name="keywords" content="spam, more spam">', '');
  assert.deepEqual(s['tags'], ['Orchards', 'Apples']);
  const t = await page('<meta name="keywords" content="orchards, apples , Apples,  heritage varieties">', '');
  assert.deepEqual(t['tags'], ['orchards', 'apples', 'heritage varieties']);
});

const DUMP_BODY = [
  ...BODY.split(/<\/?p>/).filter((p) => p.trim() !== ''),
  'The parish hopes the first apples can be picked in four or five years, once the young trees have settled into the old ground.',
  'A map of the varieties and where each graft came from will hang in the porch of the church hall beside the orchard gate.',
  'Schools in the valley have asked to adopt a tree each, and the parish will put a small label on every trunk with the class name.',
].join('\n');

test('text dump: a bare full name beside the timestamp line is the byline; "Written By" in title case too', async () => {
  const dump = `Home\nNews\nContact\nOld apple varieties return to the orchard\nRosa Jiménez\nSeptember 4, 2025\n${DUMP_BODY}`;
  const s = (await clean(dump, { kind: 'text' })).stories[0];
  assert.deepEqual(s?.authors, ['Rosa Jiménez']);
  assert.equal(s?.published, '2025-09-04');
  assert.ok(!s?.body.includes('Rosa Jiménez'));
  const written = (await clean(`Old apple varieties return to the orchard\nWritten By Tomas Berg\n${DUMP_BODY}`, { kind: 'text' })).stories[0];
  assert.deepEqual(written?.authors, ['Tomas Berg']);
  const glued = (await clean(`Old apple varieties return to the orchard\nByTomas Berg\n${DUMP_BODY}`, { kind: 'text' })).stories[0];
  assert.deepEqual(glued?.authors, ['Tomas Berg']);
});

test('text dump: capitalised ordinary words over a date are a heading, not a name', async () => {
  const dump = `Old apple varieties return to the orchard\nRelated Articles\nSeptember 4, 2025\n${DUMP_BODY}\nMore related articles from the valley.`;
  const s = (await clean(dump, { kind: 'text' })).stories[0];
  assert.equal(s?.authors, undefined);
});

test('text dump: a name line with no timestamp beside it stays in the body', async () => {
  const dump = `Old apple varieties return to the orchard\n${DUMP_BODY}\nRosa Jiménez\nThe parish thanks every volunteer who collected grafts this year, and the nursery for its gift of trees.`;
  const s = (await clean(dump, { kind: 'text' })).stories[0];
  assert.equal(s?.authors, undefined);
});

test('text dump: a name on the line under a bare "By" / "Written by" label is the byline; a menu label under it is not', async () => {
  for (const label of ['By', 'Written by', 'by']) {
    const s = (await clean(`Old apple varieties return to the orchard\n${label}\nRosa Jiménez\nTable of Contents\n${DUMP_BODY}`, { kind: 'text' })).stories[0];
    assert.deepEqual(s?.authors, ['Rosa Jiménez'], label);
    assert.equal(s?.title, 'Old apple varieties return to the orchard');
  }
  const menu = (await clean(`Old apple varieties return to the orchard\nBy\nFind Jobs\n${DUMP_BODY}\nFind jobs in the valley on our board.`, { kind: 'text' })).stories[0];
  assert.equal(menu?.authors, undefined);
});

test('text dump: under a long menu with many lines, a name over the timestamp right above the story is still its byline', async () => {
  const menu = Array.from({ length: 40 }, (_, i) => `Menu entry ${String.fromCharCode(65 + (i % 26))}${i}`).join('\n');
  const s = (await clean(`${menu}\nOld apple varieties return to the orchard\nRosa Jiménez\nSeptember 4, 2025\n${DUMP_BODY}`, { kind: 'text' })).stories[0];
  assert.deepEqual(s?.authors, ['Rosa Jiménez']);
});
