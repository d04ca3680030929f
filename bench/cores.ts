/**
 * The control for bench:speed's "2 workers / 1 worker": how this machine scales two runs that
 * share nothing. The main-thread engine runs in one process pinned to core 0, then in two
 * processes at once, pinned to cores 0 and 1 (`taskset`, Linux). Pinned, a process's V8 helper
 * threads (garbage collection, compilation) share its one core, so each process is exactly one
 * core's worth of work: the pair's total over the single run is what two cores can give.
 * A worker pool cannot pin: its workers share one process's helper threads, which take CPU beside
 * each worker's own (bench:speed prints that split).
 *
 *   npm run bench:cores                 # 600 dev pages per process
 *   node dist/bench/cores.js --limit 300
 */
import { spawnSync } from 'node:child_process';
import { engineInChild } from './speed-engines.js';

const ENGINE = 'declutter, main thread';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The main-thread engine in a child pinned to `core`: its pages/s. */
async function pinned(core: number, limit: number): Promise<number> {
  const r = await engineInChild(ENGINE, limit, undefined, core);
  return r.pages / (r.ms / 1000);
}

async function main(): Promise<void> {
  if (spawnSync('taskset', ['-c', '0', 'true']).status !== 0) {
    console.log('taskset is not available (Linux util-linux): nothing measured');
    return;
  }
  const limit = Number(arg('--limit') ?? 600);
  const one = await pinned(0, limit);
  const [a, b] = await Promise.all([pinned(0, limit), pinned(1, limit)]);
  console.log(`| run | pages/s |\n| --- | ---: |`);
  console.log(`| one process, core 0 | ${one.toFixed(1)} |`);
  console.log(`| two processes at once, core 0 + core 1 | ${a.toFixed(1)} + ${b.toFixed(1)} = ${(a + b).toFixed(1)} |`);
  console.log(`\ntwo independent single-core runs / one: ${((a + b) / one).toFixed(2)}×`);
}

await main();
