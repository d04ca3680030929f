/**
 * Does clean() grow linearly with input size? For every adversarial shape, cleans a page of a
 * base size and of 4× that size and prints the time of each and their ratio. Linear growth gives
 * a ratio near 4; the bar is 5 (TARGET_RATIO). `npm run test:long` fails a shape whose ratio stays
 * over 6 (FAIL_RATIO) after a second, longer try. Pin to one core for the bar:
 *
 *   taskset -c 0 node dist/bench/scaling.js                  # base 256 KiB: 256 KiB and 1 MiB
 *   taskset -c 0 node dist/bench/scaling.js --base 65536 --only html/tiny --rounds 3 --runs 5
 *
 * How a size is timed (see measureSize): each size runs in its own fresh node process, which
 * first warms the JIT by cleaning a page of the same shape at the base size three times (the same
 * warm-up for 1× and 4×), then settles on the measured page: untimed runs of equal work (below),
 * at least as many as it will time and as many cleans at 4× as at 1× (V8 tiers a function up by
 * how often it runs, and the 4× page makes 4 times fewer calls for the same bytes), then until
 * three runs in a row set no new low by over 3% (column "settle": runs taken at 1× and 4×). Without that second warm-up the 4× process, which cleans 4
 * times fewer pages, timed runs that were still tiering up and growing its heap: at b2d2538,
 * text/terminators' 4× runs in one process took 183, 160, 203, 192, then 109 and 113 ms, while the
 * 1× process had settled by its second run of 4 pages; the fastest of 4 such runs gave 5.9–6.6×,
 * of 10 runs 4.6×. A fixed count was not enough either: at e3cd22b text/repeated-story's 1 MiB page
 * took 45–60 ms a run from its 5th to its 12th clean and settled at 32–35 ms from the 17th (the
 * 256 KiB page at 9–10 ms from its 18th clean), so 4 settle runs gave 5.6× where settled pages
 * give 3.5×.
 * The two sizes then do the same amount of work: the 4× process cleans its
 * page once per run, the 1× process cleans its page 4 times back to back per run, and a run's time
 * is divided by the pages it cleaned. Each process reports its fastest of `runs` runs (the lesser
 * of wall and CPU time); the 1× and 4× processes alternate `rounds` times and the fastest of all
 * is kept.
 *
 * Why equal work: a page's collection cost is paid when the young generation fills, not when the
 * page is cleaned. A single 1× page can finish before the first scavenge and leave its garbage to
 * the next page, so "fastest single run" charged the 4× run for collections the 1× run deferred
 * (at 86bbada, html/unclosed-p's fastest 1× run had no scavenge and every 4× run two or three:
 * 5.75× single against ~4.3× in a steady loop). Four 1× pages allocate what one 4× page allocates,
 * so both sizes pay their own collections and a ratio near 4 means linear time, garbage included.
 * The fastest single run of each size is still printed (column "single") for comparison.
 *
 * In one shared process the 1× runs inherited the heap that the 4× runs had grown and needed far
 * fewer collections, which made ratios swing between 4× and 8.6× from run to run: hence a fresh
 * process per size. Collections are not forced between runs: a forced full GC made the next run
 * slower by about the same fixed amount at both sizes, which would hide growth.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { clean } from '../src/index.js';
import { SHAPES, shape, sizeOf, type Shape, type ShapeInput } from '../test/support/adversarial-inputs.js';

export const TARGET_RATIO = 5;
export const FAIL_RATIO = 6;
/**
 * Below this the 4× time is fixed costs and timer noise (a page rejected as binary, a page of
 * whitespace), and a ratio of two such times says nothing about growth.
 */
export const MIN_JUDGED_MS = 20;
const FACTOR = 4;
const SELF = fileURLToPath(import.meta.url);

export interface ScalingRow {
  name: string;
  bytes: number;
  ms1: number;
  ms4: number;
  ratio: number;
  /** the ratio of the fastest single runs (no equal work): for comparison only */
  singleRatio: number;
  /** untimed runs the 1× and 4× processes took to settle (the most of any round) */
  settled: [number, number];
  outcome: string;
}

interface SizeTiming {
  /** per page, over a run of equal work (see the header) */
  ms: number;
  /** the fastest single page */
  single: number;
  outcome: string;
  /** untimed runs it took to settle */
  settled: number;
}

/** One page: the lesser of wall and CPU time (wall counts other processes' load, CPU counts parallel GC threads twice). */
async function measureOnce(input: ShapeInput): Promise<{ ms: number; outcome: string }> {
  const t = performance.now();
  const cpu = process.cpuUsage();
  let outcome: string;
  try {
    const r = await clean(input);
    outcome = `${r.kind}/${r.extractor} ${r.stories.length} stories ${r.removed.length} removed`;
  } catch (err) {
    outcome = `error ${String((err as { code?: unknown }).code)}`;
  }
  const used = process.cpuUsage(cpu);
  return { ms: Math.min(performance.now() - t, (used.user + used.system) / 1000), outcome };
}

/**
 * Untimed runs of equal work (see the header) on the measured page: at least `runs` of them and
 * `runs × FACTOR` cleans (the same number of calls at both sizes), then until SETTLE_QUIET runs in
 * a row set no new low (by over SETTLE_GAIN), at most SETTLE_MAX runs. Returns how many it took.
 */
async function settle(input: ShapeInput, runs: number, pages: number): Promise<number> {
  const least = Math.max(runs, Math.ceil((runs * FACTOR) / pages));
  let low = Infinity;
  let quiet = 0;
  let n = 0;
  while (n < SETTLE_MAX && (n < least || quiet < SETTLE_QUIET)) {
    let total = 0;
    for (let k = 0; k < pages; k++) total += (await measureOnce(input)).ms;
    n++;
    if (total < low * (1 - SETTLE_GAIN)) quiet = 0;
    else quiet++;
    low = Math.min(low, total);
  }
  return n;
}

const SETTLE_QUIET = 3;
const SETTLE_GAIN = 0.03;
const SETTLE_MAX = 64;

/** The child's side: the same warm-up for every size, then the fastest of `runs` runs of `pages` pages each. */
async function childMain(name: string, bytes: number, base: number, runs: number, pages: number): Promise<void> {
  const s = shape(name);
  const warm = s.make(base, 2);
  for (let i = 0; i < 3; i++) await measureOnce(warm);
  const input = s.make(bytes);
  const settled = await settle(input, runs, pages);
  const best: SizeTiming = { ms: Infinity, single: Infinity, outcome: '', settled };
  for (let i = 0; i < runs; i++) {
    let total = 0;
    for (let k = 0; k < pages; k++) {
      const t = await measureOnce(input);
      total += t.ms;
      best.single = Math.min(best.single, t.ms);
      best.outcome = t.outcome;
    }
    best.ms = Math.min(best.ms, total / pages);
  }
  process.stdout.write(`${JSON.stringify(best)}\n`);
}

/** Times one size of one shape in a fresh process (see the header). */
function measureSize(name: string, bytes: number, base: number, runs: number, pages: number): Promise<SizeTiming> {
  const args = [SELF, '--child', name, String(bytes), String(base), String(runs), String(pages)];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { maxBuffer: 1 << 20 }, (err, stdout) => {
      if (err) reject(err);
      else resolve(JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as SizeTiming);
    });
  });
}

/** The fastest of `rounds` fresh processes per size, 1× and 4× alternating, so a burst of load hits both sizes. */
export async function scaleShape(s: Shape, base: number, rounds: number, runs = 4): Promise<ScalingRow> {
  let ms1 = Infinity;
  let ms4 = Infinity;
  let single1 = Infinity;
  let single4 = Infinity;
  let outcome = '';
  const settled: [number, number] = [0, 0];
  for (let i = 0; i < rounds; i++) {
    const a = await measureSize(s.name, base, base, runs, FACTOR);
    ms1 = Math.min(ms1, a.ms);
    single1 = Math.min(single1, a.single);
    settled[0] = Math.max(settled[0], a.settled);
    const b = await measureSize(s.name, base * FACTOR, base, runs, 1);
    ms4 = Math.min(ms4, b.ms);
    single4 = Math.min(single4, b.single);
    settled[1] = Math.max(settled[1], b.settled);
    outcome = b.outcome;
  }
  const ratio = (x: number, y: number): number => x / Math.max(y, 0.1);
  return { name: s.name, bytes: sizeOf(s.make(base * FACTOR)), ms1, ms4, ratio: ratio(ms4, ms1), singleRatio: ratio(single4, single1), settled, outcome };
}

/** A ratio worth judging: the 4× run took long enough to measure growth. */
export const judged = (row: ScalingRow): boolean => row.ms4 >= MIN_JUDGED_MS;

export function formatRow(row: ScalingRow): string {
  const flag = !judged(row) ? '  (too fast to judge)' : row.ratio > FAIL_RATIO ? '  <-- OVER 6×' : row.ratio > TARGET_RATIO ? '  <-- over 5×' : '';
  return `${row.name.padEnd(30)} ${row.ms1.toFixed(1).padStart(9)} ${row.ms4.toFixed(1).padStart(9)} ${row.ratio.toFixed(2).padStart(6)} ${row.singleRatio.toFixed(2).padStart(6)} ${row.settled.join('/').padStart(7)}  ${row.outcome} (${(row.bytes / 1024).toFixed(0)} KiB)${flag}`;
}

export const HEADER = `${'shape'.padEnd(30)} ${'1× ms'.padStart(9)} ${'4× ms'.padStart(9)} ${'4×/1×'.padStart(6)} ${'single'.padStart(6)} ${'settle'.padStart(7)}  outcome at 4×`;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const base = Number(arg('--base') ?? 256 * 1024);
  const rounds = Number(arg('--rounds') ?? 2);
  const runs = Number(arg('--runs') ?? 4);
  const only = arg('--only');
  console.log(`base ${base} bytes and ${FACTOR}×; each size in ${rounds} fresh processes (alternating), after the same warm-up and untimed runs until settled, fastest of ${runs} runs of equal work (1×: ${FACTOR} pages per run, 4×: 1); ms per page = lesser of wall and CPU time; "single" = ratio of the fastest single pages, for comparison`);
  console.log(HEADER);
  const over: string[] = [];
  for (const s of SHAPES) {
    if (only && !s.name.includes(only)) continue;
    const row = await scaleShape(s, base, rounds, runs);
    if (judged(row) && row.ratio > TARGET_RATIO) over.push(`${row.name} ${row.ratio.toFixed(2)}×`);
    console.log(formatRow(row));
  }
  console.log(over.length ? `\nover ${TARGET_RATIO}× at 4× the input: ${over.join(', ')}` : `\nevery judged shape: 4× the input costs at most ${TARGET_RATIO}× the time`);
}

if (process.argv[1] === SELF) {
  const child = process.argv.indexOf('--child');
  if (child >= 0) await childMain(process.argv[child + 1] ?? '', Number(process.argv[child + 2]), Number(process.argv[child + 3]), Number(process.argv[child + 4]), Number(process.argv[child + 5] ?? 1));
  else await main();
}
