import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element } from 'domhandler';
import { isElement } from '../src/html/dom.js';
import { classify, declaredTypes, surveyPage, type PageSurvey } from '../src/html/page-type.js';
import { parseHtml } from '../src/html/parse.js';
import { measure } from '../src/html/stats.js';
import { clean, renderHtml, renderMarkdown, renderText } from '../src/index.js';

const PLAIN: PageSurvey = { pre: 0, sections: 0, articles: 0, times: 0, posts: 0, prices: 0, priceTexts: 0, cards: 0, cardLinks: 0, chars: 5000, linkChars: 500, paraChars: 4000, quantities: 0 };

/** The survey of a page whose <body> holds `body`. */
function survey(body: string): PageSurvey {
  const doc = parseHtml(`<html><body>${body}</body></html>`);
  const root = doc.children.find((n): n is Element => isElement(n) && n.name === 'html');
  const el = root?.children.find((n): n is Element => isElement(n) && n.name === 'body');
  assert.ok(el);
  return surveyPage(el, measure(el, new Set()));
}

test('page types from declared schema.org types, URL words and structure; no evidence is an article', () => {
  assert.equal(classify(PLAIN, new Map(), 'https://example.org/2025/05/harbour-dredging').type, 'article');
  assert.equal(classify(PLAIN, declaredTypes('<script type="application/ld+json">{"@type":"QAPage"}</script>'), undefined).type, 'forum');
  assert.equal(classify(PLAIN, declaredTypes('<script type="application/ld+json">{"@type":["Product"]}</script>'), undefined).type, 'product');
  assert.equal(classify({ ...PLAIN, pre: 6 }, new Map(), 'https://example.org/docs/config').type, 'documentation');
  const grid = { ...PLAIN, cards: 24, prices: 24, cardLinks: 0.7, paraChars: 500 };
  assert.equal(classify(grid, new Map(), 'https://shop.example.org/collections/teapots').type, 'collection');
  const feed = { ...PLAIN, cards: 12, cardLinks: 0.8, linkChars: 3500, paraChars: 800 };
  assert.equal(classify(feed, new Map(), 'https://example.org/news/').type, 'listing');
  // A large grid outweighs an intro's prose; a handful of cards under a story does not.
  const catalogue = { ...PLAIN, cards: 14, cardLinks: 0.7, linkChars: 1500 };
  assert.equal(classify(catalogue, new Map(), undefined).type, 'listing');
  assert.equal(classify({ ...catalogue, cards: 8 }, new Map(), undefined).type, 'article');
});

test('a listing keeps every card title (links) that the generic path drops as link blocks', async () => {
  const cards = Array.from({ length: 8 }, (_, i) => `<li class="card"><h2><a href="/n/${i}">Club news item number ${i} headline</a></h2><p>Summary of item ${i}, told in a short sentence.</p></li>`).join('');
  const r = await clean(`<html><body><nav><a href="/">Home</a></nav><main><h1>News</h1><ul class="list">${cards}</ul></main></body></html>`, { url: 'https://example.org/news/', fallback: false });
  assert.equal(r.pageType, 'listing');
  const body = r.stories[0]?.body ?? '';
  assert.match(body, /Club news item number 3 headline/);
  assert.match(body, /Summary of item 7/);
});

test('a listing whose cards are all link text keeps them beside its intro, not the intro alone', async () => {
  const cards = Array.from({ length: 24 }, (_, i) => `<div class="tile"><a href="/s/${i}"><h3>Ferry timetable change number ${i}</h3><p>What changes on route ${i} from Monday, and why the operator moved it.</p></a></div>`).join('');
  const intro = '<p>Every story about the harbour ferries, the routes, the fares and the timetable changes, collected in one place for commuters.</p>';
  const page = `<html><body><div class="intro"><h1>Ferry news</h1>${intro}</div><div class="wrap"><section class="grid">${cards}</section><footer><a href="/about">About</a></footer></div></body></html>`;
  const r = await clean(page, { url: 'https://example.org/news/', fallback: false });
  assert.equal(r.pageType, 'listing');
  const body = r.stories[0]?.body ?? '';
  assert.match(body, /collected in one place/);
  assert.match(body, /Ferry timetable change number 23/);
  assert.match(body, /What changes on route 0/);
});

test('a story typed a listing by the related grid under it still ends at its "More from" label; a listing of teasers keeps them all', async () => {
  const para = (i: number): string =>
    `<p>Paragraph ${i}: the lifeboat crew was called out twice on Sunday, first to a dinghy drifting past the harbour wall and later to walkers cut off by the tide below the cliffs.</p>`;
  const story = Array.from({ length: 5 }, (_, i) => para(i)).join('');
  const cards = Array.from({ length: 14 }, (_, i) => `<div class="teaser"><a href="/s/${i}">Coastguard story number ${i} headline</a><span>2 min</span></div>`).join('');
  const page = `<html><body><div class="page"><h1>Two rescues in one day</h1>${story}<h2>More from the coast</h2><div class="grid">${cards}</div></div></body></html>`;
  const r = await clean(page, { url: 'https://example.org/2025/07/two-rescues', fallback: false });
  assert.equal(r.pageType, 'listing');
  const body = r.stories[0]?.body ?? '';
  assert.match(body, /Paragraph 4: the lifeboat crew/);
  assert.ok(!body.includes('More from the coast'));
  assert.ok(!body.includes('Coastguard story number 3'));
  // Teasers with summaries: no run of story paragraphs, every card stays.
  const teasers = Array.from({ length: 14 }, (_, i) => `<div class="teaser"><a href="/s/${i}">Coastguard story number ${i} headline</a><p>A short summary of rescue ${i}.</p></div>`).join('');
  const feed = await clean(`<html><body><div class="page"><h1>Coast news</h1>${para(0)}<h2>More from the coast</h2><div class="grid">${teasers}</div></div></body></html>`, { url: 'https://example.org/news/', fallback: false });
  assert.equal(feed.pageType, 'listing');
  assert.match(feed.stories[0]?.body ?? '', /Coastguard story number 13 headline/);
});

test('a short story of two paragraphs over a related grid still ends at its label; one intro paragraph over teasers is no story, and they stay', async () => {
  const para = (i: number): string =>
    `<p>Paragraph ${i}: the harbour office said the crane on the east quay will be out of use until the spring, while a part for its winch is made and shipped from abroad.</p>`;
  const cards = Array.from({ length: 14 }, (_, i) => `<div class="teaser"><a href="/s/${i}">Quay works story number ${i} headline</a><span>2 min</span></div>`).join('');
  const grid = `<h2>More from the harbour</h2><div class="grid">${cards}</div>`;
  const r = await clean(`<html><body><div class="page"><h1>Crane out of use</h1>${para(0)}${para(1)}${grid}</div></body></html>`, { url: 'https://example.org/2025/07/crane', fallback: false });
  assert.equal(r.pageType, 'listing');
  const body = r.stories[0]?.body ?? '';
  assert.match(body, /Paragraph 1: the harbour office/);
  assert.ok(!body.includes('Quay works story number 3'), body);
  const feed = await clean(`<html><body><div class="page"><h1>Harbour news</h1>${para(0)}${grid}</div></body></html>`, { url: 'https://example.org/news/', fallback: false });
  assert.equal(feed.pageType, 'listing');
  assert.match(feed.stories[0]?.body ?? '', /Quay works story number 13 headline/);
});

test('html/offers: on a product page, a row of linked tiles with prices (other items) goes; the product\'s own text stays (its price line is html/price-line\'s)', async () => {
  const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Oak bench"}</script>';
  const about = '<p>A solid oak bench for a hallway or a garden, oiled by hand, with a shelf under the seat for shoes and baskets; it seats two adults.</p>';
  const options = ['Short', 'Medium', 'Long'].map((o) => `<li class="opt"><button>${o}</button></li>`).join('');
  const tiles = Array.from({ length: 5 }, (_, i) => `<li class="tile"><a href="/item/${i}"></a><h3>Pine stool model ${i} with a woven rush seat</h3><span>$${40 + i}.00</span><span>+ $9.50 delivery</span><span>Seller 98% positive</span></li>`).join('');
  const page = `<html><head>${ld}</head><body><main><h1>Oak bench</h1><div class="price">$240.00</div><ul class="opts">${options}</ul>${about}<h2>Similar items</h2><ul class="row">${tiles}</ul></main></body></html>`;
  const r = await clean(page, { fallback: false });
  assert.equal(r.pageType, 'product');
  const body = r.stories[0]?.body ?? '';
  assert.match(body, /solid oak bench/);
  assert.equal(r.removed.find((x) => x.text === '$240.00')?.rule, 'html/price-line');
  assert.ok(!body.includes('Pine stool model 3'));
  assert.match(r.removed.find((x) => x.text.includes('Pine stool model 3'))?.rule ?? '', /html\/offers/);
  // Tiles without prices (a gallery of links) are no offers.
  const plain = await clean(page.replace(/\$\d+\.\d\d/g, 'free'), { fallback: false });
  assert.ok(!plain.removed.some((x) => x.rule === 'html/offers'));
});

test('html/offers: on a product page, a row of linked tiles that each carry their own cart button (add-ons, no price shown) goes; a row of plain links stays', async () => {
  const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Cedar planter"}</script>';
  const about = '<p>A raised planter of untreated cedar, 120 cm long, lined with a breathable felt and standing on four legs at a comfortable working height.</p>';
  const tile = (i: number, button: string): string => `<div class="addon"><a href="/addon/${i}">Trellis panel ${i}</a><p>Clip a cedar trellis to the back edge so beans and sweet peas have something to climb.</p>${button}</div>`;
  const row = (button: string): string => `<div class="addons">${[1, 2, 3, 4].map((i) => tile(i, button)).join('')}</div>`;
  const page = (button: string): string => `<html><head>${ld}</head><body><main><h1>Cedar planter</h1>${about}<h2>Choose your extras</h2>${row(button)}</main></body></html>`;
  const r = await clean(page('<a href="?add-to-cart=7" class="button">Buy Now</a>'), { fallback: false });
  assert.equal(r.pageType, 'product');
  const body = r.stories[0]?.body ?? '';
  assert.match(body, /breathable felt/);
  assert.ok(!body.includes('Trellis panel 2'), body);
  assert.match(r.removed.find((x) => x.text.includes('Trellis panel 2'))?.rule ?? '', /html\/offers/);
  const plain = await clean(page('<a href="/guide">Read the guide</a>'), { fallback: false });
  assert.ok(!plain.removed.some((x) => x.rule === 'html/offers'));
});

test('html/buy-box: a heading that is only a cart control or a stock status goes too', async () => {
  const ld = '<script type="application/ld+json">{"@type":"Product","name":"Felt slippers"}</script>';
  const main = '<main><h1>Felt slippers</h1><p>Slippers felted from one piece of undyed wool, with a suede sole that grips a tiled floor and lasts for years of winters.</p><h3>Notify me when back in stock</h3><p>Leave your address and we will write once the next batch of slippers is felted and dried.</p><h2>Sold out</h2><p>Each pair is felted by hand, so sizes run out and come back in small numbers through the year.</p></main>';
  const r = await clean(`<html><head>${ld}</head><body>${main}</body></html>`, { fallback: false });
  assert.equal(r.pageType, 'product');
  for (const line of ['Notify me when back in stock', 'Sold out']) assert.equal(r.removed.find((x) => x.text === line)?.rule, 'html/buy-box', line);
  assert.match(r.stories[0]?.body ?? '', /suede sole/);
});

test('replies that outweigh a short opening post are the page (a thread); under a long story they stay out', async () => {
  const reply = (i: number): string =>
    `<li class="comment"><p>Reply ${i}: I started with a second-hand hand plane and a cheap saw, built a stool, then a small box, and learned more from the mistakes than from any book.</p><p>Take your time with sharpening, it matters more than which tools you buy first.</p></li>`;
  const thread = Array.from({ length: 8 }, (_, i) => reply(i)).join('');
  const question = '<p>How did you get started with woodworking as a hobby, and which projects would you suggest to an absolute beginner?</p>';
  const r = await clean(`<html><body><article><h1>Starting out</h1>${question}<ul class="comments">${thread}</ul></article></body></html>`, { fallback: false });
  assert.equal(r.pageType, 'forum');
  assert.match(r.stories[0]?.body ?? '', /Reply 7: I started/);
  const story = Array.from({ length: 14 }, (_, i) => `<p>Paragraph ${i} of the story: the council met on Monday, heard the traders, and agreed to review the parking rules around the harbour in the autumn.</p>`).join('');
  const blog = await clean(`<html><body><article><h1>Parking rules</h1>${story}</article><ul class="comments">${thread}</ul></body></html>`, { fallback: false });
  assert.ok(!(blog.stories[0]?.body ?? '').includes('Reply 7'));
});

test('on a forum page a block of links between the posts is its list of other threads and goes (html/link-block); a post that links a source stays', async () => {
  const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Sharpening a hand plane"}</script>';
  const post = (i: number): string =>
    `<div class="post"><p>Post ${i}: I hone the blade on a coarse stone first, then a fine one, and finish on a leather strop with a little polishing paste; it takes ten minutes once the bevel is set.</p><p>The <a href="https://example.org/guide">maker's guide</a> shows the angle, which matters more than the stones you buy.</p></div>`;
  const others = ['Which saw for dovetails', 'Oil or wax on oak', 'First workbench plans', 'Storing chisels safely'].map((t, i) => `<li><a href="/t/${i}">${t}</a></li>`).join('');
  const r = await clean(`<html><head>${ld}</head><body><main><h1>Sharpening a hand plane</h1>${[1, 2, 3, 4].map(post).join('')}<h3>Also in this board</h3><ul class="topic-list">${others}</ul></main></body></html>`, { fallback: false });
  assert.equal(r.pageType, 'forum');
  const body = r.stories[0]?.body ?? '';
  assert.match(body, /Post 4: I hone the blade/);
  assert.match(body, /maker's guide/);
  assert.ok(!body.includes('Oil or wax on oak'), body);
  assert.equal(r.removed.find((x) => x.text.includes('Oil or wax on oak'))?.rule, 'html/link-block');
});

test('a product page missing its description in the markup takes it from JSON-LD Product; one that shows it is left alone', async () => {
  const description = 'A hand-thrown stoneware teapot that holds about a litre, glazed in a pale celadon, with a built-in strainer and a lid that stays put while you pour.';
  const ld = `<script type="application/ld+json">{"@type":"Product","name":"Celadon teapot","description":"${description}"}</script>`;
  const buyBox = '<main><h1>Celadon teapot</h1><p class="price">€64</p><p>Ships in two to three working days from our studio in the hills, packed in recycled card.</p><button>Add to basket</button></main>';
  const r = await clean(`<html><head>${ld}</head><body>${buyBox}</body></html>`, { fallback: false });
  assert.equal(r.pageType, 'product');
  const body = r.stories[0]?.body ?? '';
  // The description leads the body, under the product's name (meta/product-name).
  assert.ok(body.startsWith('Celadon teapot\n\nA hand-thrown stoneware teapot'), body);
  assert.match(body, /Ships in two to three working days/);
  const shown = await clean(`<html><head>${ld}</head><body><main><h1>Celadon teapot</h1><p class="price">€64</p><p>${description}</p></main></body></html>`, { fallback: false });
  assert.equal((shown.stories[0]?.body.match(/hand-thrown/g) ?? []).length, 1);
});

test('a page that declares no article reads its content region; a declared article keeps its one container', async () => {
  const section = (i: number): string => `<div class="block"><h2>Feature ${i}</h2><p>What feature ${i} does for a small team, how it is set up in an afternoon, and what it costs each month after the trial.</p></div>`;
  const main = `<div class="hero"><p>Scheduling software for small clinics, with reminders, waiting lists and online booking that patients actually use.</p></div>${[1, 2, 3].map(section).join('')}`;
  const extra = '<div class="extras"><p>Clinics in three countries use it.</p><p><a href="/plans">See plans</a> <a href="/demo">Book a demo</a></p></div>';
  const body = `<body><div class="wrap"><div class="content">${main}</div>${extra}</div></body>`;
  const undeclared = await clean(`<html>${body}</html>`, { fallback: false });
  assert.equal(undeclared.pageType, 'article');
  assert.match(undeclared.stories[0]?.body ?? '', /Clinics in three countries/);
  const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Clinic software"}</script>';
  const declared = await clean(`<html><head>${ld}</head>${body}</html>`, { fallback: false });
  assert.equal(declared.pageType, 'article');
  assert.match(declared.stories[0]?.body ?? '', /What feature 2 does/);
  assert.ok(!(declared.stories[0]?.body ?? '').includes('Clinics in three countries'));
});

test('html/reviews drops shoppers\' reviews on a product page; a page of reviews elsewhere keeps them', async () => {
  const ld = '<script type="application/ld+json">{"@type":"Product","name":"Oak stool"}</script>';
  const product = '<main><h1>Oak stool</h1><p>A three-legged stool in solid oak, oiled by hand, forty-five centimetres high and light enough to carry with one hand.</p><p class="price">€120</p></main>';
  const reviews = '<section class="product-reviews"><h2>Reviews</h2><p>Sturdy and handsome, though it took three weeks to arrive at my door in the countryside.</p><p>Exactly as pictured, and my children use it every morning at the kitchen counter.</p></section>';
  const r = await clean(`<html><head>${ld}</head><body>${product}${reviews}</body></html>`, { fallback: false });
  assert.equal(r.pageType, 'product');
  assert.ok(!(r.stories[0]?.body ?? '').includes('took three weeks'));
  assert.equal(r.removed.find((x) => x.text.includes('took three weeks'))?.rule, 'html/reviews');
  const article = await clean(`<html><body><article><h1>Film of the week</h1><div class="review"><p>The director's third feature follows a ferry crew through one long winter night, and it is the best thing she has made, patient, funny and sad in turn.</p><p>The cast, mostly newcomers, carry it with ease, and the sea itself is filmed like a character.</p></div></article></body></html>`, { fallback: false });
  assert.match(article.stories[0]?.body ?? '', /ferry crew/);
});

test('html/shopper-reviews: reviews named for a shop\'s customers go on a page read as an article; a critic\'s review section stays', async () => {
  const story = '<main><h1>Linen apron</h1><p>A heavy linen apron with two deep pockets and long ties that cross at the back, washed soft before it is sewn and cut in one size that fits most cooks.</p><p>It comes in four colours dyed in small batches, so each one differs a little from the photos.</p></main>';
  const quotes = '<div id="customer-reviews_section"><h2>What buyers say</h2><p>The pockets hold my phone and a notebook without sagging, and it washed well after a month of daily use.</p><p>Lovely colour, though the ties were shorter than I expected for a tall person.</p></div>';
  const app = '<div class="jdgm-widget"><p>Bought one for my father and he wears it every weekend at the grill, very happy.</p></div>';
  const r = await clean(`<html><body>${story}${quotes}${app}</body></html>`, { fallback: false });
  assert.equal(r.pageType, 'article');
  const body = r.stories[0]?.body ?? '';
  assert.match(body, /two deep pockets/);
  assert.ok(!body.includes('without sagging'), body);
  assert.ok(!body.includes('every weekend at the grill'), body);
  assert.equal(r.removed.find((x) => x.text.includes('without sagging'))?.rule, 'html/shopper-reviews');
  assert.equal(r.removed.find((x) => x.text.includes('every weekend'))?.rule, 'html/shopper-reviews');
  // Switched off, the reviews stay, as html/reviews leaves them on a page that is not a shop's.
  const kept = await clean(`<html><body>${story}${quotes}</body></html>`, { fallback: false, disable: ['html/shopper-reviews'] });
  assert.match(kept.stories[0]?.body ?? '', /without sagging/);
  // A critic's review is named "review", never for customers: it stays.
  const critic = '<div class="review-body"><p>The second season is tighter than the first, and its finale, set on a night ferry, is the best hour the show has made so far.</p></div>';
  const film = await clean(`<html><body><article><h1>Harbour Lights, season two</h1><p>The series returns with its cast intact and a new showrunner, who moves the story from the docks to the open sea for eight episodes.</p>${critic}</article></body></html>`, { fallback: false });
  assert.match(film.stories[0]?.body ?? '', /night ferry/);
});

test('html/reviews on a collection page: the shoppers\' quotes under the grid go, each card keeps its own rating line', async () => {
  const cards = Array.from({ length: 8 }, (_, i) => `<div class="tile"><a href="/p/${i}"><h3>Glazed mug in colour ${i}</h3></a><p class="price">€${20 + i}.00</p><span class="reviews-count">${10 + i} reviews</span></div>`).join('');
  const quotes = '<div class="reviews-carousel"><p>I ordered two for my sister and they arrived wrapped so well that not one chip was on them.</p><p>The glaze is deeper in real life than in the photos, and the handle fits my whole hand.</p></div>';
  const page = `<html><body><main><h1>Mugs</h1><p>Every mug is thrown by hand in our workshop and fired twice.</p><div class="grid">${cards}</div>${quotes}</main></body></html>`;
  const r = await clean(page, { url: 'https://shop.example.org/collections/mugs', fallback: false });
  assert.equal(r.pageType, 'collection');
  const body = r.stories[0]?.body ?? '';
  assert.match(body, /Glazed mug in colour 7/);
  assert.match(body, /17 reviews/);
  assert.ok(!body.includes('not one chip'), body);
  assert.equal(r.removed.find((x) => x.text.includes('not one chip'))?.rule, 'html/reviews');
});

test('html/price-line: on a product page a line that is only a price goes; a price in a sentence or a table row stays, and an article keeps its price lines', async () => {
  const ld = '<script type="application/ld+json">{"@type":"Product","name":"Walnut tray"}</script>';
  const main = '<main><h1>Walnut tray</h1><p class="amount">Sale price €48,00</p><p>A serving tray cut from one walnut board, finished with food-safe oil and sized for four cups and a teapot.</p><p>Engraving adds €6 to the order and takes two extra days.</p><table><tr><td>Gift box</td><td>€4</td></tr></table></main>';
  const r = await clean(`<html><head>${ld}</head><body>${main}</body></html>`, { fallback: false });
  assert.equal(r.pageType, 'product');
  const body = r.stories[0]?.body ?? '';
  assert.ok(!body.includes('Sale price'), body);
  assert.equal(r.removed.find((x) => x.text === 'Sale price €48,00')?.rule, 'html/price-line');
  assert.match(body, /Engraving adds €6/);
  assert.match(body, /Gift box \| €4/);
  const story = '<article><h1>What a loaf costs</h1><p>The baker on the corner has raised the price of his sourdough twice this year, and he says flour is the reason.</p><p>€4,20</p><p>That is what the loaf costs now, forty cents more than in January, and the rye is dearer still.</p></article>';
  const a = await clean(`<html><body>${story}</body></html>`, { fallback: false });
  assert.match(a.stories[0]?.body ?? '', /€4,20/);
});

test('html/store-policy: on a product page the section under a shipping or returns heading goes; the care section beside it stays, and a guide keeps its returns section', async () => {
  const ld = '<script type="application/ld+json">{"@type":"Product","name":"Linen apron"}</script>';
  const about = '<h1>Linen apron</h1><p>A full-length apron of washed linen with two deep pockets and long ties that cross at the back.</p>';
  const care = '<h2>Care</h2><p>Wash it warm with like colours and hang it to dry; the linen softens with every wash.</p>';
  const terms = '<h2>Shipping &amp; Returns</h2><p>Orders leave our warehouse within two working days.</p><p>Send it back unused within thirty days for a full refund.</p>';
  const r = await clean(`<html><head>${ld}</head><body><main>${about}${terms}${care}</main></body></html>`, { fallback: false });
  assert.equal(r.pageType, 'product');
  const body = r.stories[0]?.body ?? '';
  assert.ok(!body.includes('thirty days'), body);
  assert.equal(r.removed.find((x) => x.text.startsWith('Send it back'))?.rule, 'html/store-policy');
  assert.match(body, /hang it to dry/);
  assert.match(body, /two deep pockets/);
  // A story about returning goods is the story: the rule reads product pages only.
  const guide = '<article><h1>How to send a parcel back</h1><p>Most shops give you a month to change your mind, but the rules differ from one shop to the next.</p><h2>Returns</h2><p>Keep the receipt and the box until the refund has reached your account, and photograph the parcel before you post it.</p></article>';
  const g = await clean(`<html><body>${guide}</body></html>`, { fallback: false });
  assert.match(g.stories[0]?.body ?? '', /photograph the parcel/);
});

test('html/shop-pitch: on a product page the section under a "why buy from us" or "what makes our staff great" heading goes; the product\'s own "why choose" section stays, and a service page keeps its pitch', async () => {
  const ld = '<script type="application/ld+json">{"@type":"Product","name":"Cedar bird box"}</script>';
  const about = '<h1>Cedar bird box</h1><p>A nesting box of untreated cedar with a 32 mm entrance hole, a hinged roof for cleaning and drainage holes in the floor.</p>';
  const choose = '<h2>Why choose cedar?</h2><p>Cedar resists rot without any stain, so the box lasts for many seasons and stays safe for the chicks.</p>';
  const pitch = '<h2>Why shop with Fernhollow?</h2><p>Our garden team answers every question within a day, by phone or by mail.</p><h3>Planted for every order</h3><p>We plant a hedge sapling for each parcel that leaves the barn.</p>';
  const staff = '<h2>What makes our garden advisers great?</h2><p>Each adviser spends a year in our nursery before taking a single call from a customer.</p>';
  const r = await clean(`<html><head>${ld}</head><body><main>${about}${choose}${pitch}${staff}</main></body></html>`, { fallback: false });
  assert.equal(r.pageType, 'product');
  const body = r.stories[0]?.body ?? '';
  for (const gone of ['answers every question', 'hedge sapling', 'in our nursery']) assert.ok(!body.includes(gone), body);
  assert.equal(r.removed.find((x) => x.text.startsWith('We plant a hedge'))?.rule, 'html/shop-pitch');
  assert.match(body, /Cedar resists rot/);
  assert.match(body, /hinged roof/);
  const off = await clean(`<html><head>${ld}</head><body><main>${about}${pitch}</main></body></html>`, { fallback: false, disable: ['html/shop-pitch'] });
  assert.match(off.stories[0]?.body ?? '', /hedge sapling/);
  // On a page that is not a product the pitch is the page's own words.
  const service = '<article><h1>Garden design in the valley</h1><p>We plan and plant gardens of every size, from a terrace of pots to a two-acre orchard, and look after them for years.</p><h2>Why shop with Fernhollow?</h2><p>Our garden team answers every question within a day, and every design comes with a year of free visits.</p></article>';
  const g = await clean(`<html><body>${service}</body></html>`, { fallback: false });
  assert.match(g.stories[0]?.body ?? '', /free visits/);
});

test('html/store-policy: on a product page a disclosure labelled as the shop\'s terms goes with its panel (<details>, or a toggle button and the panel after it); a sizing disclosure stays', async () => {
  const ld = '<script type="application/ld+json">{"@type":"Product","name":"Canvas tote"}</script>';
  const about = '<h1>Canvas tote</h1><p>A heavy canvas tote with a leather base, an inner zip pocket and straps long enough to wear on the shoulder.</p>';
  const details = '<details><summary>Delivery &amp; Returns</summary><p>Parcels are posted within two working days by tracked courier.</p><p>Unworn bags may be sent back within four weeks.</p></details>';
  const toggle = '<div class="acc"><h3><button aria-expanded="false">Warranty</button></h3><div class="panel"><p>We repair broken stitching free of charge for the first two years after purchase.</p></div></div>';
  const sizing = '<details><summary>Size &amp; fit</summary><p>It holds a fifteen-inch laptop, a water bottle and a jumper with room to spare.</p></details>';
  const r = await clean(`<html><head>${ld}</head><body><main>${about}${details}${toggle}${sizing}</main></body></html>`, { fallback: false });
  assert.equal(r.pageType, 'product');
  const body = r.stories[0]?.body ?? '';
  assert.match(body, /inner zip pocket/);
  assert.match(body, /fifteen-inch laptop/);
  assert.doesNotMatch(body, /tracked courier|four weeks|stitching/, body);
  assert.ok(r.removed.some((x) => x.rule === 'html/store-policy' && x.text.includes('tracked courier')), JSON.stringify(r.removed));
  assert.ok(r.removed.some((x) => x.rule === 'html/store-policy' && x.text.includes('stitching')), JSON.stringify(r.removed));
});

test('html/buy-box: on a product page a line that is only a stock status or a cart control goes; a sentence about stock stays, and a catalogue keeps its cards\' statuses', async () => {
  const ld = '<script type="application/ld+json">{"@type":"Product","name":"Clay planter"}</script>';
  const main = '<main><h1>Clay planter</h1><p>Only 4 left</p><div>Qty:</div><p>A terracotta planter thrown by hand, with a drainage hole and a saucer glazed in deep green.</p><p>Add to bag</p><p>This glaze is back in stock after the summer firing, and the next batch comes in spring.</p></main>';
  const r = await clean(`<html><head>${ld}</head><body>${main}</body></html>`, { fallback: false });
  assert.equal(r.pageType, 'product');
  const body = r.stories[0]?.body ?? '';
  assert.match(body, /drainage hole/);
  assert.match(body, /back in stock after the summer firing/);
  for (const line of ['Only 4 left', 'Qty:', 'Add to bag']) {
    assert.ok(!body.split('\n').includes(line), body);
    assert.equal(r.removed.find((x) => x.text === line)?.rule, 'html/buy-box', line);
  }
  const card = (i: number): string => `<li class="card"><a href="/p/${i}"><h3>Clay planter number ${i} in green</h3></a><p>Sold out</p><p>$${20 + i}.00</p></li>`;
  const shop = await clean(`<html><body><main><h1>Planters</h1><ul class="grid">${[1, 2, 3, 4, 5, 6, 7, 8].map(card).join('')}</ul></main></body></html>`, { url: 'https://shop.example.org/collections/planters', fallback: false });
  assert.notEqual(shop.pageType, 'product');
  assert.ok(!shop.removed.some((x) => x.rule === 'html/buy-box'));
});

test('html/buy-box: on a product page a short line that offers free delivery or prices the delivery goes; a sentence about shipping and a spec table keep theirs', async () => {
  const ld = '<script type="application/ld+json">{"@type":"Product","name":"Linen apron"}</script>';
  const offers = ['Free Standard Delivery on orders over $60', 'Quick & Free Shipping.', '+ $7.40 delivery'];
  const sentence = 'We sew every apron to order, so delivery takes about a week longer than for our stock items in the spring.';
  const table = '<table><tr><th>Weight</th><td>0.3 kg</td></tr><tr><th>Postage</th><td>Free shipping within the EU</td></tr></table>';
  const main = `<main><h1>Linen apron</h1>${offers.map((o) => `<p>${o}</p>`).join('')}<p>A heavy linen apron with two deep pockets, a cross-back strap and brass rings that never rust in the wash.</p><p>${sentence}</p>${table}</main>`;
  const r = await clean(`<html><head>${ld}</head><body>${main}</body></html>`, { fallback: false });
  assert.equal(r.pageType, 'product');
  const body = r.stories[0]?.body ?? '';
  assert.match(body, /cross-back strap/);
  assert.match(body, /takes about a week longer/);
  assert.match(body, /Free shipping within the EU/);
  for (const line of offers) {
    assert.ok(!body.includes(line), body);
    assert.equal(r.removed.find((x) => x.text === line)?.rule, 'html/buy-box', line);
    assert.match(r.removed.find((x) => x.text === line)?.reason ?? '', /a delivery offer/);
  }
});

test('html/buy-box: on a product page a loyalty offer and a picture viewer\'s control go; a sentence that goes on to a reward stays', async () => {
  const ld = '<script type="application/ld+json">{"@type":"Product","name":"Cedar bird box"}</script>';
  const lines = ['Members earn 120 points on this order.', 'Earn up to 300 points per item', 'Image 2 of 9', 'Video', 'Loading'];
  const sentence = 'and you will earn our thanks and reward points whenever a family of tits moves in.';
  const main = `<main><h1>Cedar bird box</h1>${lines.map((l) => `<p>${l}</p>`).join('')}<p>A nesting box of untreated cedar with a 28 mm hole, a hinged roof for cleaning and a drainage gap in the floor.</p><p>${sentence}</p></main>`;
  const r = await clean(`<html><head>${ld}</head><body>${main}</body></html>`, { fallback: false });
  assert.equal(r.pageType, 'product');
  const body = r.stories[0]?.body ?? '';
  assert.match(body, /hinged roof/);
  assert.match(body, /a family of tits moves in/);
  for (const line of lines) {
    assert.ok(!body.split('\n').includes(line), body);
    assert.equal(r.removed.find((x) => x.text === line)?.rule, 'html/buy-box', line);
  }
});

test('html/buy-box: on a product page a line that only offers the shop\'s help, a protection plan or labels an ad goes; a sentence about experts stays', async () => {
  const ld = '<script type="application/ld+json">{"@type":"Product","name":"Walnut chess set"}</script>';
  const lines = ['Ask an Expert', 'Video Chat with a Games Expert - Live', 'Need help choosing a board?', 'Add a protection plan from $12.99', 'Protect your purchase', 'Sponsored'];
  const sentence = 'Our experts carved the knights by hand, so each horse looks a little different from its twin.';
  const main = `<main><h1>Walnut chess set</h1>${lines.map((l) => `<p>${l}</p>`).join('')}<p>A folding board of walnut and maple squares, 40 cm across, with felted pieces stored in two lined drawers.</p><p>${sentence}</p></main>`;
  const r = await clean(`<html><head>${ld}</head><body>${main}</body></html>`, { fallback: false });
  assert.equal(r.pageType, 'product');
  const body = r.stories[0]?.body ?? '';
  assert.match(body, /lined drawers/);
  assert.match(body, /different from its twin/);
  for (const line of lines) {
    assert.ok(!body.split('\n').includes(line), body);
    assert.equal(r.removed.find((x) => x.text === line)?.rule, 'html/buy-box', line);
  }
});

test('html/buy-box: on a product page a tab label for the shop\'s terms ("Delivery & Returns") goes; a field label with a colon and its value stay', async () => {
  const ld = '<script type="application/ld+json">{"@type":"Product","name":"Oak stool"}</script>';
  const labels = ['Delivery & Returns', 'Warranty', 'Versand und Rückgabe'];
  const main = `<main><h1>Oak stool</h1>${labels.map((l) => `<div>${l}</div>`).join('')}<p>A three-legged stool of oiled oak, 45 cm high, with a seat turned from a single board and wedged legs.</p><p>Returns:</p><p>Within 14 days, in the original box.</p><p>The oil is renewed once a year with a soft cloth; the wedges tighten again as the wood dries in winter.</p></main>`;
  const r = await clean(`<html><head>${ld}</head><body>${main}</body></html>`, { fallback: false });
  assert.equal(r.pageType, 'product');
  const lines = (r.stories[0]?.body ?? '').split('\n');
  assert.ok(lines.includes('Returns:'), lines.join('|'));
  assert.ok(lines.includes('Within 14 days, in the original box.'), lines.join('|'));
  for (const label of labels) {
    assert.ok(!lines.includes(label), lines.join('|'));
    assert.match(r.removed.find((x) => x.text === label)?.reason ?? '', /label of the shop's terms/, label);
  }
});

test('html/offers-label: a browsing history over other products goes on a product page, with or without "your"', async () => {
  const ld = '<script type="application/ld+json">{"@type":"Product","name":"Linen apron"}</script>';
  const labels = ['Browsing History', 'Your browsing history'];
  const main = `<main><h1>Linen apron</h1><p>A bib apron of washed linen with two deep pockets and long ties that cross at the back and fasten in front.</p><h2>${labels[0]}</h2><p>The neck strap slides through a wooden toggle, so the bib sits as high or as low as the cook likes it.</p><div>${labels[1]}</div><p>Wash it warm with like colours; the linen softens and fades a little more with every wash.</p></main>`;
  const r = await clean(`<html><head>${ld}</head><body>${main}</body></html>`, { fallback: false });
  assert.equal(r.pageType, 'product');
  const body = r.stories[0]?.body ?? '';
  assert.match(body, /deep pockets/);
  for (const line of labels) assert.equal(r.removed.find((x) => x.text === line)?.rule, 'html/offers-label', line);
});

test('html/repeated-passage: on a product page a field that prints its blurb again drops the later copies; a phrase said twice and an article stay', async () => {
  const ld = '<script type="application/ld+json">{"@type":"Product","name":"The Quiet Orchard"}</script>';
  const blurb = 'A patient and generous book about the old apple trees of the valley, the families who planted them and the strangers who now prune them every winter, told through letters, ledgers and the memories of a dozen neighbours who would not let the orchard go.';
  const variant = blurb.replace('valley,', 'valley -').replace('winter,', 'winter...');
  const field = `Praise ${blurb} — Evening Ledger, ${variant} -- Evening Ledger, ${blurb}`;
  const refrain = 'Soft, soft wool from our own sheep, spun soft and knitted slowly.';
  const main = `<main><h1>The Quiet Orchard</h1><p>A hardback of 312 pages with twelve woodcuts, printed on uncoated paper and sewn in sections so it lies open.</p><div class="spec"><span>${field}</span></div><p>${refrain}</p></main>`;
  const r = await clean(`<html><head>${ld}</head><body>${main}</body></html>`, { fallback: false });
  assert.equal(r.pageType, 'product');
  const body = r.stories[0]?.body ?? '';
  assert.equal(body.split('the strangers who now prune them').length - 1, 1, body);
  assert.match(body, /^Praise A patient and generous book/m);
  assert.match(body, /Soft, soft wool/);
  assert.ok(r.removed.some((x) => x.rule === 'html/repeated-passage'));
  const off = await clean(`<html><head>${ld}</head><body>${main}</body></html>`, { fallback: false, disable: ['html/repeated-passage'] });
  assert.equal((off.stories[0]?.body ?? '').split('the strangers who now prune them').length - 1, 3);
  const story = `<main><h1>Orchard letters</h1><p>${field}</p><p>The valley's growers met again this spring to talk about grafting and the price of cider apples.</p></main>`;
  const art = await clean(`<html><body>${story}</body></html>`, { fallback: false });
  assert.notEqual(art.pageType, 'product');
  assert.ok(!art.removed.some((x) => x.rule === 'html/repeated-passage'));
});

test('html/offers-label: on a product page a label over other products goes, heading or line; a label over reviews and one on an article stay', async () => {
  const ld = '<script type="application/ld+json">{"@type":"Product","name":"Copper kettle"}</script>';
  const labels = ['Shoppers who viewed this item also viewed', "The seller's other items", 'Featured Products', 'Others like you also bought:'];
  const main = `<main><h1>Copper kettle</h1><p>A stovetop kettle hammered from one sheet of copper, lined with tin and fitted with a whistle that sings a low note.</p><h2>${labels[0]}</h2><p>${labels[1]}</p><h3>Reviews</h3><p>The handle stays cool and it boils a litre in four minutes on our gas ring, which is all we wanted.</p><div>${labels[2]}</div><p>${labels[3]}</p></main>`;
  const r = await clean(`<html><head>${ld}</head><body>${main}</body></html>`, { fallback: false });
  assert.equal(r.pageType, 'product');
  const body = r.stories[0]?.body ?? '';
  assert.match(body, /sings a low note/);
  assert.match(body, /^Reviews$/m);
  for (const line of labels) {
    assert.ok(!body.split('\n').includes(line), body);
    assert.equal(r.removed.find((x) => x.text === line)?.rule, 'html/offers-label', line);
  }
  const story = '<main><h1>Why we still buy kettles</h1><p>A long look at the kettle trade, from copper workshops to the plastic jugs that replaced them in most kitchens over the last forty years.</p><h2>Customers also bought</h2><p>Market researchers found that shoppers who bought a kettle often bought a teapot the same week, which shops have long known.</p></main>';
  const art = await clean(`<html><body>${story}</body></html>`, { fallback: false });
  assert.notEqual(art.pageType, 'product');
  assert.ok(!art.removed.some((x) => x.rule === 'html/offers-label'));
});

test('meta/product-name: a product page\'s body opens with the product\'s name, whether its container printed it or not; an article drops its echo', async () => {
  const ld = '<script type="application/ld+json">{"@type":"Product","name":"Oak step stool"}</script>';
  const about = '<p>A two-step stool joined from solid oak without screws, with a hand hole in the top step and felt pads under the feet.</p><p>It carries 150 kg and folds flat against a wall, so it lives in the kitchen and not in the cellar.</p>';
  const inside = await clean(`<html><head><title>Oak step stool | Joinery Shop</title>${ld}</head><body><main><h1>Oak step stool</h1>${about}</main></body></html>`, { fallback: false });
  assert.equal(inside.pageType, 'product');
  assert.equal(inside.stories[0]?.title, 'Oak step stool');
  assert.match(inside.stories[0]?.body ?? '', /^Oak step stool\n\nA two-step stool/);
  assert.equal((inside.stories[0]?.body ?? '').split('Oak step stool').length, 2);
  // The renderers print the name once: the body's opening heading stands for the title line.
  const story = inside.stories[0];
  assert.ok(story);
  for (const out of [renderText(story), renderMarkdown(story), renderHtml(story)]) assert.equal(out.split('Oak step stool').length, 2, out);
  const outside = await clean(`<html><head><title>Oak step stool | Joinery Shop</title>${ld}</head><body><header><h1>Oak step stool</h1></header><div class="product-description">${about}</div></body></html>`, { fallback: false });
  assert.equal(outside.pageType, 'product');
  assert.match(outside.stories[0]?.body ?? '', /^Oak step stool\n\nA two-step stool/);
  const off = await clean(`<html><head><title>Oak step stool | Joinery Shop</title>${ld}</head><body><main><h1>Oak step stool</h1>${about}</main></body></html>`, { fallback: false, disable: ['meta/product-name'] });
  assert.match(off.stories[0]?.body ?? '', /^A two-step stool/);
  const prose = '<p>Our joiner spent a winter on the design, and the first batch sold out in a week at the town market before we had even photographed it.</p><p>Here is how the stool came to be, from the first sketch to the felt pads.</p>';
  const art = await clean(`<html><head><title>How we made a stool</title></head><body><article><h1>How we made a stool</h1>${prose}</article></body></html>`, { fallback: false });
  assert.notEqual(art.pageType, 'product');
  assert.match(art.stories[0]?.body ?? '', /^Our joiner/);
});

test('option pageType: a caller who knows the type switches its profile on; without it the page is read', async () => {
  // A shop's page that declares nothing: read from the page it is an article and keeps its price line.
  const main = '<main><h1>Walnut tray</h1><p>€48,00</p><p>A serving tray cut from one walnut board, finished with food-safe oil and sized for four cups and a teapot.</p><p>Each board is chosen by hand, so the grain of yours will differ from the one in the pictures.</p></main>';
  const html = `<html><body>${main}</body></html>`;
  const read = await clean(html, { fallback: false });
  assert.notEqual(read.pageType, 'product');
  assert.match(read.stories[0]?.body ?? '', /€48,00/);
  const told = await clean(html, { fallback: false, pageType: 'product' });
  assert.equal(told.pageType, 'product');
  assert.equal(told.removed.find((x) => x.text === '€48,00')?.rule, 'html/price-line');
  assert.match(told.stories[0]?.body ?? '', /grain of yours/);
});

test('og:type "article" alone (many CMSs set it on every page) weighs less than an article in JSON-LD', () => {
  const front = { ...PLAIN, cards: 14, cardLinks: 0.7, linkChars: 1500, paraChars: 1000 };
  const og = declaredTypes('<meta property="og:type" content="article">');
  assert.equal(classify(front, og, undefined).type, 'listing');
  const ld = declaredTypes('<script type="application/ld+json">{"@type":"NewsArticle"}</script>');
  assert.equal(classify(front, ld, undefined).type, 'article');
});

test('cards that each carry their own item classes (post-12, category-x) still make one grid: its titles join the intro', async () => {
  const topics = ['harbour', 'ferries', 'fares'];
  const cards = Array.from({ length: 16 }, (_, i) => `<div class="entry post-${100 + i} category-${topics[i % 3]}${i % 4 === 0 ? ' first' : ''}"><a href="/s/${i}"><h3>Quay works update number ${i}</h3><p>What the crews finished on berth ${i} this week, and what comes next.</p></a></div>`).join('');
  const intro = '<p>Every update on the quay works, the berths and the closures, collected in one place for the people who use the harbour.</p>';
  const ld = '<script type="application/ld+json">{"@type":"CollectionPage"}</script>';
  const page = `<html><head>${ld}</head><body><div class="intro"><h1>Quay works</h1>${intro}</div><div class="wrap"><section class="grid">${cards}</section><footer><a href="/about">About</a></footer></div></body></html>`;
  const r = await clean(page, { url: 'https://example.org/news/', fallback: false });
  assert.equal(r.pageType, 'listing');
  const body = r.stories[0]?.body ?? '';
  assert.match(body, /collected in one place/);
  assert.match(body, /Quay works update number 15/);
});

test('a page that declares itself an article but is an intro over a river of teasers is read as a listing; a declared article with a few teasers under it is not', async () => {
  // Each teaser line is too short to score as a paragraph: the generic path's container is the intro.
  const og = '<meta property="og:type" content="article">';
  const teaser = (i: number): string =>
    `<div class="teaser"><h3><a href="/w/${i}">Lock gate works, part ${i}</a></h3><div>Lower gate of lock ${i}</div><div>Closed for two weeks</div><div>Crew from the north yard</div></div>`;
  const intro = '<div class="intro"><p>Reports from the canal trust on the locks, the towpaths and the works planned for this year, collected here.</p></div>';
  const front = `<html><head>${og}</head><body><div class="top"><h1>Canal works</h1>${intro}</div><div class="river">${Array.from({ length: 10 }, (_, i) => teaser(i)).join('')}</div></body></html>`;
  const r = await clean(front, { url: 'https://example.org/canal-works', fallback: false });
  const body = r.stories[0]?.body ?? '';
  assert.match(body, /collected here/);
  assert.match(body, /Lower gate of lock 7/);
  assert.equal(r.pageType, 'listing');
  const story = ['The canal trust will close the lower lock for two weeks in March while divers and crews replace the worn hinges of its gate, the first such repair in forty years.', 'Boaters heading for the river will have to wait above the lock or turn back at the basin, and the trust has asked hire firms to warn their customers before they set off.', 'The towpath stays open during the works, but walkers should expect a crane and a pontoon beside the lock on most weekdays, the trust said in a statement on Friday.'].map((p) => `<p>${p}</p>`).join('');
  const article = `<html><head>${og}</head><body><main><article><h1>Lower lock to close</h1>${story}</article><div class="river">${[1, 2, 3].map(teaser).join('')}</div></main></body></html>`;
  const a = await clean(article, { url: 'https://example.org/lower-lock', fallback: false });
  assert.equal(a.pageType, 'article');
  assert.ok(!(a.stories[0]?.body ?? '').includes('Lower gate of lock 2'));
});

test("one product's variants (a ProductGroup, og:type product) make a product page, not a collection; an FAQ's questions and answers do not make a forum", () => {
  const variants = Array.from({ length: 5 }, (_, i) => `{"@type":"Product","name":"Rain jacket, size ${i}"}`).join(',');
  const group = declaredTypes(`<script type="application/ld+json">{"@type":"ProductGroup","hasVariant":[${variants}]}</script>`);
  assert.equal(classify(PLAIN, group, undefined).type, 'product');
  const og = declaredTypes(`<meta property="og:type" content="product"><script type="application/ld+json">[${variants}]</script>`);
  assert.equal(classify(PLAIN, og, undefined).type, 'product');
  assert.notEqual(classify(PLAIN, declaredTypes(`<script type="application/ld+json">[${variants}]</script>`), undefined).type, 'product');
  const faq = declaredTypes('<script type="application/ld+json">{"@type":"FAQPage","mainEntity":[{"@type":"Question","acceptedAnswer":{"@type":"Answer"}}]}</script>');
  assert.notEqual(classify(PLAIN, faq, undefined).type, 'forum');
  const thread = declaredTypes('<script type="application/ld+json">{"@type":"Question","acceptedAnswer":{"@type":"Answer"}}</script>');
  assert.equal(classify(PLAIN, thread, undefined).type, 'forum');
});

test('a page that declares nothing and is made of teaser cards keeps their linked titles; a story with a few links per paragraph is not cards', async () => {
  // Eight cards: too few for the survey to outvote the article, but they hold nearly all the text.
  const card = (i: number): string =>
    `<div class="card"><h3><a href="/walks/${i}">Coastal walk number ${i}, from the lighthouse</a></h3><p>A loop of ${3 + i} kilometres past the dunes and the old pier, about ${i + 1} hours at an easy pace with children.</p></div>`;
  const page = `<html><body><div class="site"><h1>Walks this month</h1><div class="cards">${Array.from({ length: 8 }, (_, i) => card(i)).join('')}</div></div></body></html>`;
  const r = await clean(page, { fallback: false });
  assert.equal(r.pageType, 'listing');
  const body = r.stories[0]?.body ?? '';
  assert.match(body, /Coastal walk number 6, from the lighthouse/);
  assert.match(body, /A loop of 9 kilometres/);
  // Paragraphs that each link somewhere line up like cards too: a story, read as one.
  const para = (i: number): string => `<p>On day ${i} the walkers crossed the <a href="/place/${i}">salt marsh number ${i}</a> at low tide, and the guide stopped to name the birds feeding along the channel before the water came back in.</p>`;
  const story = await clean(`<html><head><meta name="date" content="2025-06-01"></head><body><div class="site"><h1>Across the marsh</h1><div class="text">${Array.from({ length: 8 }, (_, i) => para(i)).join('')}</div></div></body></html>`, { fallback: false });
  assert.equal(story.pageType, 'article');
});

test('a page that declares nothing and carries no date or byline is a site\'s page of sections: its linked section titles stay; with a date it is read as a story, link blocks dropped', async () => {
  // Headings and blocks outside paragraphs: named a service page.
  const section = (i: number): string => `<section class="feature"><h2><a href="/features/${i}">Pre-orders, part ${i}</a></h2><div>What part ${i} does for a small bakery: it takes the orders from the shop and the website, and it is set up in an afternoon for ${i * 5} euros a month after the free trial.</div></section>`;
  const hero = '<div class="hero"><h1>Ovenly</h1><div>Order software for small bakeries: pre-orders, pick-up slots and a daily bake list.</div></div>';
  const body = `<body><div class="page">${hero}${[1, 2, 3].map(section).join('')}</div></body>`;
  const undated = await clean(`<html>${body}</html>`, { fallback: false });
  assert.equal(undated.pageType, 'service');
  assert.match(undated.stories[0]?.body ?? '', /Pre-orders, part 2/);
  const dated = await clean(`<html><head><meta name="date" content="2025-03-04"></head>${body}</html>`, { fallback: false });
  assert.equal(dated.pageType, 'article');
  assert.match(dated.stories[0]?.body ?? '', /What part 3 does/);
  assert.ok(!(dated.stories[0]?.body ?? '').includes('Pre-orders, part 2'));
  assert.equal(dated.removed.find((x) => x.text.startsWith('Pre-orders, part 2'))?.rule, 'html/link-block');
});

test('html/cta: on a service page a short line that is one link (a button) goes; a linked section title, a link inside a sentence and a long linked line stay', async () => {
  const section = (i: number): string => `<section class="feature"><h2><a href="/features/${i}">Delivery rounds, part ${i}</a></h2><div>Part ${i} plans the van's morning round from the day's orders, so the driver sees the stops in the order the bread comes out of the oven.</div><div><a href="/features/${i}">See how it works</a></div></section>`;
  const hero = '<div class="hero"><h1>Ovenly</h1><div>Order software for small bakeries: pre-orders, pick-up slots and a daily bake list.</div><div><a href="/signup">Start free trial</a></div></div>';
  const more = '<section><div>Bakeries in three countries plan their rounds with it; <a href="/stories">read how a village bakery</a> cut its driving by a third.</div><div><a href="/guide">The complete guide to planning delivery rounds for bakeries</a></div></section>';
  const r = await clean(`<html><body><div class="page">${hero}${more}${[1, 2, 3].map(section).join('')}</div></body></html>`, { fallback: false });
  assert.equal(r.pageType, 'service');
  const body = r.stories[0]?.body ?? '';
  assert.ok(!body.includes('Start free trial'), body);
  assert.ok(!body.includes('See how it works'), body);
  assert.equal(r.removed.find((x) => x.text === 'Start free trial')?.rule, 'html/cta');
  assert.match(body, /Delivery rounds, part 2/);
  assert.match(body, /read how a village bakery cut its driving/);
  assert.match(body, /The complete guide to planning delivery rounds/);
});

test('a page that names itself one product stays a product page beside a large grid of related products', () => {
  const related = { ...PLAIN, cards: 14, prices: 14, cardLinks: 0.9, linkChars: 3000, paraChars: 600 };
  const og = declaredTypes('<meta property="og:type" content="product"><script type="application/ld+json">{"@type":"Product","name":"Linen shirt"}</script>');
  assert.equal(classify(related, og, 'https://shop.example.org/shop/linen-shirt/').type, 'product');
  const group = declaredTypes('<script type="application/ld+json">{"@type":"ProductGroup","name":"Linen shirt"}</script>');
  assert.equal(classify(related, group, undefined).type, 'product');
  // Without the page naming itself, the same grid is a catalogue.
  assert.equal(classify(related, new Map(), 'https://shop.example.org/shop/linen-shirt/').type, 'collection');
});

test("og:type product that no product in the page's data backs is a template's tag: a priced grid outweighs it, a page without one is still a product", () => {
  const og = declaredTypes('<meta property="og:type" content="product">');
  const grid = { ...PLAIN, cards: 14, prices: 14, cardLinks: 0.9, linkChars: 3000, paraChars: 600 };
  assert.equal(classify(grid, og, 'https://shop.example.org/shop/linen/').type, 'collection');
  assert.equal(classify(grid, og, 'https://shop.example.org/garden/pots').type, 'collection');
  // Its own price (a buy box's) beside its description.
  assert.equal(classify({ ...PLAIN, prices: 1 }, og, 'https://shop.example.org/garden/terracotta-pot').type, 'product');
  assert.equal(classify({ ...PLAIN, cards: 7, cardLinks: 1, linkChars: 3500 }, og, 'https://shop.example.org/products/terracotta-pot').type, 'product');
});

test('og:type read when the tag gives its content first; a product.group page\'s declared products are its items, not one product', () => {
  const first = declaredTypes('<meta content="product" property="og:type" data-next-head="">');
  assert.equal(first.get('og:product'), 1);
  assert.equal(classify(PLAIN, first, 'https://shop.example.org/p/cast-iron-pan/-/A-1').type, 'product');
  assert.equal(declaredTypes('<meta name="og:type" content="product.group">').get('og:product.group'), 1);
  // An article value from such a tag is left to the article paths as before.
  assert.equal(declaredTypes('<meta content="article" property="og:type">').size, 0);
  const items = '<script type="application/ld+json">[{"@type":"Product","name":"Night cream"},{"@type":"Product","name":"Day serum"}]</script>';
  assert.equal(classify(PLAIN, declaredTypes(items), undefined).type, 'product');
  const set = declaredTypes(`<meta property="og:type" content="product.group">${items}`);
  assert.equal(classify(PLAIN, set, 'https://shop.example.org/collections/skincare-set').type, 'collection');
  // Without products declared, the tag alone moves nothing.
  assert.equal(classify(PLAIN, declaredTypes('<meta property="og:type" content="product.group">'), undefined).type, 'article');
});

test('the survey groups cards by their kind, not their per-item classes, and leaves a menu\'s items out', () => {
  const posts = Array.from({ length: 8 }, (_, i) => `<article class="post-${100 + i} post category-c${i}"><h2><a href="/p/${i}">Harbour story number ${i} headline</a></h2></article>`).join('');
  assert.equal(survey(`<main>${posts}</main>`).cards, 8);
  const menu = Array.from({ length: 8 }, (_, i) => `<li class="menu-item menu-item-${i}"><a href="/s/${i}">Section of the site ${i}</a></li>`).join('');
  assert.equal(survey(`<ul class="top">${menu}</ul>`).cards, 0);
});

test('a service page keeps a section heading over a logo wall or a picture (the page\'s own words); an article still drops a heading left without text', async () => {
  const section = (i: number): string => `<section class="feature"><h2>Pick-up slots, step ${i}</h2><div>Customers choose a time when they order, and the bakery sees on one list which loaves go out in which hour of the morning, step ${i} of the set-up.</div></section>`;
  const logos = '<section class="clients"><h2>Baking with us since spring</h2><div class="logos"><img src="/a.png" alt=""><img src="/b.png" alt=""><img src="/c.png" alt=""></div></section>';
  const hero = '<div class="hero"><h1>Ovenly</h1><div>Order software for small bakeries: pre-orders, pick-up slots and a daily bake list.</div></div>';
  const body = `<body><div class="page">${hero}${section(1)}${logos}${section(2)}${section(3)}</div></body>`;
  const undated = await clean(`<html>${body}</html>`, { fallback: false });
  assert.equal(undated.pageType, 'service');
  assert.match(undated.stories[0]?.body ?? '', /Baking with us since spring/);
  const dated = await clean(`<html><head><meta name="date" content="2025-03-04"></head>${body}</html>`, { fallback: false });
  assert.equal(dated.pageType, 'article');
  assert.ok(!(dated.stories[0]?.body ?? '').includes('Baking with us since spring'));
  assert.equal(dated.removed.find((x) => x.text === 'Baking with us since spring')?.rule, 'html/orphan-heading');
});

test('a run of like siblings that is mostly prose (replies, sections) is no grid of cards', () => {
  const replies = { ...PLAIN, cards: 14, cardLinks: 0.05, linkChars: 900, paraChars: 1000 };
  assert.equal(classify(replies, new Map(), undefined).type, 'article');
  assert.equal(classify({ ...replies, cardLinks: 0.7 }, new Map(), undefined).type, 'listing');
});

test("a listing's cards keep their byline lines (each signs one card); an article's byline line leaves the body", async () => {
  const writers = ['Maren Holt', 'Tobias Lind', 'Ines Varga', 'Pavel Ostrov', 'Clara Wendt', 'Jonas Berg', 'Lea Moreau', 'Aziz Karim'];
  const cards = writers.map((w, i) => `<li class="card"><h2><a href="/n/${i}">Harbour report number ${i} on the ferry works</a></h2><p class="byline">By ${w}</p><p>What changed at the quay this week, in a sentence.</p></li>`).join('');
  const r = await clean(`<html><body><main><h1>Harbour reports</h1><ul class="list">${cards}</ul></main></body></html>`, { url: 'https://example.org/news/', fallback: false });
  assert.equal(r.pageType, 'listing');
  const body = r.stories[0]?.body ?? '';
  assert.match(body, /By Tobias Lind/);
  assert.match(body, /By Aziz Karim/);
  assert.ok(!r.removed.some((x) => x.rule === 'meta/byline'), JSON.stringify(r.removed.map((x) => x.rule)));
  const story = '<p>The harbour authority approved a plan on Monday to dredge the eastern channel, which has silted up so badly that larger ferries can only enter at high tide.</p><p>Work will start in September and take about four months, during which the ferry company will move two of its daily crossings to the western quay.</p>';
  const a = await clean(`<html><head><script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body><article><h1>Harbour to dredge the eastern channel</h1><p class="byline">By Maren Holt</p>${story}</article></body></html>`, { fallback: false });
  assert.doesNotMatch(a.stories[0]?.body ?? '', /By Maren Holt/);
  assert.equal(a.stories[0]?.byline, 'Maren Holt');
});

test('a long thread (20+ dated posts) is a forum even where its replies line up like cards or its prose earns an article point; a few posts under a story are not', () => {
  const thread = { ...PLAIN, posts: 40, times: 40, cards: 12, cardLinks: 0.3, linkChars: 2000 };
  assert.equal(classify(thread, new Map(), 'https://example.org/r/boats/comments/abc/harbour_works').type, 'forum');
  assert.notEqual(classify({ ...thread, posts: 8, times: 8 }, new Map(), 'https://example.org/r/boats/comments/abc/harbour_works').type, 'forum');
  assert.equal(classify({ ...PLAIN, posts: 6, times: 4 }, new Map(), 'https://example.org/2025/05/harbour-dredging').type, 'article');
});

test("a site's front page is no article: dated teasers make it a listing, else a service page", () => {
  // The same survey an article has: only the URL differs.
  assert.equal(classify(PLAIN, new Map(), 'https://example.org/harbour/2025/dredging').type, 'article');
  assert.equal(classify(PLAIN, new Map(), 'https://example.org/').type, 'service');
  const river = { ...PLAIN, cards: 14, times: 14, cardLinks: 0.3 };
  assert.equal(classify(river, new Map(), 'https://blog.example.org/').type, 'listing');
  // A story page of the same river keeps its type; a front page with a query is a search, not the front.
  assert.equal(classify(river, new Map(), 'https://blog.example.org/2025/harbour').type, 'article');
  assert.equal(classify(PLAIN, new Map(), 'https://example.org/?s=ferry').type, 'article');
});

test("a site's front page is no thread: a newsroom's teasers marked as posts, each with a date, make a listing; the same survey on a thread's own path is a forum", () => {
  const teasers = { ...PLAIN, posts: 40, times: 40, cards: 14, cardLinks: 0.4, linkChars: 2000 };
  assert.equal(classify(teasers, new Map(), 'https://news.example.org/').type, 'listing');
  assert.equal(classify(teasers, new Map(), 'https://news.example.org/forum/threads/harbour-dredging.123').type, 'forum');
});

test('a page of sections with no date anywhere is a service page; the same sections with a dateline stay an article', () => {
  // Six sections, most of the text outside paragraphs (headings, lists, calls to action), no URL word.
  const sections = { ...PLAIN, sections: 6, paraChars: 1500 };
  assert.equal(classify(sections, new Map(), 'https://example.org/harbour-tours').type, 'service');
  assert.equal(classify({ ...sections, times: 1 }, new Map(), 'https://example.org/harbour-tours').type, 'article');
  // Code blocks make sections a manual's, not a service's.
  assert.notEqual(classify({ ...sections, pre: 1 }, new Map(), 'https://example.org/harbour-tours').type, 'service');
});

test('a grid whose cards show prices as text (no price class) is a collection; the same grid without prices a listing', () => {
  const grid = { ...PLAIN, cards: 24, cardLinks: 0.7, linkChars: 3000, paraChars: 500 };
  assert.equal(classify({ ...grid, priceTexts: 24 }, new Map(), undefined).type, 'collection');
  assert.equal(classify(grid, new Map(), undefined).type, 'listing');
});

test('the survey counts short price texts, not prices inside sentences', () => {
  const doc = parseHtml('<html><body><ul><li><a href="/a">Teapot</a><span>$24.50</span></li><li><a href="/b">Kettle</a><span>19,99 €</span></li></ul><p>The council said the new fare of $2 a ride would apply to every route from the spring.</p></body></html>');
  const body = doc.children.filter(isElement)[0]?.children.filter(isElement).find((e) => e.name === 'body') as Element;
  assert.equal(surveyPage(body, measure(body, new Set())).priceTexts, 2);
});

test('html/product-prose: on a product page a paragraph of prose beside the chosen container joins the body, in the page\'s order; the buy box\'s lines and labels stay out; disabling the rule keeps the container alone', async () => {
  const ld = '<script type="application/ld+json">{"@type":"Product","name":"Weaving on a frame loom"}</script>';
  const weeks = [
    'Week one: warping the frame, tensioning the threads, and checking the spacing with a comb, then weaving a first sampler in plain weave to learn an even beat and straight edges.',
    'Week two: twill, soumak, and rya knots, with samples in wool, cotton, and linen yarn, so that you can see how each fibre takes the beat, holds a shape, and shows its colour.',
    'Week three: fringes, loops, and texture, then how to pack the weft evenly across the width, how to join colours without gaps, and how to keep the sides from pulling in.',
    'Week four: finishing the piece, knotting the warp ends, hiding the tails, and mounting the weaving on a dowel, ready to hang on a wall or to give away as a present.',
  ];
  const links = ['Ask the tutor a question', 'Which loom should I buy?', 'Give this course as a gift', 'Book for a group of friends', 'Meet the tutors who teach it', 'Buy the yarn kit for this course'];
  const audience = 'This course is for anyone who has never woven before and wants to make a wall hanging over four weekends at home.';
  const html = `<html><head>${ld}</head><body><div class="shop-wrap">
<div class="buy"><h1>Weaving on a frame loom</h1><p>$120.00</p><div class="links">${links.map((l, i) => `<a href="/l/${i}">${l}</a>`).join(' ')}</div><p>Level</p><p>Beginner</p></div>
<div class="course-outline"><h2>Course outline</h2>${weeks.map((p) => `<p>${p}</p>`).join('')}</div>
<div class="course-audience"><h2>Who it is for</h2><div><p>${audience}</p></div></div>
</div></body></html>`;
  const r = await clean(html, { fallback: false });
  assert.equal(r.pageType, 'product');
  const body = r.stories[0]?.body ?? '';
  assert.ok(body.indexOf('Week four') < body.indexOf(audience) && body.includes(audience), body);
  for (const line of ['Level', 'Beginner', 'Who it is for']) {
    assert.ok(!body.split('\n').includes(line), line);
    assert.equal(r.removed.find((x) => x.text === line)?.rule, 'html/outside-story', line);
  }
  assert.ok(!r.removed.some((x) => x.text.includes(audience)), 'the paragraph taken is no removal');
  const off = await clean(html, { fallback: false, disable: ['html/product-prose'] });
  assert.ok(!(off.stories[0]?.body ?? '').includes(audience));
  assert.match(off.removed.find((x) => x.text.includes('This course is for anyone'))?.rule ?? '', /^html\/outside-story$/);
});

test('html/empty-shelf: on a product page a "you may also like" heading over an empty box goes alone, and the sections after it stay; over a shelf with items it still ends the story', async () => {
  const ld = '<script type="application/ld+json">{"@type":"Product","name":"Canvas tool roll"}</script>';
  const about = '<p>A roll of waxed canvas with twelve stitched pockets for chisels, files and screwdrivers, tied shut with a leather strap that wraps twice around it and tucks under a brass loop.</p><p>The canvas sheds sawdust and rain alike, and the pockets are cut deep enough to cover the tips of the longest chisels in a standard set.</p>';
  const after = '<section class="feature"><h3>Made for the van</h3><p>Rolls up small enough for a door pocket, brass hardware and all.</p><h3>Wax that lasts</h3><p>Rub in a new coat of wax every other winter.</p></section>';
  const page = (shelf: string): string => `<html><head>${ld}</head><body><main><h1>Canvas tool roll</h1>${about}<section class="recs"><h2>You may also like</h2><ul class="grid">${shelf}</ul></section>${after}</main></body></html>`;
  const r = await clean(page(''), { fallback: false });
  assert.equal(r.pageType, 'product');
  const body = r.stories[0]?.body ?? '';
  assert.match(body, /twelve stitched pockets/);
  assert.match(body, /brass hardware and all/);
  assert.match(body, /every other winter/);
  assert.ok(!/You may also like/.test(body), body);
  assert.equal(r.removed.find((x) => x.text === 'You may also like')?.rule, 'html/empty-shelf');
  const off = await clean(page(''), { fallback: false, disable: ['html/empty-shelf'] });
  assert.ok(!/brass hardware and all/.test(off.stories[0]?.body ?? ''));
  // A shelf that shows its items keeps its label, which ends the story as before.
  const full = await clean(page('<li><p>Leather apron with a split leg, in tan or black</p></li>'), { fallback: false });
  assert.ok(!full.removed.some((x) => x.rule === 'html/empty-shelf'));
  assert.ok(!/brass hardware and all/.test(full.stories[0]?.body ?? ''));
});

test('a field to set how many to buy is one item\'s buy box: it reads a parts page of undated sections as a product; hidden fields and a grid of them do not', () => {
  const blocks = ['Dimensions', 'Finish', 'Maker', 'Stockists', 'Care'].map((h) => `<section><h2>${h}</h2><dl><dt>${h}</dt><dd>as listed by the maker of the brass hinge</dd></dl></section>`).join('');
  const field = '<form><select name="qty"><option>1</option><option>2</option></select></form>';
  const url = 'https://parts.example.org/product/Zq81/brass-hinge-pair';
  const withField = survey(`<main>${blocks}${field}</main>`);
  assert.equal(withField.quantities, 1);
  assert.equal(classify(withField, new Map(), url).type, 'product');
  // The same page without the field is a site's page of sections.
  assert.equal(classify(survey(`<main>${blocks}</main>`), new Map(), url).type, 'service');
  // A cart form's hidden count is no field the buyer sets; a grid whose cards each carry one is a catalogue's.
  assert.equal(survey(`<main>${blocks}<input type="hidden" name="quantity" value="1"></main>`).quantities, 0);
  const cards = Array.from({ length: 8 }, (_, i) => `<li class="tile"><a href="/h/${i}">Brass hinge model ${i}</a><input type="number" name="quantity" value="1"></li>`).join('');
  const grid = survey(`<main>${blocks}<ul class="tiles">${cards}</ul></main>`);
  assert.equal(grid.quantities, 8);
  assert.notEqual(classify(grid, new Map(), url).type, 'product');
});

test('html/offers: in a row of offers, the tile set apart by a class of its own (the slide in view) goes with the others when it has a price and a link; a classed item without a price stays', async () => {
  const ld = '<script type="application/ld+json">{"@type":"Product","name":"Copper kettle"}</script>';
  const about = '<p>A stovetop kettle of hammered copper with a tinned inside, a brass handle wrapped in cane and a whistle that lifts off for pouring; it holds a litre and a half.</p>';
  const tile = (i: number, cls: string): string => `<li${cls}><div class="card"><h3>Enamel camping kettle number ${i} in forest green</h3><span>Used · Private</span><span>$${20 + i}.50</span><span>${i} watching</span></div><a class="cover" href="/listing/${i}" aria-label="kettle ${i}"></a></li>`;
  const row = (first: string): string => `<div class="strip"><h2>Viewers also looked at</h2><ul class="slides">${first}${[2, 3, 4, 5].map((i) => tile(i, '')).join('')}</ul></div>`;
  const page = (first: string): string => `<html><head>${ld}</head><body><main><h1>Copper kettle</h1>${about}${row(first)}</main></body></html>`;
  const r = await clean(page(tile(1, ' class="slide is-current"')), { fallback: false });
  assert.equal(r.pageType, 'product');
  assert.match(r.stories[0]?.body ?? '', /hammered copper/);
  assert.ok(!(r.stories[0]?.body ?? '').includes('kettle number 1'), r.stories[0]?.body);
  assert.match(r.removed.find((x) => x.text.includes('kettle number 1'))?.rule ?? '', /^html\/offers$/);
  // A classed item of the row that sells nothing (no price) is not taken as an offer.
  const note = '<li class="slide is-current"><div class="card"><h3>Every kettle here ships from a private seller</h3><span>Pick up in person or ask for a quote</span></div><a href="/help">help</a></li>';
  const kept = await clean(page(note), { fallback: false });
  assert.ok(!kept.removed.some((x) => x.rule === 'html/offers' && x.text.includes('ships from a private seller')));
});

test('html/review-remains: on a product page, what is left of a review card once html/comments took its text goes; a card with more left, and the same card with the rule disabled, stay', async () => {
  const ld = '<script type="application/ld+json">{"@type":"Product","name":"Walnut chess set"}</script>';
  const about = '<p>A folding chess board of walnut and maple with weighted boxwood pieces, felted underneath, that packs into its own board with a brass clasp for travel.</p>';
  const card = (i: number, extra: string): string => `<li class="feedback-card"><div class="who"><span>k***${i} (${40 + i})</span><span>Past month</span><span>Verified purchase</span></div><div class="feedback-comment">Arrived quickly and packed with care, the pieces are heavier than I expected and the board closes tightly, thank you ${i}.</div>${extra}</li>`;
  const page = (extra: string): string => `<html><head>${ld}</head><body><main><h1>Walnut chess set</h1>${about}<h2>Buyer feedback</h2><ul class="feedback">${[1, 2, 3].map((i) => card(i, extra)).join('')}</ul></main></body></html>`;
  const r = await clean(page(''), { fallback: false });
  assert.equal(r.pageType, 'product');
  const body = r.stories[0]?.body ?? '';
  assert.match(body, /weighted boxwood pieces/);
  assert.ok(!body.includes('Verified purchase'), body);
  assert.equal(r.removed.find((x) => x.text.includes('k***2'))?.rule, 'html/review-remains');
  const off = await clean(page(''), { fallback: false, disable: ['html/review-remains'] });
  assert.match(off.stories[0]?.body ?? '', /Verified purchase/);
  // A card that still holds a long text of its own (the maker's answer) is more than remains.
  const reply = `<p class="answer">The maker answered: ${'each set is oiled twice and left to cure for a week before it is packed, so a faint smell of linseed is normal and fades within days. '.repeat(2)}</p>`;
  const long = await clean(page(reply), { fallback: false });
  assert.match(long.stories[0]?.body ?? '', /faint smell of linseed/);
  assert.ok(!long.removed.some((x) => x.rule === 'html/review-remains'));
});

test('html/fine-print: on a product page the elements marked as disclaimers or footnotes go; the description stays; an article keeps its footnotes', async () => {
  const ld = '<script type="application/ld+json">{"@type":"Product","name":"Cedar rain barrel"}</script>';
  const about = '<p>A rain barrel of cedar staves bound with three steel hoops, holding two hundred litres under a lid that keeps leaves and mosquitoes out of the water.</p><p>A brass tap sits low on the front, and an overflow pipe on the side carries the surplus to a second barrel or away from the house.</p>';
  const small = '<div class="product-disclaimer"><p>Capacity measured at the factory with the lid removed; the barrel you receive may hold a little less once the staves have swelled.</p><p>Colours of the cedar vary from board to board and darken in the sun, and pictures on this page were taken in daylight on a calibrated screen, so the barrel may look lighter or redder in your garden than it does here, and a little greyer again after its first winter outdoors.</p></div><ol class="page-footnotes"><li>Offer valid on orders placed before the end of the season, while stock lasts, for delivery addresses on the mainland only.</li></ol>';
  const page = (head: string): string => `<html><head>${head}</head><body><main><article><h1>Cedar rain barrel</h1>${about}${small}</article></main></body></html>`;
  const r = await clean(page(ld), { fallback: false });
  assert.equal(r.pageType, 'product');
  const body = r.stories[0]?.body ?? '';
  assert.match(body, /three steel hoops/);
  assert.match(body, /overflow pipe/);
  assert.ok(!/staves have swelled/.test(body), body);
  assert.ok(!/while stock lasts/.test(body), body);
  assert.equal(r.removed.find((x) => x.text.includes('staves have swelled'))?.rule, 'html/fine-print');
  const off = await clean(page(ld), { fallback: false, disable: ['html/fine-print'] });
  assert.match(off.stories[0]?.body ?? '', /staves have swelled/);
  // A wrapper named for the notes it also holds, around most of the page, is not the fine print.
  const wrapped = await clean(page(ld).replace(about, `<div class="footnotes-scope">${about}`).replace('</ol>', '</ol></div>'), { fallback: false });
  assert.match(wrapped.stories[0]?.body ?? '', /three steel hoops/);
  assert.ok(!/while stock lasts/.test(wrapped.stories[0]?.body ?? ''));
  const article = await clean(page('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Cedar rain barrel"}</script>'), { fallback: false });
  assert.notEqual(article.pageType, 'product');
  assert.match(article.stories[0]?.body ?? '', /staves have swelled/);
});

test('html/after-story on a product page: a line after the description\'s feature list, in the description\'s own element, stays; after an article\'s closing list it still goes', async () => {
  const ld = '<script type="application/ld+json">{"@type":"Product","name":"Beeswax food wraps"}</script>';
  const about = '<p>Three wraps of organic cotton soaked in beeswax, tree resin and jojoba oil, which cling to a bowl or a loaf with the warmth of your hands and keep bread fresh for days.</p><p>Wash them in cool water with a little soap, let them dry on a rack, and they will serve for a year of lunches before the wax needs to be renewed.</p>';
  const feats = '<ul><li>Plastic free</li><li>Compostable</li><li>Three sizes</li></ul>';
  const closing = '<p>Made of: cotton; beeswax; pine resin; jojoba oil</p>';
  const r = await clean(`<html><head>${ld}</head><body><main><h1>Beeswax food wraps</h1><div class="desc">${about}${feats}${closing}</div></main></body></html>`, { fallback: false });
  assert.equal(r.pageType, 'product');
  const body = r.stories[0]?.body ?? '';
  assert.match(body, /Compostable/);
  assert.match(body, /Made of: cotton; beeswax/, body);
  const article = await clean(`<html><head><title>Wraps</title></head><body><article><h1>Wraps</h1>${about}${feats}${closing}</article></body></html>`, { fallback: false });
  assert.notEqual(article.pageType, 'product');
  assert.ok(!(article.stories[0]?.body ?? '').includes('Made of: cotton'));
  // In a box of its own after the list, the line is not the description's.
  const boxed = await clean(`<html><head>${ld}</head><body><main><h1>Beeswax food wraps</h1><div class="desc">${about}${feats}</div><div class="note"><p>Made of: cotton; beeswax; pine resin; jojoba oil</p></div></main></body></html>`, { fallback: false });
  assert.ok(!(boxed.stories[0]?.body ?? '').includes('Made of: cotton'));
});
