/**
 * Rule ablation: every page cleaned with one rule switched off, for each rule in turn, against
 * all rules on. Prints the change in snippet F1 on the trafilatura pages (HTML and dumps) and in
 * mean word F1 on the WCXB pages (HTML and dumps), each on the even and the odd half of the pages.
 * A rule whose removal costs nothing on both halves of every set (or helps) earns no place: it is
 * a candidate to delete; one that helps a single half is fitted to pages. About 45 s a rule on
 * one core of the dev machine (2026-12-03).
 *
 *   node dist/bench/ablate.js [rule ids…]      (no ids: every rule of listRules())
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { clean, listRules, type CleanResult, type Story } from '../src/index.js';
import { storyText } from '../src/output/format.js';
import { countItem, type Gold } from './score.js';
import { DATA as TRAF } from './text-accuracy.js';
import { loadTruth, WCXB } from './wcxb.js';
import { wordF1 } from './wcxb-score.js';

type Kind = 'html' | 'text';
interface Page {
  half: 0 | 1;
  url: string | undefined;
  input: Record<Kind, Uint8Array | undefined>;
}
interface TrafPage extends Page {
  gold: Gold;
}
interface WcxbPage extends Page {
  body: string;
}
/** Per set, [even, odd]. */
type Scores = Record<'trafHtml' | 'trafText' | 'wcxbHtml' | 'wcxbText', [number, number]>;

const read = (file: string): Uint8Array | undefined => (existsSync(file) ? new Uint8Array(readFileSync(file)) : undefined);
const mainOf = (r: CleanResult): Story | undefined => r.stories.find((s) => s.role !== 'appended');

function loadTraf(): TrafPage[] {
  const gold = JSON.parse(readFileSync(path.join(TRAF, 'gold.json'), 'utf8')) as Record<string, Gold & { url?: string }>;
  return Object.keys(gold).sort().map((file, i) => ({
    half: (i % 2) as 0 | 1,
    url: gold[file]?.url,
    gold: gold[file] as Gold,
    input: { html: read(path.join(TRAF, 'html', file)), text: read(path.join(TRAF, 'text', file.replace(/\.html?$/, '.txt'))) },
  }));
}

function loadWcxb(): WcxbPage[] {
  return loadTruth(WCXB).map((t) => ({
    half: (Number(t.id) % 2) as 0 | 1,
    url: t.url || undefined,
    body: t.body,
    input: { html: new Uint8Array(gunzipSync(readFileSync(path.join(WCXB, 'html', `${t.id}.html.gz`)))), text: read(path.join(WCXB, 'text', `${t.id}.txt`)) },
  }));
}

async function mainText(input: Uint8Array, kind: Kind, url: string | undefined, disable: string[], text: (s: Story) => string): Promise<string> {
  try {
    const story = mainOf(await clean(input, { kind, url, disable }));
    return story ? text(story) : '';
  } catch {
    return '';
  }
}

async function trafF1(pages: TrafPage[], kind: Kind, disable: string[]): Promise<[number, number]> {
  const c = [{ tp: 0, fp: 0, fn: 0 }, { tp: 0, fp: 0, fn: 0 }];
  for (const p of pages) {
    const input = p.input[kind];
    if (input === undefined) continue;
    const k = countItem(await mainText(input, kind, p.url, disable, storyText), p.gold);
    const h = c[p.half] as { tp: number; fp: number; fn: number };
    h.tp += k.tp;
    h.fp += k.fp;
    h.fn += k.fn;
  }
  const f1 = (h: { tp: number; fp: number; fn: number }): number => (2 * h.tp) / (2 * h.tp + h.fp + h.fn || 1);
  return [f1(c[0] as { tp: number; fp: number; fn: number }), f1(c[1] as { tp: number; fp: number; fn: number })];
}

async function wcxbF1(pages: WcxbPage[], kind: Kind, disable: string[]): Promise<[number, number]> {
  const sum = [0, 0];
  const n = [0, 0];
  for (const p of pages) {
    const input = p.input[kind];
    if (input === undefined) continue;
    sum[p.half] = (sum[p.half] ?? 0) + wordF1(await mainText(input, kind, p.url, disable, (s) => s.body), p.body).f1;
    n[p.half] = (n[p.half] ?? 0) + 1;
  }
  return [(sum[0] ?? 0) / (n[0] || 1), (sum[1] ?? 0) / (n[1] || 1)];
}

async function measure(traf: TrafPage[], wcxb: WcxbPage[], disable: string[]): Promise<Scores> {
  return {
    trafHtml: await trafF1(traf, 'html', disable),
    trafText: await trafF1(traf, 'text', disable),
    wcxbHtml: await wcxbF1(wcxb, 'html', disable),
    wcxbText: await wcxbF1(wcxb, 'text', disable),
  };
}

const SETS = ['trafHtml', 'trafText', 'wcxbHtml', 'wcxbText'] as const;
const delta = (x: number): string => `${x >= 0 ? '+' : ''}${(x * 1000).toFixed(1)}`;

async function main(): Promise<void> {
  const asked = process.argv.slice(2);
  const ids = asked.length > 0 ? asked : listRules().map((r) => r.id);
  const traf = loadTraf();
  const wcxb = loadWcxb();
  const base = await measure(traf, wcxb, []);
  console.log(`| rule off | ${SETS.map((s) => `${s} even / odd (Δ×1000)`).join(' | ')} |`);
  console.log(`|---|${SETS.map(() => '---').join('|')}|`);
  console.log(`| (all rules on) | ${SETS.map((s) => base[s].map((x) => x.toFixed(4)).join(' / ')).join(' | ')} |`);
  for (const id of ids) {
    const m = await measure(traf, wcxb, [id]);
    console.log(`| ${id} | ${SETS.map((s) => `${delta(m[s][0] - base[s][0])} / ${delta(m[s][1] - base[s][1])}`).join(' | ')} |`);
  }
}

await main();
