import { createHash } from 'node:crypto';
import type { Outcome, Task } from '../batch/task.js';

/**
 * What travels through the queue. A job's data is one input record, as the JSONL mode parses a
 * line ({"id","url","html"|"text"}); its name carries the input line number (`line 17`) so error
 * records name the line as the JSONL mode does; its result is the Outcome the JSONL mode would
 * have written for that line (`out` is the output record).
 */
export type JobResult = Outcome;

const NAME = /^line (\d+)$/;

export function jobName(lineNo: number): string {
  return `line ${lineNo}`;
}

/**
 * The job id of an input line: its line number and a hash of the queue, the line number and the
 * line's bytes. A rerun of the same input gets the same ids, so BullMQ keeps the jobs it already
 * has (and their results) instead of adding them again. Ids hold no ':' (BullMQ refuses those).
 */
export function jobId(queue: string, lineNo: number, line: Uint8Array): string {
  const hash = createHash('sha256').update(queue).update('\n').update(String(lineNo)).update('\n').update(line).digest('hex');
  return `${lineNo}-${hash.slice(0, 32)}`;
}

/**
 * A job as a batch task. The record is serialised back to a line, which the pool's worker parses
 * with the JSONL mode's own code: a job whose data is not a record gets that mode's error record.
 * Jobs not added by `declutter submit` (no `line N` name) name their job id as the input instead.
 */
export function jobTask(job: { id?: string | undefined; name: string; data: unknown }): Task {
  const m = NAME.exec(job.name);
  const line = Buffer.from(JSON.stringify(job.data ?? null));
  if (m) return { type: 'line', line, lineNo: Number(m[1]) };
  return { type: 'line', line, lineNo: 0, source: `job ${job.id ?? '?'}` };
}

/** A job result read back from Redis, checked: it must be an Outcome with a known status. */
export function asOutcome(value: unknown): Outcome | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const o = value as Partial<Outcome>;
  const statuses = ['ok', 'empty', 'failed', 'skipped'];
  if (typeof o.out !== 'string' || typeof o.status !== 'string' || !statuses.includes(o.status)) return undefined;
  return { status: o.status, out: o.out, err: typeof o.err === 'string' ? o.err : '', bytes: typeof o.bytes === 'number' ? o.bytes : 0 };
}

/** Stall recovery defaults: BullMQ's own (a lock of 30 s, renewed every 15 s; stalled jobs looked for every 30 s). */
export const DEFAULT_LOCK_MS = 30_000;
export const DEFAULT_STALLED_MS = 30_000;
/** A job may be lost by this many workers (killed, out of memory) and still be retried; one more and it fails. */
export const DEFAULT_MAX_STALLED = 2;
/** Results stay in Redis this long, so a rerun of the same submit finds them. */
export const DEFAULT_KEEP_HOURS = 24;
