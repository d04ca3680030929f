import { Piscina } from 'piscina';
import { lineText } from './jsonl.js';
import { failure, inputFields, lineLabel, processTask, readRecord, type BatchSettings, type Outcome, type Task } from './task.js';
import type { Job } from './worker.js';

/** Runs tasks; `run` never rejects: every task comes back as an Outcome, failures included. */
export interface Executor {
  run(task: Task): Promise<Outcome>;
  close(): Promise<void>;
}

/** `--workers 0`: on the main thread, one task at a time (no time limit can be enforced here). */
export function inProcessExecutor(settings: BatchSettings): Executor {
  return {
    run: (task) => processTask(task, settings),
    close: async () => {},
  };
}

export interface PoolLimits {
  /** per-page time limit, counted from when a worker starts the page; 0: none */
  timeoutMs: number;
  /** each worker's old-generation heap cap, MB */
  heapMb: number;
}

/**
 * V8's young generation per worker; smaller ones cost CPU in extra scavenges (8 MB: +10%). 48 MB
 * cut the CPU of V8's helper threads by about a third for one worker (bench:speed's per-thread
 * split, 3 alternating runs on 600 dev pages), but a 3,000-record stream with 2 workers then peaked
 * at 294 MB against 254 (32 MB: 277 against 235): too close to the 300 MB a 100,000-record stream
 * may use, which adds about 25 MB to a 3,000-record peak.
 */
const YOUNG_GENERATION_MB = 16;
/** A worker whose heap holds more than this share of its cap after a page retires (see worker.ts). */
const RECYCLE_SHARE = 0.5;
/** Tries of a task that keeps landing on workers in the moment they retire. */
const RETIRED_TRIES = 8;

/**
 * A piscina pool of `threads` workers. At most `threads` jobs are handed to piscina at once, each
 * with its own slot in a shared array where the worker notes when it began. The time limit counts
 * from that moment, so time spent queued or waiting for a worker to boot is never charged to a
 * page. A page over the limit is aborted: piscina terminates that worker and starts a fresh one,
 * and the page is answered with a `timeout` error.
 */
export function poolExecutor(settings: BatchSettings, threads: number, limits: PoolLimits): Executor {
  const { timeoutMs } = limits;
  const started = new Float64Array(new SharedArrayBuffer(threads * Float64Array.BYTES_PER_ELEMENT));
  const pool = new Piscina<Job, Outcome>({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    // Workers live for the whole run; the pool is closed explicitly at the end.
    idleTimeout: 2 ** 31 - 1,
    // piscina's default ('sync') parks a worker in a blocking Atomics.wait between tasks, so its
    // event loop never turns while a stream keeps it busy and a retiring worker's exit (queued
    // with setImmediate, see worker.ts) never ran: over 2,000 JSONL records no worker retired and
    // peak RSS reached 517 MB; with message-port hand-over 3 retired and it peaked at 359 MB.
    atomics: 'disabled',
    workerData: { settings, started, recycleAt: limits.heapMb * RECYCLE_SHARE * 1024 * 1024 },
    // Capped heaps keep a long run's memory flat (V8 otherwise lets garbage grow far past what a
    // page needs: 400 MB vs 260 MB peak RSS on 600 dev pages with 2 workers, at the same CPU time);
    // a page that needs more fails alone as `out-of-memory` and its worker is replaced.
    resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  // A worker that dies outside a task (e.g. its module fails to load) is reported by piscina as a
  // pool 'error' as well as through the tasks it fails; unheard, that event would kill the run.
  pool.on('error', () => {});
  const slots = new Slots(threads);
  async function run(task: Task): Promise<Outcome> {
    // A task handed to a worker in the moment it retires (see worker.ts) fails with "worker
    // exited with code: 0" through no fault of its own, and may meet another retiring worker
    // on its next try (a tiny --worker-mb retires them after every page): such tries are
    // repeated up to RETIRED_TRIES times. Any other failure gets one more try.
    let crashes = 0;
    for (let tries = 1; ; tries++) {
      const outcome = await attempt(task);
      if (!(outcome instanceof Error)) return outcome;
      const retired = outcome.message.endsWith('exited with code: 0');
      if (!retired) crashes++;
      if (crashes >= 2 || tries >= RETIRED_TRIES) {
        const message = `the worker failed (${tries} tries): ${outcome.message}`;
        return failure(settings, { code: 'worker-failed', message }, describe(task, settings), label(task), 0);
      }
    }
  }
  /** The outcome, or the error of a worker that failed without an answer (worth one retry). */
  async function attempt(task: Task): Promise<Outcome | Error> {
    const slot = await slots.acquire();
    started[slot] = 0;
    const abort = new AbortController();
    const watch = timeoutMs > 0 ? watchdog(() => started[slot] ?? 0, timeoutMs, () => abort.abort()) : undefined;
    try {
      return await pool.run({ task, slot }, { signal: abort.signal });
    } catch (e) {
      if (abort.signal.aborted) return timeoutOutcome(task, settings, timeoutMs);
      if ((e as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        const message = `the page needed more than the worker's ${limits.heapMb} MB heap (--worker-mb); the worker was recycled`;
        return failure(settings, { code: 'out-of-memory', message }, describe(task, settings), label(task), 0);
      }
      return e instanceof Error ? e : new Error(String(e));
    } finally {
      watch?.stop();
      slots.release(slot);
    }
  }
  return { run, close: () => pool.destroy() };
}

/** Calls `fire` once `limitMs` have passed since `startedAt()` (0 while the job has not started). */
function watchdog(startedAt: () => number, limitMs: number, fire: () => void): { stop(): void } {
  let timer: NodeJS.Timeout | undefined;
  const check = (): void => {
    const t0 = startedAt();
    const left = t0 === 0 ? limitMs : t0 + limitMs - Date.now();
    if (left <= 0) fire();
    else timer = setTimeout(check, left);
  };
  timer = setTimeout(check, limitMs);
  return { stop: () => clearTimeout(timer) };
}

function timeoutOutcome(task: Task, settings: BatchSettings, timeoutMs: number): Outcome {
  const message = `no result within ${timeoutMs} ms (--timeout-ms); the worker was recycled`;
  return failure(settings, { code: 'timeout', message }, describe(task, settings), label(task), 0);
}

/** The identifying fields of a task's error record; for a JSONL line this re-reads its id and url. */
export function describe(task: Task, settings: BatchSettings): Record<string, unknown> {
  const where = inputFields(task);
  if (task.type !== 'line') return where;
  try {
    const { id, url } = readRecord(JSON.parse(lineText(task.line)), settings.fields);
    return { id, url, ...where };
  } catch {
    return { id: null, url: null, ...where };
  }
}

export function label(task: Task): string {
  return task.type === 'line' ? lineLabel(task) : task.name;
}

/** Free slot numbers, handed out first come first served, so tasks enter the pool in input order. */
class Slots {
  private readonly free: number[];
  private readonly waiting: Array<(slot: number) => void> = [];
  constructor(count: number) {
    this.free = Array.from({ length: count }, (_, i) => i);
  }
  acquire(): Promise<number> {
    const slot = this.free.pop();
    if (slot !== undefined) return Promise.resolve(slot);
    return new Promise((resolve) => this.waiting.push(resolve));
  }
  release(slot: number): void {
    const next = this.waiting.shift();
    if (next) next(slot);
    else this.free.push(slot);
  }
}
