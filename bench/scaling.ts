/**
 * Does clean() grow linearly with input size? For every adversarial shape, cleans a page of a
 * base size and of 4× that size, alternately in one process, and prints the best time of each
 * and their ratio. Linear growth gives a ratio near 4; the bar is 5 (TARGET_RATIO). `npm run
 * test:long` fails a shape whose ratio stays over 6 (FAIL_RATIO) after a second, longer try.
 * Times are the lesser of wall and CPU time (see measureOnce); pin to one core for the bar:
 *
 *   taskset -c 0 node dist/bench/scaling.js                  # base 256 KiB: 256 KiB and 1 MiB
 *   taskset -c 0 node dist/bench/scaling.js --base 65536 --only html/tiny --runs 5
 */
import { clean } from '../src/index.js';
import { SHAPES, sizeOf, type Shape, type ShapeInput } from '../test/support/adversarial-inputs.js';

export const TARGET_RATIO = 5;
export const FAIL_RATIO = 6;
/**
 * Below this the 4× time is fixed costs and timer noise (a page rejected as binary, a page of
 * whitespace), and a ratio of two such times says nothing about growth.
 */
export const MIN_JUDGED_MS = 20;
const FACTOR = 4;

export interface ScalingRow {
  name: string;
  bytes: number;
  ms1: number;
  ms4: number;
  ratio: number;
  outcome: string;
}

/** One run: the lesser of wall and CPU time (wall counts other processes' load, CPU counts parallel GC twice). */
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

/** Best of `runs` at 1× and at 4×, alternating, so a burst of load on the machine hits both sizes. */
export async function scaleShape(s: Shape, base: number, runs: number): Promise<ScalingRow> {
  const small = s.make(base);
  const large = s.make(base * FACTOR);
  let ms1 = Infinity;
  let ms4 = Infinity;
  let outcome = '';
  for (let i = 0; i < runs; i++) {
    ms1 = Math.min(ms1, (await measureOnce(small)).ms);
    const t = await measureOnce(large);
    ms4 = Math.min(ms4, t.ms);
    outcome = t.outcome;
  }
  return { name: s.name, bytes: sizeOf(large), ms1, ms4, ratio: ms4 / Math.max(ms1, 0.1), outcome };
}

/** A ratio worth judging: the 4× run took long enough to measure growth. */
export const judged = (row: ScalingRow): boolean => row.ms4 >= MIN_JUDGED_MS;

export function formatRow(row: ScalingRow): string {
  const flag = !judged(row) ? '  (too fast to judge)' : row.ratio > FAIL_RATIO ? '  <-- OVER 6×' : row.ratio > TARGET_RATIO ? '  <-- over 5×' : '';
  return `${row.name.padEnd(30)} ${row.ms1.toFixed(1).padStart(9)} ${row.ms4.toFixed(1).padStart(9)} ${row.ratio.toFixed(2).padStart(6)}  ${row.outcome} (${(row.bytes / 1024).toFixed(0)} KiB)${flag}`;
}

export const HEADER = `${'shape'.padEnd(30)} ${'1× ms'.padStart(9)} ${'4× ms'.padStart(9)} ${'4×/1×'.padStart(6)}  outcome at 4×`;

/** Warms the JIT and loads the lazily imported HTML path, so the first shape is not charged for it. */
export async function warmUp(base: number): Promise<void> {
  for (const s of SHAPES.slice(0, 3)) await measureOnce(s.make(base));
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const base = Number(arg('--base') ?? 256 * 1024);
  const runs = Number(arg('--runs') ?? 3);
  const only = arg('--only');
  await warmUp(base);
  console.log(`base ${base} bytes and ${FACTOR}×; best of ${runs} alternating runs; ms = lesser of wall and CPU time`);
  console.log(HEADER);
  const over: string[] = [];
  for (const s of SHAPES) {
    if (only && !s.name.includes(only)) continue;
    const row = await scaleShape(s, base, runs);
    if (judged(row) && row.ratio > TARGET_RATIO) over.push(`${row.name} ${row.ratio.toFixed(2)}×`);
    console.log(formatRow(row));
  }
  console.log(over.length ? `\nover ${TARGET_RATIO}× at 4× the input: ${over.join(', ')}` : `\nevery judged shape: 4× the input costs at most ${TARGET_RATIO}× the time`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
