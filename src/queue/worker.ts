import { Worker, type Job } from 'bullmq';
import { poolExecutor, type PoolLimits } from '../batch/pool.js';
import type { BatchSettings } from '../batch/task.js';
import { bullConnection, RedisWatch, whileReachable, type QueueTarget } from './connection.js';
import { jobTask, type JobResult } from './jobs.js';

export interface WorkerOptions extends QueueTarget {
  /** jobs cleaned at once, each on a pool thread of its own */
  concurrency: number;
  limits: PoolLimits;
  /** how long a job's lock lasts without renewal: a killed worker's jobs are free again after it */
  lockMs: number;
  /** how often this worker looks for jobs whose lock has expired (stalled) and puts them back */
  stalledMs: number;
  /** a job lost by more workers than this fails (and its submitter writes an error record) */
  maxStalled: number;
}

/**
 * `declutter worker`: takes jobs from the queue and cleans each on the JSONL mode's worker pool
 * (same code, per-page time limit and heap cap), storing the output record as the job's result.
 * Runs until `stop` is aborted (SIGTERM): then it takes no new jobs, finishes those it holds and
 * resolves. Rejects with RedisLostError when Redis stays unreachable for `redisTimeoutMs`.
 * A SIGKILLed worker's jobs are recovered by BullMQ: their locks expire after `lockMs` and the
 * next stalled-job check of any live worker puts them back in the queue.
 */
export async function runWorker(o: WorkerOptions, settings: BatchSettings, stop: AbortSignal, log: (line: string) => void): Promise<void> {
  const watch = new RedisWatch(o);
  const pool = poolExecutor(settings, o.concurrency, o.limits);
  const gate = { open: true };
  let worker: Worker<unknown, JobResult> | undefined;
  // Not awaited: closing waits for a connection Redis no longer gives.
  const abandon = async (): Promise<void> => {
    gate.open = false;
    worker?.close(true).catch(() => {});
  };
  try {
    await whileReachable(watch, watch.ready(), abandon);
    const w = new Worker<unknown, JobResult>(o.queue, (job: Job<unknown, JobResult>) => pool.run(jobTask(job)), {
      connection: bullConnection(o.redis, gate),
      prefix: o.prefix,
      concurrency: o.concurrency,
      lockDuration: o.lockMs,
      stalledInterval: o.stalledMs,
      maxStalledCount: o.maxStalled,
      autorun: false,
    });
    worker = w;
    // Connection errors are the watch's to judge; unheard, an 'error' event would end the process.
    w.on('error', () => {});
    const stopped = new Promise<void>((resolve) => {
      if (stop.aborted) resolve();
      stop.addEventListener('abort', () => resolve(), { once: true });
    });
    const running = w.run();
    log(`declutter: worker on queue ${o.queue} (concurrency ${o.concurrency})\n`);
    await whileReachable(watch, Promise.race([stopped, running]), abandon);
    log('declutter: worker stopping: finishing the jobs it holds\n');
    await whileReachable(watch, w.close(), abandon);
    await running;
  } finally {
    watch.close();
    await pool.close();
  }
}
