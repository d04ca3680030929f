import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clean } from '../src/index.js';

// An invented game shop's page: the description, a box of critics' quotes named "reviews", and players' reviews.
const about =
  '<div class="description"><h2>About this game</h2><p>Steer a paper boat down a river of ink, folding new sails from the pages you collect and racing the tide before the book closes for the night.</p>' +
  '<p>Twelve chapters, a level maker, and a quiet soundtrack recorded on an old upright piano.</p></div>';
const critics =
  '<div id="critic_reviews" class="game_reviews"><h2>Reviews</h2>' +
  '<p>“A gentle puzzle that folds itself into your evenings.” 9/10 – Lantern Weekly</p>' +
  '<p>“The best use of a river since rivers were invented.” Paper Play Magazine</p></div>';
const players =
  '<div id="player_reviews" class="reviews"><h2>Player reviews</h2><p>Finished it in two evenings with my daughter and she now folds boats out of every receipt, which I call "progress" for lack of a better word.</p></div>';
const page = `<html><body><div class="product"><h1>Inkwater</h1>${about}${critics}${players}</div></body></html>`;

test("html/reviews: a box named for reviews that is critics' quoted passages with their sources stays on a product page; players' own reviews still go", async () => {
  const r = await clean(page, { fallback: false, pageType: 'product' });
  const body = r.stories[0]?.body ?? '';
  assert.match(body, /folds itself into your evenings/);
  assert.match(body, /Paper Play Magazine/);
  assert.match(body, /river of ink/);
  assert.ok(!body.includes('every receipt'), body);
  assert.equal(r.removed.find((x) => x.text.includes('every receipt'))?.rule, 'html/reviews');
});
