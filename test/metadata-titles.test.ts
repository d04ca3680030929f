import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clean } from '../src/index.js';
import { headlineOnly } from '../src/stories/metadata.js';

/** Titles a pipeline can trust (issue 13): the headline the story shows, without its template's tail. */

const BODY = [
  'The county library will open on Sundays from next month, after volunteers offered to staff the reading rooms and the children’s corner.',
  'Librarians said the Sunday hours had been the most requested change in every survey since the branch reopened after its refurbishment.',
].map((p) => `<p>${p}</p>`).join('');

test('title: the part after " | " in a headline is a section or tagline, not the headline', async () => {
  const r = await clean(`<html><body><article><h1>County library opens on Sundays | Opinion</h1>${BODY}</article></body></html>`, { fallback: false });
  assert.equal(r.stories[0]?.title, 'County library opens on Sundays');
});

test('headlineOnly: a tail after " | " or a spaced hyphen goes; short heads, dashes and colons stay', () => {
  assert.equal(headlineOnly('Best Movers in Boston 2025 | Top 19 Companies'), 'Best Movers in Boston 2025');
  assert.equal(headlineOnly('Language Apps Compared - Personally Tested'), 'Language Apps Compared');
  assert.equal(headlineOnly('GNW - Gaming News Weekly'), 'GNW - Gaming News Weekly');
  assert.equal(headlineOnly('Brexit: what happens next'), 'Brexit: what happens next');
  assert.equal(headlineOnly('The bridge reopens — and the ferry stops'), 'The bridge reopens — and the ferry stops');
  assert.equal(headlineOnly('Well-being at work'), 'Well-being at work');
});

test('title: a thread prefix label in the headline is no part of the title, nor a body line', async () => {
  const html = `<html><head><title>Sunday opening hours? | Library Forum</title></head><body><article><h1><span class="label label--green">Question</span><span class="label-append"> </span>Sunday opening hours?</h1>${BODY}</article></body></html>`;
  const s = (await clean(html, { fallback: false })).stories[0];
  assert.equal(s?.title, 'Sunday opening hours?');
  assert.ok(!s?.body.includes('Question'), s?.body);
  // A headline whose only text is in such an element keeps it.
  const alone = await clean(`<html><body><article><h1><span class="badge">Sunday opening hours</span></h1>${BODY}</article></body></html>`, { fallback: false });
  assert.equal(alone.stories[0]?.title, 'Sunday opening hours');
});

test('title: the page\'s only headline names it even outside the story\'s container, unless it holds the title and more', async () => {
  const menu = '<ul><li><a href="/a">Home</a></li><li><a href="/b">Events</a></li><li><a href="/c">Branches</a></li><li><a href="/d">Contact</a></li></ul>';
  const more = '<p>The council will review the trial in the autumn, and the library asks readers to fill in a short card at the desk after each visit.</p>';
  const page = (h1: string): string => `<html><head><title>Sunday hours at the county library, explained</title></head><body><header class="site-header">${menu}<h1>${h1}</h1></header><main><article>${BODY}${more}</article></main><footer>${menu}</footer></body></html>`;
  const s = (await clean(page('Sunday hours at the library'), { fallback: false })).stories[0];
  assert.equal(s?.title, 'Sunday hours at the library');
  // A headline printing the title with a date or a count on it: the title is the clean copy.
  const noisy = (await clean(page('Sunday hours at the county library, explained Posted on May 4, 2025'), { fallback: false })).stories[0];
  assert.equal(noisy?.title, 'Sunday hours at the county library, explained');
});

test('title: the permalink mark a documentation generator puts after a heading is no part of it', async () => {
  const html = `<html><head><title>Sunday opening — Library Handbook</title></head><body><div class="section"><h1>Sunday opening<a class="headerlink" href="#sunday-opening">¶</a></h1>${BODY}</div></body></html>`;
  assert.equal((await clean(html, { fallback: false })).stories[0]?.title, 'Sunday opening');
});

test('title: text a headline holds in a hidden element (a bookmark widget\'s tooltip) is no part of it', async () => {
  const html = `<html><head><title>Sunday opening | Library Handbook</title></head><body><article><h1>Sunday opening<span-actions hidden><span>Save this page to your reading list</span></span-actions></h1>${BODY}</article></body></html>`;
  assert.equal((await clean(html, { fallback: false })).stories[0]?.title, 'Sunday opening');
});
