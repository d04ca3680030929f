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
 * warm-up for 1× and 4×), then cleans the page `runs` times and reports its fastest run (the
 * lesser of wall and CPU time). The 1× and 4× processes alternate `rounds` times and the fastest
 * of all is kept. In one shared process the 1× runs inherited the heap that the 4× runs had grown
 * and needed far fewer collections, which made ratios swing between 4× and 8.6× from run to run.
 * Collections are not forced between runs: a forced full GC made the next run slower by about
 * the same fixed amount at both sizes, which would hide growth.
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
  outcome: string;
}

interface SizeTiming {
  ms: number;
  outcome: string;
}

/** One run: the lesser of wall and CPU time (wall counts other processes' load, CPU counts parallel GC threads twice). */
async function measureOnce(input: ShapeInput): Promise<SizeTiming> {
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

/** The child's side: the same warm-up for every size, then the fastest of `runs` runs. */
async function childMain(name: string, bytes: number, base: number, runs: number): Promise<void> {
  const s = shape(name);
  const warm = s.make(base, 2);
  for (let i = 0; i < 3; i++) await measureOnce(warm);
  const input = s.make(bytes);
  let best: SizeTiming = { ms: Infinity, outcome: '' };
  for (let i = 0; i < runs; i++) {
    const t = await measureOnce(input);
    if (t.ms < best.ms) best = t;
  }
  process.stdout.write(`${JSON.stringify(best)}\n`);
}

/** Times one size of one shape in a fresh process (see the header). */
function measureSize(name: string, bytes: number, base: number, runs: number): Promise<SizeTiming> {
  const args = [SELF, '--child', name, String(bytes), String(base), String(runs)];
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
  let outcome = '';
  for (let i = 0; i < rounds; i++) {
    ms1 = Math.min(ms1, (await measureSize(s.name, base, base, runs)).ms);
    const t = await measureSize(s.name, base * FACTOR, base, runs);
    ms4 = Math.min(ms4, t.ms);
    outcome = t.outcome;
  }
  return { name: s.name, bytes: sizeOf(s.make(base * FACTOR)), ms1, ms4, ratio: ms4 / Math.max(ms1, 0.1), outcome };
}

/** A ratio worth judging: the 4× run took long enough to measure growth. */
export const judged = (row: ScalingRow): boolean => row.ms4 >= MIN_JUDGED_MS;

export function formatRow(row: ScalingRow): string {
  const flag = !judged(row) ? '  (too fast to judge)' : row.ratio > FAIL_RATIO ? '  <-- OVER 6×' : row.ratio > TARGET_RATIO ? '  <-- over 5×' : '';
  return `${row.name.padEnd(30)} ${row.ms1.toFixed(1).padStart(9)} ${row.ms4.toFixed(1).padStart(9)} ${row.ratio.toFixed(2).padStart(6)}  ${row.outcome} (${(row.bytes / 1024).toFixed(0)} KiB)${flag}`;
}

export const HEADER = `${'shape'.padEnd(30)} ${'1× ms'.padStart(9)} ${'4× ms'.padStart(9)} ${'4×/1×'.padStart(6)}  outcome at 4×`;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const base = Number(arg('--base') ?? 256 * 1024);
  const rounds = Number(arg('--rounds') ?? 2);
  const runs = Number(arg('--runs') ?? 4);
  const only = arg('--only');
  console.log(`base ${base} bytes and ${FACTOR}×; each size in ${rounds} fresh processes (alternating), after the same warm-up, fastest of ${runs} runs; ms = lesser of wall and CPU time`);
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
  if (child >= 0) await childMain(process.argv[child + 1] ?? '', Number(process.argv[child + 2]), Number(process.argv[child + 3]), Number(process.argv[child + 4]));
  else await main();
}
