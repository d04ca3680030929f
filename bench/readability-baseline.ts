/**
 * The Readability fallback on its own (src/html/fallback.ts): accuracy of title + blocks on the
 * HTML dev set, pages per second, how often it found nothing, and memory before and after (a leak
 * would show as RSS growing with the page count). With --raw it also scores Readability's own
 * textContent, to check that the conversion to blocks loses nothing.
 * Usage: node --expose-gc dist/bench/readability-baseline.js [--data DIR] [--limit N] [--raw]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decode } from '../src/input/decode.js';
import { readabilityFallback } from '../src/html/fallback.js';
import { add, countItem, metrics, ZERO, type Counts, type Gold } from './score.js';

const DEFAULT_DATA = path.resolve(import.meta.dirname, '../../../shared/bench-data/trafilatura-eval');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;

/** Live heap after a full collection when run with --expose-gc (else as is): growth here is a leak. */
async function heapAfterGc(): Promise<number> {
  // jsdom lets go of a closed window's timers and listeners on the next turns of the event loop.
  await new Promise((resolve) => setTimeout(resolve, 50));
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

function line(label: string, c: Counts, extra: string): void {
  const m = metrics(c);
  console.log(`${label.padEnd(22)} P ${m.precision.toFixed(3)}  R ${m.recall.toFixed(3)}  F1 ${m.f1.toFixed(3)}  ${extra}`);
}

async function rawReadability(): Promise<(html: string, url: string) => string> {
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const { Readability } = await import('@mozilla/readability');
  return (html, url) => {
    const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
    try {
      const a = new Readability(dom.window.document).parse();
      return a ? [a.title ?? '', a.textContent ?? ''].join('\n\n') : '';
    } catch {
      return '';
    } finally {
      dom.window.close();
    }
  };
}

async function main(): Promise<void> {
  const data = arg('--data') ?? process.env.DECLUTTER_EVAL ?? DEFAULT_DATA;
  const limit = Number(arg('--limit') ?? Infinity);
  const gold = JSON.parse(readFileSync(path.join(data, 'gold.json'), 'utf8')) as Record<string, Gold>;
  const files = Object.keys(gold).sort().slice(0, limit);
  const pages = files.map((file) => ({ file, g: gold[file] as Gold, html: decode(readFileSync(path.join(data, 'html', file))).text }));
  await readabilityFallback('<p>warm-up: loads jsdom and Readability once</p>');
  const rss0 = process.memoryUsage().rss;
  const heap0 = await heapAfterGc();
  let counts = ZERO;
  let nulls = 0;
  let slowest = { file: '', ms: 0 };
  const t0 = performance.now();
  for (const { file, g, html } of pages) {
    const t = performance.now();
    const r = await readabilityFallback(html, g.url);
    const ms = performance.now() - t;
    if (ms > slowest.ms) slowest = { file, ms };
    if (!r) nulls++;
    const output = r ? [r.title ?? '', ...r.blocks.map((b) => b.text)].join('\n\n') : '';
    counts = add(counts, countItem(output, g));
  }
  const seconds = (performance.now() - t0) / 1000;
  const rss1 = process.memoryUsage().rss;
  const heap1 = await heapAfterGc();
  line('readabilityFallback', counts, `${(pages.length / seconds).toFixed(1)} pages/s, ${nulls} null of ${pages.length}`);
  console.log(`  slowest page ${slowest.ms.toFixed(0)} ms (${slowest.file}); RSS ${mb(rss0)} → ${mb(rss1)}, heap ${mb(heap0)} → ${mb(heap1)}`);
  if (process.argv.includes('--raw')) {
    const raw = await rawReadability();
    let rawCounts = ZERO;
    const t1 = performance.now();
    for (const { g, html } of pages) rawCounts = add(rawCounts, countItem(raw(html, g.url), g));
    line('raw textContent', rawCounts, `${(pages.length / ((performance.now() - t1) / 1000)).toFixed(1)} pages/s`);
  }
}

await main();
