import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readdirSync, readFileSync } from 'node:fs';
import type { Element } from 'domhandler';
import { clean } from '../src/index.js';
import { parseHtml } from '../src/html/parse.js';
import { READ_ATTRIBUTES } from '../src/html/dom.js';

/** The container filter (src/html/filter.ts), captions, appended stories and bad input. */

const PARAS = [
  'The regional council has agreed to keep the night bus running through the summer, after passenger numbers on the route doubled in its first year of service.',
  'The bus leaves the central station every hour between midnight and five in the morning and stops at the hospital, the university and the three largest estates.',
  'Shift workers at the hospital had written to the council in spring to ask for the service to continue, saying it was the only way for many of them to get home safely.',
];
const STORY = PARAS.map((p) => `<p>${p}</p>`).join('');

const html = (body: string, head = ''): string => `<!DOCTYPE html><html lang="en"><head><title>Night bus stays</title>${head}</head><body>${body}</body></html>`;

test('html/link-block drops a paragraph of links inside the story, keeps a paragraph with one link', async () => {
  const r = await clean(
    html(`<article>${STORY}<p><a href="/a">Read also: council budget passes</a></p><p>The operator <a href="/op">said</a> it would add a second vehicle on Fridays and Saturdays.</p></article>`),
  );
  const body = r.stories[0]?.body ?? '';
  assert.ok(!body.includes('council budget passes'));
  assert.match(r.removed.find((x) => x.text.includes('council budget passes'))?.reason ?? '', /link density 1\.00/);
  assert.ok(body.includes('add a second vehicle'));
});

test('html/link-block keeps a list of links to other sites with the story\'s prose above and below it; a list of the site\'s own pages there, or any list after the story, still goes', async () => {
  const stops = '<ul><li><a href="https://transit.example.com/lines/n1">Night line N1 timetable</a></li><li><a href="https://hospital.example.net/visit">Hospital visiting hours</a></li></ul>';
  const related = '<ul><li><a href="/n/3">Council budget passes after long debate</a></li><li><a href="https://www.example.org/n/4">Ferry fares rise in spring</a></li></ul>';
  const more = '<ul><li><a href="https://elsewhere.example.com/a">Bridge repairs finish early</a></li></ul>';
  const r = await clean(html(`<article><p>${PARAS[0]}</p>${stops}<p>${PARAS[1]}</p>${related}<p>${PARAS[2]}</p>${more}</article>`), { url: 'https://www.example.org/news/night-bus' });
  const body = r.stories[0]?.body ?? '';
  assert.match(body, /Hospital visiting hours/);
  assert.ok(!body.includes('Council budget passes'), body);
  assert.ok(!body.includes('Ferry fares rise'), body);
  assert.ok(!body.includes('Bridge repairs finish early'), body);
  assert.equal(r.removed.find((x) => x.text.includes('Council budget passes'))?.rule, 'html/link-block');
});

test("html/link-block keeps a list of the page's own subpages (its chapters); links to its sibling pages still go", async () => {
  const chapters = '<ul><li><a href="/guide/night-bus/routes">Routes and stops</a></li><li><a href="https://www.example.org/guide/night-bus/fares">Fares and passes</a></li></ul>';
  const siblings = '<ul><li><a href="/guide/ferry">The ferry guide</a></li><li><a href="/guide/night-bus">This guide again</a></li></ul>';
  const r = await clean(html(`<article><p>${PARAS[0]}</p>${chapters}<p>${PARAS[1]}</p>${siblings}<p>${PARAS[2]}</p></article>`), { url: 'https://www.example.org/guide/night-bus.html' });
  const body = r.stories[0]?.body ?? '';
  assert.match(body, /Routes and stops/);
  assert.match(body, /Fares and passes/);
  assert.ok(!body.includes('The ferry guide'), body);
  assert.equal(r.removed.find((x) => x.text.includes('The ferry guide'))?.rule, 'html/link-block');
  // Without the page's URL nothing is known to lie below it: the chapters go as link blocks.
  const bare = await clean(html(`<article><p>${PARAS[0]}</p>${chapters}<p>${PARAS[1]}</p></article>`));
  assert.equal(bare.removed.find((x) => x.text.includes('Routes and stops'))?.rule, 'html/link-block');
});

test('html/end-label ends the story at "More from …" after enough text; an inline subheading stays', async () => {
  const r = await clean(html(`<article>${STORY}<h3>More from the region</h3><p>Bridge repairs finish early.</p><p>Market hall gets new roof.</p></article>`));
  const body = r.stories[0]?.body ?? '';
  assert.ok(!body.includes('Bridge repairs'));
  assert.equal(r.removed.find((x) => x.text === 'More from the region')?.rule, 'html/end-label');
  const sub = await clean(html(`<article>${STORY}<h3>How the route works</h3><p>${PARAS[1]}</p></article>`));
  assert.ok(sub.stories[0]?.body.includes('How the route works'));
});

test('html/end-label: a label asked as a question ("Schon gelesen?") ends the story like the plain label', async () => {
  const r = await clean(html(`<article>${STORY}<p>Schon gelesen?</p><p>Brücke wird früher fertig.</p></article>`));
  assert.ok(!(r.stories[0]?.body ?? '').includes('Schon gelesen'));
  assert.equal(r.removed.find((x) => x.text === 'Schon gelesen?')?.rule, 'html/end-label');
});

test('html/end-label: a "Read more" that links nowhere unfolds the text after it, which stays; a label of links ("More from …") still ends it', async () => {
  const specs = '<ul><li>Seats: forty-two, six of them folding</li><li>Ramp: at the middle door, for wheelchairs and prams</li><li>Heating: electric, from the battery pack</li></ul>';
  const r = await clean(html(`<article>${STORY}<div class="more-toggle">Read more</div>${specs}<p>Tickets are valid for ninety minutes after they are stamped, on every line of the network.</p></article>`));
  const body = r.stories[0]?.body ?? '';
  assert.ok(body.includes('Ramp: at the middle door'), body);
  assert.ok(!r.removed.some((x) => x.rule === 'html/end-label'));
  const linked = await clean(html(`<article>${STORY}<h3>More from the region</h3><p>Bridge repairs finish early.</p></article>`));
  assert.ok(!(linked.stories[0]?.body ?? '').includes('Bridge repairs'));
});

test('html/end-label: a "Recommended" label over a plain list or a table of its own stays; over a list of links it still ends the story', async () => {
  const needs = '<ul><li>Engine: a diesel of six litres or more</li><li>Seats: at least forty</li><li>Doors: two, one of them wide</li></ul>';
  const tail = '<p>The council will look at the numbers again next spring, when the contract with the operator of the night line comes up for renewal.</p>';
  const kept = await clean(html(`<article>${STORY}<h4>Recommended:</h4>${needs}${tail}</article>`));
  const body = kept.stories[0]?.body ?? '';
  assert.match(body, /Recommended:/);
  assert.match(body, /Seats: at least forty/);
  assert.ok(!kept.removed.some((x) => x.rule === 'html/end-label'));
  const row = await clean(html(`<article>${STORY}<table><tr><td>Recommended fuel</td><td>Diesel</td></tr><tr><td>Tank</td><td>300 litres</td></tr></table></article>`));
  assert.match(row.stories[0]?.body ?? '', /Tank \| 300 litres/);
  const links = '<ul><li><a href="/n/1">Tram line to open in spring</a> and more</li><li><a href="/n/2">Ferry timetable changes</a> again</li></ul>';
  const dropped = await clean(html(`<article>${STORY}<h4>Recommended:</h4>${links}${tail}</article>`));
  assert.ok(!(dropped.stories[0]?.body ?? '').includes('Ferry timetable'));
  assert.equal(dropped.removed.find((x) => x.text === 'Recommended:')?.rule, 'html/end-label');
  // A tag line over the author's name and role is no list of the label's own: "Tags" still ends the story.
  const tags = await clean(html(`<article>${STORY}<h4>Tags</h4><ul><li>Transport, Night life</li></ul><p>Mara Lind</p><p>Reporter</p>${tail}</article>`));
  assert.ok(!(tags.stories[0]?.body ?? '').includes('Mara Lind'));
  assert.equal(tags.removed.find((x) => x.text === 'Tags')?.rule, 'html/end-label');
});

test('html/end-label: "Zum Weiterlesen" and "Keep reading" open a box of other stories, and the story resumes after it', async () => {
  for (const label of ['Zum Weiterlesen', 'Keep reading']) {
    const r = await clean(html(`<article>${STORY}<h3>${label}</h3><p><a href="/n/9">Tram depot opens</a></p><p>A new depot for the city trams.</p><p>${PARAS[0]}</p></article>`));
    const body = r.stories[0]?.body ?? '';
    assert.ok(!body.includes('A new depot for the city trams'), body);
    assert.equal(r.removed.find((x) => x.text === label)?.rule, 'html/end-label');
  }
  // The same words inside a sentence are the story's.
  const inline = await clean(html(`<article>${STORY}<p>Keep reading the timetable: the last bus of the night leaves the station at five minutes past four.</p></article>`));
  assert.match(inline.stories[0]?.body ?? '', /Keep reading the timetable/);
});

test('html/orphan-heading drops a heading with nothing under it', async () => {
  const r = await clean(html(`<article>${STORY}<h2>Gallery</h2><h2>Who rides it</h2><p>${PARAS[2]}</p></article>`));
  assert.ok(!(r.stories[0]?.body ?? '').includes('Gallery'));
  assert.equal(r.removed.find((x) => x.text === 'Gallery')?.rule, 'html/orphan-heading');
  assert.ok(r.stories[0]?.body.includes('Who rides it'));
});

test('html/after-story drops paragraphs after the last good block, keeps a closing list', async () => {
  const r = await clean(html(`<article>${STORY}<ul><li>Route map</li><li>Fares</li></ul><p>Contact: press office</p></article>`));
  const body = r.stories[0]?.body ?? '';
  assert.ok(body.includes('Route map'));
  assert.ok(!body.includes('press office'));
  assert.match(r.removed.find((x) => x.text.includes('press office'))?.reason ?? '', /after the story's last good block/);
});

test('html/orphan-heading keeps a heading that is a whole paragraph of prose, drops a long title with no sentence end', async () => {
  const lead = 'Riders on the late shift asked for this for years, and now the council has listened to them and found the money to keep the buses running all summer.';
  const r = await clean(html(`<article>${STORY}<h3>Night bus timetable changes for the summer season on every route of the regional network and beyond</h3><h2>${lead}</h2></article>`));
  const body = r.stories[0]?.body ?? '';
  assert.ok(body.includes('found the money to keep the buses running'));
  assert.ok(!body.includes('Night bus timetable changes'));
  assert.equal(r.removed.find((x) => x.text.startsWith('Night bus timetable changes'))?.rule, 'html/orphan-heading');
});

test('html/after-story keeps short lines that follow the last good paragraph inside its own element, drops them in a box of their own', async () => {
  const own = await clean(html(`<article>${STORY}<p>Timetables from June: see the operator</p><p>Reporting by the transport desk</p></article><div class="box"><p>Contact: press office</p></div>`));
  const body = own.stories[0]?.body ?? '';
  assert.ok(body.includes('Timetables from June'));
  assert.ok(body.includes('Reporting by the transport desk'));
  assert.ok(!body.includes('press office'));
  // A short line between the story and its box breaks the run: what follows is the page's tail.
  const boxed = await clean(html(`<article>${STORY}<div class="note"><p>Timetables from June: see the operator</p></div><p>Reporting by the transport desk</p></article>`));
  const tail = boxed.stories[0]?.body ?? '';
  assert.ok(!tail.includes('Timetables from June'));
  assert.ok(!tail.includes('Reporting by the transport desk'));
  assert.match(boxed.removed.find((x) => x.text.includes('transport desk'))?.reason ?? '', /after the story's last good block/);
});

test('figcaptions become captions, not body', async () => {
  const r = await clean(html(`<article><figure><img src="x.jpg"><figcaption>The night bus at the central station. Photo: Ana Ruiz</figcaption></figure>${STORY}</article>`));
  const story = r.stories[0];
  assert.ok(story);
  assert.deepEqual(story.captions, ['The night bus at the central station. Photo: Ana Ruiz']);
  assert.ok(!story.body.includes('central station. Photo'));
});

test('meta/caption-credit: a slideshow whose captions hold more prose than the rest keeps them as its body; one caption under a story still goes', async () => {
  const slides = PARAS.map((p, i) => `<figure><img src="s${i}.jpg"><figcaption>${p}</figcaption></figure>`).join('');
  const show = await clean(html(`<article><h1>Night bus stays</h1><p>Slide 1 of 3</p>${slides}</article>`));
  const body = show.stories[0]?.body ?? '';
  for (const p of PARAS) assert.ok(body.includes(p.slice(0, 40)));
  const story = await clean(html(`<article>${STORY}<figure><img src="x.jpg"><figcaption>${PARAS[0]}</figcaption></figure></article>`));
  assert.equal(story.removed.find((x) => x.rule === 'meta/caption-credit')?.reason, 'marked as a caption in the markup');
  assert.deepEqual(story.stories[0]?.captions, [PARAS[0]]);
  // Quotations in figures (testimonials) are their speakers' words, attributed by the caption: no story told in captions.
  const quotes = PARAS.map((p, i) => `<figure><blockquote>${p}</blockquote><figcaption>Rider ${i + 1}, night shift</figcaption></figure>`).join('');
  const praise = await clean(html(`<article><h1>Night bus stays</h1><p>What riders say</p>${quotes}</article>`));
  assert.equal(praise.removed.find((x) => x.text.startsWith(PARAS[1]?.slice(0, 30) ?? '-'))?.reason, 'marked as a caption in the markup');
});

test('appended <article>s become appended stories; the main one is chosen by URL, not by length', async () => {
  const long = PARAS.concat(PARAS).map((p) => `<p>${p}</p>`).join('');
  const page = html(
    `<article data-url="https://x.example/b"><h2>Longer story first</h2>${long}</article><article data-url="https://x.example/a"><h2>Night bus stays</h2>${STORY}</article>`,
  );
  const r = await clean(page, { url: 'https://x.example/a' });
  assert.deepEqual(r.stories.map((s) => [s.role, s.title]), [['main', 'Night bus stays'], ['appended', 'Longer story first']]);
});

test('bad input: no body, deep nesting, frameset and SVG give a result, never an untyped error', async () => {
  const deep = '<div>'.repeat(20000) + `<p>${PARAS[0]}</p>` + '</div>'.repeat(20000);
  for (const input of [`<p>${PARAS[0]}</p><p>${PARAS[1]}</p>`, deep, '<html><frameset><frame src="a.html"></frameset></html>', '<svg xmlns="http://www.w3.org/2000/svg"><text>hi</text></svg>', '<html><body></body></html>']) {
    const r = await clean(input, { kind: 'html', fallback: false });
    assert.equal(r.kind, 'html');
    assert.ok(Array.isArray(r.stories));
  }
});

test('the same page cleans the same way twice', async () => {
  const page = html(`<nav><a href="/">Home</a></nav><article>${STORY}</article>`);
  assert.deepEqual(await clean(page), await clean(page));
});

test('text outside the chosen container is recorded as html/outside-story', async () => {
  const r = await clean(html(`<div class="col-a"><p>Weather: sunny, 21 degrees. Tides: high water at 14:05 today.</p></div><div class="col-b"><article>${STORY}</article></div>`));
  assert.ok(!(r.stories[0]?.body ?? '').includes('Tides'));
  const removal = r.removed.find((x) => x.text.includes('Tides'));
  assert.equal(removal?.rule, 'html/outside-story');
  assert.match(removal?.reason ?? '', /outside the story's container \(\d+ characters/);
});

test('a table row reads its cells with one " | " between them; empty cells leave no trace', async () => {
  const table = '<table><tr><td>1.</td><td></td><td>Harbour Ferries</td><td> </td><td>53,09</td><td></td></tr><tr><th>Route</th><th>Stops</th></tr></table>';
  const r = await clean(html(`<article>${STORY}${table}</article>`));
  const body = r.stories[0]?.body ?? '';
  assert.match(body, /^1\. \| Harbour Ferries \| 53,09$/m);
  assert.match(body, /^Route \| Stops$/m);
});

test('a labelled row whose value cell wraps its text in one paragraph reads as one row "label | value"; a layout cell of several paragraphs, or a row without a header cell, stays paragraphs', async () => {
  const attrs = '<table class="specs"><tr><th>Frame</th><td><p>Welded steel, <a href="/finish/green">moss green</a></p></td></tr><tr><th>Seats</th><td><div>Two</div></td></tr></table>';
  const r = await clean(html(`<article>${STORY}${attrs}</article>`));
  const body = r.stories[0]?.body ?? '';
  assert.match(body, /^Frame \| Welded steel, moss green$/m, body);
  assert.match(body, /^Seats \| Two$/m);
  const layout = '<table><tr><th>Notes</th><td><p>First note on the timetable.</p><p>Second note on the fares.</p></td></tr><tr><td>Left</td><td><p>One paragraph in a layout cell</p></td></tr></table>';
  const l = (await clean(html(`<article>${STORY}${layout}</article>`))).stories[0]?.body ?? '';
  assert.match(l, /^First note on the timetable\.$/m, l);
  assert.ok(!/\| First note|Left \| One paragraph/.test(l), l);
});

test('two elements whose texts meet with a small letter, a word in capitals or a number before a capitalised word read as two words; one text node, or code, stays as printed', async () => {
  const chips = '<p>Tickets are sold on board: <span>Day</span><span>Week</span><span>Night</span>line passes.</p>';
  const glued = '<p>The ship is called <b>Sea</b>Wolf on the iPhone app, sails for <span>KEEL</span><span>Harbour</span> Lines at <span>$64</span><span>Return</span> fares, and <code><span>get</span><span>Route</span>()</code> returns its route.</p>';
  const r = await clean(html(`<article>${STORY}${chips}${glued}</article>`));
  const body = r.stories[0]?.body ?? '';
  assert.match(body, /on board: Day Week Nightline passes/);
  assert.match(body, /Sea Wolf on the iPhone app, sails for KEEL Harbour Lines at \$64 Return fares/);
  assert.match(body, /getRoute\(\) returns/);
});

test('the parse keeps only the attributes stages read, in any case; stages read them through dom.attr', () => {
  const doc = parseHtml('<body><DIV Class="lead" DATA-URL="/a" data-id="x" onclick="go()" id=top>x</DIV></body>');
  const div = (doc.children[0] as Element).children[0] as Element;
  assert.deepEqual({ ...div.attribs }, { class: 'lead', 'data-url': '/a', id: 'top' });
  // Without a prototype (html/parse NO_ATTRIBUTES): no kept name can read an inherited property.
  assert.equal(Object.getPrototypeOf(div.attribs), null);
  assert.ok(READ_ATTRIBUTES.every((name) => !(name in Object.prototype)));
  // Any other way of reading attributes would see those the parse dropped.
  const dir = new URL('../../src/html/', import.meta.url);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'parse.ts' && f !== 'dom.ts')) {
    assert.doesNotMatch(readFileSync(new URL(file, dir), 'utf8'), /\.attribs\b/, `${file} reads el.attribs directly`);
  }
});

test('markup in <script type="text/template"> is the page\'s own text: unwrapped and extracted', async () => {
  const r = await clean(html(`<div id="app"></div><script type="text/template"><article><h1>Night bus stays</h1>${STORY}</article></script>`));
  const body = r.stories[0]?.body ?? '';
  assert.ok(body.includes('Shift workers at the hospital'), body);
  assert.ok(body.includes('every hour between midnight and five'), body);
});

test('a template with a template language\'s slots or code, or holding one short message, is a script\'s pattern: never read as the page\'s text', async () => {
  const slots = '<script type="text/template"><div class="variant-note">{{{ data.variant.note }}}</div><div class="variant-stock">{{{ data.variant.stock_html }}}</div></script>';
  const code = '<script type="text/x-template"><div class="field"><# if ( data.label ) { #><p>Your name, as printed on the parcel label for the courier</p><# } #></div></script>';
  const message = '<script type="text/template"><p role="alert">That colour is gone for now. Please pick another one.</p></script>';
  const r = await clean(html(`<article><h1>Night bus stays</h1>${STORY}</article>${slots}${code}${message}`), { fallback: false });
  const body = r.stories[0]?.body ?? '';
  assert.match(body, /every hour between midnight and five/);
  assert.doesNotMatch(body, /data\.variant|printed on the parcel|colour is gone/, body);
});

test('a <figure> holding a title (a heading, or a link of 12+ characters) is a card whose text stays in the body; a picture\'s caption and credit stay captions', async () => {
  const card = (i: number): string => `<li><figure><a href="/p/${i}"><img src="/i/${i}.jpg" alt=""></a><div><h3>Trail running shoe model ${i}</h3><p>Light and grippy on wet rock, model ${i} weighs under three hundred grams.</p></div></figure></li>`;
  const r = await clean(html(`<article>${STORY}<ul class="grid">${[1, 2, 3].map(card).join('')}</ul></article>`));
  assert.match(r.stories[0]?.body ?? '', /Trail running shoe model 2/);
  const pic = await clean(html(`<article>${STORY}<figure><img src="/harbour.jpg" alt=""><figcaption>The eastern channel at low tide.</figcaption><span>Photo: <a href="/agency">Agency</a></span></figure></article>`));
  assert.ok(!(pic.stories[0]?.body ?? '').includes('eastern channel at low tide'));
  assert.ok(!(pic.stories[0]?.body ?? '').includes('Photo:'));
});

test('a "caption" by class that holds a heading is a card\'s text (name, code, price); a caption by class without one is still a caption', async () => {
  const tile = (i: number): string =>
    `<div class="tile"><a href="/lamp/${i}"><img src="/l/${i}.jpg" alt=""><div class="caption"><div>Brass desk lamp with linen shade no. ${i}</div><h4>Code: LMP-${i}0${i}</h4><div class="price">${i}9.00</div></div></a></div>`;
  const shop = `<main><h1>Desk lamps</h1><div class="tiles">${[1, 2, 3, 4, 5, 6, 7, 8].map(tile).join('')}</div></main>`;
  const r = await clean(html(shop), { url: 'https://shop.example.org/collections/lamps', fallback: false });
  const body = r.stories[0]?.body ?? '';
  assert.match(body, /Brass desk lamp with linen shade no\. 3/);
  assert.match(body, /Code: LMP-303/);
  assert.ok(!r.removed.some((x) => x.rule === 'meta/caption-credit'), JSON.stringify(r.removed));
  const pic = await clean(html(`<article>${STORY}<img src="/depot.jpg" alt=""><div class="image-caption">The depot before its roof was replaced.</div></article>`));
  assert.ok(!(pic.stories[0]?.body ?? '').includes('depot before its roof'));
});

test('a heading whose class says "caption" (a type size, a card\'s title slot) is a title, not a photo caption', async () => {
  const story = [
    'The harbour authority approved a plan on Monday to dredge the eastern channel, which has silted up so badly that larger ferries can only enter at high tide.',
    'Work will start in September and take about four months, during which the ferry company will move two of its daily crossings to the western quay.',
  ].map((p) => `<p>${p}</p>`).join('');
  const r = await clean(`<html><body><article><h1>Harbour to dredge</h1>${story}<h2 class="text-caption">What the dredging changes for ferries</h2><p>Larger ferries will enter at any tide, and the crossings return to the eastern quay by January.</p><figure><img src="a.jpg"><p class="caption">The dredger moored at the quay at dawn.</p></figure></article></body></html>`, { fallback: false });
  const body = r.stories[0]?.body ?? '';
  assert.match(body, /What the dredging changes for ferries/);
  assert.doesNotMatch(body, /moored at the quay at dawn/);
});

test('line rules leave a code block alone: its "}" and "a > b > c" lines stay; the same lines as paragraphs go', async () => {
  const lines = ['function fare(route) {', '  return route > zone > band;', '}'];
  const code = `<pre><code>${lines.map((l) => `<div class="line">${l}</div>`).join('')}</code></pre>`;
  const r = await clean(html(`<article>${STORY}${code}<p>${PARAS[0]}</p></article>`), { fallback: false });
  const body = r.stories[0]?.body ?? '';
  assert.match(body, /return route > zone > band;/);
  assert.ok(!r.removed.some((x) => x.text === '}'), JSON.stringify(r.removed));
  const plain = await clean(html(`<article>${STORY}<p>}</p><p>${PARAS[0]}</p></article>`), { fallback: false });
  assert.equal(plain.removed.find((x) => x.text === '}')?.rule, 'widget/tiny-line');
});

/**
 * A thread as a discussion site prints it: a short story, then trees of replies, each reply headed
 * by linked name and rating; one long reply of many paragraphs, the rest one-liners.
 */
function thread(story: string): string {
  const places = ['hospital', 'university', 'station', 'market', 'harbour', 'stadium', 'library'];
  const reply = (i: number): string => `<p>I get on by the ${places[i % places.length]}, ${i % 2 ? 'mostly empty' : 'packed'} (${i}).</p>`;
  const long = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'].map((w) => `<p>My ${w} point: the operator counted riders on every trip for a year, and the figures show the busiest hour is between two and three, when the bars close.</p>`).join('');
  const li = (inner: string, sub = ''): string => `<li class="comment"><div class="cw"><div class="head"><a href="/u/rider">night_rider</a> <a href="/c/1">(Score:3, Insightful)</a></div>${inner}</div>${sub ? `<ul>${sub}</ul>` : ''}</li>`;
  let trees = li(reply(0), li(long));
  for (let t = 1; t <= 14; t++) trees += li(reply(2 * t), li(reply(2 * t + 1)));
  return html(`<div class="top">${story}</div><div id="comments" class="comments"><ul>${trees}</ul></div>`);
}

test('a discussion whose best container is one reply deep in its comments is read as the whole thread; a story that outweighs its replies stays the body alone', async () => {
  const r = await clean(thread(`<p>${PARAS[0]}</p>`), { fallback: false });
  const body = r.stories[0]?.body ?? '';
  assert.match(body, /My sixth point/, 'the long reply');
  assert.match(body, /by the harbour, packed \(4\)/, `the other replies too: ${body}`);
  assert.match(body, /keep the night bus running/, 'and the story they discuss');
  // The same replies under a full story: the story is the page's, its comments are no body.
  const long = await clean(thread(STORY + STORY.replace(/the /g, 'a ') + STORY.replace(/the /g, 'this ')), { fallback: false });
  const story = long.stories[0]?.body ?? '';
  assert.match(story, /keep the night bus running/);
  assert.doesNotMatch(story, /My sixth point|by the harbour/);
});

test('html/orphan-card-title: a listing keeps the bare titles of its grid of tiles, not an eyebrow over a title; an article, or a listing profile over a story, drops them', async () => {
  const names = ['Garden hoses (12)', 'Watering cans (7)', 'Rain barrels (4)', 'Hose reels (9)', 'Sprinklers (15)'];
  const tiles = names.map((t, i) => `<li class="tile"><a href="/shop/water/${i}"><img src="/w${i}.jpg" alt=""></a><h2>${t}</h2></li>`).join('');
  const teasers = ['North depot', 'River yard', 'Hill store'].map((t, i) => `<div class="teaser"><h5>${t}</h5><h3><a href="/stores/${i}">Opening hours for the ${t.toLowerCase()} this spring</a></h3></div>`).join('');
  const grid = `<h1>Watering</h1><ul class="tiles">${tiles}</ul><div class="teasers">${teasers}</div>`;
  const listing = await clean(html(`<main>${grid}</main>`), { pageType: 'listing' });
  const body = listing.stories[0]?.body ?? '';
  for (const t of names) assert.ok(body.includes(t), body);
  // An eyebrow over the card's own heading is no title.
  assert.ok(!body.includes('North depot'), body);
  assert.equal(listing.removed.find((x) => x.text === 'North depot')?.rule, 'html/orphan-heading');
  // A declared article reads such tiles as links away from its story.
  const article = await clean(html(`<article><ul class="tiles">${tiles}</ul>${STORY}</article>`, '<meta property="og:type" content="article">'), { pageType: 'article' });
  assert.ok(!(article.stories[0]?.body ?? '').includes('Rain barrels'));
  assert.match(article.removed.find((x) => x.text === 'Rain barrels (4)')?.reason ?? '', /one of 5 in its slot/);
  assert.equal(article.removed.find((x) => x.text === 'Rain barrels (4)')?.rule, 'html/orphan-card-title');
  // Beside a story read with the listing profile, the bare titles are its related links.
  const story = await clean(html(`<main><article>${STORY}<p>${PARAS[0]}</p></article><ul class="tiles">${tiles}</ul></main>`), { pageType: 'listing' });
  assert.ok((story.stories[0]?.body ?? '').includes('night bus running'));
  assert.ok(!(story.stories[0]?.body ?? '').includes('Rain barrels'), story.stories[0]?.body);
});
