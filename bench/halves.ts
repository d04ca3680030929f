/**
 * A rule change's effect on the even and the odd WCXB page ids separately, per part (html, text)
 * and page type, from two result files that `wcxb.js ... --json F` wrote (before, after). A rule
 * that helps one half and costs the other, or moves only a few pages, is fitted to pages rather
 * than to the web: the held-out sets will not repeat it.
 *
 *   node dist/bench/halves.js before.json after.json
 */
import { readFileSync } from 'node:fs';

interface Row {
  id: string;
  type: string;
  score?: { f1: number };
}
type Results = Record<string, Row[] | undefined>;

/** Summed F1 before and after, pages, pages up, pages down. */
interface Tally {
  before: number;
  after: number;
  pages: number;
  up: number;
  down: number;
}

const EPSILON = 1e-9;

function tally(before: Row[], after: Row[]): Map<string, { even: Tally; odd: Tally }> {
  const old = new Map(before.map((r) => [r.id, r]));
  const groups = new Map<string, { even: Tally; odd: Tally }>();
  const fresh = (): Tally => ({ before: 0, after: 0, pages: 0, up: 0, down: 0 });
  for (const r of after) {
    const o = old.get(r.id);
    if (r.score === undefined || o?.score === undefined) continue;
    const half = Number(r.id) % 2 === 0 ? 'even' : 'odd';
    for (const key of ['all', r.type]) {
      let g = groups.get(key);
      if (g === undefined) groups.set(key, (g = { even: fresh(), odd: fresh() }));
      const t = g[half];
      t.before += o.score.f1;
      t.after += r.score.f1;
      t.pages++;
      if (r.score.f1 > o.score.f1 + EPSILON) t.up++;
      else if (r.score.f1 < o.score.f1 - EPSILON) t.down++;
    }
  }
  return groups;
}

const show = (t: Tally): string =>
  `${(t.before / t.pages).toFixed(4)} → ${(t.after / t.pages).toFixed(4)} (${t.pages} pages, +${t.up}/−${t.down})`;

function main(): void {
  const [a, b] = process.argv.slice(2);
  if (a === undefined || b === undefined) {
    console.error('usage: node dist/bench/halves.js before.json after.json (files of wcxb.js --json)');
    process.exitCode = 2;
    return;
  }
  const before = JSON.parse(readFileSync(a, 'utf8')) as Results;
  const after = JSON.parse(readFileSync(b, 'utf8')) as Results;
  for (const part of Object.keys(after)) {
    const x = before[part];
    const y = after[part];
    if (!Array.isArray(x) || !Array.isArray(y)) continue;
    console.log(`## ${part}\n| type | even ids: before → after | odd ids: before → after |\n|---|---|---|`);
    for (const [type, g] of tally(x, y)) console.log(`| ${type} | ${show(g.even)} | ${show(g.odd)} |`);
  }
}

main();
