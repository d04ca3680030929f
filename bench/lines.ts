/**
 * Per-line attribution on the text dumps: for every dump line, the rule that removed it (or the
 * rule that kept it, found by cleaning again with each keeper switched off) and whether the
 * reference holds it; then the rules ranked by words wrongly removed and wrongly kept.
 *   wcxb  WCXB dev dumps (../shared/bench-data/wcxb-dev/text); a line is the reference's when its
 *         words, in order, sit in the reference's words
 *   traf  trafilatura dev dumps; a line is "with" / "without" when it holds one of the page's
 *         with- / without-snippets (or, at 5+ words, sits inside one)
 * Usage: node dist/bench/lines.js [wcxb|traf] [--type T] [--id ID] [--limit N] [--print]
 *   --print  every line: kept/dropped, rule, reference, text (with --id: one page)
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { clean, type CleanResult } from '../src/index.js';
import { normalizeLine } from '../src/text/lines.js';
import { DATA as TRAF } from './text-accuracy.js';
import type { Gold } from './score.js';
import { loadTruth, WCXB } from './wcxb.js';
import { words } from './wcxb-score.js';

/** Stage rules that turn lines the prose judge dropped into body lines. */
const KEEPERS = ['quality/context', 'story/intro-list', 'story/numbered-list', 'story/fact-lines'] as const;

type Ref = 'ref' | 'not' | 'with' | 'without' | '-';

export interface LineRow {
  page: string;
  line: number;
  text: string;
  words: number;
  /** kept in the main story, kept in an appended story, or dropped */
  fate: 'kept' | 'appended' | 'dropped';
  /** the removing rule, or for a kept line the keeper without which it would go ('good' if none) */
  rule: string;
  ref: Ref;
}

function dropsByLine(r: CleanResult): Map<number, string> {
  const out = new Map<number, string>();
  for (const x of r.removed) {
    const m = /^line (\d+)$/.exec(x.where);
    if (m) out.set(Number(m[1]), x.rule);
  }
  return out;
}

/** The dump's lines with their fates, keepers found by cleaning once more per keeper. */
export async function attribute(page: string, input: Buffer, refOf: (text: string) => Ref, url?: string): Promise<LineRow[]> {
  const r = await clean(input, { kind: 'text', url });
  const dropped = dropsByLine(r);
  const main = r.stories.find((s) => s.role !== 'appended')?.body ?? '';
  const without = new Map<string, Map<number, string>>();
  for (const id of KEEPERS) without.set(id, dropsByLine(await clean(input, { kind: 'text', url, disable: [id] })));
  const rows: LineRow[] = [];
  input.toString('utf8').split(/\r\n|\r|\n/).forEach((raw, k) => {
    const text = normalizeLine(raw);
    if (text === '') return;
    const line = k + 1;
    const n = words(text).length;
    const gone = dropped.get(line);
    if (gone !== undefined) {
      rows.push({ page, line, text, words: n, fate: 'dropped', rule: gone, ref: refOf(text) });
      return;
    }
    const keeper = KEEPERS.find((id) => without.get(id)?.has(line)) ?? 'good';
    rows.push({ page, line, text, words: n, fate: main.includes(text) ? 'kept' : 'appended', rule: keeper, ref: refOf(text) });
  });
  return rows;
}

function wcxbRef(body: string): (text: string) => Ref {
  const ref = ` ${words(body).join(' ')} `;
  return (text) => {
    const w = words(text);
    return w.length > 0 && ref.includes(` ${w.join(' ')} `) ? 'ref' : 'not';
  };
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

function trafRef(g: Gold): (text: string) => Ref {
  const holds = (snips: string[], text: string): boolean =>
    snips.some((s) => {
      const n = squash(s);
      return n !== '' && (text.includes(n) || (text.split(' ').length >= 5 && n.includes(text)));
    });
  return (text) => (holds(g.with, text) ? 'with' : holds(g.without, text) ? 'without' : '-');
}

interface Args {
  set: 'wcxb' | 'traf';
  type: string | undefined;
  id: string | undefined;
  limit: number;
  print: boolean;
}

function parseArgs(argv: string[]): Args {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    set: argv.includes('traf') ? 'traf' : 'wcxb',
    type: value('--type'),
    id: value('--id'),
    limit: Number(value('--limit') ?? Infinity),
    print: argv.includes('--print'),
  };
}

async function* pages(args: Args): AsyncGenerator<LineRow[]> {
  if (args.set === 'wcxb') {
    let truths = loadTruth().filter((t) => (args.type === undefined || t.type === args.type) && (args.id === undefined || t.id === args.id));
    truths = truths.slice(0, args.limit);
    for (const t of truths) yield attribute(t.id, readFileSync(path.join(WCXB, 'text', `${t.id}.txt`)), wcxbRef(t.body), t.url || undefined);
    return;
  }
  const gold = JSON.parse(readFileSync(path.join(TRAF, 'gold.json'), 'utf8')) as Record<string, Gold>;
  let n = 0;
  for (const [file, g] of Object.entries(gold)) {
    const txt = path.join(TRAF, 'text', file.replace(/\.html?$/, '.txt'));
    if (!existsSync(txt) || (args.id !== undefined && !file.includes(args.id))) continue;
    if (n++ >= args.limit) break;
    yield attribute(file, readFileSync(txt), trafRef(g), g.url);
  }
}

/** Per rule: lines and words, split by whether the reference holds them. */
function rank(rows: LineRow[], set: Args['set']): void {
  const good: Ref = set === 'wcxb' ? 'ref' : 'with';
  const bad: Ref = set === 'wcxb' ? 'not' : 'without';
  const table = new Map<string, { lines: number; good: number; bad: number }>();
  for (const r of rows) {
    const key = `${r.fate === 'dropped' ? 'dropped' : 'kept'} ${r.rule}`;
    const t = table.get(key) ?? { lines: 0, good: 0, bad: 0 };
    t.lines++;
    // WCXB weighs words; trafilatura counts snippets (lines holding one).
    if (r.ref === good) t.good += set === 'wcxb' ? r.words : 1;
    if (r.ref === bad) t.bad += set === 'wcxb' ? r.words : 1;
    table.set(key, t);
  }
  const unit = set === 'wcxb' ? 'words' : 'lines with a snippet';
  const show = (fate: string, wrong: 'good' | 'bad'): void => {
    console.log(`\n${fate === 'dropped' ? 'dropped' : 'kept'}, ranked by ${unit} wrongly ${fate} (${wrong === 'good' ? good : bad}):`);
    console.log(`| rule | lines | ${good} | ${bad} |`);
    console.log('|---|---:|---:|---:|');
    [...table].filter(([k]) => k.startsWith(`${fate} `)).sort((a, b) => b[1][wrong] - a[1][wrong])
      .forEach(([k, t]) => console.log(`| ${k.slice(fate.length + 1)} | ${t.lines} | ${t.good} | ${t.bad} |`));
  };
  show('dropped', 'good');
  show('kept', 'bad');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const all: LineRow[] = [];
  for await (const rows of pages(args)) {
    if (args.print) for (const r of rows) console.log(`${r.page} L${r.line} ${r.fate.padEnd(8)} ${r.rule.padEnd(22)} ${r.ref.padEnd(7)} ${r.text.slice(0, 100)}`);
    all.push(...rows);
  }
  console.log(`\n${new Set(all.map((r) => r.page)).size} dumps, ${all.length} lines`);
  rank(all, args.set);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
