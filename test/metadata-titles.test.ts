import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clean } from '../src/index.js';
import type { Element } from 'domhandler';
import { headlineOnly } from '../src/stories/metadata.js';
import { chooseTitle, headlineText, type TitleEvidence } from '../src/html/title.js';
import { parseHtml } from '../src/html/parse.js';
import { isElement, walk } from '../src/html/dom.js';

/** Titles a pipeline can trust (issue 13): the headline the story shows, without its template's tail. */

const BODY = [
  'The county library will open on Sundays from next month, after volunteers offered to staff the reading rooms and the children’s corner.',
  'Librarians said the Sunday hours had been the most requested change in every survey since the branch reopened after its refurbishment.',
].map((p) => `<p>${p}</p>`).join('');

test('title: the part after " | " in a headline is a section or tagline, not the headline', async () => {
  const r = await clean(`<html><body><article><h1>County library opens on Sundays | Opinion</h1>${BODY}</article></body></html>`, { fallback: false });
  assert.equal(r.stories[0]?.title, 'County library opens on Sundays');
});

test('headlineOnly: a tail after " | " or a spaced hyphen goes; short heads, dashes and colons stay', () => {
  assert.equal(headlineOnly('Best Movers in Boston 2025 | Top 19 Companies'), 'Best Movers in Boston 2025');
  assert.equal(headlineOnly('Language Apps Compared - Personally Tested'), 'Language Apps Compared');
  assert.equal(headlineOnly('GNW - Gaming News Weekly'), 'GNW - Gaming News Weekly');
  assert.equal(headlineOnly('Brexit: what happens next'), 'Brexit: what happens next');
  assert.equal(headlineOnly('The bridge reopens — and the ferry stops'), 'The bridge reopens — and the ferry stops');
  assert.equal(headlineOnly('Well-being at work'), 'Well-being at work');
});

test('title: a thread prefix label in the headline is no part of the title, nor a body line', async () => {
  const html = `<html><head><title>Sunday opening hours? | Library Forum</title></head><body><article><h1><span class="label label--green">Question</span><span class="label-append"> </span>Sunday opening hours?</h1>${BODY}</article></body></html>`;
  const s = (await clean(html, { fallback: false })).stories[0];
  assert.equal(s?.title, 'Sunday opening hours?');
  assert.ok(!s?.body.includes('Question'), s?.body);
  // A headline whose only text is in such an element keeps it.
  const alone = await clean(`<html><body><article><h1><span class="badge">Sunday opening hours</span></h1>${BODY}</article></body></html>`, { fallback: false });
  assert.equal(alone.stories[0]?.title, 'Sunday opening hours');
});

test('title: the page\'s only headline names it even outside the story\'s container, unless it holds the title and more', async () => {
  const menu = '<ul><li><a href="/a">Home</a></li><li><a href="/b">Events</a></li><li><a href="/c">Branches</a></li><li><a href="/d">Contact</a></li></ul>';
  const more = '<p>The council will review the trial in the autumn, and the library asks readers to fill in a short card at the desk after each visit.</p>';
  const page = (h1: string): string => `<html><head><title>Sunday hours at the county library, explained</title></head><body><header class="site-header">${menu}<h1>${h1}</h1></header><main><article>${BODY}${more}</article></main><footer>${menu}</footer></body></html>`;
  const s = (await clean(page('Sunday hours at the library'), { fallback: false })).stories[0];
  assert.equal(s?.title, 'Sunday hours at the library');
  // A headline printing the title with a date or a count on it: the title is the clean copy.
  const noisy = (await clean(page('Sunday hours at the county library, explained Posted on May 4, 2025'), { fallback: false })).stories[0];
  assert.equal(noisy?.title, 'Sunday hours at the county library, explained');
});

test('title: an article before the title in the page\'s only headline is its wording, not furniture', async () => {
  const menu = '<ul><li><a href="/a">Home</a></li><li><a href="/b">Events</a></li><li><a href="/c">Branches</a></li><li><a href="/d">Contact</a></li></ul>';
  const more = '<p>The council will review the trial in the autumn, and the library asks readers to fill in a short card at the desk after each visit.</p>';
  const page = (h1: string): string => `<html><head><title>Quiet Reading Rooms of 2026</title></head><body><header class="site-header">${menu}<h1>${h1}</h1></header><main><article>${BODY}${more}</article></main><footer>${menu}</footer></body></html>`;
  assert.equal((await clean(page('The Quiet Reading Rooms of 2026'), { fallback: false })).stories[0]?.title, 'The Quiet Reading Rooms of 2026');
  // Anything else around the title is still furniture: the title is the clean copy.
  assert.equal((await clean(page('The Quiet Reading Rooms of 2026 (12)'), { fallback: false })).stories[0]?.title, 'Quiet Reading Rooms of 2026');
});

test('title: the permalink mark a documentation generator puts after a heading is no part of it', async () => {
  const html = `<html><head><title>Sunday opening — Library Handbook</title></head><body><div class="section"><h1>Sunday opening<a class="headerlink" href="#sunday-opening">¶</a></h1>${BODY}</div></body></html>`;
  assert.equal((await clean(html, { fallback: false })).stories[0]?.title, 'Sunday opening');
});

test('title: text a headline holds in a hidden element (a bookmark widget\'s tooltip) is no part of it', async () => {
  const html = `<html><head><title>Sunday opening | Library Handbook</title></head><body><article><h1>Sunday opening<span-actions hidden><span>Save this page to your reading list</span></span-actions></h1>${BODY}</article></body></html>`;
  assert.equal((await clean(html, { fallback: false })).stories[0]?.title, 'Sunday opening');
});

test('title: an <h1> elsewhere that says the stated title wins over a heading of the story\'s body, which stays in the body', async () => {
  const answer = '<h1>Copy the laptop with the archive tool</h1><p>Plug the drive in, open the archive tool and pick the whole home folder; the first run takes hours, later runs only copy what changed.</p>';
  const html = `<html><head><title>How do I copy my whole laptop to a drive? - Helpdesk Answers</title></head><body><div id="question-header"><h1><a href="/q/1">How do I copy my whole laptop to a drive?</a></h1></div><div class="answercell"><div class="post-body">${answer}${BODY}</div></div></body></html>`;
  const s = (await clean(html, { fallback: false })).stories[0];
  assert.equal(s?.title, 'How do I copy my whole laptop to a drive?');
  assert.ok(s?.body.startsWith('Copy the laptop with the archive tool'), s?.body);
  // With no such headline, the story's own heading stays the title.
  const alone = html.replace('<h1><a href="/q/1">How do I copy my whole laptop to a drive?</a></h1>', '<p>Asked today</p>');
  assert.equal((await clean(alone, { fallback: false })).stories[0]?.title, 'Copy the laptop with the archive tool');
});

test('title: an <h1> saying only what stands beside the headline in <title> (the blog\'s name, the board) is not the headline', async () => {
  const page = (title: string, h1: string): string =>
    `<html><head><title>${title}</title><meta property="og:title" content="Why the library opens on Sundays"></head><body><article><h1>${h1}</h1>${BODY}</article></body></html>`;
  const blog = (await clean(page('Quiet Shelves Weblog: Why the library opens on Sundays', 'Quiet Shelves Weblog'), { fallback: false })).stories[0];
  assert.equal(blog?.title, 'Why the library opens on Sundays');
  const board = (await clean(page('Why the library opens on Sundays : readinglamp', 'readinglamp'), { fallback: false })).stories[0];
  assert.equal(board?.title, 'Why the library opens on Sundays');
  // A headline that is the stated title itself stays.
  const own = (await clean(page('Why the library opens on Sundays | Quiet Shelves Weblog', 'Why the library opens on Sundays'), { fallback: false })).stories[0];
  assert.equal(own?.title, 'Why the library opens on Sundays');
});

test('title: markup naming only the site gives way to the page\'s one headline', async () => {
  const html = `<html><head><title>Quiet Shelves</title><meta property="og:site_name" content="Quiet Shelves"></head><body><header><h1>Quiet Shelves front page</h1></header><main><article>${BODY}</article></main></body></html>`;
  assert.equal((await clean(html, { fallback: false })).stories[0]?.title, 'Quiet Shelves front page');
});

/** What html/metadata hands chooseTitle, for a page whose markup states `stated`. */
function evidenceFor(stated: string): TitleEvidence {
  return { stated, raw: [`${stated} | Harbour Tools`], isSite: (t) => t === 'Harbour Tools', trimSite: (t) => t, headlines: [] };
}

test('title: an <h1> that is the stated title with its date or a one-word kicker glued on gives way to the stated title', () => {
  const stated = 'Ten knots every sailor should know';
  assert.equal(chooseTitle('Ten knots every sailor should know March 3, 2024', evidenceFor(stated)), stated);
  assert.equal(chooseTitle('Guides: Ten knots every sailor should know', evidenceFor(stated)), stated);
  // A year or a longer lead-in is the headline's own wording: it stays.
  assert.equal(chooseTitle('Ten knots every sailor should know in 2024', evidenceFor(stated)), 'Ten knots every sailor should know in 2024');
  assert.equal(chooseTitle('Before you cast off: Ten knots every sailor should know', evidenceFor(stated)), 'Before you cast off: Ten knots every sailor should know');
});

test('title: on a service or listing page a banner <h1> that says more than the stated title gives way to it; elsewhere, or cut short, it stays', () => {
  const stated = 'Boat Hull Cleaning Services';
  const banner = 'Hull cleaning that keeps you sailing';
  assert.equal(chooseTitle(banner, evidenceFor(stated), 'service'), stated);
  assert.equal(chooseTitle(banner, evidenceFor(stated), 'listing'), stated);
  // An article's headline is its own; a banner that is the stated title cut short names the page.
  assert.equal(chooseTitle(banner, evidenceFor(stated), 'article'), banner);
  assert.equal(chooseTitle('Hull Cleaning', evidenceFor(stated), 'service'), 'Hull Cleaning');
  // A stated title a template cut off says less than the banner.
  assert.equal(chooseTitle(banner, evidenceFor('Boat Hull Cleaning Services for…'), 'service'), banner);
});

test('title: on a shop category page the shelf label <h1> gives way to the stated title; a label the title holds whole stays', () => {
  const stated = 'Teak Deck Chairs & Loungers';
  assert.equal(chooseTitle('Deck seating', evidenceFor(stated), 'collection'), stated);
  assert.equal(chooseTitle('Deck Chairs', evidenceFor(stated), 'collection'), 'Deck Chairs');
  assert.equal(chooseTitle('Deck seating', evidenceFor(stated), 'product'), 'Deck seating');
});

test('title: an <h1> part screen readers skip (an animated copy cut in pieces) is no part of the headline; a headline all skipped still reads', () => {
  const animated = firstH1('<h1><span aria-hidden="true"><span>Hull</span><span>cleaning</span><span>that keeps you</span><span>sailing</span></span><span class="visually-hidden">Hull cleaning that keeps you sailing</span></h1>');
  assert.equal(headlineText(animated), 'Hull cleaning that keeps you sailing');
  const skipped = firstH1('<h1><span aria-hidden="true">Hull cleaning that keeps you sailing</span></h1>');
  assert.equal(headlineText(skipped), 'Hull cleaning that keeps you sailing');
});

/** The first <h1> of a snippet. */
test('title: an <h1> closed by a full stop is a slogan or a description, and the stated title names the page; an abbreviation\'s dot is no full stop', () => {
  const stated = 'Mooring Buoy Rental for Small Harbours';
  // Swap: a sentence in the <h1> (one sentence or two, sharing the title's words) gives way to the stated title.
  assert.equal(chooseTitle('Your mooring buoy, ready when you are.', evidenceFor(stated)), stated);
  assert.equal(chooseTitle('Moorings made simple. Book a buoy in minutes.', evidenceFor(stated)), stated);
  // Keep: a headline without a closing stop, or closing in a company's or a country's abbreviation, is the page's own.
  assert.equal(chooseTitle('Why harbour moorings cost more this year', evidenceFor(stated)), 'Why harbour moorings cost more this year');
  assert.equal(chooseTitle('Moorings from Harbour Supply Co.', evidenceFor(stated)), 'Moorings from Harbour Supply Co.');
  assert.equal(chooseTitle('Mooring rules change across the U.S.', evidenceFor(stated)), 'Mooring rules change across the U.S.');
  // Keep: a stated title a template cut off says less than the sentence.
  assert.equal(chooseTitle('Mooring buoys for rent, made simple.', evidenceFor('Mooring Buoy Rental for…')), 'Mooring buoys for rent, made simple.');
});

function firstH1(html: string): Element {
  let found: Element | undefined;
  walk(parseHtml(html), (n) => {
    if (found === undefined && isElement(n) && n.name === 'h1') found = n;
    return found === undefined;
  });
  assert.ok(found, html);
  return found;
}

test('title: a tagline span glued to the headline reads as its own words; words split across inline elements stay one', () => {
  // Keep apart: the tagline starts a capital right after the headline's last small letter, in another element.
  const glued = firstH1('<h1>Harbour Lantern<span class="tagline">Solar light for small boats</span></h1>');
  assert.equal(headlineText(glued), 'Harbour Lantern Solar light for small boats');
  // Drop nothing else: a word whose letters the markup splits (a styled initial, a small-letter tail) is one word.
  const styled = firstH1('<h1><span class="drop-cap">R</span>iver<em>side</em> ferry timetable</h1>');
  assert.equal(headlineText(styled), 'Riverside ferry timetable');
  // A capital inside one text ("iPhone", "McNeil") is no boundary.
  assert.equal(headlineText(firstH1('<h1>Charging an iPhone on McNeil Pier</h1>')), 'Charging an iPhone on McNeil Pier');
});

test('title: a headline that lost characters to a wrong decoding ("?" for an apostrophe) gives way to the stated title; a question stays', () => {
  assert.equal(chooseTitle('Walking the Harbour Wall? Beginner? Guide', evidenceFor('Walking the Harbour Wall: Beginner\'s Guide'), 'article'), 'Walking the Harbour Wall: Beginner\'s Guide');
  assert.equal(chooseTitle('Walking the Harbour Wall Beginner\uFFFDs Guide', evidenceFor('Walking the Harbour Wall Beginner\'s Guide'), 'article'), 'Walking the Harbour Wall Beginner\'s Guide');
  // A real question, and a headline that says more than the stated title, keep the headline.
  assert.equal(chooseTitle('Is the harbour wall walk worth it?', evidenceFor('Is the harbour wall walk worth it'), 'article'), 'Is the harbour wall walk worth it?');
  assert.equal(chooseTitle('Why walk the wall? Five reasons from our guides', evidenceFor('Why walk the wall: our guide'), 'article'), 'Why walk the wall? Five reasons from our guides');
});

test('title: a documentation page\'s heading drops the number of its place in the manual; a lone chapter number and other pages keep theirs', () => {
  const manual = (stated: string): TitleEvidence => ({ ...evidenceFor(stated), raw: [`${stated} - Harbour Manual`] });
  assert.equal(chooseTitle('3.2 Anchoring a Buoy', manual('Anchoring a Buoy'), 'documentation'), 'Anchoring a Buoy');
  assert.equal(chooseTitle('4.1. Mooring Lines - Knots That Hold', manual('Mooring Lines'), 'documentation'), 'Mooring Lines - Knots That Hold');
  assert.equal(chooseTitle('12 - Tutorial: Splicing Rope', manual('Rope Work'), 'documentation'), 'Tutorial: Splicing Rope');
  // "5. Knots" names its chapter; a version before an arrow is the heading's subject.
  assert.equal(chooseTitle('5. Knots', manual('Knots'), 'documentation'), '5. Knots');
  assert.equal(chooseTitle('2.4.1 -> 2.5.0 upgrade notes', manual('Upgrade notes'), 'documentation'), '2.4.1 -> 2.5.0 upgrade notes');
  // Elsewhere a number opening the headline is its wording ("2.5 million boats").
  assert.equal(chooseTitle('2.5 Million Boats Registered This Year', manual('Boats Registered This Year'), 'article'), '2.5 Million Boats Registered This Year');
});

test('title: a front page whose <title> names it only "Home" beside the site\'s name, and which prints no headline, is named by the site', async () => {
  const page = (title: string): string => `<html><head><title>${title}</title><meta property="og:site_name" content="Quiet Shelves"></head><body><main><article>${BODY}</article></main></body></html>`;
  assert.equal((await clean(page('Home - Quiet Shelves'), { fallback: false })).stories[0]?.title, 'Quiet Shelves');
  assert.equal((await clean(page('Welcome | Quiet Shelves'), { fallback: false })).stories[0]?.title, 'Quiet Shelves');
  // A title that only opens with the word names its page; so does a printed headline.
  assert.equal((await clean(page('Home Libraries on a Budget - Quiet Shelves'), { fallback: false })).stories[0]?.title, 'Home Libraries on a Budget');
  const printed = `<html><head><title>Home - Quiet Shelves</title><meta property="og:site_name" content="Quiet Shelves"></head><body><main><article><h1>Books for small rooms</h1>${BODY}</article></main></body></html>`;
  assert.equal((await clean(printed, { fallback: false })).stories[0]?.title, 'Books for small rooms');
});
