/**
 * Speed and memory of declutter on the dev-set HTML, beside @mozilla/readability + jsdom and
 * htmlparser2's bare parse (the floor for any DOM-based extractor), in the same run; then a
 * JSONL stream through the built CLI to show its memory stays flat.
 *
 * Usage: node dist/bench/speed.js [--limit N] [--records N] [--stream-workers N] [--no-stream]
 *   --limit N           pages of the dev set per engine (default 150; 0 = all 990)
 *   --records N         JSONL records streamed through the CLI (default 100000; 0 skips the stream)
 *   --stream-workers N  --workers of the streamed CLI (default 2)
 *   --stream-args "…"   more CLI flags for the stream (e.g. "--no-fallback")
 *   --stream-only       skip the engine table
 *   --data DIR          the dev set (default ../shared/bench-data/trafilatura-eval/html)
 *
 * Each engine runs in its own child process, so each peak memory (the process's RSS high-water
 * mark, worker threads included) is its own. Pages are read into memory before timing; worker
 * pools are started and warmed before timing (their start-up time is reported on its own).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { engineInChild, runEngine, ENGINES, type EngineResult } from './speed-engines.js';
import { streamRun, type StreamResult } from './speed-stream.js';
import { flagValue } from './flags.js';

const DEFAULT_DATA = path.resolve(import.meta.dirname, '../../../shared/bench-data/trafilatura-eval/html');

interface Flags {
  limit: number;
  records: number;
  streamWorkers: number;
  streamArgs: string[];
  data: string;
  engine: string | undefined;
  streamOnly: boolean;
}

function flags(argv: readonly string[]): Flags {
  const get = (name: string): string | undefined => flagValue(argv, name);
  return {
    limit: Number(get('limit') ?? 150),
    records: argv.includes('--no-stream') ? 0 : Number(get('records') ?? 100_000),
    streamWorkers: Number(get('stream-workers') ?? 2),
    streamArgs: (get('stream-args') ?? '').split(/\s+/).filter(Boolean),
    data: get('data') ?? process.env['DECLUTTER_SPEED_DATA'] ?? DEFAULT_DATA,
    engine: get('engine'),
    streamOnly: argv.includes('--stream-only'),
  };
}

export function pageFiles(data: string, limit: number): string[] {
  const files = readdirSync(data)
    .filter((f) => /\.html?$/i.test(f))
    .sort()
    .map((f) => path.join(data, f));
  return limit > 0 ? files.slice(0, limit) : files;
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function table(results: readonly EngineResult[]): string {
  const readability = results.find((r) => r.engine === 'readability+jsdom');
  const lines = [
    row(['engine', 'pages', 'pages/s', 'MB/s', 'pages/s of CPU', 'peak RSS MB', '× readability', '× readability (CPU)', 'notes']),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---']),
  ];
  for (const r of results) {
    const pps = r.pages / (r.ms / 1000);
    const mbs = r.bytes / 1e6 / (r.ms / 1000);
    const cpuPps = r.pages / (r.cpuMs / 1000);
    const rel = readability ? pps / (readability.pages / (readability.ms / 1000)) : NaN;
    const relCpu = readability ? cpuPps / (readability.pages / (readability.cpuMs / 1000)) : NaN;
    const cells = [pps.toFixed(1), mbs.toFixed(2), cpuPps.toFixed(1), r.maxRssMB.toFixed(0), rel.toFixed(1), relCpu.toFixed(1)];
    lines.push(row([r.engine, String(r.pages), ...cells, r.note ?? '']));
  }
  return lines.join('\n');
}

function streamTable(s: StreamResult): string {
  return [
    row(['stream', 'records', 'ok', 'failed', 'in order', 'seconds', 'pages/s', 'MB/s in', 'peak RSS MB']),
    row(['---', '---:', '---:', '---:', '---', '---:', '---:', '---:', '---:']),
    row([
      `CLI --jsonl --workers ${s.workers}${s.args.length ? ' ' + s.args.join(' ') : ''}`,
      String(s.records),
      String(s.ok),
      String(s.failed),
      s.inOrder ? 'yes' : 'NO',
      s.seconds.toFixed(1),
      (s.records / s.seconds).toFixed(1),
      (s.bytes / 1e6 / s.seconds).toFixed(2),
      s.peakRssMB.toFixed(0),
    ]),
  ].join('\n');
}

async function main(): Promise<void> {
  const f = flags(process.argv.slice(2));
  const files = pageFiles(f.data, f.limit);
  if (f.engine !== undefined) {
    // Child mode: one engine, result as one JSON line.
    process.stdout.write(JSON.stringify(await runEngine(f.engine, files)) + '\n');
    return;
  }
  const mb = files.reduce((n, file) => n + readFileSync(file).byteLength, 0) / 1e6;
  console.log(`dev set: ${files.length} pages, ${mb.toFixed(1)} MB, from ${f.data}`);
  // Wall-clock rates depend on what else the machine runs; the CPU-time columns much less.
  console.log(`${availableParallelism()} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} at the start\n`);
  const results: EngineResult[] = [];
  for (const engine of f.streamOnly ? [] : ENGINES) {
    process.stderr.write(`running ${engine}…\n`);
    results.push(await engineInChild(engine, f.limit, f.data));
  }
  if (results.length) console.log(table(results));
  const one = results.find((r) => r.engine === 'declutter, 1 worker');
  const two = results.find((r) => r.engine === 'declutter, 2 workers');
  if (one && two) console.log(`\n2 workers / 1 worker: ${(one.ms / one.pages / (two.ms / two.pages)).toFixed(2)}× (load average ${(loadavg()[0] ?? 0).toFixed(2)} at the end)`);
  if (f.records > 0) {
    process.stderr.write(`streaming ${f.records} records through the CLI…\n`);
    console.log('\n' + streamTable(await streamRun(files, f.records, f.streamWorkers, f.streamArgs)));
  }
}

await main();
