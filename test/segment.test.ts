import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clean } from '../src/index.js';

/** Sentences about one subject each; the two share almost no content words. */
const HARBOUR = [
  'The harbour authority approved the new breakwater after three winters of storm damage to the quay.',
  'Fishermen said the old pier had cracked twice, and ferries were diverted to the northern jetty for weeks.',
  'Engineers will drive steel piles into the seabed during the calm months, when tides are lowest.',
  'Boat owners asked whether mooring fees would rise, and the authority promised a public hearing on tariffs.',
];
const BAKERY = [
  'Our sourdough starter feeds on rye flour and water, and it bubbles happily on the kitchen counter overnight.',
  'Knead the dough gently, fold it every half hour, and let gluten strands develop without tearing them.',
  'A hot cast iron pot gives the loaf its crackling crust, while steam keeps the crumb soft and open.',
  'Slice the bread only after it cools completely, or the crumb turns gummy and dense under the knife.',
];

function paragraphs(sentences: string[], n: number): string[] {
  return Array.from({ length: n }, (_, i) => `${sentences[i % sentences.length]} ${sentences[(i + 1) % sentences.length]}`);
}

const pageA = [
  'Skip to content', 'Menu', 'Search', 'Harbour Times', 'News', 'Sport', 'Weather',
  'Breakwater approved after storm winters', 'By Ann Lee', 'March 3, 2025',
  ...paragraphs(HARBOUR, 6),
  'Share', 'About us', 'Contact', 'Privacy Policy', 'Terms of Use', '© 2025 Harbour Times',
];
const pageB = [
  'Skip to main content', 'Menu', 'Search', 'Crumb & Crust', 'Recipes', 'Baking school',
  'How to bake a sourdough loaf at home', 'By Tom Reed', 'April 9, 2025',
  ...paragraphs(BAKERY, 6),
  'Newsletter', 'Privacy Policy', '© 2025 Crumb & Crust',
];

test("segment/appended-page: a second page's furniture between two stretches of prose starts an appended story", async () => {
  const result = await clean([...pageA, '', ...pageB].join('\n'), { kind: 'text' });
  assert.equal(result.stories.length, 2);
  const [main, appended] = result.stories;
  assert.equal(main?.role, 'main');
  assert.equal(appended?.role, 'appended');
  assert.ok(main?.body.includes('breakwater'));
  assert.ok(!main?.body.includes('sourdough'));
  assert.ok(appended?.body.includes('sourdough'));
  assert.equal(appended?.title, 'How to bake a sourdough loaf at home');
});

test('segment/appended-page: furniture inside one page (share bar, newsletter box) with the same vocabulary on both sides is not a boundary', async () => {
  const harbour = paragraphs(HARBOUR, 8);
  const lines = [...pageA.slice(0, 10), ...harbour.slice(0, 4), 'Share', 'Subscribe', 'Newsletter', 'Privacy Policy', ...harbour.slice(4), '© 2025 Harbour Times'];
  const result = await clean(lines.join('\n'), { kind: 'text' });
  assert.equal(result.stories.length, 1);
});

test('segment/appended-page: a cookie notice after the footer is no appended story', async () => {
  const cookie = 'We use cookies to improve your experience, measure audiences and show personalised offers; you can change your choice at any time in the settings.';
  const result = await clean([...pageA, cookie, cookie.replace('offers', 'adverts')].join('\n'), { kind: 'text' });
  assert.equal(result.stories.length, 1);
});

test('segment/appended-page: switched off by its id, the two pages stay one story', async () => {
  const result = await clean([...pageA, '', ...pageB].join('\n'), { kind: 'text', disable: ['segment/appended-page', 'segment/appended-story'] });
  assert.equal(result.stories.length, 1);
});

test('segment/appended-page: a cookie dialog above the page is no story of its own', async () => {
  const consent = [
    'We use cookies and similar technologies to improve your experience, and with your consent we share data with partners.',
    'You can change your cookie settings and withdraw consent at any time in our privacy centre; see the privacy notice.',
  ];
  const result = await clean([...paragraphs(consent, 4), 'Accept all', 'Reject all', 'Cookie settings', ...pageB].join('\n'), { kind: 'text' });
  assert.equal(result.stories.filter((s) => s.role === 'appended').length, 0);
  assert.ok(result.stories[0]?.body.includes('sourdough starter'));
});

const ORCHARD = [
  'The orchard cooperative counted its apple harvest this week and found the crop twice as large as last autumn.',
  'Growers credited the mild spring, which spared the blossoms from frost, and the bees that a neighbour keeps nearby.',
  'Pickers worked from dawn on the ladders, filling crates that trucks carried to the cold store before noon.',
  'The cooperative will press the bruised fruit into cider and sell the best apples at the weekend market in town.',
];

test('patterns: opening lines and comment forms match as words (no control characters in their sources)', async () => {
  const { PAGE_HEADER_LINE, COMMENT_FORM } = await import('../src/lexicon/patterns.js');
  assert.ok(PAGE_HEADER_LINE.test('Skip to main content'));
  assert.ok(PAGE_HEADER_LINE.test('Menu'));
  assert.ok(!PAGE_HEADER_LINE.test('Menus of the week'));
  assert.ok(COMMENT_FORM.test('Your email address will not be published. Required fields are marked *'));
  assert.ok(!/[\u0000-\u001f]/.test(PAGE_HEADER_LINE.source + COMMENT_FORM.source));
});

test("segment/appended-page: a copyright line read as prose, then a skip link and a site menu, start the next page", async () => {
  const a = ['Orchard News', 'Apple harvest doubles after a mild spring', ...paragraphs(ORCHARD, 8), '© 2025 Orchard News Ltd. All rights reserved.'];
  const b = ['Skip to main content', 'About', 'Blog', 'Contact', 'How to bake a sourdough loaf at home', 'April 9, 2025', ...paragraphs(BAKERY, 8), 'Newsletter', 'Instagram', 'Privacy Policy'];
  const result = await clean([...a, '', ...b].join('\n'), { kind: 'text' });
  assert.equal(result.stories.length, 2);
  const [main, appended] = result.stories;
  assert.ok(main?.body.includes('orchard cooperative') && !main.body.includes('sourdough'));
  assert.equal(appended?.role, 'appended');
  assert.ok(appended?.body.includes('sourdough starter'));
});

test('segment/appended-page: prose after the copyright line with no furniture of its own (a disclaimer) is no appended page', async () => {
  const disclaimer = [
    'Disclaimer: the figures on this page come from suppliers and may change without notice; check them before you buy anything.',
    'We may receive a commission when readers follow links to partner shops, which never changes the order of our rankings.',
    'Nothing here is financial advice, and readers should consult an adviser about their own circumstances before deciding.',
  ];
  const lines = [...pageA.slice(0, 10), ...paragraphs(HARBOUR, 6), 'Home', 'About us', 'Contact', 'Search', '© 2025 Harbour Times', ...paragraphs(disclaimer, 5)];
  const result = await clean(lines.join('\n'), { kind: 'text' });
  assert.equal(result.stories.filter((s) => s.role === 'appended').length, 0);
});

test('segment/appended-story: a headline with its echo in a list of teasers, far above any prose, starts no story', async () => {
  const teasers = ['Bakers Share Their Secrets For Crusty Loaves', 'Bakers Share Their Secrets For Crusty Loaves', '4', 'Market Stalls Return To The Square', 'Five Soups For Cold Evenings', 'A New Mill Opens By The River', 'Readers Pick Their Favourite Cafes', 'Most read', 'Weather', 'Puzzles', 'Podcasts', 'Letters'];
  const lines = [...pageA.slice(0, 10), ...paragraphs(HARBOUR, 6), ...teasers, ...paragraphs(BAKERY, 6)];
  const result = await clean(lines.join('\n'), { kind: 'text', disable: ['segment/appended-page'] });
  assert.equal(result.stories.filter((s) => s.role === 'appended').length, 0);
});

test('segment/appended-page: at a page edge, prose right beside it with no words in common splits even when both pages share a subject overall', async () => {
  const a = ['Crumb & Crust', 'A week of bread at the harbour market', ...paragraphs(BAKERY, 6), ...paragraphs(HARBOUR, 9), 'About us', '© 2025 Crumb & Crust'];
  const b = ['Skip to main content', 'Menu', 'Orchard Notes', 'Apples, then bread', ...paragraphs(ORCHARD, 9), ...paragraphs(BAKERY, 6), 'Newsletter', 'Instagram', 'Privacy Policy'];
  const result = await clean([...a, '', ...b].join('\n'), { kind: 'text' });
  assert.equal(result.stories.length, 2);
  assert.ok(result.stories[0]?.body.includes('breakwater') && !result.stories[0].body.includes('orchard'));
  assert.ok(result.stories[1]?.body.includes('orchard cooperative'));
});

test("segment/appended-page: a page's closing lines, then a skip link, start the next page even when it is a short one", async () => {
  const shortB = ['Skip to main content', 'Menu', 'Crumb & Crust', 'Our bakery school', ...paragraphs(BAKERY, 3), 'Newsletter', 'Privacy Policy', '© 2025 Crumb & Crust'];
  const seam = await clean([...pageA, '', ...shortB].join('\n'), { kind: 'text' });
  assert.equal(seam.stories.length, 2, seam.stories.map((s) => s.title).join(' | '));
  assert.ok(!seam.stories[0]?.body.includes('sourdough'));
  assert.ok(seam.stories[1]?.body.includes('sourdough starter'));
  // A skip link with no closing lines above it is an edge, not a seam: a story this short after it stays unsplit.
  const noSeam = await clean([...pageA.slice(0, -5), ...shortB].join('\n'), { kind: 'text' });
  assert.equal(noSeam.stories.filter((s) => s.role === 'appended').length, 0);
});

test('segment/appended-page: a long row of footer links read as prose still closes the page, so a short page after it splits off', async () => {
  const row = 'About us | Privacy policy | Cookie settings | Do not sell or share my personal information | Contact | Media room | Careers | Accessibility statement | Terms of use | Advertise with us';
  const a = ['Crumb & Crust', 'A week of bread at the market', ...paragraphs(BAKERY, 8), '© 2025 Crumb & Crust', row];
  const b = ['Skip to main content', 'Menu', 'Sign in', 'Harbour Times', 'Breakwater approved', ...paragraphs(HARBOUR, 2), 'Newsletter', 'Instagram', 'Privacy Policy'];
  const result = await clean([...a, ...b].join('\n'), { kind: 'text' });
  assert.equal(result.stories.length, 2, result.stories.map((s) => s.title).join(' | '));
  assert.equal(result.stories[1]?.role, 'appended');
  assert.ok(!result.stories[0]?.body.includes('breakwater'));
  assert.ok(result.stories[1]?.body.includes('breakwater'));
});

test("segment/appended-page: a cookie banner's sentence under a page's copyright line is furniture, not a story that hides the next page", async () => {
  const cookie = 'We use cookies to give you the best possible experience. By continuing to use this site, you agree to our use of cookies and to our privacy terms.';
  const a = ['Harbour Times', 'Breakwater approved', ...paragraphs(HARBOUR, 5), '© 2025 Harbour Times. All rights reserved.', 'Our services', 'Advertising', cookie, 'OK'];
  const b = ['Skip to main content', 'Menu', 'Search', 'Crumb & Crust', 'How to bake a sourdough loaf at home', ...paragraphs(BAKERY, 6), 'Newsletter', 'Instagram', 'Privacy Policy'];
  const result = await clean([...a, ...b].join('\n'), { kind: 'text' });
  assert.equal(result.stories.length, 2, result.stories.map((s) => s.title).join(' | '));
  assert.ok(!result.stories[0]?.body.includes('sourdough'));
  assert.ok(result.stories[1]?.body.includes('sourdough starter'));
});

test('segment/header-story: a first story with a small share of the second\'s prose is the page header, and the cut between them goes', async () => {
  const { dropHeaderCut } = await import('../src/text/segment.js');
  const { textToBlocks } = await import('../src/text/lines.js');
  const teaser = 'The orchard cooperative counted its apple harvest this week and found the crop twice as large as last autumn.';
  const article = paragraphs(HARBOUR, 8);
  const bakery = paragraphs(BAKERY, 6);
  const blocks = textToBlocks([teaser, ...article, ...bakery].join('\n'));
  const labels = blocks.map(() => 'good' as const);
  const edges = [0, 1, 1 + article.length, blocks.length];
  dropHeaderCut(blocks, labels, edges);
  assert.deepEqual(edges, [0, 1 + article.length, blocks.length]);
  // A first story with prose of its own keeps its cut.
  const even = [0, 4, 1 + article.length, blocks.length];
  dropHeaderCut(blocks, labels, even);
  assert.deepEqual(even, [0, 4, 1 + article.length, blocks.length]);
});

test('segment/header-story: a lone cut goes when the first story is blurbs only, and stays when it holds a paragraph', async () => {
  const { dropHeaderCut } = await import('../src/text/segment.js');
  const { textToBlocks } = await import('../src/text/lines.js');
  // A mega-menu: one-sentence blurbs under its section names, then the article.
  const blurbs = [
    'Plan your stay with parking maps, visiting hours and hotel discounts near our clinics.',
    'Find a doctor who speaks your language and book a visit online in minutes.',
    'Read how our nurses and volunteers support families through long hospital stays.',
  ];
  const article = paragraphs(HARBOUR, 10);
  const menu = textToBlocks([...blurbs, ...article].join('\n'));
  const good = menu.map(() => 'good' as const);
  const lone = [0, blurbs.length, menu.length];
  dropHeaderCut(menu, good, lone);
  assert.deepEqual(lone, [0, menu.length]);
  // A short page whose one paragraph runs past the blurb length keeps its cut (a page A before a long page B).
  const shortPage = [`${BAKERY[0]} ${BAKERY[1]} ${BAKERY[2]}`];
  const pair = textToBlocks([...shortPage, ...article].join('\n'));
  const kept = [0, 1, pair.length];
  dropHeaderCut(pair, pair.map(() => 'good' as const), kept);
  assert.deepEqual(kept, [0, 1, pair.length]);
});

test('segment/header-story: a paragraph the rest of the dump prints again is no paragraph of the first story', async () => {
  const { dropHeaderCut } = await import('../src/text/segment.js');
  const { textToBlocks } = await import('../src/text/lines.js');
  // A header's teasers and the site's own blurb, which the footer under the article prints again.
  const blurb =
    'The Lantern Gazette is an independent newsroom that has covered the valley since long before the railway came, and it is read by farmers, teachers, shopkeepers and students in every town of the region every single morning of the week.';
  const header = ['Ferry timetable changes for the winter months', 'School board meets on Thursday about the new gym', blurb];
  const article = paragraphs(HARBOUR, 10);
  const blocks = textToBlocks([...header, ...article, blurb].join('\n'));
  const good = blocks.map(() => 'good' as const);
  const lone = [0, header.length, blocks.length];
  dropHeaderCut(blocks, good, lone);
  assert.deepEqual(lone, [0, blocks.length]);
  // The same header without the blurb below the article: its paragraph is its own, the cut stays.
  const once = textToBlocks([...header, ...article].join('\n'));
  const kept = [0, header.length, once.length];
  dropHeaderCut(once, once.map(() => 'good' as const), kept);
  assert.deepEqual(kept, [0, header.length, once.length]);
});
