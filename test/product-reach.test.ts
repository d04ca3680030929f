import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clean } from '../src/index.js';

/** A course page: the buy box, the chosen outline, and `beside` elsewhere in the same region. */
function coursePage(beside: string): string {
  const ld = '<script type="application/ld+json">{"@type":"Product","name":"Bookbinding by hand"}</script>';
  const weeks = [
    'Week one: folding the sections, piercing the stations with an awl, and sewing a first pamphlet with linen thread, then pressing it flat under boards overnight.',
    'Week two: a coptic stitch over four sections, chain loops at the head and tail, and how to keep the thread taut without tearing the paper at the holes.',
    'Week three: cutting boards to size, covering them in book cloth, and turning the corners neatly so that the cloth lies flat and does not lift with time.',
    'Week four: casing in, the endpapers, and a last press, so that each student leaves with three finished books of their own and a kit to make more.',
  ];
  const links = ['Ask the tutor a question', 'Which paper should I buy?', 'Give this course as a gift', 'Book for a group of friends', 'Meet the tutors who teach it', 'Buy the thread kit'];
  return `<html><head>${ld}</head><body><div class="shop-wrap">
<div class="buy"><h1>Bookbinding by hand</h1><p>$95.00</p><div class="links">${links.map((l, i) => `<a href="/l/${i}">${l}</a>`).join(' ')}</div><p>Level</p><p>Beginner</p></div>
<div class="course-outline"><h2>Course outline</h2>${weeks.map((p) => `<p>${p}</p>`).join('')}</div>
${beside}
</div></body></html>`;
}

const BULLETS = [
  'Every tool you need is posted to you before the first session, from the bone folder to the needles and the awl.',
  'Sessions are recorded, so a missed evening can be watched again at any time during the following month.',
  'The tutor reviews a photograph of each finished book and sends written notes on the stitching and the corners.',
];

test('html/product-prose: a list of three or more full-sentence, link-free items beside the container (feature bullets) joins the body; a pair of such items stays out', async () => {
  const list = (items: readonly string[]): string => `<div class="about-item"><ul>${items.map((t) => `<li>${t}</li>`).join('')}</ul></div>`;
  const r = await clean(coursePage(list(BULLETS)), { fallback: false });
  assert.equal(r.pageType, 'product');
  const body = r.stories[0]?.body ?? '';
  for (const t of BULLETS) assert.ok(body.includes(t), body);
  assert.ok(body.indexOf('Week four') < body.indexOf(BULLETS[0] as string));
  for (const line of ['Level', 'Beginner']) assert.ok(!body.split('\n').includes(line), line);
  // Two such items are a shop's slogans, not a feature list.
  const pair = await clean(coursePage(list(BULLETS.slice(0, 2))), { fallback: false });
  const pairBody = pair.stories[0]?.body ?? '';
  assert.ok(!pairBody.includes(BULLETS[0] as string), pairBody);
  assert.equal(pair.removed.find((x) => x.text.startsWith('Every tool you need'))?.rule, 'html/outside-story');
  // The rule switched off keeps the container alone.
  const off = await clean(coursePage(list(BULLETS)), { fallback: false, disable: ['html/product-prose'] });
  assert.ok(!(off.stories[0]?.body ?? '').includes(BULLETS[0] as string));
});

test('html/review-summary: on a product page the section under a "Customers say" heading and an AI-summary label go; the description and a "What our customers say" section on a service page stay', async () => {
  const ld = '<script type="application/ld+json">{"@type":"Product","name":"Oak chopping board"}</script>';
  const about = '<h1>Oak chopping board</h1><p>A board of end-grain oak, oiled by hand, with a juice groove on one side and a flat face for bread on the other.</p><h2>Care</h2><p>Wash it by hand and rub in a little oil every few weeks so that the wood never dries out.</p>';
  const summary = '<h2>Customers say</h2><p>Shoppers like how heavy and steady the board feels, and many mention that knives stay sharp on it. A few found it too heavy to lift with one hand.</p><p>AI-generated from customer reviews</p><h3>Select to learn more</h3><p>"Sits still on the worktop even when I chop squash." Read more</p>';
  const r = await clean(`<html><head>${ld}</head><body><main>${about}${summary}</main></body></html>`, { fallback: false });
  assert.equal(r.pageType, 'product');
  const body = r.stories[0]?.body ?? '';
  assert.match(body, /end-grain oak/);
  assert.match(body, /rub in a little oil/);
  for (const gone of ['Customers say', 'knives stay sharp', 'AI-generated', 'chop squash']) assert.ok(!body.includes(gone), body);
  assert.equal(r.removed.find((x) => x.text.startsWith('Shoppers like'))?.rule, 'html/review-summary');
  // Its label alone, without the heading, goes too.
  const label = await clean(`<html><head>${ld}</head><body><main>${about}<p>Shoppers find the board steady and easy to clean, and say it keeps knives sharp.</p><p>AI Generated from the text of customer reviews</p></main></body></html>`, { fallback: false });
  assert.ok(!(label.stories[0]?.body ?? '').includes('AI Generated'));
  assert.equal(label.removed.find((x) => x.text.startsWith('AI Generated'))?.rule, 'html/review-summary');
  const off = await clean(`<html><head>${ld}</head><body><main>${about}${summary}</main></body></html>`, { fallback: false, disable: ['html/review-summary'] });
  assert.match(off.stories[0]?.body ?? '', /knives stay sharp/);
  // A service page's testimonials under "What our customers say" are its own words.
  const service = '<article><h1>Furniture repair in the valley</h1><p>We mend chairs, tables and cabinets of every age, from loose joints to burnt veneer, in our workshop by the river.</p><h2>What our customers say</h2><p>They brought my grandmother\'s rocking chair back to life in under a fortnight, and the bill was less than the quote.</p></article>';
  const s = await clean(`<html><body>${service}</body></html>`, { fallback: false });
  assert.match(s.stories[0]?.body ?? '', /rocking chair back to life/);
});
