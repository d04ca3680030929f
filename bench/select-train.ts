/**
 * Learns which profile to run on a page from the table bench/select-data
 * writes: for each type T, gradient-boosted trees predict the WCXB body F1 a page gains when
 * cleaned as T instead of as read; the selector takes the type with the largest predicted gain
 * when it passes a margin. Scored honestly:
 *   - 5-fold cross-validation on the WCXB dev pages grouped by site (a host's pages never sit in
 *     both the training and the test folds): out-of-fold mean F1 per reference type, both halves
 *     (even and odd ids), pages up and down;
 *   - the model trained on all WCXB pages, applied to the trafilatura dev pages (never trained on).
 * Usage: node dist/bench/select-train.js DATA.jsonl [--rounds N] [--depth N] [--min-leaf N]
 *        [--rate X] [--lambda X] [--clip X] [--margin X] [--margins X,Y,…] [--outputs] [--list] [--write FILE]
 *   --outputs  add each type's words kept against the reading's as features (a bound: every profile run)
 *   --list     the pages the selector switched, at each margin
 *   --write FILE  the model trained on all WCXB pages, as JSON
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { PAGE_TYPES, type PageType } from '../src/index.js';
import { FEATURE_NAMES } from './select-features.js';
import { add, metrics, ZERO, type Counts } from './score.js';
import { TYPES } from './wcxb.js';
import { flagValue } from './flags.js';
import type { SelectRow } from './select-data.js';

/**
 * Gradient-boosted regression trees. A tree is a leaf value, or a split [feature index,
 * threshold, tree for values ≤ threshold, tree for values above it].
 */
export type Tree = number | readonly [number, number, Tree, Tree];

export interface Boosted {
  /** the mean target the trees start from */
  readonly base: number;
  /** each tree's weight (the learning rate it was trained with) */
  readonly rate: number;
  readonly trees: readonly Tree[];
}

export function treeValue(tree: Tree, x: readonly number[]): number {
  let node = tree;
  while (typeof node !== 'number') node = (x[node[0]] ?? 0) <= node[1] ? node[2] : node[3];
  return node;
}

export function boostedValue(model: Boosted, x: readonly number[]): number {
  let v = model.base;
  for (const t of model.trees) v += model.rate * treeValue(t, x);
  return v;
}

interface Params {
  rounds: number;
  depth: number;
  minLeaf: number;
  rate: number;
  /** leaf values shrink toward 0 as n / (n + lambda) */
  lambda: number;
  margin: number;
  /** gains are clipped to ±clip for training: a few pages that lose or win their whole body would steer every tree */
  clip: number;
}

type Row = SelectRow & { features: number[] };

/** The page's host without "www.": the group no fold splits. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** Sites dealt to k folds by a hash of their name: deterministic, and unrelated to page ids. */
function foldOf(site: string, k: number): number {
  let h = 2166136261;
  for (let i = 0; i < site.length; i++) h = Math.imul(h ^ site.charCodeAt(i), 16777619) >>> 0;
  return h % k;
}

const guessColumns = PAGE_TYPES.map((t) => FEATURE_NAMES.indexOf(`guess.${t}`));

/** The classifier's reading, from the features' one-hot columns. */
function guessOf(x: readonly number[]): PageType {
  const i = guessColumns.findIndex((c) => x[c] === 1);
  return PAGE_TYPES[i] ?? 'article';
}

function leafValue(r: readonly number[], idx: readonly number[], lambda: number): number {
  let s = 0;
  for (const i of idx) s += r[i] ?? 0;
  return s / (idx.length + lambda);
}

/** The split of `idx` that most lowers the squared error of `r`, or null. */
function bestSplit(X: readonly number[][], r: readonly number[], idx: readonly number[], minLeaf: number): { f: number; t: number; left: number[]; right: number[] } | null {
  let total = 0;
  for (const i of idx) total += r[i] ?? 0;
  const n = idx.length;
  let best: { gain: number; f: number; t: number } | null = null;
  const width = X[idx[0] ?? 0]?.length ?? 0;
  for (let f = 0; f < width; f++) {
    const sorted = [...idx].sort((a, b) => (X[a]?.[f] ?? 0) - (X[b]?.[f] ?? 0));
    let left = 0;
    for (let k = 0; k < n - 1; k++) {
      left += r[sorted[k] as number] ?? 0;
      const v = X[sorted[k] as number]?.[f] ?? 0;
      const next = X[sorted[k + 1] as number]?.[f] ?? 0;
      if (v === next || k + 1 < minLeaf || n - k - 1 < minLeaf) continue;
      const nl = k + 1;
      const gain = (left * left) / nl + ((total - left) * (total - left)) / (n - nl) - (total * total) / n;
      if (best === null || gain > best.gain) best = { gain, f, t: (v + next) / 2 };
    }
  }
  if (best === null || best.gain <= 1e-12) return null;
  const { f, t } = best;
  return { f, t, left: idx.filter((i) => (X[i]?.[f] ?? 0) <= t), right: idx.filter((i) => (X[i]?.[f] ?? 0) > t) };
}

function fitTree(X: readonly number[][], r: readonly number[], idx: readonly number[], depth: number, p: Params): Tree {
  const split = depth === 0 ? null : bestSplit(X, r, idx, p.minLeaf);
  if (split === null) return leafValue(r, idx, p.lambda);
  return [split.f, split.t, fitTree(X, r, split.left, depth - 1, p), fitTree(X, r, split.right, depth - 1, p)];
}

function round(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}

function roundTree(t: Tree): Tree {
  return typeof t === 'number' ? round(t) : [t[0], round(t[1]), roundTree(t[2]), roundTree(t[3])];
}

export function fitBoosted(X: readonly number[][], y: readonly number[], p: Params): Boosted {
  const base = y.reduce((a, b) => a + b, 0) / (y.length || 1);
  const pred = y.map(() => base);
  const trees: Tree[] = [];
  const all = y.map((_, i) => i);
  for (let m = 0; m < p.rounds; m++) {
    const r = y.map((v, i) => v - (pred[i] ?? 0));
    const tree = roundTree(fitTree(X, r, all, p.depth, p));
    trees.push(tree);
    X.forEach((x, i) => {
      pred[i] = (pred[i] ?? 0) + p.rate * boostedValue({ base: 0, rate: 1, trees: [tree] }, x);
    });
  }
  return { base: round(base), rate: p.rate, trees };
}

type Models = Partial<Record<PageType, Boosted>>;

/** One model per type: the F1 a page gains cleaned as that type rather than as read. */
function fitModels(rows: readonly Row[], p: Params): Models {
  const X = rows.map((r) => r.features);
  const models: Models = {};
  const clip = (g: number): number => Math.max(-p.clip, Math.min(p.clip, g));
  for (const t of PAGE_TYPES) models[t] = fitBoosted(X, rows.map((r) => clip((r.runs[t].f1 ?? 0) - (r.runs.read.f1 ?? 0))), p);
  return models;
}

type Gains = Partial<Record<PageType, number>>;

function gainsOf(models: Models, x: readonly number[]): Gains {
  const g: Gains = {};
  for (const t of PAGE_TYPES) {
    const m = models[t];
    if (m) g[t] = boostedValue(m, x);
  }
  return g;
}

/** The type with the largest predicted gain over the page's reading, when it passes the margin; undefined: as read. */
function choose(gains: Gains, guess: PageType, margin: number): PageType | undefined {
  let best: PageType | undefined;
  let top = margin;
  for (const t of PAGE_TYPES) {
    const g = gains[t];
    if (t === guess || g === undefined) continue;
    if (g > top) {
      best = t;
      top = g;
    }
  }
  return best;
}

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
const f4 = (x: number): string => x.toFixed(4);

/** Out-of-fold predicted gains: each page's from the models trained on the other folds' sites. */
function outOfFold(rows: readonly Row[], p: Params, k: number): Gains[] {
  const fold = rows.map((r) => foldOf(siteOf(r.url), k));
  const gains: Gains[] = rows.map(() => ({}));
  for (let f = 0; f < k; f++) {
    const models = fitModels(rows.filter((_, i) => fold[i] !== f), p);
    rows.forEach((r, i) => {
      if (fold[i] === f) gains[i] = gainsOf(models, r.features);
    });
  }
  return gains;
}

function report(rows: readonly Row[], chosen: readonly (PageType | undefined)[], list: boolean): void {
  const f1 = (r: Row, c: PageType | undefined): number => (c === undefined ? r.runs.read.f1 : r.runs[c].f1) ?? 0;
  console.log('| reference type (pages) | as read | selected (out of fold) | even: read → selected | odd: read → selected | pages up / down |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const type of ['all', ...TYPES]) {
    const at = rows.map((r, i) => [r, chosen[i]] as const).filter(([r]) => type === 'all' || r.type === type);
    const half = (odd: number): string => {
      const h = at.filter(([r]) => Number(r.id) % 2 === odd);
      return `${f4(mean(h.map(([r]) => r.runs.read.f1 ?? 0)))} → ${f4(mean(h.map(([r, c]) => f1(r, c))))}`;
    };
    const up = at.filter(([r, c]) => f1(r, c) > (r.runs.read.f1 ?? 0) + 1e-9).length;
    const down = at.filter(([r, c]) => f1(r, c) < (r.runs.read.f1 ?? 0) - 1e-9).length;
    console.log(`| ${type} (${at.length}) | ${f4(mean(at.map(([r]) => r.runs.read.f1 ?? 0)))} | ${f4(mean(at.map(([r, c]) => f1(r, c))))} | ${half(0)} | ${half(1)} | +${up} / −${down} |`);
  }
  console.log(`switched: ${chosen.filter((c) => c !== undefined).length} of ${rows.length} pages`);
  if (!list) return;
  rows.forEach((r, i) => {
    const c = chosen[i];
    if (c !== undefined) console.log(`  ${r.id} ${r.type}: read as ${r.runs.read.got}, given ${c} → ${r.runs[c].got}: F1 ${f4(r.runs.read.f1 ?? 0)} → ${f4(r.runs[c].f1 ?? 0)}`);
  });
}

function heldOut(rows: readonly Row[], models: Models, margin: number): void {
  let before: Counts = ZERO;
  let after: Counts = ZERO;
  let switched = 0;
  for (const r of rows) {
    const c = choose(gainsOf(models, r.features), guessOf(r.features), margin);
    if (c !== undefined) switched++;
    before = add(before, r.runs.read.counts ?? ZERO);
    after = add(after, (c === undefined ? r.runs.read : r.runs[c]).counts ?? ZERO);
  }
  const m = (c: Counts): string => `F1 ${metrics(c).f1.toFixed(4)} (tp ${c.tp} fp ${c.fp} fn ${c.fn})`;
  console.log(`trafilatura HTML (held out, ${rows.length} pages, ${switched} switched): as read ${m(before)} → selected ${m(after)}`);
}

function main(): void {
  const argv = process.argv.slice(2);
  const file = argv[0] ?? '/tmp/select13/data.jsonl';
  const num = (name: string, d: number): number => Number(flagValue(argv, name) ?? d);
  const p: Params = { rounds: num('rounds', 60), depth: num('depth', 2), minLeaf: num('min-leaf', 20), rate: num('rate', 0.1), lambda: num('lambda', 10), margin: num('margin', 0.01), clip: num('clip', 1) };
  const all = readFileSync(file, 'utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as SelectRow);
  const rows = all.filter((r): r is Row => r.features !== undefined);
  // What each profile's output would add (--outputs): the words each type keeps against the reading's.
  // A bound for a selector that runs every profile, which the speed bar does not allow.
  if (argv.includes('--outputs')) for (const r of rows) r.features = [...r.features, ...PAGE_TYPES.map((t) => Math.log2((r.runs[t].words + 1) / (r.runs.read.words + 1)))];
  const wcxb = rows.filter((r) => r.set === 'wcxb');
  console.log(`params ${JSON.stringify(p)}; ${wcxb.length} WCXB pages, ${new Set(wcxb.map((r) => siteOf(r.url))).size} sites`);
  const oof = outOfFold(wcxb, p, 5);
  const margins = (flagValue(argv, 'margins') ?? String(p.margin)).split(',').map(Number);
  for (const m of margins) {
    console.log(`\n### margin ${m}`);
    report(wcxb, oof.map((g, i) => choose(g, guessOf(wcxb[i]?.features ?? []), m)), argv.includes('--list'));
  }
  const models = fitModels(wcxb, p);
  heldOut(rows.filter((r) => r.set === 'traf'), models, p.margin);
  const out = flagValue(argv, 'write');
  if (out !== undefined) {
    writeFileSync(out, JSON.stringify({ features: FEATURE_NAMES, margin: p.margin, gains: models }) + '\n');
    console.log(`model → ${out}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
