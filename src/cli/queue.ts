import { availableParallelism } from 'node:os';
import yargs, { type Argv } from 'yargs';
import type { BatchSettings } from '../batch/task.js';
import { DEFAULT_TIMEOUT_MS, DEFAULT_WORKER_MB, UsageError } from './args.js';
import type { CliIO } from './io.js';

/**
 * The queue commands (`worker`, `submit`, `queue-status`). BullMQ is loaded only here, through
 * dynamic imports, so neither the library nor the cleaning command ever load it.
 */
export const QUEUE_COMMANDS = ['worker', 'submit', 'queue-status'] as const;
type QueueCommand = (typeof QUEUE_COMMANDS)[number];

export function isQueueCommand(word: string | undefined): word is QueueCommand {
  return (QUEUE_COMMANDS as readonly string[]).includes(word ?? '');
}

const EXIT_OK = 0;
const EXIT_USAGE = 2;
const EXIT_QUEUE_LOST = 3;

/** `argv` starts with the command's name. */
export async function runQueueCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv as [QueueCommand, ...string[]];
  if (rest.includes('--help') || rest.includes('-h')) {
    io.err(QUEUE_HELP);
    return EXIT_OK;
  }
  let a: Record<string, unknown>;
  try {
    a = parse(command, rest);
    const { connectionOptions } = await import('../queue/connection.js');
    connectionOptions(String(a.redis));
  } catch (e) {
    io.err(`declutter ${command}: ${e instanceof Error ? e.message : String(e)}\nTry 'declutter ${command} --help'.\n`);
    return EXIT_USAGE;
  }
  const target = { redis: String(a.redis), queue: String(a.queue), prefix: String(a.prefix), redisTimeoutMs: Number(a['redis-timeout-ms']) };
  try {
    if (command === 'queue-status') {
      const { queueStatus } = await import('../queue/status.js');
      await io.out(await queueStatus(target));
      return EXIT_OK;
    }
    if (command === 'submit') {
      const { runSubmit } = await import('../queue/submit.js');
      const summary = a.summary as boolean | undefined;
      return await runSubmit({ ...target, window: Number(a.window), keepHours: Number(a['keep-hours']), progress: Boolean(a.progress), summary }, settings(a), io);
    }
    return await worker(a, target, io);
  } catch (e) {
    io.err(`declutter ${command}: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT_QUEUE_LOST;
  }
}

async function worker(a: Record<string, unknown>, target: { redis: string; queue: string; prefix: string; redisTimeoutMs: number }, io: CliIO): Promise<number> {
  const { runWorker } = await import('../queue/worker.js');
  // SIGTERM (or Ctrl-C): take no new jobs, finish those held, exit 0. A second one does not wait.
  const stop = new AbortController();
  const onSignal = (): void => {
    if (stop.signal.aborted) process.exit(143);
    stop.abort();
  };
  process.on('SIGTERM', onSignal).on('SIGINT', onSignal);
  try {
    const o = {
      ...target,
      concurrency: Number(a.concurrency),
      limits: { timeoutMs: Number(a['timeout-ms']), heapMb: Number(a['worker-mb']) },
      lockMs: Number(a['lock-ms']),
      stalledMs: Number(a['stalled-ms']),
      maxStalled: Number(a['max-stalled']),
    };
    await runWorker(o, settings(a), stop.signal, (line) => io.err(line));
    return EXIT_OK;
  } finally {
    process.off('SIGTERM', onSignal).off('SIGINT', onSignal);
  }
}

/** The JSONL mode's settings, from the flags the command takes (submit uses them for the records it answers itself). */
function settings(a: Record<string, unknown>): BatchSettings {
  const list = [a.disable ?? []].flat().flatMap((v) => String(v).split(',')).filter(Boolean);
  return {
    format: 'jsonl',
    stories: a.stories === 'all' ? 'all' : 'main',
    kind: a.kind === 'html' || a.kind === 'text' ? a.kind : 'auto',
    disable: list,
    url: undefined,
    fallback: Boolean(a.fallback),
    removed: Boolean(a.removed),
    explain: false,
    fields: { id: String(a['id-field'] ?? 'id'), url: String(a['url-field'] ?? 'url'), html: String(a['html-field'] ?? 'html'), text: String(a['text-field'] ?? 'text') },
    outDir: undefined,
    resume: false,
  };
}

function parse(command: QueueCommand, argv: readonly string[]): Record<string, unknown> {
  let y: Argv = yargs([...argv])
    .option('redis', { type: 'string', demandOption: true })
    .option('queue', { type: 'string', demandOption: true })
    .option('prefix', { type: 'string', default: 'declutter' })
    .option('redis-timeout-ms', { type: 'number', default: 10_000 })
    .option('id-field', { type: 'string', default: 'id' })
    .option('url-field', { type: 'string', default: 'url' });
  if (command === 'worker') y = workerOptions(y);
  if (command === 'submit') {
    y = y.option('window', { type: 'number', default: 64 }).option('keep-hours', { type: 'number', default: 24 }).option('progress', { type: 'boolean', default: true }).option('summary', { type: 'boolean' });
  }
  const a = y
    .strict()
    .help(false)
    .version(false)
    .exitProcess(false)
    .fail((msg, err) => {
      throw new UsageError(msg ?? err?.message ?? 'bad arguments');
    })
    .parseSync() as Record<string, unknown>;
  for (const name of ['redis-timeout-ms', 'window', 'keep-hours', 'concurrency', 'lock-ms', 'stalled-ms', 'timeout-ms', 'worker-mb']) {
    const v = a[name];
    // --timeout-ms 0: no time limit, as in the JSONL mode
    const least = name === 'timeout-ms' ? 0 : Number.MIN_VALUE;
    if (v !== undefined && (typeof v !== 'number' || !Number.isFinite(v) || v < least)) throw new UsageError(`--${name} must be a number > 0, not ${String(v)}`);
  }
  for (const name of ['window', 'concurrency']) {
    if (a[name] !== undefined && !Number.isInteger(a[name])) throw new UsageError(`--${name} must be a whole number, not ${String(a[name])}`);
  }
  if (command === 'worker' && (!Number.isInteger(a['max-stalled']) || Number(a['max-stalled']) < 0)) throw new UsageError('--max-stalled must be a whole number ≥ 0');
  if (command === 'worker' && Number(a['worker-mb']) < 16) throw new UsageError('--worker-mb must be ≥ 16');
  return a;
}

function workerOptions(y: Argv): Argv {
  return y
    .option('concurrency', { type: 'number', default: availableParallelism() })
    .option('timeout-ms', { type: 'number', default: DEFAULT_TIMEOUT_MS })
    .option('worker-mb', { type: 'number', default: DEFAULT_WORKER_MB })
    .option('lock-ms', { type: 'number', default: 30_000 })
    .option('stalled-ms', { type: 'number', default: 30_000 })
    .option('max-stalled', { type: 'number', default: 2 })
    .option('stories', { choices: ['main', 'all'] as const, default: 'main' as const })
    .option('kind', { choices: ['auto', 'html', 'text'] as const, default: 'auto' as const })
    .option('disable', { type: 'string' })
    .option('fallback', { type: 'boolean', default: false })
    .option('removed', { type: 'boolean', default: false })
    .option('html-field', { type: 'string', default: 'html' })
    .option('text-field', { type: 'string', default: 'text' });
}

export const QUEUE_HELP = `declutter worker|submit|queue-status --redis URL --queue NAME [options]

Clean JSONL records on a BullMQ queue in Redis, with workers on any number of hosts.

  declutter worker --redis URL --queue NAME    take jobs and clean them (until SIGTERM)
  declutter submit --redis URL --queue NAME    JSONL on stdin -> jobs; output records on
                                               stdout, one per input line, in input order
  declutter queue-status --redis URL --queue NAME   the queue's job counts

All:
  --redis URL          redis://[user:password@]host[:port][/db] (rediss:// for TLS)
  --queue NAME         the queue's name
  --prefix P           key prefix [default: declutter]; on Redis Cluster use a hash
                       tag, e.g. '{declutter}', so each queue's keys share one slot
  --redis-timeout-ms   Redis unreachable this long: error, exit 3   [default: 10000]
  --id-field, --url-field   record field names                [defaults: id, url]

worker:
  --concurrency N      jobs cleaned at once, one worker thread each [default: cores]
  --timeout-ms, --worker-mb   per-page time limit and worker heap cap, as in --jsonl
                       [defaults: 60000, 192]
  --lock-ms MS         a job's lock; a killed worker's jobs are free after it [30000]
  --stalled-ms MS      how often to look for such jobs and requeue them     [30000]
  --max-stalled N      a job lost by more workers than this fails           [2]
  --stories, --kind, --disable, --fallback, --removed, --html-field, --text-field
                       as in the cleaning command (they apply to every job)

submit:
  --window N           jobs in flight at most               [default: 64]
  --keep-hours H       results stay in Redis this long, for a rerun to find [24]
  --no-progress, --summary / --no-summary   as in the cleaning command

Exit status: 0 all records ok (or empty); 1 some record failed (each still answered);
2 usage error; 3 Redis unreachable or lost (submit: run it again to resume).
`;
