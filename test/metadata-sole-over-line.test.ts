import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clean } from '../src/index.js';

/**
 * Issue 13, round 21 (byline21): where every author element of an HTML page shows one name
 * (html/author-choice soleAuthorElement), a line the markup does not mark as a byline (the blog's
 * tagline over the first date, read as "a name above the timestamp line") names no one else.
 */

const BODY = [
  'The ferry to the outer islands will run twice a day from April, the board said after its spring meeting.',
  'Fishermen asked for an early boat on market days, and the board agreed to try one for the first month of the season.',
  'Tickets go on sale at the office next week, and season passes for islanders will cost the same as last year.',
].map((p) => `<p>${p}</p>`).join('');

async function authors(posted: string, tagline = 'Corvid Lane Letters'): Promise<string[] | undefined> {
  const html = `<!doctype html><html lang="en"><head><title>Ferry adds a second crossing</title></head><body><div id="banner"><h1><a href="https://corvidlane.example/">corvidlane.example</a></h1><span class="description">${tagline}</span></div><div id="container"><h2 class="date">December 16, 2025</h2><div class="blogbody"><h3 class="title">Ferry adds a second crossing</h3>${BODY}${posted}</div></div></body></html>`;
  const r = await clean(html, { fallback: false, url: 'https://corvidlane.example/archives/2025/12/16/ferry.html' });
  return r.stories[0]?.authors;
}

test('sole author element: the one name the page\'s author elements show outranks a name line above a date', async () => {
  assert.deepEqual(await authors('<span class="posted">Posted by Wren at December 16, 2025 11:15 AM</span>'), ['Wren']);
});

test('sole author element: with no author element, a name line above the date still signs', async () => {
  assert.deepEqual(await authors('<p>Thanks for reading, and see you on the boat.</p>', 'Wren Talbot'), ['Wren Talbot']);
});
