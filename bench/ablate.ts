/**
 * Rule ablation: every page cleaned with one rule switched off, for each rule in turn, against
 * all rules on. Prints the change in snippet F1 on the trafilatura pages (HTML and dumps) and in
 * mean word F1 on the WCXB pages (HTML and dumps), each on the even and the odd half of the pages.
 * A rule whose removal costs nothing on both halves of every set (or helps) earns no place: it is
 * a candidate to delete; one that helps a single half is fitted to pages. About 45 s a rule on
 * one core of the dev machine (2026-12-03).
 *
 *   node dist/bench/ablate.js [--base F] [--fired] [rule ids…]      (no ids: every rule of listRules() that can be switched off)
 *
 * --base F keeps the all-rules-on page scores in F (measured and written when F is missing), so a
 * long ablation can run in slices of a few rules, each a fresh process, without measuring the base
 * again (the HTML path with the fallback on keeps memory: ~3.9 GB after 7 rules, 2026-12-03).
 * --fired runs again only the pages where the rule logged a removal: the same figures for a rule
 * that logs under its own id (checked on html/form, meta/caption-repeat, widget/share-bar), several
 * times faster for rare ones; wrong (zero) for a rule whose removals carry another id (the story/*
 * bound rules log as story/after-body, segment/*, html/appended-story).
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
type Scores = Record<SetName, [number, number]>;

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

/** One page's score under one setting: the gold counts (trafilatura) or the word F1 (WCXB), and the rules that logged a removal. */
interface PageScore {
  half: 0 | 1;
  tp: number;
  fp: number;
  fn: number;
  f1: number;
  fired: string[];
}
type SetName = 'trafHtml' | 'trafText' | 'wcxbHtml' | 'wcxbText';
/** Per set, one entry per page that has an input of the set's kind (the same order every run). */
type PageScores = Record<SetName, PageScore[]>;

async function scorePage(p: TrafPage | WcxbPage, kind: Kind, disable: string[]): Promise<PageScore | undefined> {
  const input = p.input[kind];
  if (input === undefined) return undefined;
  let result: CleanResult | undefined;
  try {
    result = await clean(input, { kind, url: p.url, disable });
  } catch {
    result = undefined;
  }
  const story = result ? mainOf(result) : undefined;
  const fired = [...new Set(result?.removed.map((r) => r.rule) ?? [])];
  if ('gold' in p) return { half: p.half, ...countItem(story ? storyText(story) : '', p.gold), f1: 0, fired };
  return { half: p.half, tp: 0, fp: 0, fn: 0, f1: wordF1(story ? story.body : '', p.body).f1, fired };
}

/** Every page of a set, or (with `only`) the pages `only` picks, the rest taken from `base`. */
async function scoreSet(pages: readonly (TrafPage | WcxbPage)[], kind: Kind, disable: string[], base?: PageScore[], only?: (b: PageScore) => boolean): Promise<PageScore[]> {
  const out: PageScore[] = [];
  for (const p of pages) {
    const b = base?.[out.length];
    if (p.input[kind] === undefined) continue;
    const s = b !== undefined && only !== undefined && !only(b) ? b : await scorePage(p, kind, disable);
    if (s !== undefined) out.push(s);
  }
  return out;
}

/** [even, odd]: snippet F1 over the summed counts (trafilatura), mean word F1 (WCXB). */
function summarise(set: SetName, scores: readonly PageScore[]): [number, number] {
  const half = (h: 0 | 1): number => {
    const xs = scores.filter((s) => s.half === h);
    if (set.startsWith('wcxb')) return xs.reduce((a, s) => a + s.f1, 0) / (xs.length || 1);
    const [tp, fp, fn] = xs.reduce(([a, b, c], s) => [a + s.tp, b + s.fp, c + s.fn], [0, 0, 0]);
    return (2 * tp) / (2 * tp + fp + fn || 1);
  };
  return [half(0), half(1)];
}

/** Rules only a dump's stories consult: stories/bounds (findBounds runs for dump drafts only) and text/segment. */
const DUMP_ONLY: ReadonlySet<string> = new Set([
  'story/consent-edge', 'story/context-tail', 'story/terminator', 'story/comment-thread', 'story/author-box', 'story/signup-box',
  'story/short-lines', 'story/intro-list', 'story/numbered-list', 'story/fact-lines', 'story/card-run', 'story/body-lines',
  'story/topic-tail', 'story/related-box', 'story/related-read', 'story/inline-teaser', 'story/standfirst', 'story/undated-sections', 'quality/context',
  'segment/appended-story', 'segment/appended-page', 'segment/header-story',
]);

/** Which kinds of input a rule can change: html/* never run on dumps, DUMP_ONLY never on HTML. */
function reaches(set: SetName, disable: readonly string[]): boolean {
  if (set.endsWith('Html')) return !disable.every((id) => DUMP_ONLY.has(id));
  return !disable.every((id) => id.startsWith('html/'));
}

const KIND: Record<SetName, Kind> = { trafHtml: 'html', trafText: 'text', wcxbHtml: 'html', wcxbText: 'text' };

/**
 * Every set under `disable`. With `base`, a set the rules cannot reach is the base's; with `fired`
 * too, only the pages where one of the rules logged a removal run again (a rule that removed nothing
 * on a page cannot change it — true of the rules that log under their own id; not of stage rules
 * that log under another's, such as the story/* bounds, segment/*, html/appended-story).
 */
async function measure(traf: TrafPage[], wcxb: WcxbPage[], disable: string[], base?: PageScores, fired = false): Promise<PageScores> {
  const out = {} as PageScores;
  for (const set of SETS) {
    const pages = set.startsWith('traf') ? traf : wcxb;
    const b = base?.[set];
    if (b !== undefined && !reaches(set, disable)) out[set] = b;
    else out[set] = await scoreSet(pages, KIND[set], disable, b, fired ? (s) => disable.some((id) => s.fired.includes(id)) : undefined);
  }
  return out;
}

async function baseScores(traf: TrafPage[], wcxb: WcxbPage[], file: string | undefined): Promise<PageScores> {
  if (file !== undefined && existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as PageScores;
  const base = await measure(traf, wcxb, []);
  if (file !== undefined) writeFileSync(file, JSON.stringify(base));
  return base;
}

const SETS: readonly SetName[] = ['trafHtml', 'trafText', 'wcxbHtml', 'wcxbText'];
const delta = (x: number): string => `${x >= 0 ? '+' : ''}${(x * 1000).toFixed(1)}`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf('--base');
  const baseFile = at >= 0 ? args[at + 1] : undefined;
  const fired = args.includes('--fired');
  const asked = args.filter((a, i) => a !== '--fired' && (at < 0 || (i !== at && i !== at + 1)));
  const ids = asked.length > 0 ? asked : listRules().filter((r) => r.fixed !== true).map((r) => r.id);
  const traf = loadTraf();
  const wcxb = loadWcxb();
  const pages = await baseScores(traf, wcxb, baseFile);
  const base = Object.fromEntries(SETS.map((s) => [s, summarise(s, pages[s])])) as Scores;
  console.log(`| rule off | ${SETS.map((s) => `${s} even / odd (Δ×1000)`).join(' | ')} |`);
  console.log(`|---|${SETS.map(() => '---').join('|')}|`);
  console.log(`| (all rules on) | ${SETS.map((s) => base[s].map((x) => x.toFixed(4)).join(' / ')).join(' | ')} |`);
  for (const id of ids) {
    const all = await measure(traf, wcxb, [id], pages, fired);
    const m = Object.fromEntries(SETS.map((s) => [s, summarise(s, all[s])])) as Scores;
    console.log(`| ${id} | ${SETS.map((s) => `${delta(m[s][0] - base[s][0])} / ${delta(m[s][1] - base[s][1])}`).join(' | ')} |`);
  }
}

await main();
