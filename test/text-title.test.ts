import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clean } from '../src/index.js';
import { pathName, slugKeyWords, slugWords } from '../src/lexicon/slug.js';

const BODY = [
  'The harbour authority approved the new breakwater after three winters of storm damage to the quay, and work starts in May.',
  'Fishermen said the old pier had cracked twice, and ferries were diverted to the northern jetty for several weeks last year.',
  'Engineers will drive steel piles into the seabed during the calm months, when the tides are lowest and the weather is settled.',
];

test('text title: the headline next to its byline and date, not a menu button, a credit or a contact line above the body', async () => {
  const lines = ['Book a demo', 'Get Started', 'info@harbour-times.example', 'Breakwater approved after three storm winters', 'By Ann Lee', 'March 3, 2025', 'Photo: Tom Reed / Harbour Times', ...BODY];
  const result = await clean(lines.join('\n'), { kind: 'text' });
  assert.equal(result.stories[0]?.title, 'Breakwater approved after three storm winters');
});

test('text title: past a header of prose-like menu descriptions, the headline the URL names opens the body', async () => {
  const menu = ['Programs', 'Through rigorous study and practical projects, this two-year programme prepares leaders who make a difference.', 'Events', 'Alumni'];
  const lines = [...menu, 'Breakwater approved after three storm winters', ...BODY, 'How the piles are driven', ...BODY.map((s) => s.replace('harbour', 'port'))];
  const result = await clean(lines.join('\n'), { kind: 'text', url: 'https://harbour.example/news/breakwater-approved-after-three-storm-winters' });
  assert.equal(result.stories[0]?.title, 'Breakwater approved after three storm winters');
  assert.ok(!result.stories[0]?.body.includes('two-year programme'));
});

test('text title: a headline printed twice (breadcrumb end, then the heading) is the title, and no caption', async () => {
  const lines = ['Home', 'News', 'Breakwater approved after three storm winters', 'Breakwater approved after three storm winters', ...BODY];
  const story = (await clean(lines.join('\n'), { kind: 'text' })).stories[0];
  assert.equal(story?.title, 'Breakwater approved after three storm winters');
  assert.deepEqual(story?.captions, []);
});

test('text title: the bare headline, not the breadcrumb trail that ends in it; a question can be a headline', async () => {
  const crumb = await clean(['Home / News / Breakwater approved after three storm winters', 'Breakwater approved after three storm winters', 'March 3, 2025', ...BODY].join('\n'), { kind: 'text' });
  assert.equal(crumb.stories[0]?.title, 'Breakwater approved after three storm winters');
  const question = await clean(['Menu', 'Search', 'Will the new breakwater survive the next storm?', 'By Ann Lee', ...BODY].join('\n'), { kind: 'text' });
  assert.equal(question.stories[0]?.title, 'Will the new breakwater survive the next storm?');
  assert.ok(!question.stories[0]?.body.includes('survive the next storm'));
});

test('text title: site furniture is no title — a menu entry glued to its link label, a section label', async () => {
  const glued = await clean(['Careers at Harbourco Go to Careers', 'Breakwater approved after three storm winters', 'Published 3 March 2025', ...BODY].join('\n'), { kind: 'text' });
  assert.equal(glued.stories[0]?.title, 'Breakwater approved after three storm winters');
  const labels = await clean(['Breaking News', 'Support Us', ...BODY].join('\n'), { kind: 'text' });
  assert.equal(labels.stories[0]?.title, undefined);
});

test('text title: the tail a page hangs on its headline goes, as on the HTML path', async () => {
  const r = await clean(['Breakwater approved after three storm winters | Opinion', 'By Ann Lee', 'March 3, 2025', ...BODY].join('\n'), { kind: 'text' });
  assert.equal(r.stories[0]?.title, 'Breakwater approved after three storm winters');
});

test('text title: a heading printed twice a line apart inside the body (the last crumb, a filter button, the heading) is the title; printed once it is not', async () => {
  const intro = 'Call our planners any day from eight to eight for help choosing furniture for your garden, patio or balcony.';
  const twice = await clean(['Menu', intro, 'Outdoor', 'Garden benches', 'Filter', 'Garden benches', ...BODY].join('\n'), { kind: 'text' });
  assert.equal(twice.stories[0]?.title, 'Garden benches');
  const once = await clean(['Menu', intro, 'Outdoor', 'Garden benches', 'Filter', ...BODY].join('\n'), { kind: 'text' });
  assert.equal(once.stories[0]?.title, undefined);
});

test('text title: a control label is no title (skip link, view switch, picker, quantity stepper); a headline opening with a like word is', async () => {
  for (const control of ['Skip to product list', 'View as Markdown', 'Select your location', 'Decrease quantity of Harbour bench']) {
    const r = await clean([control, ...BODY].join('\n'), { kind: 'text' });
    assert.equal(r.stories[0]?.title, undefined, control);
  }
  for (const headline of ['Selecting a harbour pilot for the winter', 'Going to sea after three storm winters']) {
    const r = await clean([headline, ...BODY].join('\n'), { kind: 'text' });
    assert.equal(r.stories[0]?.title, headline);
  }
});

test('text title: a headline holding a span of years or a date is no phone number; a phone line and a log line opening with date and clock are no title', async () => {
  for (const headline of ['Breakwater plans for the 2025-2027 seasons', 'Harbour board publishes the breakwater report of 03/03/2025']) {
    const r = await clean(['Menu', headline, 'By Ann Lee', ...BODY].join('\n'), { kind: 'text' });
    assert.equal(r.stories[0]?.title, headline);
  }
  for (const line of ['Call the harbour office on 0161 496 0000', '2025-03-03 10:09:38 ERROR harbour gate sensor offline']) {
    const r = await clean(['Menu', line, 'By Ann Lee', ...BODY].join('\n'), { kind: 'text' });
    assert.equal(r.stories[0]?.title, undefined, line);
  }
});

test('text title: a headline that opens with its kicker line ("The Best" over "The Best …") is the title; "Headline | Site" beside the bare headline still gives way to it', async () => {
  const kicker = await clean(['Menu', 'The Best', 'The Best Harbour Walks for Stormy Winters', 'By Ann Lee', ...BODY].join('\n'), { kind: 'text' });
  assert.equal(kicker.stories[0]?.title, 'The Best Harbour Walks for Stormy Winters');
  const site = await clean(['Menu', 'Breakwater approved after three storm winters', 'Breakwater approved after three storm winters | Harbour Times', 'By Ann Lee', ...BODY].join('\n'), { kind: 'text' });
  assert.equal(site.stories[0]?.title, 'Breakwater approved after three storm winters');
});

test('text title: a question headline may hold an abbreviation or an initialism ("vs.", "U.S.") or close in a bracket; two sentences stay prose', async () => {
  for (const headline of ['Breakwater vs. sea wall: which one holds the storm back?', 'Can the U.S. harbour plan hold the next storm?', 'Ten harbour walks for 2025 [with maps!]']) {
    const r = await clean(['Menu', headline, 'By Ann Lee', ...BODY].join('\n'), { kind: 'text' });
    assert.equal(r.stories[0]?.title, headline);
  }
  const two = await clean(['Menu', 'We tried it. Does the new breakwater hold?', 'By Ann Lee', ...BODY].join('\n'), { kind: 'text' });
  assert.equal(two.stories[0]?.title, undefined);
});

test('text title: a thread title or headline that reads as a sentence is the title when the URL names every word of it; without the URL, or inside the body, it is not', async () => {
  const url = 'https://harbour.example/forum/topic/4521-will-the-old-quay-close-for-good';
  const head = ['Forum', 'Harbour talk', 'Page 1 of 3', 'Will the old quay close for good.', 'Posted by quayside_jo'];
  // Keep: the URL's slug names the line, so its closing full stop does not make it prose.
  const named = await clean([...head, ...BODY].join('\n'), { kind: 'text', url });
  assert.equal(named.stories[0]?.title, 'Will the old quay close for good.');
  // Drop: with no URL naming it, a line closed by a full stop stays no title.
  const bare = await clean([...head, ...BODY].join('\n'), { kind: 'text' });
  assert.notEqual(bare.stories[0]?.title, 'Will the old quay close for good.');
  // Drop: a sentence of the body that holds the slug's words is the body's, not the title.
  const inside = await clean(['Harbour talk', 'Quay closure', ...BODY, 'Some ask whether the old quay will close for good now.', ...BODY.map((s) => s.replace('harbour', 'port'))].join('\n'), { kind: 'text', url });
  assert.notEqual(inside.stories[0]?.title, 'Some ask whether the old quay will close for good now.');
});

test('text title: a one-word heading that the URL path ends in names the page ("/workloads/moorings/" over "Moorings"); another word, or no URL, does not', async () => {
  const lines = ['Docs', 'Harbour guide', 'Workloads', 'Moorings', 'Moorings', 'A mooring holds a boat to a fixed point.', ...BODY];
  // Keep: the last path segment is the heading's one word.
  const named = await clean(lines.join('\n'), { kind: 'text', url: 'https://harbour.example/docs/workloads/moorings/' });
  assert.equal(named.stories[0]?.title, 'Moorings');
  // Drop: a path ending in another word, or no URL, leaves a one-word line no title.
  const other = await clean(lines.join('\n'), { kind: 'text', url: 'https://harbour.example/docs/workloads/anchors/' });
  assert.notEqual(other.stories[0]?.title, 'Moorings');
  const bare = await clean(lines.join('\n'), { kind: 'text' });
  assert.notEqual(bare.stories[0]?.title, 'Moorings');
});

test('pathName: the one word a URL path ends in, lower-cased; not a slug, a number, a root or a default file name', () => {
  assert.equal(pathName('https://harbour.example/docs/workloads/moorings/'), 'moorings');
  assert.equal(pathName('https://harbour.example/reference/tideTables.html'), 'tidetables');
  assert.equal(pathName('https://harbour.example/news/breakwater-approved'), undefined);
  assert.equal(pathName('https://harbour.example/topic/4521/'), undefined);
  assert.equal(pathName('https://harbour.example/'), undefined);
  assert.equal(pathName('https://harbour.example/guide/index.html'), undefined);
  assert.equal(pathName(undefined), undefined);
});

test('text title: the permalink mark a documentation generator prints after a heading is no part of the dump title; a mark inside the heading stays', async () => {
  const page = (heading: string): string => ['Harbour manual', 'Contents', heading, ...BODY].join('\n');
  // Drop the mark at the end ("Tide tables¶"), as the HTML path does.
  const marked = await clean(page('Reading the tide tables¶'), { kind: 'text' });
  assert.equal(marked.stories[0]?.title, 'Reading the tide tables');
  // Keep a mark that is no permalink: one inside the heading's words.
  const inside = await clean(page('Harbour bylaws ¶ 12 and the mooring fees'), { kind: 'text' });
  assert.equal(inside.stories[0]?.title, 'Harbour bylaws ¶ 12 and the mooring fees');
});

test('text title: a line saying exactly the words of the URL slug is the headline over one that only shares them; no slug, or a slug of numbers, gives no such evidence', async () => {
  const lines = ['Menu', 'Coastal walking trails of the north', 'Share this guide', 'Our favourite walking trails along the coastal path', ...BODY];
  // Keep: the slug spells out the second line, small words and all.
  const named = await clean(lines.join('\n'), { kind: 'text', url: 'https://harbour.example/guides/coastal-walking-trails-of-the-north/' });
  assert.equal(named.stories[0]?.title, 'Coastal walking trails of the north');
  // Drop: a URL whose last parts are a date, or no URL at all, leaves the line next to the body the title.
  for (const url of ['https://harbour.example/guides/2025/03/', undefined]) {
    const r = await clean(lines.join('\n'), { kind: 'text', url });
    assert.equal(r.stories[0]?.title, 'Our favourite walking trails along the coastal path', String(url));
  }
});

test('text title: a headline whose words before its subtitle are the slug\'s is named by it; a slug of fewer of its words is not', async () => {
  const lines = ['Menu', 'Coastal walking trails: a guide for winter', 'Share this guide', 'Our favourite walking trails along the coastal path', ...BODY];
  // Keep: the slug drops the subtitle, as slugs do, and says the rest word for word.
  const named = await clean(lines.join('\n'), { kind: 'text', url: 'https://harbour.example/guides/coastal-walking-trails/' });
  assert.equal(named.stories[0]?.title, 'Coastal walking trails: a guide for winter');
  // Drop: "trails" missing from the slug, the head is no longer its words and the line next to the body stays the title.
  const partial = await clean(lines.join('\n'), { kind: 'text', url: 'https://harbour.example/guides/coastal-walking/' });
  assert.equal(partial.stories[0]?.title, 'Our favourite walking trails along the coastal path');
});

test('slugKeyWords: the words a line is matched against a slug on — shape-keyed, small words and numbers left out', () => {
  assert.deepEqual(slugKeyWords('How to Build a Quay in 2025'), ['how', 'build', 'quay']);
  assert.deepEqual(slugWords('https://harbour.example/news/how-to-build-a-quay-in-2025'), ['how', 'build', 'quay']);
  assert.deepEqual(slugWords('https://harbour.example/p/48213'), []);
});
