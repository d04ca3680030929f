import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clean, type CleanResult } from '../src/index.js';

/**
 * One keep case and one drop case per HTML pruning rule family (src/html/prune-rules.ts), asserting
 * the rule id and the reason it records.
 */

const STORY = [
  'The harbour authority approved a plan on Monday to dredge the eastern channel, which has silted up so badly that larger ferries can only enter at high tide.',
  'Work will start in September and take about four months, during which the ferry company will move two of its daily crossings to the western quay.',
  'Fishermen had asked for the dredging for years, saying that boats were running aground on the sandbar at the mouth of the channel in bad weather.',
].map((p) => `<p>${p}</p>`).join('\n');

const FURNITURE = 'Quarterly ferry timetable and ticket prices';

function page(body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><title>Harbour to dredge eastern channel</title></head><body>${body}</body></html>`;
}

async function run(body: string): Promise<{ result: CleanResult; text: string }> {
  const result = await clean(page(body), { fallback: false });
  return { result, text: result.stories.map((s) => s.body).join('\n') };
}

async function assertDropped(body: string, rule: string, reason: RegExp): Promise<void> {
  const { result, text } = await run(body);
  assert.ok(text.includes('dredge the eastern channel'), 'the story is kept');
  assert.ok(!text.includes(FURNITURE), `the furniture is dropped: ${text}`);
  const removal = result.removed.find((r) => r.text.includes(FURNITURE));
  assert.ok(removal, 'the drop is recorded');
  assert.equal(removal.rule, rule);
  assert.match(removal.reason, reason);
}

async function assertKept(body: string, snippet = FURNITURE): Promise<void> {
  const { result, text } = await run(body);
  assert.ok(text.includes(snippet), `kept: ${snippet}`);
  assert.ok(!result.removed.some((r) => r.rule.startsWith('html/') && r.text.includes(snippet)), 'no html/ removal recorded for it');
}

const furniture = `<p>${FURNITURE}, updated every season for all routes.</p>`;

test('html/hidden drops display:none and sr-only, keeps hidden-xs (hidden on phones only)', async () => {
  await assertDropped(`<article>${STORY}<div style="display: none">${furniture}</div></article>`, 'html/hidden', /style hides it/);
  await assertDropped(`<article>${STORY}<div aria-hidden="true">${furniture}</div></article>`, 'html/hidden', /aria-hidden/);
  await assertKept(`<article>${STORY}<div class="hidden-xs">${furniture}</div></article>`);
});

test('html/hidden knows the screen-reader-only classes of SUIT CSS and Drupal (u-hiddenVisually, element-invisible, hidden-visually): a sighted reader never sees that text', async () => {
  for (const name of ['u-hiddenVisually', 'element-invisible', 'hidden-visually', 'is-visually-hidden', 'a11y-hidden']) {
    await assertDropped(`<article>${STORY}<div class="${name}">${furniture}</div></article>`, 'html/hidden', /class/);
  }
  // A class that only starts like one of them hides nothing.
  await assertKept(`<article>${STORY}<div class="element-invisible-toggle">${furniture}</div></article>`);
});

test('html/twin-text drops a phrase\'s second copy glued to the first (a screen reader\'s or a small screen\'s); a word said twice in a sentence, a short echo and a code token stay', async () => {
  const offer = '<p>Season pass <span>Book a crossing</span><span class="cta-small">Book a crossing</span></p>';
  const { result, text } = await run(`<article>${STORY}${offer}</article>`);
  assert.ok(text.includes('Season pass Book a crossing'), text);
  assert.ok(!text.includes('Book a crossingBook a crossing'), text);
  const removal = result.removed.find((r) => r.rule === 'html/twin-text');
  assert.equal(removal?.text, 'Book a crossing');
  assert.match(removal?.reason ?? '', /repeats the phrase right before it/);
  const clipped = await run(`<article>${STORY}<p>Single fare: <b>€12.50<span class="clipped">€12.50</span></b> each way</p></article>`);
  assert.equal(clipped.result.removed.find((r) => r.rule === 'html/twin-text')?.text, '€12.50');
  // Text between the copies, a two-letter echo and a highlighted code token are not twins.
  const kept = await run(`<article>${STORY}<p>The pilots said <em>slowly</em>, very <em>slowly</em>, into the channel.</p><p>Ha<span>ha</span>, said the skipper, <b>no</b><b>no</b>.</p><pre><code><span>quay</span><span>quay</span></code></pre></article>`);
  assert.ok(!kept.result.removed.some((r) => r.rule === 'html/twin-text'), JSON.stringify(kept.result.removed));
  assert.match(kept.text, /slowly, very slowly/);
  assert.match(kept.text, /quayquay/);
});

test('html/footnote-mark drops a superscript that links to a note in the page; an exponent, an ordinal, a bracketed citation and a mark linking away stay', async () => {
  const para = '<p>The new pontoon carries up to forty cars<sup class="note"><a href="#note-2">2</a></sup> per crossing, and the tide tables<a href="#fn"><sup>†</sup></a> are posted on the quay.</p>';
  const notes = '<ol><li id="note-2">Cars under two tonnes.</li><li id="fn">Printed each spring.</li></ol>';
  const { result, text } = await run(`<article>${STORY}${para}${notes}</article>`);
  assert.match(text, /forty cars per crossing, and the tide tables are posted/);
  const marks = result.removed.filter((r) => r.rule === 'html/footnote-mark');
  assert.deepEqual(marks.map((r) => r.text), ['2', '†']);
  assert.match(marks[0]?.reason ?? '', /footnote's mark/);
  // An area in m², a date's "3rd" and a mark that links to another page are kept.
  const kept = await run(`<article>${STORY}<p>The new shed covers 400 m<sup>2</sup> and opens on the 3<sup>rd</sup>, as the minutes<sup><a href="/minutes/march">4</a></sup> record<sup><a href="#cite-5">[5]</a></sup>.</p></article>`);
  assert.ok(!kept.result.removed.some((r) => r.rule === 'html/footnote-mark'), JSON.stringify(kept.result.removed));
  assert.match(kept.text, /400 m2 and opens on the 3rd, as the minutes4 record\[5\]/);
  const off = await clean(page(`<article>${STORY}${para}</article>`), { fallback: false, disable: ['html/footnote-mark'] });
  assert.match(off.stories[0]?.body ?? '', /forty cars2 per crossing/);
});

test('html/nav drops <nav> and menu classes, keeps a story paragraph that mentions navigation', async () => {
  await assertDropped(`<nav>${furniture}</nav><article>${STORY}</article>`, 'html/nav', /<nav> element/);
  await assertDropped(`<div class="main-menu">${furniture}</div><article>${STORY}</article>`, 'html/nav', /class\/id word "menu"/);
  await assertKept(`<article>${STORY}<p class="canvas-note">${FURNITURE} for navigation season, as printed in the harbour office window.</p></article>`);
});

test('html/header drops the site header, keeps a story header with its headline', async () => {
  await assertDropped(`<header><a href="/">${FURNITURE}</a></header><article>${STORY}</article>`, 'html/header', /<header> element/);
  const { result } = await run(`<article><header><h1>Harbour to dredge eastern channel</h1><p>${FURNITURE} explained.</p></header>${STORY}</article>`);
  assert.ok(!result.removed.some((r) => r.rule === 'html/header'));
});

test('html/header keeps a card\'s "header" that is its linked title; a site header by class still goes', async () => {
  const card = (i: number): string => `<li class="tile"><div class="tile__header"><h3><a href="/p/${i}">Stoneware planter number ${i}, large</a></h3></div><p>Glazed by hand.</p></li>`;
  const grid = `<ul class="grid">${[1, 2, 3, 4, 5, 6].map(card).join('')}</ul>`;
  const { result } = await run(`<div class="site-header"><a href="/">${FURNITURE}</a> <a href="/shop">Shop</a></div><article>${STORY}${grid}</article>`);
  const headers = result.removed.filter((r) => r.rule === 'html/header');
  assert.ok(headers.some((r) => r.text.includes(FURNITURE)));
  assert.ok(!headers.some((r) => r.text.includes('Stoneware planter')), JSON.stringify(headers));
});

test('html/header keeps a "header" by class that holds only a paragraph of prose (a page\'s lead); one with a heading over its tagline, or with a link, still goes', async () => {
  const lead = 'This guide walks new skippers through the eastern channel, from the tide tables and the sandbar to the quay where the larger ferries now berth, in plain words.';
  const body = (header: string): string => `<div class="wrap"><div class="intro-header-text">${header}</div><div class="content">${STORY}</div></div>`;
  const kept = await run(body(`<p>${lead}</p>`));
  assert.ok(kept.text.includes('walks new skippers'), kept.text);
  assert.ok(!kept.result.removed.some((r) => r.rule === 'html/header'), JSON.stringify(kept.result.removed));
  const titled = await run(body(`<h2>${FURNITURE}</h2><p>${lead}</p>`));
  assert.ok(titled.result.removed.some((r) => r.rule === 'html/header' && r.text.includes('walks new skippers')));
  const linked = await run(body(`<p>${lead} <a href="/guide">Read the guide</a></p>`));
  assert.ok(linked.result.removed.some((r) => r.rule === 'html/header' && r.text.includes('walks new skippers')));
});

test('html/header and html/footer keep the head and foot of each repeated item (a quote\'s author, a feature\'s lead); the site\'s footer columns, side by side, still go', async () => {
  const leads = ['Crossings run every hour from six in the morning, all year', 'Cabins can be booked up to the hour of departure', 'Bicycles travel free on every crossing'];
  const item = (lead: string, i: number): string =>
    `<div class="feature"><div class="feature-header"><p>${lead}.</p></div><p>Passengers keep the same fare whatever the season.</p><div class="feature-footer"><p>Skipper ${i + 1}, western quay</p></div></div>`;
  const features = `<section>${leads.map(item).join('')}</section>`;
  const kept = await run(`<article>${STORY}${features}</article>`);
  for (const lead of leads) assert.ok(kept.text.includes(lead), `the item's header is kept: ${kept.text}`);
  assert.ok(kept.text.includes('Skipper 2, western quay'), `the item's footer is kept: ${kept.text}`);
  assert.ok(!kept.result.removed.some((r) => (r.rule === 'html/header' || r.rule === 'html/footer') && r.text.includes('Skipper')), JSON.stringify(kept.result.removed));
  const col = (t: string): string => `<div class="footer-col"><p>${t}</p></div>`;
  await assertDropped(`<article>${STORY}</article><div>${col(FURNITURE)}${col('Open daily at the quay office')}${col('Lost property desk at the terminal')}</div>`, 'html/footer', /class\/id word "footer"/);
});

test('html/footer and html/aside drop page chrome', async () => {
  await assertDropped(`<article>${STORY}</article><footer>${furniture}</footer>`, 'html/footer', /<footer> element/);
  await assertDropped(`<article>${STORY}</article><aside>${furniture}</aside>`, 'html/aside', /<aside> element/);
  await assertDropped(`<article>${STORY}</article><div class="sidebar">${furniture}</div>`, 'html/aside', /"sidebar"/);
});

test('a wrapper holding the story is never pruned for its class words', async () => {
  await assertKept(`<div class="page has-sidebar"><div class="sidebar-layout-right">${STORY}${furniture}</div></div>`);
});

test('html/cookie, html/share, html/newsletter, html/ad drop by class words', async () => {
  await assertDropped(`<div class="cookie-banner">${furniture}</div><article>${STORY}</article>`, 'html/cookie', /"cookie"/);
  await assertDropped(`<div role="dialog">${furniture}</div><article>${STORY}</article>`, 'html/cookie', /role="dialog"/);
  // A dialog by its class word, as by its role: a box the page opens on demand (a store switch, a sign-in prompt).
  await assertDropped(`<article>${STORY}</article><div class="dialog_body"><div class="dialog_description">${furniture}</div></div>`, 'html/cookie', /"dialog"/);
  // A story a script shows in a dialog wrapper is still the story; "dialogue" is another word.
  await assertKept(`<div class="dialog-wrapper"><h1>Harbour to dredge eastern channel</h1>${STORY}</div>`, 'dredge the eastern channel');
  await assertKept(`<article>${STORY}<div class="dialogue-box">${furniture}</div></article>`);
  await assertDropped(`<article>${STORY}<div class="share-buttons">${furniture}</div></article>`, 'html/share', /"share"/);
  await assertDropped(`<article>${STORY}<div class="newsletter-signup">${furniture}</div></article>`, 'html/newsletter', /"newsletter"/);
  await assertDropped(`<article>${STORY}<div class="ad-slot">${furniture}</div></article>`, 'html/ad', /"ad"/);
  await assertKept(`<article>${STORY}<p class="headline-lead">${FURNITURE} were set by the authority.</p></article>`);
});

test('component classes "cmp-…" and heading anchors are not furniture words', async () => {
  // Adobe Experience Manager names every component cmp-…; a consent platform's banner says so.
  await assertKept(`<div class="cmp-container">${STORY}</div><div class="cmp-text">${furniture}</div>`);
  await assertDropped(`<div class="cmp-banner">${furniture}</div><article>${STORY}</article>`, 'html/cookie', /"cmp banner"/);
  // An id on a heading is the anchor made from its text.
  await assertKept(`<article>${STORY}<h3 id="social-impact">${FURNITURE}</h3><p>Winners of the social impact prize were named.</p></article>`);
  await assertDropped(`<article>${STORY}<div id="social-impact">${furniture}</div></article>`, 'html/share', /"social"/);
});

test('html/comments, html/related, html/author-box drop by class words', async () => {
  await assertDropped(`<article>${STORY}</article><section id="comments">${furniture}</section>`, 'html/comments', /"comments"/);
  await assertDropped(`<article>${STORY}</article><div class="related-posts">${furniture}</div>`, 'html/related', /"related"/);
  await assertDropped(`<article>${STORY}<div class="author-bio">${furniture}</div></article>`, 'html/author-box', /"author bio"/);
  await assertKept(`<article class="post no-comments">${STORY}${furniture}</article>`);
});

test('html/form drops forms', async () => {
  await assertDropped(`<article>${STORY}</article><form><label>${FURNITURE}</label><input></form>`, 'html/form', /<form> element/);
});

test('html/header keeps the <header> of each card in a feed of <article>s (its linked title and summary); a lone story\'s header of links still goes', async () => {
  const card = (i: number): string =>
    `<article class="teaser"><header><h2><a href="/n/${i}">Ferry timetable change number ${i} announced</a></h2><p><a href="/n/${i}">The operator moves crossing ${i} to the western quay from the first of the month.</a></p></header></article>`;
  const result = await clean(page(`<main><h1>Harbour news</h1>${[1, 2, 3, 4, 5, 6, 7, 8].map(card).join('')}</main>`), { url: 'https://example.org/news/', fallback: false });
  assert.ok(!result.removed.some((r) => r.rule === 'html/header' && r.text.includes('Ferry timetable change')), JSON.stringify(result.removed));
  assert.match(result.stories[0]?.body ?? '', /crossing 3 to the western quay/);
  const lone = await run(`<article><header><a href="/">${FURNITURE}</a> <a href="/x">Archive</a></header>${STORY}</article>`);
  assert.ok(lone.result.removed.some((r) => r.rule === 'html/header' && r.text.includes(FURNITURE)));
});

test('html/hidden keeps a link marked aria-hidden (a repeated link: hidden from screen readers, shown on screen); other aria-hidden elements go', async () => {
  await assertKept(`<article><p>Crews will post the <a href="/timetable" aria-hidden="true" tabindex="-1">${FURNITURE}</a> on the quay wall, and the office staff will answer questions about the new crossings every weekday.</p>${STORY}</article>`);
  await assertDropped(`<article>${STORY}<span aria-hidden="true">${furniture}</span></article>`, 'html/hidden', /aria-hidden/);
});

test('html/signature drops the lines a forum poster appends to every post; story prose in a "signature" block stays', async () => {
  await assertDropped(`<article>${STORY}<div class="signature">${furniture}</div></article>`, 'html/signature', /class\/id word "signature"/);
  const prose = `<p>${FURNITURE} were signed by the harbour master, whose signature now appears on every ferry ticket sold at the quay, beside the operator's.</p><p>The new tickets, printed on recycled card, also carry the route number, the crossing time and a short note on where to wait when the ferry is late or the crossing is cancelled because of high winds.</p>`;
  await assertKept(`<article>${STORY}<div class="signature-story">${prose}</div></article>`);
});

test('html/hidden keeps tab panels: the panels a reader switches between (one per language or option) are all content', async () => {
  const tabs = `<div role="tablist"><button role="tab" aria-controls="p1">Ferry</button><button role="tab" aria-controls="p2">Bus</button></div>
<div role="tabpanel" id="p1"><p>Travellers coming by ferry should board at the western quay while the dredgers work, and allow twenty minutes more for the crossing.</p></div>
<div role="tabpanel" id="p2" hidden><p>Travellers coming by bus can leave at the harbour stop as before, because the road along the eastern channel stays open throughout the works.</p></div>`;
  const { text } = await run(`<article>${STORY}${tabs}</article>`);
  assert.match(text, /western quay while the dredgers work/);
  assert.match(text, /road along the eastern channel stays open/, 'the hidden panel is kept');
  await assertDropped(`<article>${STORY}<div hidden>${furniture}</div></article>`, 'html/hidden', /hidden attribute/);
});

test('html/hidden keeps a closed disclosure panel after a toggle that names it (an FAQ answer); a tooltip behind an icon button and a folded menu go', async () => {
  const answer = 'Boats under ten metres may still use the eastern channel at any tide, but they must keep to the buoyed lane while the dredgers are working.';
  const faq = `<h2>Questions from boat owners</h2>
<div><button type="button"><span>Can small boats still use the channel?</span></button><div class="answer hidden"><p>${answer}</p></div></div>
<div><div aria-expanded="false"><h3>Where do ferries leave from?</h3></div><div hidden><p>From the western quay until the works end in January, with the same timetable as before.</p></div></div>
<div><h3><button aria-controls="q3">Will the beach close?</button></h3><div id="q3" aria-hidden="true"><p>Only the strip beside the pipeline, fenced off for a week at a time as the pipe moves along.</p></div></div>
<div><div class="faq-question">Is the work noisy at night?</div><div class="faq-answer" style="display:none"><p>The dredgers stop at ten in the evening and start again at seven, except on Sundays.</p></div></div>
<div><div class="accordion-header"><button>Who pays for it?</button></div><div class="panel-wrap" style="max-height:0"><div aria-hidden="true"><p>The port pays two thirds and the regional government the rest, from its coastal fund.</p></div></div></div>`;
  const { text } = await run(`<article>${STORY}${faq}</article>`);
  assert.match(text, /buoyed lane while the dredgers are working/, 'the panel after a <button> is kept');
  assert.match(text, /western quay until the works end/, 'the panel after an aria-expanded toggle is kept');
  assert.match(text, /strip beside the pipeline/, 'the panel after a heading that wraps its toggle is kept');
  assert.match(text, /stop at ten in the evening/, 'the panel after a toggle named by its class words is kept');
  assert.match(text, /regional government the rest/, 'a panel that opens its wrapper is kept');
  // An icon-only button opens a tooltip, not a section of the page.
  await assertDropped(`<article>${STORY}<div><button aria-label="more"><svg></svg></button><div style="display:none">${furniture}</div></div></article>`, 'html/hidden', /style hides it/);
  // A folded menu after its toggle is links.
  const menu = `<button>Menu</button><ul class="hidden"><li><a href="/a">${FURNITURE}</a></li><li><a href="/b">Harbour webcams and live tide gauges</a></li></ul>`;
  const folded = await run(`<article>${STORY}${menu}</article>`);
  assert.ok(!folded.text.includes(FURNITURE), folded.text);
});

test('html/nav: a class word "nav" alone does not remove story prose (sections a sticky in-page menu scrolls to); a menu classed "nav" goes', async () => {
  const section = (n: number, lead: string) => `<div class="scroll-nav-target" id="part-${n}"><h2>${lead}</h2><p>${lead} was the first thing the harbour board looked at, because the old quay wall is cracked in three places and the engineers want it repaired before the dredgers arrive.</p><p>The board also asked for a second survey, which will cost about forty thousand euros and report in the spring, before any contract is signed or any boat is moved.</p><p>Both reports will be read out at the public meeting.</p></div>`;
  const { text } = await run(`<main>${STORY}${section(1, 'The quay wall')}${section(2, 'The survey')}</main>`);
  assert.match(text, /old quay wall is cracked in three places/);
  await assertDropped(`<article>${STORY}<div class="site-nav"><a href="/a">${FURNITURE}</a> <a href="/b">Tides</a></div></article>`, 'html/nav', /class\/id word "nav"/);
});

test('html/header and the other class-word rules leave a data table alone: "header" on a table with header cells names its header row; a layout table classed "footer" still goes', async () => {
  // Every cell links to its place's page, as in a list of laureates or a league table.
  const rows = ['Eastern channel | 4.1 m | 6.5 m', 'Western quay | 5.0 m | 5.0 m', 'Harbour mouth | 3.2 m | 6.0 m']
    .map((r) => `<tr>${r.split(' | ').map((c, i) => `<td><a href="/depth/${i}">${c}</a></td>`).join('')}</tr>`)
    .join('');
  const table = `<table class="data sticky-header"><caption>Depths before and after dredging</caption><tr><th>Place</th><th>Now</th><th>After</th></tr>${rows}</table>`;
  const { text } = await run(`<article>${STORY}${table}</article>`);
  assert.match(text, /Eastern channel \| 4\.1 m \| 6\.5 m/, `the data table is kept: ${text}`);
  assert.match(text, /Harbour mouth/);
  await assertDropped(`<article>${STORY}<table class="site-footer"><tr><td>${furniture}</td></tr></table></article>`, 'html/footer', /class\/id word "site footer"/);
});

test('html/hidden keeps tab panels named by their class words ("tab-pane", "tab__content") as it keeps role="tabpanel"', async () => {
  const tabs = `<ul class="tab-list"><li><a href="#spec">Specifications</a></li><li><a href="#ship">Delivery</a></li></ul>
<div class="tab-panes"><div class="tab-pane active" id="spec"><p>The dredger is forty metres long, carries a crew of six and can lift about two thousand cubic metres of sand a day.</p></div>
<div class="tab-pane" id="ship" style="display:none"><p>Spoil from the channel goes by barge to the old gravel pit north of the town, where it will be used to raise the new car park.</p></div></div>`;
  const { text } = await run(`<article>${STORY}${tabs}</article>`);
  assert.match(text, /two thousand cubic metres/);
  assert.match(text, /old gravel pit north of the town/, `the hidden tab panel is kept: ${text}`);
  await assertDropped(`<article>${STORY}<div class="popup" style="display:none">${furniture}</div></article>`, 'html/hidden', /style hides it/);
});

test('a <footer> or a hidden element beside the page\'s headline is no story wrapper, however much text it holds; a hidden story with little visible text around it still is', async () => {
  const quotes = [
    'The ferry crossing was calm, the crew were friendly and the coffee on board was better than in most cafés in town, which surprised all of us.',
    'We booked late, paid little, and still got a cabin with a window; the staff at the quay helped my father with his bags without being asked.',
    'Every summer we take the morning boat to the island, and every summer it leaves on time, which is more than can be said for the buses there.',
  ].map((q, i) => `<div class="quote"><p>${q}</p><h4>Reader ${i + 1}</h4></div>`).join('');
  const short = '<h1>Harbour to dredge eastern channel</h1><p>The harbour authority approved a plan on Monday to dredge the eastern channel.</p>';
  const footer = await run(`<main>${short}</main><footer><div class="carousel">${quotes}</div></footer>`);
  assert.ok(!footer.text.includes('coffee on board'), `the footer's quotes go: ${footer.text}`);
  assert.equal(footer.result.removed.find((r) => r.text.includes('coffee on board'))?.rule, 'html/footer');
  const codes = Array.from({ length: 40 }, (_, i) => `<dt>variant_${i}:</dt><dd>https://images.example.com/ferry/tickets/variant-${i}-thumbnail.jpg</dd>`).join('');
  const story = `<h1>Harbour to dredge eastern channel</h1>${STORY}${STORY}${STORY}`;
  const hidden = await run(`<main>${story}<dl class="details hide">${codes}</dl></main>`);
  assert.ok(!hidden.text.includes('variant_12'), `the hidden list goes: ${hidden.text.slice(-300)}`);
  assert.ok(hidden.text.includes('dredge the eastern channel'));
  // A page that unhides its story by script: the headline and a line are all that shows.
  const unhidden = await run(`<h1>Harbour to dredge eastern channel</h1><p>Read the decision below.</p><div style="display:none">${STORY}</div>`);
  assert.ok(unhidden.text.includes('silted up so badly'), `the hidden story stays: ${unhidden.text}`);
});

test('html/form keeps a form with nothing to fill in around posts (a forum\'s moderation form); a form with fields is still dropped', async () => {
  const posts = [
    'I moved my boat to the western quay last week, and the berth there is deeper, but the walk to the car park is long.',
    'The western quay has no fuel dock, so plan on filling up before you leave the eastern channel, at least until the dredging ends.',
  ].map((p, i) => `<article class="post"><p>Posted by member ${i + 1}</p><p>${p}</p><p>Thanks, that helps, I will move mine too.</p></article>`).join('');
  const { text } = await run(`<article>${STORY}</article><form action="/moderate" method="post"><input type="hidden" name="token" value="x">${posts}</form>`);
  assert.match(text, /the berth there is deeper/, `the posts in a form without fields are kept: ${text}`);
  await assertDropped(`<article>${STORY}</article><form action="/search"><p>${FURNITURE}, and more, and more, and more, and more, and more.</p><p>Search our archive.</p><input type="text" name="q"></form>`, 'html/form', /<form> element/);
});

test('html/form keeps one-paragraph forms repeated around each reply (an edit form per post); a lone one-paragraph form still goes', async () => {
  const replies = ['Took the early ferry today and it left right on time, for once this month.', 'The café on the quay opens at seven now, an hour earlier than last summer.', 'Parking by the old crane is free on Sundays, but the spaces fill up by nine.'];
  const wrapped = replies.map((t) => `<div class="reply"><p class="who">a sailor</p><form class="edit-text"><input type="hidden" name="id" value="1"><div class="md"><p>${t}</p></div></form></div>`).join('');
  const { result } = await run(`<article>${STORY}</article><div class="thread">${wrapped}</div>`);
  assert.ok(!result.removed.some((r) => r.rule === 'html/form' && r.text.includes('early ferry')), 'the replies\' forms are not dropped as forms');
  // One form of its own with a single line of help and no field to fill: a dialog's, not a post's.
  await assertDropped(`<article>${STORY}</article><form class="download"><input type="hidden" name="f" value="mp3"><p>${FURNITURE} are in the file.</p></form>`, 'html/form', /<form> element/);
});

test('html/hidden drops an element with the popover attribute (shown only when opened)', async () => {
  await assertDropped(`<article>${STORY}</article><div popover id="install-card"><p>${FURNITURE}</p></div>`, 'html/hidden', /popover attribute/);
});

test('html/cookie drops a consent box that outweighs a short page\'s story; a wrapper holding the headline is not one', async () => {
  const legal = Array.from({ length: 12 }, (_, i) => `<p>These cookies of group ${i} help us measure how visitors use the site, remember their choices, and show them offers that suit them.</p>`).join('');
  await assertDropped(`<article><h2>Dredging</h2>${STORY}</article><div id="consent-sdk"><p>${FURNITURE}</p>${legal}</div>`, 'html/cookie', /class\/id word "consent"/);
  const { text } = await run(`<div class="cookie-consent-shown"><h1>Harbour to dredge eastern channel</h1>${STORY}</div>`);
  assert.match(text, /dredge the eastern channel/);
});

test('html/ad keeps a grid of teasers (a link and a summary each) whose class names an ad slot between them', async () => {
  const teasers = ['eastern channel', 'western quay', 'ferry timetable', 'harbour mouth']
    .map((t, i) => `<div class="teaser"><h3><a href="/s/${i}">News from the ${t}</a></h3><p>What changes at the ${t} this winter, and who pays for the work at the ${t}.</p></div>`)
    .join('');
  // Two sections of teasers: neither holds most of the page, so neither reads as the story's wrapper.
  const grid = (topic: string): string => `<h2>${topic}</h2><div class="grid-items with-gaps hide-read-more-ad">${teasers.replaceAll('News from', `${topic} news from`)}</div>`;
  const { result, text } = await run(`<main><h1>Harbour news</h1>${grid('Shipping')}${grid('Fishing')}</main>`);
  assert.match(text, /who pays for the work at the harbour mouth/, `the teaser grid is kept: ${text}`);
  assert.ok(!result.removed.some((r) => r.rule === 'html/ad'));
  await assertDropped(`<article>${STORY}</article><div class="ad-slot"><a href="/offer">${FURNITURE}</a><p>Sponsored by a ferry line, book today.</p></div>`, 'html/ad', /class\/id word "ad"/);
});

test('html/post-comments: on a Q&A thread the comments inside a question or an answer go; the answers, classed as replies, stay', async () => {
  const remark = 'Did you try turning the harbour lights off first, as the manual says?';
  const answer = (i: number, text: string): string =>
    `<div class="answer reply" itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer"><div class="post-text" itemprop="text"><p>${text}</p></div>` +
    `<div class="comments"><ul class="comment-list"><li class="comment" itemscope itemtype="https://schema.org/Comment"><span class="comment-copy">${remark} (note ${i})</span></li></ul></div></div>`;
  const html = `<!DOCTYPE html><html lang="en"><head><title>How do I reset the ferry gate controller?</title></head><body itemscope itemtype="https://schema.org/QAPage">
<div class="question" itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><h1 itemprop="name">How do I reset the ferry gate controller?</h1>
<div itemprop="text"><p>The gate controller on the western quay stopped answering after the power cut last night, and the reset button does nothing at all.</p></div></div>
<div class="answers">
${answer(1, 'Hold the reset button for ten seconds while the gate is closed, then wait for the green lamp to blink twice before you open it again.')}
${answer(2, 'If the lamp stays red, the fuse in the cabinet under the ticket office has blown, and the harbour electrician has to replace it before anything else works.')}
${answer(3, 'We had the same fault last winter: the controller kept its old schedule in memory, so we cleared it from the service menu and set the crossings again by hand.')}
</div></body></html>`;
  const result = await clean(html, { url: 'https://example.org/questions/42/reset-ferry-gate', fallback: false });
  const body = result.stories[0]?.body ?? '';
  assert.equal(result.pageType, 'forum');
  assert.match(body, /wait for the green lamp/);
  assert.match(body, /cleared it from the service menu/);
  assert.doesNotMatch(body, /turning the harbour lights off/, body);
  assert.ok(result.removed.some((r) => r.rule === 'html/post-comments' && /under a question or an answer/.test(r.reason)), JSON.stringify(result.removed.map((r) => r.rule)));
});

test('html/share keeps the stars of a grid\'s cards, drops a rating widget under a story', async () => {
  // Six cards of a shop's grid, each with its own rating line: the rated items are the page's.
  const card = (i: number): string =>
    `<li class="tile"><a href="/planter/${i}">Stoneware planter number ${i}, large</a><div class="tile-rating">${40 + i} reviews, 4.${i} of 5 stars</div></li>`;
  const { result, text } = await run(`<ul class="grid">${[1, 2, 3, 4, 5, 6].map(card).join('')}</ul>`);
  assert.ok(text.includes('43 reviews, 4.3 of 5 stars'), text);
  assert.ok(!result.removed.some((r) => r.rule === 'html/share' && r.text.includes('reviews')), JSON.stringify(result.removed));
  // The story's own voting box is no card's: it goes.
  await assertDropped(`<article>${STORY}<div class="post-rating">${furniture}</div></article>`, 'html/share', /"rating"/);
  // A share bar inside a card is still a share bar.
  const shared = (i: number): string =>
    `<li class="tile"><a href="/planter/${i}">Stoneware planter number ${i}, large</a><div class="share-rating">Share this planter with friends</div></li>`;
  const { result: r2 } = await run(`<ul class="grid">${[1, 2, 3, 4, 5, 6].map(shared).join('')}</ul>`);
  assert.ok(r2.removed.some((r) => r.rule === 'html/share' && /"share"/.test(r.reason)), JSON.stringify(r2.removed));
});

test('html/hidden keeps an aria-hidden price inside a grid\'s card (shown, only not spoken); aria-hidden beside a story still goes', async () => {
  const card = (i: number): string =>
    `<li class="tile"><a href="/planter/${i}">Stoneware planter number ${i}, large</a><p class="price" aria-hidden="true">Sale price ${20 + i} dollars</p><span class="sr-only">Sale price: ${20 + i} dollars</span></li>`;
  const { result, text } = await run(`<ul class="grid">${[1, 2, 3, 4, 5, 6].map(card).join('')}</ul>`);
  assert.ok(text.includes('Sale price 24 dollars'), text);
  assert.ok(!result.removed.some((r) => r.rule === 'html/hidden' && r.text.includes('Sale price 24 dollars')), JSON.stringify(result.removed));
  await assertDropped(`<article>${STORY}</article><div aria-hidden="true">${furniture}</div>`, 'html/hidden', /aria-hidden/);
});

test('class words inside a code block name its tokens: a highlighted "comment" stays; a comment box beside the story goes', async () => {
  const code = '<pre><code><span class="token keyword">const</span> fare = 2; <span class="token comment">// night fares match day fares</span></code></pre>';
  const { result, text } = await run(`<article>${STORY}${code}</article><div class="comments"><p>${FURNITURE}, said a reader.</p></div>`);
  assert.ok(text.includes('// night fares match day fares'), text);
  assert.ok(!result.removed.some((r) => r.text.includes('night fares match')), JSON.stringify(result.removed));
  assert.equal(result.removed.find((r) => r.text.includes(FURNITURE))?.rule, 'html/comments');
});

test('html/aside keeps a column of code samples beside the story; a sidebar of links still goes', async () => {
  const samples = '<div class="section-aside"><pre><code>curl https://api.example.org/v1/fares \\\n  -d route=n1 -d time=0200</code></pre><pre><code>{ "route": "n1", "fare": 2 }</code></pre></div>';
  const { result, text } = await run(`<article>${STORY}${samples}</article>`);
  assert.ok(text.includes('curl https://api.example.org/v1/fares'), text);
  assert.ok(!result.removed.some((r) => r.rule === 'html/aside'), JSON.stringify(result.removed));
  await assertDropped(`<article>${STORY}<div class="section-aside"><a href="/fares">${FURNITURE}</a> <a href="/routes">Routes</a></div></article>`, 'html/aside', /"aside"/);
});

test('html/nav: a wrapper named for its pager that holds a grid of priced items is the catalogue and stays; a pager of links alone still goes', async () => {
  const items = Array.from({ length: 8 }, (_, i) => `<div class="item"><a href="/p/${i}">Rope fender size ${i}</a><span>€${12 + i}</span></div>`).join('');
  const pager = '<div class="pager"><a href="?page=2">Quarterly ferry timetable and ticket prices</a> <a href="?page=3">3</a></div>';
  const html = `<!DOCTYPE html><html><body><h1>Fenders</h1><div class="filters-and-pagination"><div class="grid">${items}</div>${pager}</div></body></html>`;
  const result = await clean(html, { url: 'https://shop.example.org/collections/fenders', fallback: false });
  const text = result.stories.map((s) => s.body).join('\n');
  assert.match(text, /Rope fender size 7/);
  const removal = result.removed.find((r) => r.text.includes(FURNITURE));
  assert.equal(removal?.rule, 'html/nav');
  assert.match(removal?.reason ?? '', /class\/id word "pager"/);
});

test('html/hidden drops the body of a tooltip (role="tooltip", a "tooltip-content" class), shown only while pointed at; the term it explains stays', async () => {
  const term = 'Draught limit';
  await assertDropped(`<article>${STORY}<table><tr><td>${term}<span class="tool-tip"><span class="tool-tip__content">${furniture}</span></span></td><td>4.2 m</td></tr></table></article>`, 'html/hidden', /tooltip/);
  await assertDropped(`<article>${STORY}<p>The ${term.toLowerCase()} rises after the works.<span role="tooltip">${furniture}</span></p></article>`, 'html/hidden', /tooltip/);
  await assertDropped(`<article>${STORY}<div class="popover-body">${furniture}</div></article>`, 'html/hidden', /tooltip/);
  const { text } = await run(`<article>${STORY}<table><tr><td>${term}<span class="tooltip"><span class="tooltiptext">${furniture}</span></span></td><td>4.2 m</td></tr></table></article>`);
  assert.match(text, /Draught limit/);
  assert.ok(!text.includes(FURNITURE), text);
});
