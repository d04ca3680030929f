import { availableParallelism } from 'node:os';
import type { Argv, CommandModule, Options } from 'yargs';
import type { BatchSettings } from '../../batch/task.js';
import { addCleanOptions, cleanOptionsFromArgs } from '../clean-flags.js';
import { EXIT_DOC_FAILED, EXIT_OK, numberFlag, UsageError, type CliContext } from '../command.js';
import { CLEAN_COMMAND_FLAGS } from './clean.js';

/**
 * The queue commands: `worker`, `submit`, `queue-status`. BullMQ is loaded only in their handlers
 * (dynamic imports of src/queue/), so neither the library nor the cleaning command load it.
 */

/** Redis unreachable or lost: the run is cut short (submit: run it again to resume). */
export const EXIT_QUEUE_LOST = 3;

const QUEUE = 'Queue:';
const EPILOGUE = 'Exit status: 0 every record ok (or empty); 1 some record failed (each still answered); 2 usage error; 3 Redis unreachable or lost (submit: run it again to resume).';

/** Every queue command's flags: where the queue is. */
const TARGET_FLAGS: ReadonlyArray<readonly [string, Options]> = [
  ['redis', { type: 'string', demandOption: true, group: QUEUE, describe: 'redis://[user:password@]host[:port][/db] (rediss:// for TLS)' }],
  ['queue', { type: 'string', demandOption: true, group: QUEUE, describe: "the queue's name" }],
  ['prefix', { type: 'string', default: 'declutter', group: QUEUE, describe: "key prefix; on Redis Cluster a hash tag such as '{declutter}' keeps a queue's keys in one slot" }],
  ['redis-timeout-ms', { type: 'number', default: 10_000, group: QUEUE, describe: 'Redis unreachable this long (at start or mid-run): error, exit 3' }],
];

const WORKER_FLAGS: ReadonlyArray<readonly [string, Options]> = [
  ['concurrency', { type: 'number', group: QUEUE, defaultDescription: 'number of cores', describe: 'jobs cleaned at once, each on a worker thread of its own' }],
  ['lock-ms', { type: 'number', default: 30_000, group: QUEUE, describe: "a job's lock; a killed worker's jobs are taken again after it" }],
  ['stalled-ms', { type: 'number', default: 30_000, group: QUEUE, describe: 'how often to look for jobs whose worker died, and queue them again' }],
  ['max-stalled', { type: 'number', default: 2, group: QUEUE, describe: 'a job lost by more workers than this fails (an error record)' }],
];

/** The cleaning command's flags a worker takes too (it writes JSONL records, as --jsonl does). */
const FROM_CLEAN = new Set(['stories', 'removed', 'id-field', 'url-field', 'html-field', 'text-field', 'timeout-ms', 'worker-mb']);

const SUBMIT_FLAGS: ReadonlyArray<readonly [string, Options]> = [
  ['window', { type: 'number', default: 64, group: QUEUE, describe: 'jobs in flight at most (make it at least twice the concurrency of all workers)' }],
  ['keep-hours', { type: 'number', default: 24, group: QUEUE, describe: 'results stay in Redis this long, for a rerun to find' }],
  ['id-field', { type: 'string', default: 'id', describe: 'JSONL: field of the record id (for error records written here)' }],
  ['url-field', { type: 'string', default: 'url', describe: 'JSONL: field of the page URL (for error records written here)' }],
  ['summary', { type: 'boolean', defaultDescription: 'on when stderr is a terminal', describe: 'one line at the end: in, ok, empty, failed, pages/s' }],
  ['progress', { type: 'boolean', default: true, describe: 'progress on stderr when it is a terminal: done, failed, in flight, pages/s' }],
];

type Parsed = Record<string, unknown>;

function withFlags(y: Argv, flags: ReadonlyArray<readonly [string, Options]>): Argv<Parsed> {
  let b = y as Argv<Parsed>;
  for (const [name, opt] of flags) b = b.option(name, opt);
  return b.epilogue(EPILOGUE);
}

interface Target {
  redis: string;
  queue: string;
  prefix: string;
  redisTimeoutMs: number;
}

async function target(a: Parsed, argv: readonly string[]): Promise<Target> {
  const redis = String(a['redis']);
  const { connectionOptions } = await import('../../queue/connection.js');
  try {
    connectionOptions(redis);
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const redisTimeoutMs = numberFlag(argv, 'redis-timeout-ms', a['redis-timeout-ms'] as number, { min: 1, what: 'a number of milliseconds ≥ 1' }) ?? 10_000;
  return { redis, queue: String(a['queue']), prefix: String(a['prefix']), redisTimeoutMs };
}

/** Runs a queue command's work; Redis lost becomes a message and exit 3. */
async function guarded(ctx: CliContext, name: string, work: () => Promise<number>): Promise<void> {
  try {
    ctx.exit(await work());
  } catch (e) {
    if (!(e instanceof Error) || e.name !== 'RedisLostError') throw e;
    ctx.io.err(`declutter ${name}: ${e.message}\n`);
    ctx.exit(EXIT_QUEUE_LOST);
  }
}

/** `declutter worker`: cleans jobs until SIGTERM (or Ctrl-C), then finishes those it holds and exits 0. */
export function workerCommand(ctx: CliContext, argv: readonly string[]): CommandModule<object, Parsed> {
  return {
    command: 'worker',
    describe: 'take JSONL records from a BullMQ queue in Redis and clean them (until SIGTERM)',
    builder: (y) => addCleanOptions(withFlags(y, [...TARGET_FLAGS, ...WORKER_FLAGS, ...CLEAN_COMMAND_FLAGS.filter(([n]) => FROM_CLEAN.has(n))])).example('$0 worker --redis redis://queue-host:6379 --queue crawl', 'one worker per host; as many hosts as you like'),
    handler: async (a) => {
      const t = await target(a, argv);
      const num = (flag: string, min: number, integer = true): number => numberFlag(argv, flag, a[flag] as number, { min, integer, what: `a whole number ≥ ${min}` }) as number;
      const o = {
        ...t,
        concurrency: numberFlag(argv, 'concurrency', a['concurrency'] as number | undefined, { min: 1, integer: true, what: 'a whole number ≥ 1' }) ?? availableParallelism(),
        limits: { timeoutMs: num('timeout-ms', 0, false), heapMb: num('worker-mb', 16, false) },
        lockMs: num('lock-ms', 100),
        stalledMs: num('stalled-ms', 100),
        maxStalled: num('max-stalled', 0),
      };
      const settings = batchSettings(a, argv);
      await guarded(ctx, 'worker', async () => {
        const { runWorker } = await import('../../queue/worker.js');
        // SIGTERM (or Ctrl-C): take no new jobs, finish those held, exit 0. A second one does not wait.
        const stop = new AbortController();
        const onSignal = (): void => (stop.signal.aborted ? process.exit(143) : stop.abort());
        process.on('SIGTERM', onSignal).on('SIGINT', onSignal);
        try {
          await runWorker(o, settings, stop.signal, (line) => ctx.io.err(line));
        } finally {
          process.off('SIGTERM', onSignal).off('SIGINT', onSignal);
        }
        return EXIT_OK;
      });
    },
  };
}

/** `declutter submit`: JSONL on stdin to jobs, output records on stdout in input order. */
export function submitCommand(ctx: CliContext, argv: readonly string[]): CommandModule<object, Parsed> {
  return {
    command: 'submit',
    describe: 'JSONL on stdin -> queue jobs; one output record per input line on stdout, in input order',
    builder: (y) => withFlags(y, [...TARGET_FLAGS, ...SUBMIT_FLAGS]).example('zcat crawl.jsonl.gz | $0 submit --redis redis://queue-host:6379 --queue crawl > clean.jsonl', 'rerun the same line to resume'),
    handler: async (a) => {
      const t = await target(a, argv);
      const window = numberFlag(argv, 'window', a['window'] as number, { min: 1, integer: true, what: 'a whole number ≥ 1' }) ?? 64;
      const keepHours = numberFlag(argv, 'keep-hours', a['keep-hours'] as number, { min: 0, what: 'a number of hours ≥ 0' }) ?? 24;
      const o = { ...t, window, keepHours, progress: a['progress'] !== false, summary: a['summary'] as boolean | undefined };
      const settings = batchSettings(a, argv);
      await guarded(ctx, 'submit', async () => {
        const { runSubmit } = await import('../../queue/submit.js');
        const io = { ...ctx.io, stdin: ctx.io.stdin as AsyncIterable<Buffer | string> };
        return (await runSubmit(o, settings, io)) ? EXIT_OK : EXIT_DOC_FAILED;
      });
    },
  };
}

/** `declutter queue-status`: the queue's job counts. */
export function queueStatusCommand(ctx: CliContext, argv: readonly string[]): CommandModule<object, Parsed> {
  return {
    command: 'queue-status',
    describe: "print a queue's job counts (waiting, active, completed, failed, ...) and workers",
    builder: (y) => withFlags(y, TARGET_FLAGS),
    handler: async (a) => {
      const t = await target(a, argv);
      await guarded(ctx, 'queue-status', async () => {
        const { queueStatus } = await import('../../queue/status.js');
        await ctx.io.out(await queueStatus(t));
        return EXIT_OK;
      });
    },
  };
}

/** The JSONL mode's settings from the flags given (submit has only the field names, for the records it answers itself). */
function batchSettings(a: Parsed, argv: readonly string[]): BatchSettings {
  const str = (k: string, d: string): string => (a[k] === undefined ? d : String(a[k]));
  return {
    format: 'jsonl',
    stories: a['stories'] === 'all' ? 'all' : 'main',
    options: cleanOptionsFromArgs(a, argv),
    removed: a['removed'] === true,
    explain: false,
    fields: { id: str('id-field', 'id'), url: str('url-field', 'url'), html: str('html-field', 'html'), text: str('text-field', 'text') },
    outDir: undefined,
    resume: false,
  };
}
