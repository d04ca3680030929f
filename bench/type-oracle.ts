/**
 * What the page type is worth to the bodies: every page of the WCXB dev split (HTML) and of the
 * trafilatura dev set cleaned once as read (html/page-type) and once with each type given
 * (option `pageType`), then
 *   - per WCXB reference type: body F1 as read, with the reference's own type given (a perfect
 *     classifier), and with the best of the seven types per page (a bound no classifier reaches);
 *   - per type as read: the change in summed WCXB F1 (even and odd ids) and in trafilatura
 *     false/missed snippets if those pages took each other type instead — where a profile
 *     would serve the pages read as another type better.
 * The classifier's accuracy is the bench's wcxb.js table; this one is about the bodies.
 *
 * Usage: node dist/bench/type-oracle.js [--limit N]   (8 passes over 2,348 pages: ~20 min on a busy core)
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { clean, PAGE_TYPES, type PageType } from '../src/index.js';
import { storyText } from '../src/output/format.js';
import { add, countItem, metrics, ZERO, type Counts, type Gold } from './score.js';
import { DATA } from './text-accuracy.js';
import { loadTruth, TYPES, WCXB, type Truth } from './wcxb.js';
import { wordF1 } from './wcxb-score.js';

/** One page under one type: the type the result carries and its score. */
interface Run {
  got: string;
  /** WCXB: body word F1 */
  f1: number;
  /** trafilatura set: snippet counts */
  counts?: Counts;
}

interface Page {
  set: 'wcxb' | 'traf';
  id: string;
  /** WCXB reference type */
  type?: string;
  read: Run;
  given: Record<PageType, Run>;
}

async function wcxbRun(t: Truth, bytes: Uint8Array, pageType: PageType | undefined): Promise<Run> {
  try {
    const r = await clean(bytes, { kind: 'html', url: t.url || undefined, pageType });
    const main = r.stories.find((s) => s.role !== 'appended');
    return { got: r.pageType ?? '-', f1: wordF1(main?.body ?? '', t.body).f1 };
  } catch {
    return { got: 'error', f1: wordF1('', t.body).f1 };
  }
}

async function trafRun(g: Gold & { url?: string }, bytes: Uint8Array, pageType: PageType | undefined): Promise<Run> {
  let output = '';
  let got = 'error';
  try {
    const r = await clean(bytes, { kind: 'html', url: g.url, pageType });
    const main = r.stories.find((s) => s.role === 'main');
    output = main ? storyText(main) : '';
    got = r.pageType ?? '-';
  } catch {
    // scored as an empty output
  }
  return { got, f1: 0, counts: countItem(output, g) };
}

async function allTypes(run: (t: PageType | undefined) => Promise<Run>): Promise<{ read: Run; given: Record<PageType, Run> }> {
  const read = await run(undefined);
  const given = {} as Record<PageType, Run>;
  for (const t of PAGE_TYPES) given[t] = await run(t);
  return { read, given };
}

async function collect(limit: number): Promise<Page[]> {
  const pages: Page[] = [];
  for (const t of loadTruth().slice(0, limit)) {
    const bytes = gunzipSync(readFileSync(path.join(WCXB, 'html', `${t.id}.html.gz`)));
    pages.push({ set: 'wcxb', id: t.id, type: t.type, ...(await allTypes((p) => wcxbRun(t, bytes, p))) });
  }
  const gold = JSON.parse(readFileSync(path.join(DATA, 'gold.json'), 'utf8')) as Record<string, Gold & { url?: string }>;
  for (const file of Object.keys(gold).sort().slice(0, limit)) {
    const bytes = readFileSync(path.join(DATA, 'html', file));
    pages.push({ set: 'traf', id: file, ...(await allTypes((p) => trafRun(gold[file] as Gold, bytes, p))) });
  }
  return pages;
}

const f4 = (x: number): string => x.toFixed(4);
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
const signed = (x: number, digits = 2): string => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(digits)}`;

function ceilingTable(wcxb: Page[]): void {
  console.log('## WCXB HTML body F1: as read, with the reference type given, best type per page');
  console.log('| reference type (pages) | as read | reference type given | best of the seven per page |');
  console.log('|---|---:|---:|---:|');
  for (const type of ['all', ...TYPES]) {
    const of = wcxb.filter((p) => type === 'all' || p.type === type);
    const given = of.map((p) => (PAGE_TYPES.includes(p.type as PageType) ? p.given[p.type as PageType].f1 : p.read.f1));
    const best = of.map((p) => Math.max(p.read.f1, ...PAGE_TYPES.map((t) => p.given[t].f1)));
    console.log(`| ${type} (${of.length}) | ${f4(mean(of.map((p) => p.read.f1)))} | ${f4(mean(given))} | ${f4(mean(best))} |`);
  }
}

function swapTable(pages: Page[]): void {
  console.log('\n## Pages read as one type, given another: Δ summed WCXB F1 (even / odd ids), Δ trafilatura fp / fn');
  console.log(`| read as (WCXB, traf pages) | ${PAGE_TYPES.join(' | ')} |`);
  console.log(`|---|${PAGE_TYPES.map(() => '---').join('|')}|`);
  for (const read of PAGE_TYPES) {
    const w = pages.filter((p) => p.set === 'wcxb' && p.read.got === read);
    const r = pages.filter((p) => p.set === 'traf' && p.read.got === read);
    const cells = PAGE_TYPES.map((t) => {
      const half = (odd: number): number => w.filter((p) => Number(p.id) % 2 === odd).reduce((s, p) => s + p.given[t].f1 - p.read.f1, 0);
      const d = (k: 'fp' | 'fn'): number => r.reduce((s, p) => s + (p.given[t].counts?.[k] ?? 0) - (p.read.counts?.[k] ?? 0), 0);
      return `${signed(half(0))} / ${signed(half(1))}; ${signed(d('fp'), 0)} / ${signed(d('fn'), 0)}`;
    });
    console.log(`| ${read} (${w.length}, ${r.length}) | ${cells.join(' | ')} |`);
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const i = argv.indexOf('--limit');
  const limit = i >= 0 ? Number(argv[i + 1]) : Infinity;
  const pages = await collect(limit);
  ceilingTable(pages.filter((p) => p.set === 'wcxb'));
  const c = pages.filter((p) => p.set === 'traf').reduce((s, p) => add(s, p.read.counts ?? ZERO), ZERO);
  console.log(`\ntrafilatura HTML as read: F1 ${metrics(c).f1.toFixed(4)} (tp ${c.tp} fp ${c.fp} fn ${c.fn})`);
  swapTable(pages);
}

await main();
