import { Queue, QueueEvents } from 'bullmq';
import { drive, lineItems } from '../batch/drive.js';
import { describe, label, type Executor } from '../batch/pool.js';
import { ProgressBar, Tally } from '../batch/progress.js';
import { failure, parseLine, type BatchSettings, type Outcome, type Task } from '../batch/task.js';
import { bullConnection, RedisLostError, RedisWatch, whileReachable, type QueueTarget } from './connection.js';
import { asOutcome, jobId, jobName, type JobResult } from './jobs.js';

export interface SubmitOptions extends QueueTarget {
  /** jobs in flight at most; the input is not read further until the oldest is answered */
  window: number;
  /** how long results stay in Redis for a rerun to find */
  keepHours: number;
  progress: boolean;
  /** undefined: only when stderr is a terminal */
  summary: boolean | undefined;
}

/** What submit reads and writes (the CLI's io fits it). */
export interface SubmitIO {
  stdin: AsyncIterable<Buffer | string>;
  out(chunk: string): Promise<void>;
  err(chunk: string): void;
  errIsTTY: boolean;
  outClosed?(): boolean;
}

/**
 * `declutter submit`: every line of stdin becomes a job (bad JSON is answered here, as the JSONL
 * mode answers it), and every line's output record is written to stdout in input order, from the
 * job's result. The window of jobs in flight is the JSONL mode's (batch/drive), so memory stays
 * flat however long the input is. Resolves to true when every record was ok (or empty), false when
 * some failed or the input broke off; rejects with RedisLostError when Redis stays unreachable.
 */
export async function runSubmit(o: SubmitOptions, settings: BatchSettings, io: SubmitIO): Promise<boolean> {
  const watch = new RedisWatch(o);
  const gate = { open: true };
  const connection = bullConnection(o.redis, gate);
  const queue = new Queue<unknown, JobResult>(o.queue, { connection, prefix: o.prefix });
  const events = new QueueEvents(o.queue, { connection, prefix: o.prefix });
  // Connection errors are the watch's to judge; unheard, an 'error' event would end the process.
  queue.on('error', () => {});
  events.on('error', () => {});
  // Each job waiting for its result listens for the queue closing.
  queue.setMaxListeners(o.window + 16);
  const exec = queueExecutor(queue, events, settings, o.keepHours * 3600);
  const tally = new Tally();
  const bar = io.errIsTTY && o.progress ? new ProgressBar((s) => io.err(s), undefined, () => exec.inFlight) : undefined;
  let cut = false;
  const emit = async (out: Outcome): Promise<boolean> => {
    if (cut || io.outClosed?.()) return false;
    if (out.err) io.err(out.err);
    if (out.out) await io.out(out.out);
    tally.add(out.status, out.bytes);
    bar?.update(tally);
    return !io.outClosed?.();
  };
  const run = async (): Promise<void> => {
    await watch.ready();
    await events.waitUntilReady();
    await drive(lineItems([{ type: 'stdin' }], io.stdin, settings), exec, emit, o.window);
  };
  let readError = false;
  try {
    await whileReachable(watch, run(), async () => {
      cut = true;
    });
    await Promise.all([events.close(), queue.close()]);
  } catch (e) {
    if (e instanceof RedisLostError) {
      // Not awaited: closing waits for a connection Redis no longer gives.
      gate.open = false;
      for (const closing of [queue.close(), events.close()]) closing.catch(() => {});
      bar?.clear();
      throw new RedisLostError(`${e.message}; ${tally.done} records were written. Run the same submit again to resume: finished jobs are not cleaned again.`);
    }
    bar?.clear();
    io.err(`declutter: reading input failed: ${e instanceof Error ? e.message : String(e)}\n`);
    readError = true;
    await Promise.all([events.close(), queue.close()]);
  } finally {
    watch.close();
  }
  bar?.clear();
  if (o.summary ?? io.errIsTTY) io.err(tally.summary());
  return !readError && tally.failed === 0;
}

interface QueueExecutor extends Executor {
  readonly inFlight: number;
}

/**
 * Tasks as jobs: `run` adds the line's job (or finds it, on a rerun) and waits for its result.
 * A job BullMQ gave up on (lost by too many workers) is answered with a `job-failed` record.
 */
function queueExecutor(queue: Queue<unknown, JobResult>, events: QueueEvents, settings: BatchSettings, keepSeconds: number): QueueExecutor {
  let inFlight = 0;
  const keep = { age: keepSeconds };
  async function run(task: Task): Promise<Outcome> {
    if (task.type !== 'line') throw new Error('the queue takes JSONL lines only');
    const parsed = parseLine(task, settings);
    if ('outcome' in parsed) return parsed.outcome;
    inFlight++;
    try {
      const job = await queue.add(jobName(task.lineNo), parsed.record, { jobId: jobId(queue.name, task.lineNo, task.line), removeOnComplete: keep, removeOnFail: keep });
      const outcome = asOutcome(await job.waitUntilFinished(events));
      if (outcome) return outcome;
      return failed(task, 'bad-result', 'the job finished without an output record (was it added by another program?)');
    } catch (e) {
      // Never a rejection: drive holds pending answers unawaited, and an unheard one would end the process.
      return failed(task, 'job-failed', `the queue gave up on this record: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      inFlight--;
    }
  }
  const failed = (task: Task, code: string, message: string): Outcome =>
    failure(settings, { code, message }, describe(task, settings), label(task), task.type === 'line' ? task.line.byteLength : 0);
  return {
    run,
    close: async () => {},
    get inFlight() {
      return inFlight;
    },
  };
}
