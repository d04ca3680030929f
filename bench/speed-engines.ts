/**
 * The engines bench/speed.ts compares, each run in a child process of its own (see there).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'htmlparser2';
import { documentItems, drive } from '../src/batch/drive.js';
import type { Input } from '../src/batch/inputs.js';
import { inProcessExecutor, poolExecutor, type Executor } from '../src/batch/pool.js';
import type { BatchSettings } from '../src/batch/task.js';
import { preloadFallback } from '../src/html/fallback.js';
import { resolveOptions } from '../src/options.js';

export interface EngineResult {
  engine: string;
  pages: number;
  bytes: number;
  ms: number;
  maxRssMB: number;
  /** CPU time of the whole process (all threads) over the timed part: fairer than ms on a busy machine */
  cpuMs: number;
  note?: string;
}

export const ENGINES = [
  'htmlparser2 parseDocument',
  'declutter, main thread',
  'declutter, main thread, --fallback',
  'declutter, 1 worker',
  'declutter, 2 workers',
  'readability+jsdom',
] as const;

/**
 * Pages every thread that runs pages gets before the clock starts (cycling the pages when there
 * are fewer), so each engine is measured as a long run sees it: code compiled hot, heap grown.
 * V8 takes long to settle here: pinned to one thread, TurboFan spent 1764 ms compiling during the
 * first 250 dev pages, then 228 / 193 / 276 ms per 250 up to page 1,000, 105–223 up to 1,500 and
 * under 85 after that (`node --trace-opt`). Every worker thread compiles its own code, so a pool
 * warms with this many pages per worker: with 200 warm-up pages in all, each of 2 workers had seen
 * only 100, and both were still compiling through the timed pages (TurboFan's CPU on V8's helper
 * threads, doubled, was most of why 2 workers ran 1.33× one worker on 600 pages).
 */
const WARMUP = 1000;

const SETTINGS: BatchSettings = {
  format: 'jsonl',
  stories: 'main',
  // The main path alone (the speed bar's subject): the Readability fallback is measured apart.
  options: resolveOptions({ fallback: false }),
  removed: false,
  explain: false,
  fields: { id: 'id', url: 'url', html: 'html', text: 'text' },
  outDir: undefined,
  resume: false,
};

export async function runEngine(engine: string, files: readonly string[]): Promise<EngineResult> {
  const bytes = files.reduce((n, f) => n + readFileSync(f).byteLength, 0);
  let timed: { ms: number; cpuMs: number; note?: string };
  switch (engine) {
    case 'htmlparser2 parseDocument':
      timed = await timeEach(files, (html) => void parseDocument(html));
      break;
    case 'readability+jsdom': {
      // Imported here only: loaded in every engine's process it would add ~100 MB of RSS and
      // ~50 MB of heap to the declutter rows (whose fallback loads it only when a page needs it).
      const [{ Readability }, { JSDOM, VirtualConsole }] = await Promise.all([import('@mozilla/readability'), import('jsdom')]);
      // Scripts never run (JSDOM's default); the same call Readability's own docs show.
      // A VirtualConsole with no listeners keeps jsdom's CSS parse errors off the terminal.
      timed = await timeEach(files, (html) => {
        const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
        new Readability(dom.window.document).parse();
        dom.window.close();
      });
      break;
    }
    case 'declutter, main thread':
    case 'declutter, main thread, --fallback': {
      const settings: BatchSettings = { ...SETTINGS, options: resolveOptions({ fallback: engine.endsWith('--fallback') }) };
      // The readability row imports jsdom before its clock starts; so does this one.
      if (settings.options.fallback) await preloadFallback();
      const { ms, cpuMs, failed } = await timeBatch(files, inProcessExecutor(settings), settings);
      timed = { ms, cpuMs, note: failed ? `${failed} failed` : '' };
      break;
    }
    case 'declutter, 1 worker':
    case 'declutter, 2 workers':
      timed = await timePool(files, engine.startsWith('declutter, 1') ? 1 : 2);
      break;
    default:
      throw new Error(`unknown engine ${engine}`);
  }
  const maxRssMB = process.resourceUsage().maxRSS / 1024;
  return { engine, pages: files.length, bytes, ...timed, maxRssMB };
}

/**
 * A DOM library on pages already in memory as strings (decoding is not charged to it). The event
 * loop turns after every page, as it does between the pages of a real run: jsdom frees a closed
 * window only then. In one synchronous loop its heap held 1,220 MB after 150 pages (362 MB with a
 * turn after each), and 1,600 pages ran it out of heap.
 */
async function timeEach(files: readonly string[], fn: (html: string) => void): Promise<{ ms: number; cpuMs: number }> {
  const pages = files.map((f) => readFileSync(f, 'utf8'));
  const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
  for (const html of cycled(pages, WARMUP)) {
    fn(html);
    await turn();
  }
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (const html of pages) {
    fn(html);
    await turn();
  }
  return { ms: performance.now() - t0, cpuMs: cpuSince(c0) };
}

/** The first `n` items of `items` repeated end to end. */
function cycled<T>(items: readonly T[], n: number): T[] {
  return Array.from({ length: n }, (_, i) => items[i % items.length] as T);
}

function cpuSince(c0: NodeJS.CpuUsage): number {
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

/**
 * declutter as the CLI runs it on a folder: files read (by the workers, when there are workers),
 * cleaned, formatted as JSONL records, delivered in order; the output itself is dropped.
 */
async function timeBatch(
  files: readonly string[],
  exec: Executor,
  settings = SETTINGS,
  threads = 1,
  clock: { start(): void; stop(): void } = { start() {}, stop() {} },
): Promise<{ ms: number; cpuMs: number; failed: number }> {
  const inputs: Input[] = files.map((f) => ({ type: 'file', path: f, name: f, rel: f }));
  const noStdin: AsyncIterable<Buffer> = { [Symbol.asyncIterator]: async function* () {} };
  let failed = 0;
  const emit = async (o: { status: string }): Promise<boolean> => {
    if (o.status === 'failed') failed++;
    return true;
  };
  await drive(documentItems(cycled(inputs, WARMUP * threads), noStdin, settings), exec, emit, 8);
  failed = 0;
  clock.start();
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  await drive(documentItems(inputs, noStdin, settings), exec, emit, 8);
  const ms = performance.now() - t0;
  const cpuMs = cpuSince(c0);
  clock.stop();
  await exec.close();
  return { ms, cpuMs, failed };
}

async function timePool(files: readonly string[], threads: number): Promise<{ ms: number; cpuMs: number; note: string }> {
  const t0 = performance.now();
  const exec = poolExecutor(SETTINGS, threads, { timeoutMs: 0, heapMb: 192 });
  // Start every worker (one tiny page each, at once) so start-up is measured apart from throughput.
  await Promise.all(Array.from({ length: threads }, () => exec.run({ type: 'bytes', bytes: Buffer.from('<p>warm</p>'), name: 'warm', outName: 'warm' })));
  const boot = performance.now() - t0;
  let before = new Map<string, number>();
  let split = '';
  const clock = { start: () => (before = threadCpu()), stop: () => (split = cpuSplit(before, threadCpu(), threads)) };
  const { ms, cpuMs, failed } = await timeBatch(files, exec, SETTINGS, threads, clock);
  return { ms, cpuMs, note: `pool start ${boot.toFixed(0)} ms${split}${failed ? `, ${failed} failed` : ''}` };
}

/** CPU milliseconds of each thread of this process, by thread id (Linux /proc; empty elsewhere). */
function threadCpu(): Map<string, number> {
  const out = new Map<string, number>();
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      // Fields after the command name: utime and stime are the 12th and 13th, in clock ticks (10 ms).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(tid, (Number(fields[11]) + Number(fields[12])) * 10);
    }
  } catch {
    // Not Linux: no breakdown.
  }
  return out;
}

/**
 * Where the timed part's CPU went: the main thread (its id is the process id), the `workers`
 * busiest other threads (the worker threads running pages), and the rest (V8's helper threads:
 * garbage collection, compilation; libuv's pool). Threads are told apart by CPU alone: a heuristic.
 */
function cpuSplit(before: Map<string, number>, after: Map<string, number>, workers: number): string {
  if (after.size === 0) return '';
  const main = String(process.pid);
  const used = [...after].map(([tid, ms]) => [tid, ms - (before.get(tid) ?? 0)] as const);
  const mainMs = used.find(([tid]) => tid === main)?.[1] ?? 0;
  const others = used.filter(([tid]) => tid !== main).map(([, ms]) => ms).sort((a, b) => b - a);
  const workerMs = others.slice(0, workers).reduce((a, b) => a + b, 0);
  const restMs = others.slice(workers).reduce((a, b) => a + b, 0);
  return `; CPU ms: workers ${workerMs}, main thread ${mainMs}, other threads ${restMs}`;
}

/**
 * One engine in a child process of bench/speed.js (its child mode); its last stdout line is its
 * JSON result. With `core`, the child is pinned to that core (`taskset`, Linux).
 */
export function engineInChild(engine: string, limit: number, data?: string, core?: number): Promise<EngineResult> {
  const speed = path.join(import.meta.dirname, 'speed.js');
  const node = [process.execPath, speed, '--engine', engine, '--limit', String(limit), ...(data === undefined ? [] : ['--data', data])];
  const [command, ...args] = core === undefined ? node : ['taskset', '-c', String(core), ...node];
  return new Promise((resolve, reject) => {
    const p = spawn(command as string, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
    p.on('error', reject);
    p.on('close', (code) => {
      if (code !== 0) return reject(new Error(`engine ${engine} exited ${code}`));
      resolve(JSON.parse(out.trim().split('\n').pop() ?? '') as EngineResult);
    });
  });
}
