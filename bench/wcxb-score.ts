/**
 * Scorers for the WCXB development split (../shared/bench-data/wcxb-dev, its README):
 * - word F1 exactly as upstream evaluate.py: tokens = Unicode \w+ runs of the lower-cased text,
 *   multiset overlap, per-page P/R/F1 averaged over pages; an empty reference scores 1 only for an
 *   output with no token;
 * - the article-extraction-benchmark shingle metric for the joined pairs in concat/: tokens with
 *   case kept, multisets of 4-token shingles, per-pair tp/fp/fn normalised to sum 1 and summed.
 */

/** Python's `\w` in Unicode mode: letters, numbers and the underscore. */
const WORD = /[\p{L}\p{N}_]+/gu;

export function words(text: string, lower = true): string[] {
  return (lower ? text.toLowerCase() : text).match(WORD) ?? [];
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
}

function counts(tokens: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/** Upstream evaluate.py's word_f1 for one page. */
export function wordF1(prediction: string, reference: string): Prf {
  const pred = words(prediction);
  const ref = words(reference);
  if (ref.length === 0) return pred.length === 0 ? { p: 1, r: 1, f1: 1 } : { p: 0, r: 0, f1: 0 };
  if (pred.length === 0) return { p: 0, r: 0, f1: 0 };
  const refCounts = counts(ref);
  let overlap = 0;
  for (const [t, n] of counts(pred)) overlap += Math.min(n, refCounts.get(t) ?? 0);
  const p = overlap / pred.length;
  const r = overlap / ref.length;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

export function meanPrf(xs: readonly Prf[]): Prf {
  const n = xs.length || 1;
  return {
    p: xs.reduce((s, x) => s + x.p, 0) / n,
    r: xs.reduce((s, x) => s + x.r, 0) / n,
    f1: xs.reduce((s, x) => s + x.f1, 0) / n,
  };
}

export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = words(text, false);
  const out = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const s = tokens.slice(i, i + n).join(' ');
    if (s !== '') out.set(s, (out.get(s) ?? 0) + 1);
  }
  return out;
}

export interface Tpfpfn {
  tp: number;
  fp: number;
  fn: number;
}

/** One pair's shingle match, normalised so that tp + fp + fn = 1 (long texts weigh no more). */
export function shingleMatch(reference: string, prediction: string): Tpfpfn {
  const ref = shingles(reference);
  const pred = shingles(prediction);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [s, n] of pred) {
    const m = ref.get(s) ?? 0;
    tp += Math.min(n, m);
    fp += Math.max(0, n - m);
  }
  for (const [s, m] of ref) fn += Math.max(0, m - (pred.get(s) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 0, fp: 0, fn: 0 };
}

export function shingleScore(xs: readonly Tpfpfn[]): Prf {
  const tp = xs.reduce((s, x) => s + x.tp, 0);
  const fp = xs.reduce((s, x) => s + x.fp, 0);
  const fn = xs.reduce((s, x) => s + x.fn, 0);
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/** Share of `reference`'s shingles (as a multiset) that occur in `text`. */
export function shingleShare(reference: string, text: string): number {
  const ref = shingles(reference);
  const got = shingles(text);
  let total = 0;
  let found = 0;
  for (const [s, n] of ref) {
    total += n;
    found += Math.min(n, got.get(s) ?? 0);
  }
  return total === 0 ? 0 : found / total;
}

/** The same words (lower-cased letter/digit runs, as a multiset) — the title measure. */
export function sameWords(a: string | undefined, b: string): boolean {
  if (a === undefined) return false;
  const x = words(a).sort();
  const y = words(b).sort();
  return x.length === y.length && x.every((w, i) => w === y[i]);
}

/** Every word of the reference author occurs among the byline's words. */
export function authorMatches(byline: string | undefined, reference: string): boolean {
  if (byline === undefined) return false;
  const have = new Set(words(byline));
  const need = words(reference);
  return need.length > 0 && need.every((w) => have.has(w));
}
