import { getHeapStatistics } from 'node:v8';
import { workerData } from 'node:worker_threads';
// Loaded at boot, not on the first HTML page (the pipeline imports it lazily): a fresh worker,
// e.g. one replacing a worker that timed out, must not charge module loading to its first page.
import '../html/read.js';
import { processTask, type BatchSettings, type Outcome, type Task } from './task.js';

/**
 * The pool worker's entry point (loaded by piscina from dist/src/batch/worker.js). The run's
 * settings arrive once as workerData; each job carries only its own input and its slot.
 */
const data = workerData as { settings: BatchSettings; started: Float64Array; recycleAt: number };

export interface Job {
  task: Task;
  /** index into `started`, where this worker notes when it began the task */
  slot: number;
}

let leaving = false;

export default async function work(job: Job): Promise<Outcome> {
  // The main thread's time limit counts from here, not from dispatch: a worker still booting
  // (or replacing one that timed out) must not eat into the next page's budget.
  data.started[job.slot] = Date.now();
  const outcome = await processTask(job.task, data.settings);
  if (!leaving && getHeapStatistics().used_heap_size > data.recycleAt) {
    // Memory a page leaves behind (a leak in a library, fragmentation) would otherwise grow for the
    // whole of an endless stream. This worker answers, then ends; piscina starts a fresh one. The
    // exit runs after piscina has posted the answer (a macrotask after its await continues).
    leaving = true;
    setImmediate(() => process.exit(0));
  }
  return outcome;
}
