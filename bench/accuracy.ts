/**
 * Accuracy and speed of the HTML path on the trafilatura evaluation set (990 pages): title plus
 * body of the main story, scored with the set's with/without snippets (see bench/score.ts), with
 * @mozilla/readability on jsdom run on the same pages for comparison.
 *
 * Usage: node dist/bench/accuracy.js [--data DIR] [--limit N] [--no-readability] [--no-fallback] [--dump FILE] [--speed-passes N]
 *   --limit N          only the first N pages (sorted by file name), for quick iterations
 *   --no-readability   skip the Readability comparison run (the slow part)
 *   --no-fallback      run declutter without its Readability fallback (main path only)
 *   --dump FILE        write per-page outputs and counts as JSON
 *   --speed-passes N   timed warm passes of the main path after the scored pass (default 3; 0: none)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { clean } from '../src/index.js';
import { storyText } from '../src/output/format.js';
import { Worker } from 'node:worker_threads';
import { add, countItem, metrics, ZERO, type Counts, type Gold } from './score.js';
import type { ReadabilityJob, ReadabilityOutput } from './readability-worker.js';
import { DATA } from './text-accuracy.js';

interface Args {
  data: string;
  limit: number;
  readability: boolean;
  fallback: boolean;
  dump: string | undefined;
  /** timed warm passes of the main path after the scored one (0: none) */
  passes: number;
}

interface PageResult {
  file: string;
  counts: Counts;
  output: string;
  ms: number;
  /** CPU time of the process (user + system) while cleaning this page: fair on a busy machine */
  cpuMs: number;
  extractor: string;
  fallbackRan: boolean;
  readability?: { counts: Counts; output: string };
}

const VALUE_FLAGS: ReadonlySet<string> = new Set(['--data', '--limit', '--dump', '--speed-passes']);
const KNOWN_FLAGS: ReadonlySet<string> = new Set([...VALUE_FLAGS, '--no-readability', '--no-fallback']);

function parseArgs(argv: readonly string[]): Args {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    data: value('--data') ?? DATA,
    limit: Number(value('--limit') ?? Infinity),
    readability: !argv.includes('--no-readability'),
    fallback: !argv.includes('--no-fallback'),
    dump: value('--dump'),
    passes: Number(value('--speed-passes') ?? 3),
  };
}

/** The pipeline notes in a warning when it ran the Readability fallback (see src/html/cascade.ts); "the Readability fallback is off" is no run. */
const FALLBACK_WARNING = /ran the Readability fallback/;

async function runOurs(bytes: Uint8Array, g: Gold, fallback: boolean): Promise<Omit<PageResult, 'file'>> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let output = '';
  let extractor = 'error';
  let fallbackRan = false;
  try {
    const r = await clean(bytes, { kind: 'html', url: g.url, fallback });
    const main = r.stories.find((s) => s.role === 'main');
    output = main ? storyText(main) : '';
    extractor = r.extractor;
    fallbackRan = r.warnings.some((w) => FALLBACK_WARNING.test(w));
  } catch {
    output = '';
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  return { counts: countItem(output, g), output, ms, cpuMs: (cpu.user + cpu.system) / 1000, extractor, fallbackRan };
}

const USAGE = 'usage: node dist/bench/accuracy.js [--data DIR] [--limit N] [--no-readability] [--no-fallback] [--dump FILE] [--speed-passes N]';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return;
  }
  const unknown = argv.filter((a, i) => a.startsWith('-') && !KNOWN_FLAGS.has(a) && !VALUE_FLAGS.has(argv[i - 1] ?? ''));
  if (unknown.length > 0) {
    console.error(`unknown option ${unknown.join(', ')}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const args = parseArgs(argv);
  const gold = JSON.parse(readFileSync(path.join(args.data, 'gold.json'), 'utf8')) as Record<string, Gold>;
  const files = Object.keys(gold).sort().slice(0, args.limit);
  const pages: PageResult[] = [];
  for (const file of files) {
    const g = gold[file] as Gold;
    const bytes = readFileSync(path.join(args.data, 'html', file));
    pages.push({ file, ...(await runOurs(bytes, g, args.fallback)) });
  }
  report('declutter', pages);
  if (args.passes > 0) await steadySpeed(files.map((f) => readFileSync(path.join(args.data, 'html', f))), args.passes);
  if (args.readability) await runReadability(args, gold, pages);
  if (args.dump) writeFileSync(args.dump, JSON.stringify(pages, null, 1));
}

/**
 * The main path's speed once warm, as a long run sees it: the scored pass above compiled the code
 * and grew the heap; then `passes` timed passes over every page (bytes in memory, fallback off).
 * CPU time counts every thread of the process (V8 collects garbage on helper threads too), so
 * pages per CPU-second is what one core would sustain.
 */
async function steadySpeed(pages: readonly Uint8Array[], passes: number): Promise<void> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < passes; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (const bytes of pages) {
      try {
        await clean(bytes, { kind: 'html', fallback: false });
      } catch {
        // counted like any page: the scored pass reports failures
      }
    }
    const c = process.cpuUsage(c0);
    wall.push(pages.length / ((performance.now() - t0) / 1000));
    cpu.push(pages.length / ((c.user + c.system) / 1e6));
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  console.log(
    `  main path, warm (median of ${passes} passes over ${pages.length} pages): ${median(wall).toFixed(0)} pages/s wall clock, ` +
      `${median(cpu).toFixed(0)} pages/s of CPU time (all threads) [passes: ${wall.map((x) => x.toFixed(0)).join(', ')} wall]`,
  );
}

/** Pages per Readability worker: each gets a fresh heap (see bench/readability-worker.ts). */
const READABILITY_BATCH = 100;

async function runReadability(args: Args, gold: Record<string, Gold>, pages: PageResult[]): Promise<void> {
  let counts = ZERO;
  const t0 = performance.now();
  for (let i = 0; i < pages.length; i += READABILITY_BATCH) {
    const batch = pages.slice(i, i + READABILITY_BATCH);
    const job: ReadabilityJob = { data: args.data, items: batch.map((p) => ({ file: p.file, url: (gold[p.file] as Gold).url })) };
    const outputs = await inWorker(job);
    for (const page of batch) {
      const output = outputs.get(page.file) ?? '';
      page.readability = { counts: countItem(output, gold[page.file] as Gold), output };
      counts = add(counts, page.readability.counts);
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  line('readability', counts, `${(pages.length / seconds).toFixed(1)} pages/s (jsdom + @mozilla/readability)`);
}

function inWorker(job: ReadabilityJob): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./readability-worker.js', import.meta.url), { workerData: job });
    let got = new Map<string, string>();
    worker.once('message', (results: ReadabilityOutput[]) => {
      got = new Map(results.map((r) => [r.file, r.output]));
    });
    worker.once('error', reject);
    worker.once('exit', () => resolve(got));
  });
}

const fmt = (x: number): string => x.toFixed(3);

function line(name: string, c: Counts, extra: string): void {
  const m = metrics(c);
  console.log(
    `  ${name.padEnd(12)} precision ${fmt(m.precision)}  recall ${fmt(m.recall)}  F1 ${fmt(m.f1)}  (tp ${c.tp} fp ${c.fp} fn ${c.fn})  ${extra}`,
  );
}

function report(name: string, pages: readonly PageResult[]): void {
  const counts = pages.reduce((acc, p) => add(acc, p.counts), ZERO);
  const totalMs = pages.reduce((s, p) => s + p.ms, 0);
  const mainPath = pages.filter((p) => !p.fallbackRan);
  const mainMs = mainPath.reduce((s, p) => s + p.ms, 0);
  const mainCpu = mainPath.reduce((s, p) => s + p.cpuMs, 0);
  const ran = pages.length - mainPath.length;
  const won = pages.filter((p) => p.extractor === 'readability').length;
  console.log(`HTML pages: ${pages.length} in ${(totalMs / 1000).toFixed(1)} s`);
  line(name, counts, `${(pages.length / (totalMs / 1000)).toFixed(0)} pages/s overall`);
  console.log(
    `  main path (no fallback), first pass: ${(mainPath.length / (mainMs / 1000 || 1)).toFixed(0)} pages/s wall clock, ` +
      `${(mainPath.length / (mainCpu / 1000 || 1)).toFixed(0)} pages/s of CPU time, on ${mainPath.length} pages; ` +
      `fallback ran on ${ran} pages (${((100 * ran) / (pages.length || 1)).toFixed(1)}%), won on ${won}`,
  );
}

await main();
