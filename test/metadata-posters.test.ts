import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clean } from '../src/index.js';
import { readMetadata } from '../src/html/metadata.js';
import { parseHtml } from '../src/html/parse.js';
import { cleanName, printedList } from '../src/lexicon/names.js';
import { pageTypeFields } from '../src/stories/metadata.js';
import type { Story } from '../src/types.js';

/**
 * Who signs a story (issue 13, thirteenth round): a thread's first post byline names the opener,
 * not the poster who replied most; a one-word site name signs when metadata and a byline element
 * agree; a desk the metadata states signs where no person is named; a "By …" link is a way to
 * browse; a page whose markup lists many bylines has no body byline; the byline keeps the list as
 * the page prints it; a stamp label after a name is cut off.
 */

const REPLY = 'I had the same trouble with the pump last winter and a new washer fixed it for good.';

function thread(posts: readonly string[]): string {
  return `<html><body><h1>Which washer fits the old hand pump?</h1>${posts.join('')}</body></html>`;
}

function post(byline: string, text = REPLY): string {
  return `<div class="post"><p class="author">${byline}</p><div class="content"><p>${text}</p></div></div>`;
}

test('forum: the first post\'s byline names the opener even when a replier signs more posts', () => {
  const page = thread([post('Post by pump_novice »'), post('by well_keeper'), post('by well_keeper'), post('by well_keeper')]);
  const meta = readMetadata(parseHtml(page)).meta;
  assert.equal(meta.firstPoster, 'pump_novice');
  const story = { role: 'main', body: 'x', captions: [], content: [], authors: ['well_keeper'], byline: 'well_keeper' } as unknown as Story;
  pageTypeFields(story, 'forum', meta);
  assert.deepEqual(story.authors, ['pump_novice']);
  // The same page read as an article keeps what the bylines agree on.
  const article = { role: 'main', body: 'x', captions: [], content: [], authors: ['well_keeper'], byline: 'well_keeper' } as unknown as Story;
  pageTypeFields(article, 'article', meta);
  assert.deepEqual(article.authors, ['well_keeper']);
});

test('forum: a first author element that shows a label or a weekday names no one', () => {
  assert.equal(readMetadata(parseHtml(thread([post('Published'), post('by well_keeper')]))).meta.firstPoster, undefined);
  assert.equal(readMetadata(parseHtml(thread([post('Sun'), post('by well_keeper')]))).meta.firstPoster, undefined);
});

// Paragraphs longer than a header line (html/header-date), so the header ends at the first.
const BODY = [
  'The harbour pump station will be rebuilt over the winter, the water board said on Tuesday after a year of repairs that never held for long.',
  'Engineers found the old pipes cracked in several places, and the new station will sit further from the shore where the ground is firmer.',
  'Residents on the east side will get a temporary supply from tankers during the three weeks of the switch-over, starting in late November.',
].map((p) => `<p>${p}</p>`).join('');

async function authors(head: string, top: string, after = ''): Promise<string[] | undefined> {
  const html = `<!doctype html><html lang="en"><head><meta property="og:site_name" content="Pumpworks">${head}</head><body><article><h1>Harbour pump station to be rebuilt</h1>${top}${BODY}</article>${after}</body></html>`;
  const r = await clean(html, { fallback: false, url: 'https://pumpworks.example/news/harbour-station' });
  return r.stories[0]?.authors;
}

test('site name: stated author metadata and a byline element that shows the same one-word site name sign the story', async () => {
  const stated = '<script type="application/ld+json">{"@type":"Article","headline":"Harbour pump station to be rebuilt","author":{"@type":"Person","name":"Pumpworks"}}</script>';
  assert.deepEqual(await authors(stated, '<div class="author-name">Pumpworks</div>'), ['Pumpworks']);
  // The metadata alone defaults to the publisher: no author.
  assert.equal(await authors(stated, ''), undefined);
});

test('a link that reads "By …" is a way to browse, not a byline; "By" beside a linked name still is', async () => {
  // A browse menu printed three times (desktop, mobile, footer), outside any <nav>.
  const menu = '<div class="links"><h4>Reviews</h4><a href="/browse/category">By Category</a> <a href="/browse/maker">By Maker</a></div>';
  assert.equal(await authors('', '', `<div>${menu}</div><div>${menu}</div><footer>${menu}</footer>`), undefined);
  assert.deepEqual(await authors('', '<p>By <a href="/about/ines">Ines Varga</a></p>'), ['Ines Varga']);
});

test('a body byline line is a listed item\'s on a page whose markup shows four or more different bylines', async () => {
  const listed = ['Ines Varga', 'Tomas Berg', 'Orla Quinn', 'Ada Lind'].map((n) => `<li><p class="byline">By: ${n}</p></li>`).join('');
  // No <h1>: the byline is a line of the story's body, read by the body's byline rule.
  const page = (after: string): string =>
    `<!doctype html><html lang="en"><head><title>Harbour pump station to be rebuilt</title></head><body><article><p>By Ines Varga and Tomas Berg</p>${BODY}</article>${after}</body></html>`;
  const signed = async (after: string): Promise<string[] | undefined> => (await clean(page(after), { fallback: false, url: 'https://pumpworks.example/news/harbour-station' })).stories[0]?.authors;
  assert.equal(await signed(`<ul class="papers">${listed}</ul>`), undefined);
  // The same byline on a page that lists no other bylines signs the story.
  assert.deepEqual(await signed(''), ['Ines Varga', 'Tomas Berg']);
});

test('byline: the display line keeps the page\'s own "and" between the authors; a list only the metadata gives is joined with commas', async () => {
  const html = (head: string, top: string): string =>
    `<!doctype html><html lang="en"><head>${head}</head><body><article><h1>Harbour pump station to be rebuilt</h1>${top}${BODY}</article></body></html>`;
  const shown = (await clean(html('', '<p>By Orla Quinn and Tomas Berg</p>'), { fallback: false })).stories[0];
  assert.deepEqual(shown?.authors, ['Orla Quinn', 'Tomas Berg']);
  assert.equal(shown?.byline, 'Orla Quinn and Tomas Berg');
  const ld = '<script type="application/ld+json">{"@type":"Article","headline":"Harbour pump station to be rebuilt","author":[{"@type":"Person","name":"Orla Quinn"},{"@type":"Person","name":"Tomas Berg"}]}</script>';
  const stated = (await clean(html(ld, ''), { fallback: false })).stories[0];
  assert.deepEqual(stated?.authors, ['Orla Quinn', 'Tomas Berg']);
  assert.equal(stated?.byline, 'Orla Quinn, Tomas Berg');
});

test('byline: a text dump\'s byline line gives its display line as printed; a line with more than the names gives none', async () => {
  const prose = BODY.split(/<\/?p>/).filter((p) => p.trim() !== '');
  const dump = (line: string): string => ['Harbour pump station to be rebuilt', line, 'March 4, 2025', ...prose].join('\n');
  const both = (await clean(dump('By Orla Quinn and Tomas Berg'), { kind: 'text', url: 'https://pumpworks.example/news/harbour-station' })).stories[0];
  assert.deepEqual(both?.authors, ['Orla Quinn', 'Tomas Berg']);
  assert.equal(both?.byline, 'Orla Quinn and Tomas Berg');
  // More than the names and their joiners, or one name: no printed list.
  assert.equal(printedList('By Orla Quinn and Tomas Berg of the Harbour Desk', ['Orla Quinn', 'Tomas Berg']), undefined);
  assert.equal(printedList('By Orla Quinn', ['Orla Quinn']), undefined);
  assert.equal(printedList('Written by Orla Quinn, Tomas Berg, and Ada Lind', ['Orla Quinn', 'Tomas Berg', 'Ada Lind']), 'Orla Quinn, Tomas Berg, and Ada Lind');
});

test('desk: author metadata naming a desk signs the story where no person is named; an account placeholder never does', async () => {
  const meta = (name: string): string => `<meta name="author" content="${name}">`;
  assert.deepEqual(await authors(meta('News Desk'), ''), ['News Desk']);
  assert.deepEqual(await authors(meta('Staff'), ''), ['Staff']);
  // A person the byline shows outranks the desk the metadata states.
  assert.deepEqual(await authors(meta('News Desk'), '<p class="byline">By Ines Varga</p>'), ['Ines Varga']);
  assert.equal(await authors(meta('admin'), ''), undefined);
});

test('a stamp label printed right after the name is no part of it', async () => {
  assert.equal(cleanName('Ines Varga Last updated'), 'Ines Varga');
  assert.equal(cleanName('Pumpworks Last update:'), 'Pumpworks');
  // A name is left whole.
  assert.equal(cleanName('Ines Varga'), 'Ines Varga');
  assert.deepEqual(await authors('', '<div class="author-name">Ines Varga Last updated</div>'), ['Ines Varga']);
});

test('a header list whose names the page left empty names no one', async () => {
  assert.equal(cleanName(', , and'), '');
  assert.equal(await authors('', '<div><span>By</span><span>,</span><span>, and</span><span>Updated on March 4, 2025</span></div>'), undefined);
});
