import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clean } from '../src/index.js';

/**
 * Dates the page prints away from its headline (html/meta-dates printedDays): which of two
 * stated publishing days the reader sees, and a "Posted on …" line that dates a story nothing
 * else dates.
 */

const PARAGRAPHS = [
  'The harbour trust voted on Thursday to rebuild the north slipway, which has been closed to boats since a storm cracked its lower ramp last winter.',
  'Fishing crews had asked for the repair for months, because the only other ramp sits at the far end of the bay beside the ferry berth.',
  'The trust expects the work to take twelve weeks and plans to keep the public footpath along the sea wall open for the whole of that time.',
];

function page(head: string, after: string): string {
  const body = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');
  return `<!doctype html><html lang="en"><head>${head}</head><body><header><a href="/">Bay Herald</a></header><main><h1>North slipway to be rebuilt after storm damage</h1><div class="hero-figure"><img src="/slip.jpg" alt=""></div><article>${body}</article>${after}</main><footer><p>Bay Herald, 4 Quay Street</p></footer></body></html>`;
}

async function published(html: string): Promise<unknown> {
  const r = await clean(html, { fallback: false, url: 'https://example.org/news/north-slipway' });
  return r.stories[0]?.published;
}

const TWO_DAYS = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2021-02-03T09:00:00Z"}</script><meta property="article:published_time" content="2024-10-15T07:30:00+00:00">';

test('date: of two stated publishing days the header shows neither of, the one the page prints as a date line is the story\'s, else a <time> marked published', async () => {
  const box = (day: string): string => `<div class="credit"><p class="credit__name">Ines Calder</p><p class="credit__when">${day}</p></div>`;
  assert.equal(await published(page(TWO_DAYS, box('Oct 15, 2024'))), '2024-10-15T07:30:00+00:00');
  // Printing both, or neither, leaves the first stated day.
  assert.equal(await published(page(TWO_DAYS, box('Oct 15, 2024') + box('Feb 3, 2021'))), '2021-02-03T09:00:00Z');
  assert.equal(await published(page(TWO_DAYS, box('Harbour desk'))), '2021-02-03T09:00:00Z');
  // Printing neither, a <time> the markup marks as the published one settles the day.
  const marked = '<p class="published">Published <time pubdate datetime="2024-10-12">October 12, 2024</time></p>';
  assert.equal(await published(page(TWO_DAYS, box('Harbour desk') + marked)), '2024-10-12');
  // One stated day printed elsewhere changes nothing: there is no choice to settle.
  const one = '<meta property="article:published_time" content="2021-02-03T09:00:00Z">';
  assert.equal(await published(page(one, box('Oct 15, 2024'))), '2021-02-03T09:00:00Z');
});

test('date: a line labelled as the publishing stamp anywhere in the page dates a story nothing else dates', async () => {
  const footer = (line: string): string => `<div class="entry-footer"><span>${line}</span><a href="/tag/harbour">harbour</a></div>`;
  assert.equal(await published(page('', footer('Posted on March 9, 2022'))), '2022-03-09');
  assert.equal(await published(page('', footer('Published: 9 March 2022'))), '2022-03-09');
  // A change stamp, lines that say different days (a list's), or a plain date line do not.
  assert.equal(await published(page('', footer('Posted on March 9, 2022, updated April 2, 2022'))), undefined);
  assert.equal(await published(page('', footer('Posted on March 9, 2022') + footer('Posted on May 1, 2023'))), undefined);
  assert.equal(await published(page('', footer('Posted in Harbour'))), undefined);
  // The markup's stated date still wins.
  assert.equal(await published(page('<meta property="article:published_time" content="2022-03-08T18:00:00Z">', footer('Posted on March 9, 2022'))), '2022-03-08T18:00:00Z');
});

test('date: <meta name="ms.date"> is a published date', async () => {
  assert.equal(await published(page('<meta name="ms.date" content="2023-06-21T00:00:00Z">', '')), '2023-06-21T00:00:00Z');
});
