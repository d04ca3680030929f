/**
 * Rule ablation: every page cleaned with one rule switched off, for each rule in turn, against
 * all rules on. Prints the change in snippet F1 on the trafilatura pages (HTML and dumps) and in
 * mean word F1 on the WCXB pages (HTML and dumps), each on the even and the odd half of the pages.
 * A rule whose removal costs nothing on both halves of every set (or helps) earns no place: it is
 * a candidate to delete; one that helps a single half is fitted to pages. About 45 s a rule on
 * one core of the dev machine (2026-12-03).
 *
 *   node dist/bench/ablate.js [--base F] [rule ids…]      (no ids: every rule of listRules())
 *
 * --base F keeps the all-rules-on figures in F (measured and written when F is missing), so a long
 * ablation can run in slices of a few rules, each a fresh process, without measuring the base again.
 * Rules named html/* are never consulted on the text path, and the dump rules below never on the
 * HTML path: the figures of the other kind are not measured (printed as +0.0).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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

/** Rules only a dump's stories consult: stories/bounds (findBounds runs for dump drafts only) and text/segment. */
const DUMP_ONLY: ReadonlySet<string> = new Set([
  'story/consent-edge', 'story/context-tail', 'story/terminator', 'story/comment-thread', 'story/author-box', 'story/signup-box',
  'story/short-lines', 'story/intro-list', 'story/numbered-list', 'story/fact-lines', 'story/card-run', 'story/body-lines',
  'story/topic-tail', 'story/related-box', 'story/inline-teaser', 'quality/context',
  'segment/appended-story', 'segment/appended-page', 'segment/header-story',
]);

async function measure(traf: TrafPage[], wcxb: WcxbPage[], disable: string[], base?: Scores): Promise<Scores> {
  const htmlOnly = base !== undefined && disable.every((id) => id.startsWith('html/'));
  const textOnly = base !== undefined && disable.every((id) => DUMP_ONLY.has(id));
  return {
    trafHtml: textOnly ? base.trafHtml : await trafF1(traf, 'html', disable),
    trafText: htmlOnly ? base.trafText : await trafF1(traf, 'text', disable),
    wcxbHtml: textOnly ? base.wcxbHtml : await wcxbF1(wcxb, 'html', disable),
    wcxbText: htmlOnly ? base.wcxbText : await wcxbF1(wcxb, 'text', disable),
  };
}

async function baseScores(traf: TrafPage[], wcxb: WcxbPage[], file: string | undefined): Promise<Scores> {
  if (file !== undefined && existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Scores;
  const base = await measure(traf, wcxb, []);
  if (file !== undefined) writeFileSync(file, JSON.stringify(base));
  return base;
}

const SETS = ['trafHtml', 'trafText', 'wcxbHtml', 'wcxbText'] as const;
const delta = (x: number): string => `${x >= 0 ? '+' : ''}${(x * 1000).toFixed(1)}`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf('--base');
  const baseFile = at >= 0 ? args[at + 1] : undefined;
  const asked = at >= 0 ? args.filter((_, i) => i !== at && i !== at + 1) : args;
  const ids = asked.length > 0 ? asked : listRules().map((r) => r.id);
  const traf = loadTraf();
  const wcxb = loadWcxb();
  const base = await baseScores(traf, wcxb, baseFile);
  console.log(`| rule off | ${SETS.map((s) => `${s} even / odd (Δ×1000)`).join(' | ')} |`);
  console.log(`|---|${SETS.map(() => '---').join('|')}|`);
  console.log(`| (all rules on) | ${SETS.map((s) => base[s].map((x) => x.toFixed(4)).join(' / ')).join(' | ')} |`);
  for (const id of ids) {
    const m = await measure(traf, wcxb, [id], base);
    console.log(`| ${id} | ${SETS.map((s) => `${delta(m[s][0] - base[s][0])} / ${delta(m[s][1] - base[s][1])}`).join(' | ')} |`);
  }
}

await main();
