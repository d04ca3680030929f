import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { fallbackWindow, readabilityFallback } from '../src/html/fallback.js';

// A full collection on demand, so the test can ask what is still reachable (not how much heap).
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/**
 * A page Readability turns into an article, with ids and names the window could index, in the
 * article (which Readability moves out of the document) and outside it (which stays attached).
 */
const page = (i: number): string => `<!doctype html><html><head><title>Report ${i}</title></head><body>
<nav id="menu-${i}"><a href="/">Home</a> <a href="/news">News</a></nav>
<article id="story-${i}"><h1>Report number ${i}</h1>
${[0, 1, 2, 3, 4, 5].map((p) => `<p>Paragraph ${p} of report ${i} says what happened in a whole sentence, with commas, clauses and enough words to read as prose.</p>`).join('\n')}
<img name="picture-${i}" src="/p.jpg" alt=""></article>
<div id="panel-${i}"><form name="search-${i}"><input name="q"></form><span>Small print</span></div></body></html>`;

interface ParserProto {
  parseFromString(html: string, type: string): object;
}

const PAGES = 24;

test('the fallback keeps no page it has read: documents do not pile up on the shared jsdom window', async () => {
  assert.ok(await readabilityFallback(page(0)), 'the first page makes the window');
  const window = fallbackWindow() as { DOMParser: { prototype: ParserProto } } | undefined;
  assert.ok(window, 'the window exists after a fallback');
  // Watch each document the window parses, without holding it.
  const proto = window.DOMParser.prototype;
  const parse = proto.parseFromString;
  const documents: WeakRef<object>[] = [];
  proto.parseFromString = function (this: ParserProto, html: string, type: string): object {
    const doc = parse.call(this, html, type);
    documents.push(new WeakRef(doc));
    return doc;
  };
  try {
    for (let i = 1; i <= PAGES; i++) assert.ok(await readabilityFallback(page(i)), `page ${i} has an article`);
  } finally {
    proto.parseFromString = parse;
  }
  assert.equal(documents.length, PAGES);

  // jsdom's named-property table (window.<id>) no longer holds the elements of pages read.
  const named = ['menu', 'story', 'picture', 'panel', 'search'].flatMap((what) => [1, PAGES].map((i) => `${what}-${i}`));
  assert.deepEqual(named.filter((name) => name in window), [], 'window.<id> still finds elements of read pages');

  // Nothing else holds a read page either (the selector engine's window listeners did): after a
  // full collection, none of the documents is left, whatever the number of pages read. A few
  // rounds of turn-then-collect: under load one collection can run before jsdom's pending tasks
  // have let go of the last page; a page something really holds stays through every round.
  const alive = (): number => documents.filter((ref) => ref.deref() !== undefined).length;
  for (let round = 0; round < 5; round++) {
    await new Promise((resolve) => setImmediate(resolve));
    collect();
    if (alive() === 0) break;
  }
  const kept = alive();
  assert.equal(kept, 0, `${kept} of ${PAGES} documents are still reachable after the fallback returned`);
});
