import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clean } from '../src/index.js';
import { partOfProse, weakness } from '../src/html/cascade.js';
import type { StoryDraft } from '../src/types.js';

/**
 * A class/id word alone never takes the story's prose (html/prune's guard), a page served in a
 * <noscript> is read (html/noscript), and a result that keeps little of the page's prose says so.
 */

const PROSE = [
  'The harbour authority approved a plan on Monday to dredge the eastern channel, which has silted up so badly that larger ferries can only enter at high tide.',
  'Work will start in September and take about four months, during which the ferry company will move two of its daily crossings to the western quay.',
  'Fishermen had asked for the dredging for years, saying that boats were running aground on the sandbar at the mouth of the channel in bad weather.',
].map((p) => `<p>${p}</p>`).join('\n');

const OTHER = [
  'The town council meets on Thursday to discuss the new parking rules for the old harbour, which traders say have cost them customers since spring.',
  'A petition against the rules has gathered more than two thousand names, most of them from residents of the streets around the market square.',
  'The council says the rules will be reviewed in the autumn, once the figures for the summer season are in and the traders have been heard.',
].map((p) => `<p>${p}</p>`).join('\n');

function page(body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><title>Harbour to dredge</title></head><body>${body}</body></html>`;
}

test('a share word on the story element itself does not remove its prose; a share bar in the story still goes', async () => {
  const bar = '<div class="share-bar"><a href="/x">Share on X</a> <a href="/f">Facebook</a></div>';
  // The page holds more prose elsewhere, so the article is not "most of the page" (html/prune's wrapper rule).
  const elsewhere = `<div class="intro">${OTHER}${OTHER.replace(/the /g, 'a ')}</div>`;
  const r = await clean(page(`${elsewhere}<article class="full-content enable-pin-share">${PROSE}${bar}</article>`), { fallback: false });
  assert.doesNotMatch(r.stories[0]?.body ?? '', /Share on X/);
  assert.ok(r.removed.some((x) => x.rule === 'html/share' && x.text.includes('Share on X')));
  assert.ok(!r.removed.some((x) => x.rule === 'html/share' && x.text.includes('dredge')));
});

test('an "ads" section holding story prose inside the article stays; a short ad slot goes', async () => {
  const r = await clean(page(`<div>${OTHER}${OTHER.replace(/the /g, 'a ')}</div><article><h1>Test</h1><section class="Report__Section--Ads">${PROSE}</section><div class="ad-slot">Advertisement</div></article>`), { fallback: false });
  assert.ok(!r.removed.some((x) => x.rule === 'html/ad' && x.text.includes('harbour authority')), 'the section is not removed as an ad');
  assert.ok(r.removed.some((x) => x.rule === 'html/ad' && x.text.includes('Advertisement')), 'the slot is');
});

test('a thread served in <noscript> for readers without scripts is read; a "please enable JavaScript" note is not', async () => {
  const shell = '<div id="app"></div><noscript><p>Please enable JavaScript to use this site.</p></noscript>';
  const r = await clean(page(`${shell}<noscript id="content"><div class="post">${PROSE}</div></noscript>`), { fallback: false });
  const body = r.stories[0]?.body ?? '';
  assert.match(body, /boats were running aground/);
  assert.doesNotMatch(body, /enable JavaScript/);
  const plain = await clean(page(`<article>${PROSE}</article><noscript><p>Please enable JavaScript to use this site.</p></noscript>`), { fallback: false });
  assert.doesNotMatch(plain.stories[0]?.body ?? '', /enable JavaScript/);
});

test('a result holding little of the page\'s prose is weak, and says how little', () => {
  const text = 'x'.repeat(400);
  const draft: StoryDraft = { role: 'main', blocks: [{ id: 0, kind: 'paragraph', text, where: 'p', linkDensity: 0, gapBefore: true }], meta: {}, captions: [] };
  assert.equal(weakness(draft, 1_000), null);
  assert.match(weakness(draft, 10_000) ?? '', /kept 400 of the page's 10000 characters of prose/);
});

test('a result keeping under two fifths of the page\'s prose says so, without being weak', () => {
  const text = 'x'.repeat(1_500);
  const draft: StoryDraft = { role: 'main', blocks: [{ id: 0, kind: 'paragraph', text, where: 'p', linkDensity: 0, gapBefore: true }], meta: {}, captions: [] };
  assert.equal(weakness(draft, 5_000), null);
  assert.match(partOfProse(draft, 5_000) ?? '', /keeps 1500 of the page's 5000 characters of prose/);
  assert.equal(partOfProse(draft, 3_000), null, 'half the prose: no warning');
  assert.equal(partOfProse(draft, 10_000), null, 'weak: the weakness warning says it');
  // The page's prose counts characters other than whitespace: so does the body's.
  const spaced: StoryDraft = { ...draft, blocks: [{ id: 0, kind: 'paragraph', text: 'xxxx '.repeat(460), where: 'p', linkDensity: 0, gapBefore: true }] };
  assert.match(partOfProse(spaced, 5_000) ?? '', /keeps 1840 of the page's 5000 characters of prose/);
});

test('a page whose body leaves most of its prose in a second region carries a warning', async () => {
  const aside = `<div class="reviews-wrap">${['a ', 'this ', 'one ', 'our ', 'that '].map((w) => `<div class="comment">${OTHER.replace(/the /g, w)}</div>`).join('')}</div>`;
  const r = await clean(page(`<main><h1>Harbour to dredge</h1>${PROSE}${PROSE.replace(/the /g, 'a ')}</main>${aside}`), { fallback: false });
  assert.ok(r.warnings.some((w) => /part of the content may be elsewhere/.test(w)), r.warnings.join('; '));
});

test('with the fallback off, a weak result still carries a warning', async () => {
  const r = await clean(page('<div class="menu"><a href="/a">Home</a> <a href="/b">News</a></div><p>Short note.</p>'), { fallback: false });
  assert.ok(r.warnings.some((w) => /looked weak .*fallback is off/.test(w)), r.warnings.join('; '));
});

test('streamed segments (<div hidden id="S:n">) take their placeholder\'s place, the "Loading" fallback goes', async () => {
  const body = `<article><h1>Harbour to dredge</h1>${PROSE}<!--$?--><template id="B:1"></template><div>Loading paragraph...</div><!--/$--><p>The last word went to the harbour master, who thanked the fishermen for their patience.</p></article><div hidden id="S:1">${OTHER}</div>`;
  const r = await clean(page(body), { fallback: false });
  const text = r.stories[0]?.body ?? '';
  assert.match(text, /petition against the rules/);
  assert.ok(!text.includes('Loading paragraph'));
  assert.ok(text.indexOf('petition against') < text.indexOf('harbour master'), 'in the placeholder\'s place');
  // A hidden element that is no streamed segment stays hidden.
  const plain = await clean(page(`<article>${PROSE}</article><div hidden id="S:2">${OTHER}</div>`), { fallback: false });
  assert.ok(!(plain.stories[0]?.body ?? '').includes('petition against'));
});

test('a streamed segment whose slot (<template id="P:n">) sits inside another segment is put in that slot', async () => {
  // The boundary's segment is a frame (a section heading and an empty slot); the paragraphs come in a later segment.
  const body = `<article><h1>Harbour to dredge</h1>${PROSE}<!--$?--><template id="B:1"></template><div>Loading section...</div><!--/$--><p>The last word went to the harbour master, who thanked the fishermen for their patience.</p></article><div hidden id="S:1"><section><h2>Parking</h2><template id="P:2"></template></section></div><div hidden id="S:2">${OTHER}</div>`;
  const r = await clean(page(body), { fallback: false });
  const text = r.stories[0]?.body ?? '';
  assert.match(text, /petition against the rules/, text);
  assert.ok(text.indexOf('Parking') < text.indexOf('petition against') && text.indexOf('petition against') < text.indexOf('harbour master'), 'in the slot\'s place');
});

test('<article> sections that neither the URL nor the title names are one page, not appended stories', async () => {
  const r = await clean(page(`<h1>Harbour guide</h1><article id="tab1"><h2>Dredging</h2>${PROSE}</article><article id="tab2"><h2>Parking</h2>${OTHER}</article>`), { fallback: false });
  assert.equal(r.stories.length, 1);
  assert.match(r.stories[0]?.body ?? '', /dredge the eastern channel[^]*petition against the rules/);
});

test('a page whose text is a sliver of its markup (an app shell filled by script) says so; a story page does not', async () => {
  // 2,000 empty cards the script would fill: over 100,000 characters of markup, a few hundred of text.
  const shell = Array.from({ length: 2000 }, (_, i) => `<div class="product-card-slot" data-slot="${i}"><span class="price-holder"></span></div>`).join('');
  const scripted = await clean(page(`<main><h1>Running shoes</h1><p>Shoes for road and trail, for every distance from a park run to a marathon.</p>${shell}</main>`), { fallback: false });
  assert.ok(scripted.warnings.some((w) => /probably written by script/.test(w)), scripted.warnings.join(' | '));
  const story = await clean(page(`<article>${PROSE}</article>`), { fallback: false });
  assert.ok(!story.warnings.some((w) => /written by script/.test(w)), story.warnings.join(' | '));
});

test('a page that hides more prose than its body shows (sections a click reveals) says so; a hidden cookie box or a hidden menu does not', async () => {
  // Three hidden sections of prose (shown by a script on a click), each longer than the one section the body keeps.
  const tab = (id: string, text: string): string => `<div class="details" id="${id}" hidden>${text}${text}</div>`;
  const tabs = `${tab('t2', PROSE)}${tab('t3', OTHER)}${tab('t4', PROSE.replaceAll('harbour', 'port'))}`;
  const closed = await clean(page(`<main><h1>Harbour guide</h1><div class="details" id="t1"><p>Opening times of the harbour office, with the fees for a mooring by the week, the month and the season, and the numbers to call.</p></div>${tabs}</main>`), { fallback: false });
  assert.ok(closed.warnings.some((w) => /the page hides \d+ characters of text .* more than the body's \d+/.test(w)), closed.warnings.join(' | '));
  const cookie = `<div class="cookie-settings" hidden>${PROSE}${OTHER}${PROSE}</div>`;
  const menu = `<div class="mobile-menu" style="display:none">${Array.from({ length: 300 }, (_, i) => `<span>Section ${i}</span>`).join(' ')}</div>`;
  const story = await clean(page(`<article><h1>Harbour to dredge</h1>${PROSE}</article>${cookie}${menu}`), { fallback: false });
  assert.ok(!story.warnings.some((w) => /the page hides/.test(w)), story.warnings.join(' | '));
});

test('an application shell (no text in the page, a script writes it) says so and points at its description; the description never becomes the body', async () => {
  const head = '<meta name="description" content="A ferry crossing was cancelled twice this week, and riders asked the operator why.">';
  const shell = `<!DOCTYPE html><html lang="en"><head><title>Ferry cancelled</title>${head}</head><body><div id="app"></div><script src="/app.js"></script></body></html>`;
  const r = await clean(shell, { fallback: false });
  const warning = r.warnings.find((w) => w.includes('application shell'));
  assert.ok(warning, `warned: ${r.warnings.join(' | ')}`);
  assert.match(warning, /states only a description of it \(14 words/);
  assert.equal(r.stories[0]?.body ?? '', '');
  // A page with a story of its own is no shell, whatever script it loads.
  const story = await clean(page(`<div id="app"></div><article>${PROSE}</article><script src="/app.js"></script>`), { fallback: false });
  assert.ok(!story.warnings.some((w) => w.includes('application shell')), story.warnings.join(' | '));
});

test('a dump printing one row of code-language tabs over several samples says the other tabs are not in it; a language list printed once does not', async () => {
  const tabs = ['Python', 'Node.js', 'Ruby', 'C# (.NET Core)'];
  const intro = 'This guide walks you through sending your first parcel label from a small script, then checking the label status once the carrier has picked it up.';
  const step = 'Create a new file in your project folder and paste the following sample into it, then run it from a terminal window to create the label.';
  const check = 'Once the parcel is on its way, the status endpoint answers with the carrier and the last scan, which you can print or store in your own records.';
  const dump = ['Parcel labels quickstart', intro, 'Choose your language:', ...tabs, step, 'import parcels', 'label = parcels.create()', ...tabs, check, 'status = parcels.status(label)'].join('\n');
  const r = await clean(dump, { kind: 'text' });
  assert.ok(r.warnings.some((w) => /row of 4 code-language tabs \(Python, Node\.js, Ruby, …\) 2 times/.test(w)), r.warnings.join(' | '));
  // The same languages named once, as a list in an article: no tabs.
  const once = ['Parcel labels quickstart', intro, 'Our team writes its tools in:', ...tabs, step, check].join('\n');
  const plain = await clean(once, { kind: 'text' });
  assert.ok(!plain.warnings.some((w) => /code-language tabs/.test(w)), plain.warnings.join(' | '));
});
