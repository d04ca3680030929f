import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clean } from '../src/index.js';
import { printedRole } from '../src/lexicon/names.js';

/**
 * Issue 13, round 21 (byline21): a one-name byline the headline's header prints with the writer's
 * role or outlet after a comma or a bar is the display line (`byline`) as printed; `authors` keeps
 * the name alone. Stamps, reading times, others' credits and second names stay off it.
 */

const BODY = [
  'The ferry to the outer islands will run twice a day from April, the harbour board said after its spring meeting.',
  'Fishermen asked for an early boat on market days, and the board agreed to try one for the first month of the season.',
  'Tickets go on sale at the harbour office next week, and season passes for islanders will cost the same as last year.',
].map((p) => `<p>${p}</p>`).join('');

async function story(header: string): Promise<{ authors?: string[]; byline?: string }> {
  const html = `<!doctype html><html lang="en"><head><title>Ferry adds a second crossing</title></head><body><article><h1>Ferry adds a second crossing</h1>${header}${BODY}</article></body></html>`;
  const r = await clean(html, { fallback: false, url: 'https://quaynotes.example/2025/ferry-adds-a-second-crossing' });
  const s = r.stories[0];
  return { authors: s?.authors, byline: s?.byline };
}

test('byline role: the header\'s "Name, Role" or "Name | Outlet" is the display line; the name is the author', async () => {
  const a = await story('<div class="byline">By Wren Halloway, Maritime Affairs Expert</div>');
  assert.deepEqual(a.authors, ['Wren Halloway']);
  assert.equal(a.byline, 'Wren Halloway, Maritime Affairs Expert');
  const b = await story('<div class="byline"><span>By Wren Halloway | The Quay Courier</span></div>');
  assert.deepEqual(b.authors, ['Wren Halloway']);
  assert.equal(b.byline, 'Wren Halloway | The Quay Courier');
});

test('byline role: a stamp, a reading time, another\'s credit or a second name stays off the display line', async () => {
  for (const tail of [' | Updated', ' | 6 min read', ' | Edited by Ansel Moor']) {
    const s = await story(`<div class="byline">By Wren Halloway${tail}</div>`);
    assert.equal(s.byline, 'Wren Halloway', tail);
  }
  assert.equal(printedRole('By Wren Halloway, Ansel Moor', 'Wren Halloway'), undefined);
  assert.equal(printedRole('Wren Halloway, March 4', 'Wren Halloway'), undefined);
  assert.equal(printedRole('Wren Halloway, the harbour board said.', 'Wren Halloway'), undefined);
  assert.equal(printedRole('By Wren Halloway, Maritime Affairs Expert', 'Wren Halloway'), 'Wren Halloway, Maritime Affairs Expert');
});
