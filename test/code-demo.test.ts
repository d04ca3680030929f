import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clean } from '../src/index.js';

// A bakery-ordering product's home page (a site's root URL): sections of features, one of them showing the API at work.
const feature = (i: number): string =>
  `<section class="feature"><h2>Round planning, step ${i}</h2><div>Step ${i} sorts the morning's orders by street, so the van leaves with the trays stacked in the order of its stops.</div></section>`;
const sample = '<pre><code>const order = await ovenly.orders.create({ loaf: "rye", count: 12, pickup: "07:30" });\nconsole.log(order.slot);</code></pre>';
const apiSection = `<section class="feature"><h2>An API for your shop</h2><div>Take orders from your own website and print them on the daily bake list.</div>${sample}</section>`;
const hero = '<div class="hero"><h1>Ovenly</h1><div>Order software for small bakeries: pre-orders, pick-up slots and a daily bake list.</div></div>';

test('html/code-demo: on a service page a code block is the product shown at work and goes; the section around it stays', async () => {
  const r = await clean(`<html><body><div class="page">${hero}${[1, 2, 3, 4, 5].map(feature).join('')}${apiSection}</div></body></html>`, { fallback: false, url: 'https://ovenly.example/' });
  assert.equal(r.pageType, 'service');
  const body = r.stories[0]?.body ?? '';
  assert.ok(!body.includes('ovenly.orders.create'), body);
  assert.equal(r.removed.find((x) => x.text.includes('ovenly.orders.create'))?.rule, 'html/code-demo');
  assert.match(body, /Take orders from your own website/);
  assert.match(body, /An API for your shop/);
});

test('html/code-demo: a dated how-to article keeps its code block', async () => {
  const article = `<article><h1>Taking bakery orders from your own website</h1><p>By Mara Lind, <time datetime="2025-03-04">4 March 2025</time></p>
<p>Most small bakeries take pre-orders by phone, and the list is copied by hand onto the bake sheet before dawn. A few lines of code can move those orders from the shop's website straight onto the list.</p>
<p>The call below creates one order for twelve rye loaves to be picked up at half past seven; the reply tells you which pick-up slot the order was given.</p>
${sample}
<p>Run it once by hand before you wire it to the order form, and check that the slot matches the one the shop expects.</p></article>`;
  const r = await clean(`<html><body>${article}</body></html>`, { fallback: false });
  assert.notEqual(r.pageType, 'service');
  assert.match(r.stories[0]?.body ?? '', /ovenly\.orders\.create/);
  assert.equal(r.removed.find((x) => x.rule === 'html/code-demo'), undefined);
});

test('html/code-demo: a page read as a service only by what it lacks (no date, no byline, few paragraphs) keeps its code block', async () => {
  const steps = ['Open the shop settings', 'Copy the key shown under Orders', 'Paste it into the script below', 'Run the script once a day'];
  const page = `<div class="guide"><h1>Sending orders to the bake list</h1><ul>${steps.map((s) => `<li>${s}</li>`).join('')}</ul>${sample}<ul><li>Works with any order form</li><li>Keys can be revoked at any time</li></ul></div>`;
  const r = await clean(`<html><body>${page}</body></html>`, { fallback: false });
  assert.equal(r.pageType, 'service');
  assert.match(r.stories[0]?.body ?? '', /ovenly\.orders\.create/);
  assert.equal(r.removed.find((x) => x.rule === 'html/code-demo'), undefined);
});
