import { workerData } from 'node:worker_threads';
// Loaded at boot, not on the first HTML page (the pipeline imports it lazily): a fresh worker,
// e.g. one replacing a worker that timed out, must not charge module loading to its first page.
import '../html/extract.js';
import { processTask, type BatchSettings, type Outcome, type Task } from './task.js';

/**
 * The pool worker's entry point (loaded by piscina from dist/src/batch/worker.js). The run's
 * settings arrive once as workerData; each job carries only its own input and its slot.
 */
const data = workerData as { settings: BatchSettings; started: Float64Array };

export interface Job {
  task: Task;
  /** index into `started`, where this worker notes when it began the task */
  slot: number;
}

export default function work(job: Job): Promise<Outcome> {
  // The main thread's time limit counts from here, not from dispatch: a worker still booting
  // (or replacing one that timed out) must not eat into the next page's budget.
  data.started[job.slot] = Date.now();
  return processTask(job.task, data.settings);
}
