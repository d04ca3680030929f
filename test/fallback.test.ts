import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { cascade, MIN_PAGE_CHARS } from '../src/html/cascade.js';
import { attemptsAllowed, boundAttempts, readabilityFallback, surveyPage } from '../src/html/fallback.js';
import { PageMarkup } from '../src/html/markup.js';

const paragraph = (i: number): string =>
  `<p>Paragraph ${i} tells the story in a full sentence, with commas, enough words and <a href="/more">one link</a> so that it reads like prose.</p>`;

const ARTICLE = `<!doctype html><html lang="en-GB"><head><title>Harbour reopens after storm | Coast Times</title>
<meta property="og:site_name" content="Coast Times">
<meta property="article:published_time" content="2024-01-02T03:04:05+0100"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Harbour reopens after storm</h1><p class="byline">By Ann Lee</p>
${[0, 1, 2, 3, 4].map(paragraph).join('\n')}
<h2>What changes</h2><ul><li>Ferries run every hour again</li><li>The north pier stays closed</li></ul>
<blockquote><p>We are relieved, said the harbour master.</p></blockquote>
<table><tr><th>Day</th><th>Ships</th></tr><tr><td>Monday</td><td>12</td></tr></table>
<pre>tide  06:10
tide  18:32</pre></article>
<footer>© Coast Times</footer></body></html>`;

test('an article page becomes blocks of every kind, with metadata', async () => {
  const r = await readabilityFallback(ARTICLE, 'https://coast.example/harbour');
  assert.ok(r, 'expected a result');
  assert.equal(r.title, 'Harbour reopens after storm');
  assert.equal(r.byline, 'Ann Lee');
  assert.equal(r.lang, 'en');
  assert.equal(r.siteName, 'Coast Times');
  const kinds = new Set(r.blocks.map((b) => b.kind));
  for (const k of ['paragraph', 'heading', 'list-item', 'quote', 'table', 'code'] as const) assert.ok(kinds.has(k), `no ${k} block`);
  const heading = r.blocks.find((b) => b.kind === 'heading');
  assert.equal(heading?.level, 2);
  assert.deepEqual(
    r.blocks.filter((b) => b.kind === 'table').map((b) => b.text),
    ['Day | Ships', 'Monday | 12'],
  );
  const para = r.blocks.find((b) => b.text.startsWith('Paragraph 0'));
  assert.ok(para && para.linkDensity > 0 && para.linkDensity < 0.2, `link density ${para?.linkDensity}`);
  assert.ok(r.blocks.every((b) => b.gapBefore && b.where !== '' && b.text.trim() === b.text && b.text !== ''));
  assert.deepEqual(r.blocks.map((b) => b.id), r.blocks.map((_, i) => i));
  // navigation and footer are not the story
  assert.ok(!r.blocks.some((b) => b.text.includes('Sport') || b.text.includes('©')));
});

test('page scripts never run', async () => {
  const html = ARTICLE.replace(
    '</article>',
    '</article><script>document.querySelector("article").innerHTML = "<p>INJECTED by a script, which must never run in declutter.</p>";</script><img src="x" onerror="document.title = \'INJECTED\'">',
  );
  const r = await readabilityFallback(html);
  assert.ok(r);
  assert.ok(!JSON.stringify(r).includes('INJECTED'));
  assert.ok(r.blocks.some((b) => b.text.startsWith('Paragraph 3')));
});

test('nothing is fetched: images, scripts, stylesheets and frames stay unrequested', async () => {
  let requests = 0;
  const server = createServer((_req, res) => {
    requests++;
    res.end('');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const html = ARTICLE.replace(
      '</head>',
      `<link rel="stylesheet" href="${base}/s.css"><script src="${base}/a.js"></script></head>`,
    ).replace('</article>', `<img src="${base}/i.png"><iframe src="${base}/f.html"></iframe></article>`);
    const r = await readabilityFallback(html, `${base}/page`);
    assert.ok(r);
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(requests, 0);
  } finally {
    server.close();
  }
});

test('no article, broken or hostile input: null or a result, never an exception', async () => {
  assert.equal(await readabilityFallback(''), null);
  assert.equal(await readabilityFallback('<html><body></body></html>'), null);
  assert.equal(await readabilityFallback('x'.repeat(3_000_001)), null);
  const deep = `<html><body>${'<div>'.repeat(20000)}<p>deep text</p>${'</div>'.repeat(20000)}</body></html>`;
  const frames = '<html><frameset><frame src="a.html"><frame src="b.html"></frameset></html>';
  const svg = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><text>hi</text></svg>';
  for (const html of [deep, frames, svg, '<p>unclosed <b>tags <i>everywhere', '<<<>>>&&&']) {
    const r = await readabilityFallback(html);
    assert.ok(r === null || Array.isArray(r.blocks), html.slice(0, 40));
  }
});

test('a bad url option is ignored, not fatal', async () => {
  for (const url of ['not a url', 'javascript:alert(1)', 'file:///etc/passwd']) {
    const r = await readabilityFallback(ARTICLE, url);
    assert.ok(r && r.blocks.length > 5, url);
  }
});

test('the survey counts prose outside links, scripts, styles and <head>, and notices deep nesting', () => {
  const html = '<html><head><title>Head text</title><style>p{}</style></head><body><p>ab cd <a href="/x">linked words</a></p><script>var x = 1;</script><noscript>no</noscript><div>ef</div></body></html>';
  assert.deepEqual(surveyPage(html), { nonLinkChars: 6, tooDeep: false });
  const deep = `<html><body>${'<div>'.repeat(100)}<p>deep text</p>${'</div>'.repeat(100)}</body></html>`;
  assert.equal(surveyPage(deep)?.tooDeep, true);
  assert.equal(surveyPage(''), null);
});

test('a weak result on a page with little prose does not pay for Readability', async () => {
  const short = '<html><body><p>Only a short line here.</p><a href="/a">' + 'link text '.repeat(300) + '</a></body></html>';
  assert.ok((surveyPage(short)?.nonLinkChars ?? 0) < MIN_PAGE_CHARS);
  const skipped = await cascade({ markup: new PageMarkup([short]), url: undefined, own: null, pageProse: 0, jsonLdBody: undefined, allowFallback: true });
  assert.equal(skipped.extractor, 'html');
  assert.match(skipped.warnings.join(' '), /Readability not tried: the page holds only \d+ characters/);
  // the same weak start on a page full of prose does run it, and takes its longer result
  const long = ARTICLE.replace('</article>', [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19].map(paragraph).join('') + '</article>');
  assert.ok((surveyPage(long)?.nonLinkChars ?? 0) >= MIN_PAGE_CHARS);
  const ran = await cascade({ markup: new PageMarkup([long]), url: undefined, own: null, pageProse: 0, jsonLdBody: undefined, allowFallback: true });
  assert.equal(ran.extractor, 'readability');
  assert.match(ran.warnings.join(' '), /ran the Readability fallback, kept its result/);
  // Its body is kept, its title and byline fill what ours lacked; the date is left to the page's
  // own metadata (html/metadata weighs the header's date), which the story takes later.
  assert.equal(ran.draft?.meta.title, 'Harbour reopens after storm');
  assert.equal(ran.draft?.meta.byline, 'Ann Lee');
  assert.equal(ran.draft?.meta.published, undefined);
});

test('a weak result on a product page does not go to Readability, whose longest text there is other offers; on other pages it does', async () => {
  const long = ARTICLE.replace('</article>', [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19].map(paragraph).join('') + '</article>');
  const input = { markup: new PageMarkup([long]), url: undefined, own: null, pageProse: 0, jsonLdBody: undefined, allowFallback: true };
  const product = await cascade({ ...input, pageType: 'product' });
  assert.equal(product.extractor, 'html');
  assert.match(product.warnings.join(' '), /looked weak .*Readability not tried: on a product page/);
  const other = await cascade(input);
  assert.equal(other.extractor, 'readability');
});

test('Readability makes fewer attempts on a larger page: jsdom plus its attempts stay within a bound', async () => {
  assert.ok(attemptsAllowed(500) >= 4);
  assert.equal(attemptsAllowed(2000), 4);
  assert.equal(attemptsAllowed(2273), 3);
  assert.equal(attemptsAllowed(3000), 2);
  assert.equal(attemptsAllowed(4000), 1);
  assert.equal(attemptsAllowed(40000), 1, 'always one attempt');

  // A page too short for Readability's 500 characters: it retries with looser rules each time.
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const { Readability } = await import('@mozilla/readability');
  const short = '<html><body><div class="box"><p>Only a few words live on this page, and nothing more.</p></div></body></html>';
  const attempts = (bound?: number): { made: number; text: string | undefined } => {
    const doc = new JSDOM(short, { virtualConsole: new VirtualConsole() }).window.document;
    const reader = new Readability(doc);
    if (bound !== undefined) boundAttempts(reader, bound);
    const inner = reader as unknown as { _attempts: unknown[] };
    const article = reader.parse();
    return { made: inner._attempts.length, text: article?.textContent?.trim() };
  };
  const free = attempts();
  assert.equal(free.made, 4, 'unbounded, Readability tries four times');
  const one = attempts(1);
  assert.equal(one.made, 1);
  assert.equal(one.text, 'Only a few words live on this page, and nothing more.', 'the bounded attempt still returns its text');
  assert.equal(attempts(2).made, 2);
});
