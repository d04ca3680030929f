import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clean } from '../src/index.js';

// A bookshop's page for one book: its blurb, the publisher's editorial reviews, and shoppers' reviews.
const blurb = '<div class="book-blurb"><h2>About the book</h2><p>A field guide to the ponds of the northern lowlands: how they fill in spring, which newts come back first, and why a pond left alone for ten years ends up as a wet meadow with a few reeds at its heart.</p></div>';
const editorial = `<div id="editorialReviews_section" class="editorial-reviews"><h2>Editorial Reviews</h2>
<p>"A patient, funny book that makes you want to kneel by the nearest pond with a jam jar and look for larvae until dusk." - The Lowland Review of Books</p>
<p>"Teodor Lanz spent twenty summers counting newts for a county trust, and every page of this guide shows it." - Marsh and Meadow Monthly</p></div>`;
const shoppers = '<div id="shopper-reviews" class="reviews"><h2>What readers say</h2><p>Bought it for my nephew, who now wants a pond in the garden, which was not what I had planned for this summer at all.</p></div>';
const page = `<html><body><div class="product"><h1>Small Waters: A Pond Guide</h1>${blurb}${editorial}${shoppers}</div></body></html>`;

test('html/reviews: on a product page a publisher\'s editorial reviews (critics\' quotes) stay; shoppers\' reviews still go', async () => {
  const r = await clean(page, { fallback: false, pageType: 'product' });
  const body = r.stories[0]?.body ?? '';
  assert.match(body, /kneel by the nearest pond with a jam jar/);
  assert.match(body, /twenty summers counting newts/);
  assert.ok(!body.includes('Bought it for my nephew'), body);
  assert.equal(r.removed.find((x) => x.text.includes('Bought it for my nephew'))?.rule, 'html/reviews');
});
