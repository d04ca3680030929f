import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clean } from '../src/index.js';
import { isSerializedData } from '../src/html/serialized.js';

// A blog post about a garden tool library; a widget parked its settings in a div as text.
const para = (i: number): string =>
  `<p>Week ${i} at the lending shed: the neighbours brought back ${i + 2} spades, a hedge trimmer with a loose guard, and a wheelbarrow whose tyre we patched on the spot before lending it out again.</p>`;
const settings = '<div class="widget-config">{"slotId":"lend_panel_7","priceShown":"EUR 3.50","currencyCode":"EUR","showBadge":true,"rank":[1,2,3],"offerToken":"Zx81%2Fq0","retry":null}</div>';
const post = (inside: string): string =>
  `<html><body><article><h1>A season of the tool library</h1><p>By Ines Holt, <time datetime="2025-05-02">2 May 2025</time></p>${para(1)}${para(2)}${inside}${para(3)}${para(4)}</article></body></html>`;

test('html/serialized-data: a block whose text is a script\'s data (quoted keys, ids, prices, flags) leaves the body, with its own removal; the prose around it stays', async () => {
  const r = await clean(post(settings), { fallback: false });
  const body = r.stories[0]?.body ?? '';
  assert.ok(!body.includes('lend_panel_7'), body);
  assert.equal(r.removed.find((x) => x.text.includes('lend_panel_7'))?.rule, 'html/serialized-data');
  assert.match(body, /Week 1 at the lending shed/);
  assert.match(body, /Week 4 at the lending shed/);
});

test('html/serialized-data: JSON set as code, in <pre> or inline <code>, is shown on purpose and stays', async () => {
  const code = '<pre>{"slotId":"lend_panel_7","showBadge":true}</pre><p><code>{"slotId":"lend_panel_8","retry":null}</code></p>';
  const r = await clean(post(code), { fallback: false });
  const body = r.stories[0]?.body ?? '';
  assert.match(body, /lend_panel_7/);
  assert.match(body, /lend_panel_8/);
  assert.equal(r.removed.find((x) => x.rule === 'html/serialized-data'), undefined);
});

test('html/serialized-data: what counts as a script\'s data', () => {
  assert.equal(isSerializedData('{"a":"x1","b":2.5e3,"c":[true,false,null],"d":{"e":-1}}'), true);
  assert.equal(isSerializedData('[{"sku":"TR-44","inStock":true},{"sku":"TR-45","inStock":false}]'), true);
  // Cut off mid-string, as a page may print it: still only keys and values.
  assert.equal(isSerializedData('{"sku":"TR-44","note":"ab'), true);
  // Data that holds a name or a sentence is what a script prints on the page (a grid filled from it): it stays.
  assert.equal(isSerializedData('{"items":[{"id":"TR-44","title":"Folding pruning saw with spare blade"}]}'), false);
  // Prose that opens with a brace, a footnote mark, a list of numbers: not data.
  assert.equal(isSerializedData('{"Quoted"} she said, and went on planting the beans.'), false);
  assert.equal(isSerializedData('[1]'), false);
  assert.equal(isSerializedData('[1, 2, 3]'), false);
  assert.equal(isSerializedData('{curly} braces and "quotes": a sentence'), false);
});
