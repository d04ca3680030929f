import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clean } from '../src/index.js';
import type { CleanResult } from '../src/types.js';

/** story/duplicate-block fires on real repeats only; a repeat is no caption. */

const PLACES = ['river', 'harbour', 'station', 'bridge', 'school', 'market', 'museum', 'library'];
const VERBS = ['changed', 'grown', 'slipped', 'stalled'];

/** The i-th of many paragraphs that share a pattern and differ in their numbers and a few words. */
function templated(i: number): string {
  const place = PLACES[i % PLACES.length] as string;
  const verb = VERBS[Math.floor(i / PLACES.length) % VERBS.length] as string;
  return `Witness ${i + 1} told the council on day ${(i % 28) + 1} that the ${place} plan had ${verb} twice since the spring.`;
}

const TEMPLATED = Array.from({ length: 1000 }, (_, i) => templated(i));

const LONG_PARAGRAPH =
  'The regional council agreed on Tuesday to keep the night bus running through the summer, after passenger ' +
  'numbers on the route doubled in its first year of service and shift workers at the hospital wrote to ask for ' +
  'it to continue, saying it was the only safe way for many of them to get home after a late shift ended at the ' +
  'wards, the laboratories or the kitchens of the three largest buildings.';

const OTHER = [
  'The bus leaves the central station every hour between midnight and five in the morning and stops at the hospital.',
  'The operator said it would add a second vehicle on Fridays and Saturdays if the numbers keep growing this year.',
];

const html = (body: string): string => `<!DOCTYPE html><html lang="en"><head><title>Night bus stays</title></head><body>${body}</body></html>`;

function paragraphsOf(r: CleanResult): string[] {
  return (r.stories[0]?.body ?? '').split('\n\n').filter((p) => p !== '');
}

const dropped = (r: CleanResult, rule: string): number => r.removed.filter((x) => x.rule === rule).length;

test('an HTML article of 1,000 distinct templated paragraphs keeps all of them', async () => {
  const r = await clean(html(`<article><h1>What the witnesses said</h1>${TEMPLATED.map((p) => `<p>${p}</p>`).join('\n')}</article>`));
  const kept = new Set(paragraphsOf(r));
  assert.equal(TEMPLATED.filter((p) => !kept.has(p)).length, 0, 'every templated paragraph is in the body');
  assert.equal(dropped(r, 'story/duplicate-block'), 0);
});

test('a text dump of 1,000 distinct templated paragraphs keeps all of them', async () => {
  for (const gap of ['\n\n', '\n']) {
    const r = await clean(`What the witnesses said\n\n${TEMPLATED.join(gap)}\n`, { kind: 'text' });
    const body = r.stories.map((s) => s.body).join('\n');
    assert.equal(TEMPLATED.filter((p) => !body.includes(p)).length, 0, `every templated line is kept (lines joined by ${JSON.stringify(gap)})`);
    assert.equal(dropped(r, 'story/duplicate-block'), 0);
  }
});

test('an HTML story holding one paragraph twice keeps one copy and says which block it repeats', async () => {
  const alone = await clean(html(`<article><p>${LONG_PARAGRAPH}</p><p>${LONG_PARAGRAPH}</p></article>`));
  assert.deepEqual(paragraphsOf(alone), [LONG_PARAGRAPH]);
  const withOthers = await clean(html(`<article><p>${OTHER[0]}</p><p>${LONG_PARAGRAPH}</p><p>${OTHER[1]}</p><p>${LONG_PARAGRAPH}</p></article>`));
  assert.deepEqual(paragraphsOf(withOthers), [OTHER[0], LONG_PARAGRAPH, OTHER[1]]);
  const removal = withOthers.removed.find((x) => x.rule === 'story/duplicate-block');
  assert.match(removal?.reason ?? '', /^repeats block 2 \([^)]+\): "The regional council agreed/);
});

test('a text story holding one paragraph twice, back to back or apart, keeps one copy', async () => {
  const head = 'Night bus stays\n\nBy Jane Doe\n\n';
  const back = await clean(`${head}${LONG_PARAGRAPH}\n\n${LONG_PARAGRAPH}\n`, { kind: 'text' });
  assert.deepEqual(paragraphsOf(back), [LONG_PARAGRAPH]);
  const apart = await clean(`${head}${OTHER[0]}\n\n${LONG_PARAGRAPH}\n\n${OTHER[1]}\n\n${LONG_PARAGRAPH}\n`, { kind: 'text' });
  assert.deepEqual(paragraphsOf(apart), [OTHER[0], LONG_PARAGRAPH, OTHER[1]]);
  assert.match(apart.removed.find((x) => x.rule === 'story/duplicate-block')?.reason ?? '', /^repeats block 2 \(line \d+\): "The regional/);
});

test('a text dump whose URL files it as documentation keeps its repeats (a step printed under each tab); a news dump keeps one copy', async () => {
  const step = 'Save the settings file and run the build once more so that the new options are read.';
  const dump = `Setting up the night bus planner\n\n${OTHER[0]}\n\nOn Linux\n\n${step}\n\nOn Windows\n\n${step}\n\n${OTHER[1]}\n`;
  const docs = await clean(dump, { kind: 'text', url: 'https://example.org/docs/planner/setup' });
  assert.equal(paragraphsOf(docs).filter((p) => p === step).length, 2, docs.stories[0]?.body);
  assert.equal(dropped(docs, 'story/duplicate-block'), 0);
  const host = await clean(dump, { kind: 'text', url: 'https://docs.example.org/planner/setup' });
  assert.equal(paragraphsOf(host).filter((p) => p === step).length, 2, host.stories[0]?.body);
  const news = await clean(dump, { kind: 'text', url: 'https://example.org/news/2025/night-bus-planner' });
  assert.equal(paragraphsOf(news).filter((p) => p === step).length, 1, news.stories[0]?.body);
  assert.equal(dropped(news, 'story/duplicate-block'), 1);
});

test('a short repeated paragraph that is most of the story is not taken as a caption', async () => {
  const short = 'The night bus will keep running through the summer, the council said on Tuesday.';
  const r = await clean(`Night bus stays\n\n${short}\n${short}\n`, { kind: 'text' });
  assert.deepEqual(paragraphsOf(r), [short]);
  assert.deepEqual(r.stories[0]?.captions, []);
});

test('a dump line printed twice back to back (alt text over its caption, the two copies of a card) stays once in the body, no caption', async () => {
  const line = 'A night bus waits at the central station.';
  const r = await clean(`Night bus stays\n\n${OTHER[0]}\n\n${line}\n${line}\n\n${LONG_PARAGRAPH}\n\n${OTHER[1]}\n`, { kind: 'text' });
  assert.deepEqual(r.stories[0]?.captions, []);
  assert.equal(paragraphsOf(r).filter((p) => p === line).length, 1);
  assert.match(r.removed.find((x) => x.rule === 'story/duplicate-block')?.reason ?? '', /^repeats block \d+ \(line \d+\): "A night bus waits/);
});

test('in HTML a line printed twice back to back (the image slot and the text slot of a card) stays once in the body, no caption', async () => {
  const teaser = 'How the night bus route was planned with the shift workers.';
  const card = `<div class="card"><div class="card-image">${teaser}</div><div class="card-text">${teaser}</div></div>`;
  const r = await clean(html(`<article><h1>Night bus stays</h1><p>${LONG_PARAGRAPH}</p>${card}<p>${OTHER[0]}</p><p>${OTHER[1]}</p></article>`), { fallback: false });
  assert.deepEqual(r.stories[0]?.captions, []);
  assert.equal(paragraphsOf(r).filter((p) => p === teaser).length, 1);
});

test('lines that differ only in their numbers are not repeats', async () => {
  const rows = Array.from({ length: 12 }, (_, i) => `Round ${i + 1}: the home side won ${i + 2} to ${i % 3} in front of ${1000 + i * 37} people.`);
  const r = await clean(html(`<article><h1>Results</h1>${rows.map((p) => `<p>${p}</p>`).join('')}</article>`));
  assert.deepEqual(paragraphsOf(r), rows);
});

test('comparison keys of long texts are the same as of short ones: letters and digits, one space apart', async () => {
  const { normKey, shapeKey } = await import('../src/lexicon/features.js');
  const reference = (t: string): string => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const samples = [
    'Match 12–3, 2025-03-07 18:45 · Final score (after extra time); '.repeat(200),
    '  Leading spaces, Ünïcode Latin-1 letters — and “quotes” … '.repeat(150),
    'Zahl 7 und 日本語 12 mixed scripts '.repeat(300),
  ];
  for (const text of samples) {
    assert.ok(text.length > 5000, 'long enough for the long-key path');
    assert.equal(normKey(text), reference(text));
    assert.equal(shapeKey(text), reference(text).replace(/\d/g, '0'));
  }
});

test('a documentation page keeps a step repeated under each tab; an article drops the repeat', async () => {
  const step = 'Set the two environment variables before you run the script, then restart the shell so they are read.';
  const tab = (lang: string): string => `<div class="tab-panel"><h3>${lang}</h3><p>${step}</p><pre><code>run --lang ${lang.toLowerCase()} --verbose\nrun --check</code></pre></div>`;
  const intro = '<p>This guide shows how to send your first request with the client library, in each supported language.</p>';
  const doc = await clean(html(`<main><h1>Quickstart</h1>${intro}${['Python', 'Ruby', 'Go'].map(tab).join('')}</main>`), { url: 'https://example.org/docs/quickstart', fallback: false });
  assert.equal(doc.pageType, 'documentation');
  assert.equal(paragraphsOf(doc).filter((p) => p === step).length, 3, JSON.stringify(paragraphsOf(doc)));
  assert.equal(dropped(doc, 'story/duplicate-block'), 0);
  const story = await clean(html(`<article><h1>Night bus stays</h1><p>${OTHER[0]}</p><p>${step}</p><p>${OTHER[1]}</p><p>${step}</p></article>`));
  assert.equal(paragraphsOf(story).filter((p) => p === step).length, 1);
  assert.equal(dropped(story, 'story/duplicate-block'), 1);
});

const TENTS = ['Harbour Dome', 'Ridge Tunnel', 'Meadow Cabin', 'Summit Pod', 'Valley Arch', 'Canyon Shelter'];
const WEIGHTS = ['2 kg', '3 kg', '2 kg', '4 kg', '3 kg', '2 kg'];
const sleeps = (i: number): string => (i % 2 ? 'Two people' : 'Three people');
const TENTS_INTRO = 'Our tents are tested on long trips in wind and rain, and each one comes with a repair kit and a spare set of pegs.';

test("a catalogue's cards keep the field labels and values every card repeats (\"Weight:\" \"2 kg\")", async () => {
  const card = (name: string, i: number): string =>
    `<li class="card"><a href="/tents/${i}"><h3>${name} Tent</h3></a><p class="price">$${120 + i * 15}.00</p>` +
    `<div class="spec"><div class="label">Weight:</div><div class="value">${WEIGHTS[i]}</div></div>` +
    `<div class="spec"><div class="label">Sleeps:</div><div class="value">${sleeps(i)}</div></div></li>`;
  const r = await clean(html(`<main><h1>Camping tents</h1><p>${TENTS_INTRO}</p><ul class="grid">${TENTS.map(card).join('')}</ul></main>`), { fallback: false });
  const lines = (r.stories[0]?.body ?? '').split('\n');
  assert.equal(lines.filter((l) => l === 'Weight:').length, 6, r.stories[0]?.body);
  assert.equal(lines.filter((l) => l === '2 kg').length, 3);
  assert.equal(lines.filter((l) => l === 'Two people').length, 3);
  assert.equal(dropped(r, 'story/duplicate-block'), 0);
});

test('an item label keeps its repeats with its value under it; a label printed again with no item between, or without its value, goes', async () => {
  const items = ['Ridge Planner', 'Harbour Notes', 'Meadow Boards'];
  const blurb = (i: number): string => `The ${items[i]} app keeps a team's shared plans in one place and syncs them to every phone within seconds.`;
  const entry = (name: string, i: number): string => `<h2>${name}</h2><p>Best for:</p><p>Small teams</p><p>${blurb(i)}</p>`;
  const page = (tail: string): string => html(`<article><h1>The best planning apps this year</h1><p>${LONG_PARAGRAPH}</p>${items.map(entry).join('')}${tail}</article>`);
  const count = (r: CleanResult, text: string): number => paragraphsOf(r).filter((p) => p === text).length;
  const r = await clean(page(''), { fallback: false });
  assert.equal(count(r, 'Best for:'), 3, r.stories[0]?.body);
  assert.equal(count(r, 'Small teams'), 3);
  // A label and value printed twice in one item (a card's slot for small screens): no new line between the copies.
  const doubled = (name: string, i: number): string => entry(name, i).replace('<p>Small teams</p>', '<p>Small teams</p><p>Best for:</p><p>Small teams</p>');
  const twice = await clean(html(`<article><h1>The best planning apps this year</h1><p>${LONG_PARAGRAPH}</p>${items.map(doubled).join('')}</article>`), { fallback: false });
  assert.equal(count(twice, 'Best for:'), 3, twice.stories[0]?.body);
  assert.equal(count(twice, 'Small teams'), 3);
  // A label with another label under it has no value: no item's field.
  const bare = await clean(page(`<h2>Valley Lists</h2><p>Best for:</p><p>Price:</p><p>${OTHER[0]}</p>`), { fallback: false });
  assert.equal(count(bare, 'Best for:'), 3, bare.stories[0]?.body);
});

const LODGES = ['Harbour Dome', 'Ridge Tunnel', 'Meadow Cabin', 'Summit Pod', 'Valley Arch', 'Canyon Shelter', 'Forest Lodge', 'Lake Bivvy'];
const LODGE_WEIGHTS = ['2 kg', '3 kg', '2 kg', '4 kg', '3 kg', '2 kg', '5 kg', '1 kg'];

test("a catalogue dump's short-line body keeps each card's field labels and values, which every card prints", async () => {
  const card = (name: string, i: number): string => `${name} Tent\n$${120 + i * 15}.00\nWeight:\n${LODGE_WEIGHTS[i]}\nSleeps:\n${sleeps(i)}`;
  const dump = `Skip to main content\nShop\nSign in\nCamping tents\n${LODGES.map(card).join('\n')}\nHelp\nContact us\n© 2026 Example Outdoor Co.\n`;
  const r = await clean(dump, { kind: 'text' });
  const lines = paragraphsOf(r);
  assert.equal(lines.filter((l) => l === 'Weight:').length, LODGES.length, r.stories[0]?.body);
  assert.equal(lines.filter((l) => l === 'Sleeps:').length, LODGES.length);
  assert.equal(lines.filter((l) => l === 'Two people').length, LODGES.length / 2);
  assert.equal(r.removed.filter((x) => x.rule === 'story/short-lines' && /^(?:Weight|Sleeps):$/.test(x.text)).length, 0);
});

test("a cart control printed in every card (\"Qty:\" over its button) is no field: its repeats go", async () => {
  const card = (name: string, i: number): string =>
    `<li class="card"><a href="/tents/${i}"><h3>${name} Tent</h3></a><p class="price">$${120 + i * 15}.00</p>` +
    `<div class="spec"><div>Weight:</div><div>${LODGE_WEIGHTS[i]}</div></div><div class="qty"><label>Qty:</label></div><button>Add to cart</button></li>`;
  const r = await clean(html(`<main><h1>Camping tents</h1><ul class="grid">${LODGES.map(card).join('')}</ul></main>`), { fallback: false });
  const lines = (r.stories[0]?.body ?? '').split('\n');
  assert.equal(lines.filter((l) => l === 'Weight:').length, LODGES.length, r.stories[0]?.body);
  assert.ok(lines.filter((l) => l === 'Qty:').length <= 1, r.stories[0]?.body);
});
