import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clean, renderMarkdown } from '../src/index.js';

/**
 * Disclosure toggles (src/html/toggles.ts, html/prune's closed panels): the label of a button
 * that opens a panel is read with the panel; other buttons stay controls.
 */

const INTRO = [
  'The allotment society rents out forty plots on the old railway land behind the school, each about a hundred square metres, for a small yearly fee.',
  'Members share a tool shed, a water butt at every second plot and a compost bay, and they meet once a month to plan the work on the paths and hedges.',
].map((p) => `<p>${p}</p>`).join('\n');

const ANSWER_1 = 'Most people wait about eight months, because plots only come free when a member moves away or gives up at the end of a season.';
const ANSWER_2 = 'Yes, as long as the shed is no taller than two metres and stands on the corner of the plot that faces the main path.';

function page(body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><title>Allotments by the railway</title></head><body><main><h1>Allotments by the railway</h1>${body}</main></body></html>`;
}

async function bodyOf(body: string): Promise<{ text: string; markdown: string }> {
  const result = await clean(page(body), { fallback: false });
  const story = result.stories[0];
  assert.ok(story, 'a story');
  return { text: story.body, markdown: renderMarkdown(story) };
}

test('html/toggles: an FAQ question set in the button that opens its answer is read before the answer', async () => {
  const faq = `<h2>Questions</h2>
<div class="item"><button type="button" aria-expanded="true" aria-controls="a1"><span>How long is the waiting list?</span><svg><path d="M0 0"/></svg></button><div id="a1"><p>${ANSWER_1}</p></div></div>
<div class="item"><h3><button type="button" aria-expanded="false">Can I put up a shed?</button></h3><div style="display:none"><p>${ANSWER_2}</p></div></div>`;
  const { text, markdown } = await bodyOf(`${INTRO}${faq}`);
  const q1 = text.indexOf('How long is the waiting list?');
  assert.ok(q1 >= 0, `the first question is kept: ${text}`);
  assert.ok(q1 < text.indexOf('Most people wait about eight months'), 'before its answer');
  assert.ok(text.includes('Can I put up a shed?'), 'the question of a closed panel is kept');
  assert.ok(text.includes('no taller than two metres'), 'and its answer');
  assert.match(markdown, /^### Can I put up a shed\?$/m, 'a button inside a heading reads as that heading');
});

test('html/toggles: a question without any toggle markup still opens the hidden answer after it', async () => {
  const faq = `<div class="q-row" tabindex="0"><div class="label">How long is the waiting list?</div></div><div class="a-row" style="visibility:hidden;height:0"><p>${ANSWER_1}</p></div>`;
  const { text } = await bodyOf(`${INTRO}${faq}`);
  assert.ok(text.includes('Most people wait about eight months'), `the hidden answer is kept: ${text}`);
});

test('html/toggles: buttons that open nothing readable stay controls', async () => {
  const controls = `<div class="buy"><button type="button">Add to basket</button><div><p>${ANSWER_1}</p></div></div>
<div><button aria-expanded="false">Shop by plot size</button><ul style="display:none"><li><a href="/s">Small plots</a></li><li><a href="/m">Medium plots and half plots</a></li></ul></div>
<div><p>${ANSWER_2}</p><button aria-expanded="false" aria-controls="more">Read more</button><div id="more" style="display:none"><p>The committee checks every new shed in the spring walk-round and asks for changes in writing.</p></div></div>`;
  const { text } = await bodyOf(`${INTRO}${controls}`);
  assert.ok(!text.includes('Add to basket'), `a button with no declared panel stays out: ${text}`);
  assert.ok(!text.includes('Shop by plot size'), 'a toggle over a menu of links stays out');
  assert.ok(!text.includes('Read more'), 'a "Read more" control stays out');
  assert.ok(text.includes('spring walk-round'), 'but the text it unfolds is kept');
});
