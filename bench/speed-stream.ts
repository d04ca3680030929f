/**
 * bench/speed.ts's streaming run: N JSONL records (the dev pages, cycled) piped through the built
 * CLI as a child process, with its peak memory read from the kernel while it runs.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lineText, readLines } from '../src/batch/jsonl.js';

export interface StreamResult {
  workers: number;
  args: string[];
  records: number;
  ok: number;
  failed: number;
  /** every record came back, ids in input order */
  inOrder: boolean;
  seconds: number;
  bytes: number;
  peakRssMB: number;
}

const BIN = path.resolve(import.meta.dirname, '../src/cli/main.js');
const POLL_MS = 200;

/** The child's RSS high-water mark (VmHWM, kB, Linux); NaN where /proc is not there. */
export function highWaterMB(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

export async function streamRun(files: readonly string[], records: number, workers: number, args: string[] = []): Promise<StreamResult> {
  // Each page's JSON string once; records differ only in id and url.
  const pages = files.map((f) => Buffer.from(JSON.stringify(readFileSync(f, 'utf8'))));
  const t0 = performance.now();
  const child = spawn(process.execPath, [BIN, '--jsonl', '--workers', String(workers), '--no-summary', ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  let peak = 0;
  const poll = setInterval(() => {
    const mb = highWaterMB(child.pid ?? 0);
    if (mb > peak) peak = mb;
  }, POLL_MS);
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  const feeding = feed(child.stdin, pages, records);
  let ok = 0;
  let failed = 0;
  let next = 0;
  let inOrder = true;
  for await (const line of readLines(child.stdout)) {
    const r = JSON.parse(lineText(line.bytes)) as { id: string; ok: boolean };
    if (r.id !== String(next)) inOrder = false;
    next++;
    if (r.ok) ok++;
    else failed++;
    // The last reading before the child exits is the closest to its final high-water mark.
    if (next === records) peak = Math.max(peak, highWaterMB(child.pid ?? 0));
  }
  const bytes = await feeding;
  const code = await exited;
  clearInterval(poll);
  if (code !== 0 && code !== 1) throw new Error(`the CLI exited ${code}`);
  return { workers, args, records: next, ok, failed, inOrder: inOrder && next === records, seconds: (performance.now() - t0) / 1000, bytes, peakRssMB: peak };
}

/** Record `i` of a bench stream: the page (its JSON string) with an id and a url of its own. */
export function benchRecord(i: number, page: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`{"id":"${i}","url":"https://bench.example/${i}","html":`), page, Buffer.from('}\n')]);
}

/** Writes the records with backpressure (as a real upstream would); returns the bytes written. */
async function feed(stdin: NodeJS.WritableStream, pages: readonly Buffer[], records: number): Promise<number> {
  let bytes = 0;
  for (let i = 0; i < records; i++) {
    const line = benchRecord(i, pages[i % pages.length] as Buffer);
    bytes += line.byteLength;
    if (!stdin.write(line)) await new Promise((resolve) => stdin.once('drain', resolve));
  }
  stdin.end();
  return bytes;
}
