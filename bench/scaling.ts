/**
 * Does clean() grow linearly with input size? For every adversarial shape, cleans a page of
 * 1×, 4× and 16× a base size and prints the times and the 16×/1× ratio. Linear growth gives a
 * ratio near 16 (exponent ≈ 1); a ratio far above it (exponent over 1.3 and a 16× run over
 * 300 ms) is flagged as super-linear.
 *
 *   npm run bench:scaling                       # base 64 KiB: 64 KiB, 256 KiB, 1 MiB
 *   node dist/bench/scaling.js --base 16384 --only html/deep
 */
import { clean } from '../src/index.js';
import { SHAPES, sizeOf, type ShapeInput } from '../test/support/adversarial-inputs.js';

const FLAG_EXPONENT = 1.3;
const FLAG_MIN_MS = 300;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function timeOnce(input: ShapeInput): Promise<{ ms: number; outcome: string }> {
  const t = performance.now();
  let outcome: string;
  try {
    const r = await clean(input);
    outcome = `${r.kind}/${r.extractor} ${r.stories.length} stories ${r.removed.length} removed`;
  } catch (err) {
    outcome = `error ${String((err as { code?: unknown }).code)}`;
  }
  return { ms: performance.now() - t, outcome };
}

/** The fastest of `runs` (small inputs are noisy; the minimum is the least disturbed). */
async function timeBest(input: ShapeInput, runs: number): Promise<{ ms: number; outcome: string }> {
  let best = await timeOnce(input);
  for (let i = 1; i < runs; i++) {
    const t = await timeOnce(input);
    if (t.ms < best.ms) best = t;
  }
  return best;
}

async function main(): Promise<void> {
  const base = Number(arg('--base') ?? 65536);
  const only = arg('--only');
  const factors = [1, 4, 16];
  // Warm up the JIT and the lazily loaded HTML path and fallback libraries.
  for (const s of SHAPES.slice(0, 3)) await timeOnce(s.make(base));
  console.log(`base ${base} bytes; times in ms (best of 3 at 1×, 2 at 4×, 1 at 16×)`);
  console.log(`${'shape'.padEnd(30)} ${'1×'.padStart(8)} ${'4×'.padStart(8)} ${'16×'.padStart(8)} ${'16×/1×'.padStart(8)} ${'exp'.padStart(5)}  outcome at 16×`);
  const flagged: string[] = [];
  for (const s of SHAPES) {
    if (only && !s.name.includes(only)) continue;
    const times: number[] = [];
    let outcome = '';
    for (const f of factors) {
      const input = s.make(base * f);
      const t = await timeBest(input, f === 1 ? 3 : f === 4 ? 2 : 1);
      times.push(t.ms);
      outcome = `${t.outcome} (${(sizeOf(input) / 1024).toFixed(0)} KiB)`;
    }
    const [t1, , t16] = times as [number, number, number];
    const ratio = t16 / Math.max(t1, 0.5);
    const exponent = Math.log(ratio) / Math.log(16);
    const flag = exponent > FLAG_EXPONENT && t16 > FLAG_MIN_MS;
    if (flag) flagged.push(s.name);
    console.log(
      `${s.name.padEnd(30)} ${times.map((t) => t.toFixed(1).padStart(8)).join(' ')} ${ratio.toFixed(1).padStart(8)} ${exponent.toFixed(2).padStart(5)}  ${outcome}${flag ? '  <-- SUPER-LINEAR' : ''}`,
    );
  }
  console.log(flagged.length ? `\nsuper-linear: ${flagged.join(', ')}` : '\nno shape grows clearly faster than linear');
}

await main();
