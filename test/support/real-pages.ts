import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { rng } from './adversarial-inputs.js';

/**
 * A few real pages from the shared evaluation set (never copied into the repo) and the ways a
 * download goes wrong: truncated, bytes flipped, two pages spliced, a page repeated.
 */

export const EVAL_DIR = path.resolve(import.meta.dirname, '../../../../shared/bench-data/trafilatura-eval');

export interface RealPage {
  name: string;
  bytes: Uint8Array;
}

/** `count` pages of one kind, picked by a seeded stride so the set is stable; [] when absent. */
export function realPages(kind: 'html' | 'text', count: number, seed = 7): RealPage[] {
  const dir = path.join(EVAL_DIR, kind);
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir).filter((f) => f.endsWith(kind === 'html' ? '.html' : '.txt')).sort();
  if (files.length === 0) return [];
  const next = rng(seed);
  const picked = new Set<string>();
  while (picked.size < Math.min(count, files.length)) picked.add(files[Math.floor(next() * files.length)] as string);
  return [...picked].map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(path.join(dir, f))) }));
}

/** The largest page of the set (the long run repeats it up to 20 MB). */
export function largestPage(kind: 'html' | 'text'): RealPage | undefined {
  const dir = path.join(EVAL_DIR, kind);
  if (!existsSync(dir)) return undefined;
  let best: RealPage | undefined;
  for (const f of readdirSync(dir)) {
    const bytes = new Uint8Array(readFileSync(path.join(dir, f)));
    if (!best || bytes.byteLength > best.bytes.byteLength) best = { name: f, bytes };
  }
  return best;
}

export interface Mutation {
  name: string;
  apply(page: Uint8Array, other: Uint8Array, next: () => number): Uint8Array;
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

export const MUTATIONS: readonly Mutation[] = [
  { name: 'truncated', apply: (p, _o, next) => p.slice(0, Math.floor(next() * p.byteLength)) },
  { name: 'truncated-mid-utf8', apply: (p) => { const i = p.findIndex((b, k) => k > p.byteLength / 3 && b >= 0xc0); return p.slice(0, i < 0 ? p.byteLength >> 1 : i + 1); } },
  {
    name: 'bytes-flipped',
    apply: (p, _o, next) => {
      const out = p.slice();
      for (let k = 0; k < 1 + out.byteLength / 500; k++) out[Math.floor(next() * out.byteLength)] = Math.floor(next() * 256);
      return out;
    },
  },
  { name: 'spliced', apply: (p, o, next) => concat([p.slice(0, Math.floor(next() * p.byteLength)), o.slice(Math.floor(next() * o.byteLength))]) },
  { name: 'repeated', apply: (p) => concat([p, p, p]) },
  { name: 'head-dropped', apply: (p, _o, next) => p.slice(Math.floor(next() * p.byteLength)) },
  { name: 'chunk-doubled', apply: (p, _o, next) => { const a = Math.floor(next() * p.byteLength); const b = Math.min(p.byteLength, a + 5000); return concat([p.slice(0, b), p.slice(a)]); } },
];
