/**
 * Lists the pages whose result changed between two dumps of bench/dump-results, with the
 * paragraphs each side lost and the removal that explains it (the rule and its reason).
 *
 *   node dist/bench/diff-results.js /tmp/before.jsonl /tmp/after.jsonl [--max-lines N]
 */
import { readFileSync } from 'node:fs';
import type { PageDump } from './dump-results.js';

function load(file: string): Map<string, PageDump> {
  const pages = new Map<string, PageDump>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const page = JSON.parse(line) as PageDump;
    pages.set(page.file, page);
  }
  return pages;
}

const paragraphs = (p: PageDump | undefined): string[] => (p?.stories ?? []).flatMap((s) => [s.title ?? '', ...s.body.split('\n\n')]).filter((t) => t !== '');

/** What each paragraph of `texts` became in `page`: the removal whose preview starts it, if any. */
function why(page: PageDump | undefined, text: string): string {
  const hit = page?.removed.find((x) => text.startsWith(x.text.replace(/…$/, '')));
  return hit ? `${hit.rule}: ${hit.reason}` : 'not in any story (no removal matches)';
}

/** Paragraphs of `a` missing from `b`, counted as a multiset (a second copy counts). */
function missing(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const t of b) left.set(t, (left.get(t) ?? 0) + 1);
  return a.filter((t) => {
    const n = left.get(t) ?? 0;
    if (n > 0) left.set(t, n - 1);
    return n === 0;
  });
}

const short = (t: string): string => (t.length <= 100 ? t : `${t.slice(0, 99)}…`);

function main(): void {
  const [beforeFile, afterFile] = process.argv.slice(2);
  if (!beforeFile || !afterFile) throw new Error('usage: diff-results BEFORE.jsonl AFTER.jsonl [--max-lines N]');
  const i = process.argv.indexOf('--max-lines');
  const maxLines = i >= 0 ? Number(process.argv[i + 1]) : 6;
  const before = load(beforeFile);
  const after = load(afterFile);
  let changed = 0;
  for (const file of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const a = before.get(file);
    const b = after.get(file);
    if (JSON.stringify(a?.stories) === JSON.stringify(b?.stories) && a?.error === b?.error) continue;
    changed++;
    const pa = paragraphs(a);
    const pb = paragraphs(b);
    const lost = missing(pa, pb);
    const gained = missing(pb, pa);
    console.log(`\n${file}: ${lost.length} paragraphs lost, ${gained.length} gained (stories ${a?.stories.length ?? 0} → ${b?.stories.length ?? 0})`);
    for (const t of lost.slice(0, maxLines)) console.log(`  - ${short(t)}\n      now ${why(b, t)}`);
    for (const t of gained.slice(0, maxLines)) console.log(`  + ${short(t)}\n      was ${why(a, t)}`);
    if (lost.length === 0 && gained.length === 0) console.log('  (same paragraphs: titles, captions, order or story roles changed)');
  }
  console.log(`\n${changed} of ${after.size} pages changed`);
}

main();
