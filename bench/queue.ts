/**
 * `npm run bench:queue`: the same JSONL records cleaned two ways on one host —
 *   - the JSONL mode with two worker threads (`declutter --jsonl --workers 2`, one process), and
 *   - the queue: two `declutter worker --concurrency 1` processes on a local redis-server, fed by
 *     `declutter submit` (records out in input order, as the JSONL mode writes them).
 * Prints wall time, pages/s and peak RSS (VmHWM, read from /proc while each process runs).
 * The queue's workers are started (and idle) before its clock starts; the JSONL mode's clock
 * includes its pool's start, which costs well under a second.
 *
 *   node dist/bench/queue.js [--records N] [--data DIR] [--runs N]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { lineText, readLines } from '../src/batch/jsonl.js';
import { TestRedis } from '../test/support/redis.js';
import { benchRecord, highWaterMB, streamRun } from './speed-stream.js';
import { flagValue } from './flags.js';

const BIN = path.resolve(import.meta.dirname, '../src/cli/main.js');
const DEFAULT_DATA = path.resolve(import.meta.dirname, '../../../shared/bench-data/trafilatura-eval/html');
const POLL_MS = 200;

interface Flags {
  records: number;
  data: string;
  runs: number;
}

function flags(argv: readonly string[]): Flags {
  const get = (name: string): string | undefined => flagValue(argv, name);
  return { records: Number(get('records') ?? 990), data: get('data') ?? DEFAULT_DATA, runs: Number(get('runs') ?? 1) };
}

interface Row {
  mode: string;
  seconds: number;
  records: number;
  inOrder: boolean;
  /** peak RSS of each process, MB */
  peaks: Record<string, number>;
}

/** Keeps the highest VmHWM seen of each named process until `stop` is called. */
function watchPeaks(procs: Record<string, ChildProcess>): { peaks: Record<string, number>; read(): void; stop(): void } {
  const peaks: Record<string, number> = {};
  const read = (): void => {
    for (const [name, p] of Object.entries(procs)) {
      const mb = highWaterMB(p.pid ?? 0);
      if (Number.isFinite(mb) && mb > (peaks[name] ?? 0)) peaks[name] = mb;
    }
  };
  const timer = setInterval(read, POLL_MS);
  return { peaks, read, stop: () => clearInterval(timer) };
}

function startWorker(redis: TestRedis, queue: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [BIN, 'worker', '--redis', redis.url, '--queue', queue, '--concurrency', '1'], { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr?.setEncoding('utf8').on('data', (c: string) => {
      err += c;
      if (err.includes('worker on queue')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`the worker exited ${code}: ${err}`)));
  });
}

async function queueRun(redis: TestRedis, pages: readonly Buffer[], records: number, run: number): Promise<Row> {
  const queue = `bench-${run}-${Date.now()}`;
  const workers = await Promise.all([startWorker(redis, queue), startWorker(redis, queue)]);
  const t0 = performance.now();
  const submit = spawn(process.execPath, [BIN, 'submit', '--redis', redis.url, '--queue', queue], { stdio: ['pipe', 'pipe', 'inherit'] });
  const procs: Record<string, ChildProcess> = { 'worker 1': workers[0] as ChildProcess, 'worker 2': workers[1] as ChildProcess, submit };
  const watch = watchPeaks(procs);
  const exited = new Promise((resolve) => submit.on('close', resolve));
  const feeding = (async () => {
    for (let i = 0; i < records; i++) {
      if (!submit.stdin.write(benchRecord(i, pages[i % pages.length] as Buffer))) await new Promise((r) => submit.stdin.once('drain', r));
    }
    submit.stdin.end();
  })();
  let next = 0;
  let inOrder = true;
  for await (const line of readLines(submit.stdout)) {
    if ((JSON.parse(lineText(line.bytes)) as { id: string }).id !== String(next)) inOrder = false;
    next++;
    if (next === records) watch.read();
  }
  await feeding;
  await exited;
  const seconds = (performance.now() - t0) / 1000;
  watch.read();
  watch.stop();
  for (const w of workers) w.kill('SIGTERM');
  await Promise.all(workers.map((w) => new Promise((r) => (w.exitCode !== null ? r(null) : w.on('exit', r)))));
  return { mode: 'queue: 2 worker processes × 1 + submit', seconds, records: next, inOrder: inOrder && next === records, peaks: watch.peaks };
}

function table(rows: readonly Row[], redisPeak: number): string {
  const lines = ['| mode | records | s | pages/s | peak RSS MB (per process) | peak RSS MB (sum) | in order |', '| --- | ---: | ---: | ---: | --- | ---: | --- |'];
  for (const r of rows) {
    const per = Object.entries(r.peaks).map(([n, mb]) => `${n} ${mb.toFixed(0)}`).join(', ');
    const sum = Object.values(r.peaks).reduce((a, b) => a + b, 0);
    lines.push(`| ${r.mode} | ${r.records} | ${r.seconds.toFixed(1)} | ${(r.records / r.seconds).toFixed(1)} | ${per} | ${sum.toFixed(0)} | ${r.inOrder ? 'yes' : 'NO'} |`);
  }
  return `${lines.join('\n')}\n\nredis-server peak RSS: ${redisPeak.toFixed(0)} MB (not in the sums); load average at the end ${(loadavg()[0] ?? 0).toFixed(2)}`;
}

async function main(): Promise<void> {
  const f = flags(process.argv.slice(2));
  const files = readdirSync(f.data).filter((n) => /\.html?$/i.test(n)).sort().map((n) => path.join(f.data, n));
  const pages = files.map((file) => Buffer.from(JSON.stringify(readFileSync(file, 'utf8'))));
  const redis = await TestRedis.start();
  if (typeof redis === 'string') throw new Error(redis);
  const rows: Row[] = [];
  let redisPeak = 0;
  try {
    for (let run = 1; run <= f.runs; run++) {
      process.stderr.write(`run ${run}: JSONL mode, 2 workers…\n`);
      const s = await streamRun(files, f.records, 2);
      rows.push({ mode: '--jsonl --workers 2 (one process)', seconds: s.seconds, records: s.records, inOrder: s.inOrder, peaks: { process: s.peakRssMB } });
      process.stderr.write(`run ${run}: queue, 2 worker processes…\n`);
      rows.push(await queueRun(redis, pages, f.records, run));
      redisPeak = Math.max(redisPeak, highWaterMB(redis.pid ?? 0));
    }
  } finally {
    await redis.stop();
  }
  console.log(table(rows, redisPeak));
}

await main();
