/**
 * Snippet scoring exactly as the trafilatura evaluation does it (provenance.json):
 * norm(s) = whitespace runs to one space, trimmed; case-sensitive substring test; empty output
 * scores tp = fp = 0; counts are summed over documents (micro average).
 */
export interface Counts {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

export interface Gold {
  with: string[];
  without: string[];
  url: string;
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

export function countItem(output: string, gold: Gold): Counts {
  const text = norm(output);
  if (text === '') return { tp: 0, fn: gold.with.length, fp: 0, tn: gold.without.length };
  const c: Counts = { tp: 0, fn: 0, fp: 0, tn: 0 };
  for (const s of gold.with) if (text.includes(norm(s))) c.tp++; else c.fn++;
  for (const s of gold.without) if (text.includes(norm(s))) c.fp++; else c.tn++;
  return c;
}

export function add(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fn: a.fn + b.fn, fp: a.fp + b.fp, tn: a.tn + b.tn };
}

export function metrics(c: Counts): { precision: number; recall: number; f1: number; accuracy: number } {
  const precision = c.tp / (c.tp + c.fp || 1);
  const recall = c.tp / (c.tp + c.fn || 1);
  const f1 = (2 * c.tp) / (2 * c.tp + c.fp + c.fn || 1);
  const accuracy = (c.tp + c.tn) / (c.tp + c.tn + c.fp + c.fn || 1);
  return { precision, recall, f1, accuracy };
}

export const ZERO: Counts = { tp: 0, fn: 0, fp: 0, tn: 0 };
