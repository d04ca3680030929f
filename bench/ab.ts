/**
 * Paired speed A/B of two built checkouts of declutter, in one process: every page is cleaned by
 * both, back to back (which goes first alternates from page to page and pass to pass), and each
 * side's CPU time is summed. Load on the machine hits both sides alike, which separate runs
 * cannot promise. Run it both ways round (A B, then B A): the side loaded first has measured up
 * to 3% ahead on its own, and the mean of the two orders is the difference.
 *
 *   taskset -c 1 node dist/bench/ab.js ../old-checkout ../new-checkout 3 [DIR]
 *
 * DIR defaults to the trafilatura dev pages (HTML); a folder named text/ is cleaned as dumps.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

type Clean = (input: Uint8Array, opts: { kind: 'html' | 'text'; fallback: boolean }) => Promise<unknown>;

const [rootA, rootB, passesArg, dirArg] = process.argv.slice(2);
if (rootA === undefined || rootB === undefined) {
  console.error('usage: node dist/bench/ab.js CHECKOUT_A CHECKOUT_B [passes] [dir]');
  process.exit(2);
}
const passes = Number(passesArg ?? 3);
const dir = dirArg ?? path.resolve(import.meta.dirname, '../../../shared/bench-data/trafilatura-eval/html');
const kind = path.basename(dir) === 'text' ? 'text' : 'html';
const load = async (root: string): Promise<Clean> => ((await import(pathToFileURL(path.resolve(root, 'dist/src/index.js')).href)) as { clean: Clean }).clean;
const a = await load(rootA);
const b = await load(rootB);
const pages = readdirSync(dir).sort().map((f) => new Uint8Array(readFileSync(path.join(dir, f))));
const opts = { kind, fallback: false } as const;

async function cpuMs(clean: Clean, page: Uint8Array): Promise<number> {
  const start = process.cpuUsage();
  try {
    await clean(page, opts);
  } catch {
    // A page either side rejects still costs what it cost.
  }
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

for (const page of pages.slice(0, 100)) {
  await cpuMs(a, page);
  await cpuMs(b, page);
}
let totalA = 0;
let totalB = 0;
const rate = (ms: number, n: number): string => ((n / ms) * 1000).toFixed(1);
for (let p = 0; p < passes; p++) {
  let msA = 0;
  let msB = 0;
  for (let i = 0; i < pages.length; i++) {
    const page = pages[i] as Uint8Array;
    if ((i + p) % 2 === 1) {
      msA += await cpuMs(a, page);
      msB += await cpuMs(b, page);
    } else {
      msB += await cpuMs(b, page);
      msA += await cpuMs(a, page);
    }
  }
  totalA += msA;
  totalB += msB;
  console.log(`pass ${p}: A ${rate(msA, pages.length)} pages/s, B ${rate(msB, pages.length)} pages/s of CPU; B/A time ${(msB / msA).toFixed(3)}`);
}
console.log(`all passes: A ${rate(totalA, passes * pages.length)} pages/s, B ${rate(totalB, passes * pages.length)} pages/s of CPU; B/A time ${(totalB / totalA).toFixed(3)}`);
