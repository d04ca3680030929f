/**
 * The table the profile selector learns from (bench/select-train): every page of the WCXB dev
 * split and of the trafilatura dev set, cleaned as read and with each of the seven types given
 * (option `pageType`), with what the classifier saw of it (bench/select-features) and
 * each run's score — WCXB word F1, trafilatura snippet counts — and words kept.
 *
 * Usage: node dist/bench/select-data.js --out FILE.jsonl [--limit N] [--set wcxb|traf]
 *        (8 cleanings a page: ~15 min for WCXB, ~10 for trafilatura on a busy core)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { clean, PAGE_TYPES, type PageType } from '../src/index.js';
import { decode } from '../src/input/decode.js';
import { resolveOptions } from '../src/options.js';
import { RemovalLog } from '../src/rules/rule.js';
import { readHtml } from '../src/html/read.js';
import { typeFeatures } from './select-features.js';
import { storyText } from '../src/output/format.js';
import { countItem, type Counts, type Gold } from './score.js';
import { DATA } from './text-accuracy.js';
import { loadTruth, WCXB } from './wcxb.js';
import { wordF1, words } from './wcxb-score.js';
import { flagValue } from './flags.js';

/** One page under one type (or as read): the type the result carries, its score and the words it kept. */
export interface SelectRun {
  got: string;
  words: number;
  /** WCXB: body word F1 */
  f1?: number;
  /** trafilatura: snippet counts */
  counts?: Counts;
}

export interface SelectRow {
  set: 'wcxb' | 'traf';
  id: string;
  url: string;
  /** WCXB reference type */
  type?: string;
  /** bench/select-features, undefined when the page has no body */
  features?: number[];
  runs: Record<'read' | PageType, SelectRun>;
}

async function featuresOf(bytes: Uint8Array, url: string | undefined): Promise<number[] | undefined> {
  try {
    const read = await readHtml(decode(bytes), resolveOptions({ kind: 'html', url }), new RemovalLog());
    return read.evidence ? typeFeatures(read.evidence) : undefined;
  } catch {
    return undefined;
  }
}

async function runAll(one: (t: PageType | undefined) => Promise<SelectRun>): Promise<Record<'read' | PageType, SelectRun>> {
  const runs = { read: await one(undefined) } as Record<'read' | PageType, SelectRun>;
  for (const t of PAGE_TYPES) runs[t] = await one(t);
  return runs;
}

async function mainText(bytes: Uint8Array, url: string | undefined, pageType: PageType | undefined, role: 'main' | 'not-appended'): Promise<{ got: string; text: string }> {
  try {
    const r = await clean(bytes, { kind: 'html', url, pageType });
    const main = r.stories.find((s) => (role === 'main' ? s.role === 'main' : s.role !== 'appended'));
    return { got: r.pageType ?? '-', text: main ? (role === 'main' ? storyText(main) : main.body) : '' };
  } catch {
    return { got: 'error', text: '' };
  }
}

async function wcxbRows(limit: number, emit: (r: SelectRow) => void): Promise<void> {
  for (const t of loadTruth().slice(0, limit)) {
    const bytes = gunzipSync(readFileSync(path.join(WCXB, 'html', `${t.id}.html.gz`)));
    const url = t.url || undefined;
    const runs = await runAll(async (p) => {
      const { got, text } = await mainText(bytes, url, p, 'not-appended');
      return { got, words: words(text).length, f1: wordF1(text, t.body).f1 };
    });
    emit({ set: 'wcxb', id: t.id, url: t.url, type: t.type, features: await featuresOf(bytes, url), runs });
  }
}

async function trafRows(limit: number, emit: (r: SelectRow) => void): Promise<void> {
  const gold = JSON.parse(readFileSync(path.join(DATA, 'gold.json'), 'utf8')) as Record<string, Gold & { url?: string }>;
  for (const file of Object.keys(gold).sort().slice(0, limit)) {
    const g = gold[file] as Gold & { url?: string };
    const bytes = readFileSync(path.join(DATA, 'html', file));
    const runs = await runAll(async (p) => {
      const { got, text } = await mainText(bytes, g.url, p, 'main');
      return { got, words: words(text).length, counts: countItem(text, g) };
    });
    emit({ set: 'traf', id: file, url: g.url ?? '', features: await featuresOf(bytes, g.url), runs });
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const out = flagValue(argv, 'out') ?? 'select-data.jsonl';
  const limit = Number(flagValue(argv, 'limit') ?? Infinity);
  const only = flagValue(argv, 'set');
  const lines: string[] = [];
  const emit = (r: SelectRow): void => {
    lines.push(JSON.stringify(r));
    if (lines.length % 100 === 0) {
      process.stderr.write(`${lines.length} pages\n`);
      writeFileSync(out, lines.join('\n') + '\n');
    }
  };
  if (only !== 'traf') await wcxbRows(limit, emit);
  if (only !== 'wcxb') await trafRows(limit, emit);
  writeFileSync(out, lines.join('\n') + '\n');
  console.log(`${lines.length} pages → ${out}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
