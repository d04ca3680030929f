import path from 'node:path';
import { documentItems, drive, lineItems, type Item } from '../batch/drive.js';
import { expandInputs, type Input } from '../batch/inputs.js';
import { writeAtomic } from '../batch/outdir.js';
import { inProcessExecutor, poolExecutor, type Executor } from '../batch/pool.js';
import { ProgressBar, Tally } from '../batch/progress.js';
import type { BatchSettings, Outcome } from '../batch/task.js';
import { listRules } from '../rules/registry.js';
import { HELP, parseArgs, UsageError, type Args } from './args.js';
import type { CliIO } from './io.js';
import { isQueueCommand, runQueueCommand } from './queue.js';

export const EXIT_OK = 0;
export const EXIT_DOC_FAILED = 1;
export const EXIT_USAGE = 2;

/** In-flight documents per worker: enough to keep every worker fed, few enough to keep memory flat. */
const WINDOW_PER_WORKER = 4;

/** The CLI as a plain function: parses argv, does the work, returns the exit code. */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  if (isQueueCommand(argv[0])) return runQueueCommand(argv, io);
  let args: Args;
  let inputs: Input[];
  try {
    if (argv.includes('--help') || argv.includes('-h')) {
      io.err(HELP);
      return EXIT_OK;
    }
    args = parseArgs(argv);
    if (args.listRules) {
      await io.out(listRules().map((r) => `${r.id.padEnd(28)} ${r.describe}`).join('\n') + '\n');
      return EXIT_OK;
    }
    inputs = await expandInputs(args.inputs, io.cwd, args.glob, args.jsonl);
  } catch (e) {
    const hint = e instanceof UsageError ? "\nTry 'declutter --help'." : '';
    io.err(`declutter: ${e instanceof Error ? e.message : String(e)}${hint}\n`);
    return EXIT_USAGE;
  }
  return runBatch(args, inputs, io);
}

async function runBatch(args: Args, inputs: readonly Input[], io: CliIO): Promise<number> {
  const settings = toSettings(args, io.cwd);
  // Several documents as plain text would run together on stdout; name each one.
  settings.headers = !args.jsonl && inputs.length > 1 && settings.outDir === undefined && (args.format === 'text' || args.format === 'markdown');
  const stdin = io.stdin as AsyncIterable<Buffer | string>;
  const items: AsyncIterable<Item> = args.jsonl ? lineItems(inputs, stdin) : documentItems(inputs, stdin, settings);
  // A single document does not pay for starting a pool (and its per-document time limit).
  const inProcess = args.workers === 0 || (!args.jsonl && inputs.length <= 1);
  const exec: Executor = inProcess ? inProcessExecutor(settings) : poolExecutor(settings, args.workers, { timeoutMs: args.timeoutMs, heapMb: args.workerMb });
  const tally = new Tally();
  const total = args.jsonl ? undefined : inputs.length;
  const bar = io.errIsTTY && args.progress ? new ProgressBar((s) => io.err(s), total) : undefined;
  const emit = async (o: Outcome): Promise<boolean> => {
    if (io.outClosed?.()) return false;
    await deliver(o, settings, io, tally);
    bar?.update(tally);
    return !io.outClosed?.();
  };
  let readError: string | undefined;
  try {
    await drive(items, exec, emit, inProcess ? 1 : args.workers * WINDOW_PER_WORKER);
  } catch (e) {
    // An input stream that breaks midway (unreadable file, corrupt gzip): what was read is answered.
    readError = `declutter: reading input failed: ${e instanceof Error ? e.message : String(e)}\n`;
  } finally {
    await exec.close();
  }
  bar?.clear();
  if (readError) io.err(readError);
  if (args.summary ?? io.errIsTTY) io.err(tally.summary());
  return tally.failed > 0 || readError ? EXIT_DOC_FAILED : EXIT_OK;
}

/** One outcome to where it belongs: messages to stderr, data to stdout or its out-dir file. */
async function deliver(o: Outcome, s: BatchSettings, io: CliIO, tally: Tally): Promise<void> {
  if (o.err) io.err(o.err);
  if (o.outName !== undefined && s.outDir !== undefined) {
    try {
      await writeAtomic(s.outDir, o.outName, o.out);
    } catch (e) {
      io.err(`declutter: writing ${o.outName} failed: ${e instanceof Error ? e.message : String(e)}\n`);
      tally.add('failed', o.bytes);
      return;
    }
  } else if (o.out) {
    await io.out(o.out);
  }
  tally.add(o.status, o.bytes);
}

function toSettings(a: Args, cwd: string): BatchSettings {
  return {
    format: a.format,
    stories: a.stories,
    kind: a.kind,
    disable: a.disable,
    url: a.url,
    fallback: a.fallback,
    removed: a.removed,
    explain: a.explain,
    fields: a.fields,
    outDir: a.outDir === undefined ? undefined : path.resolve(cwd, a.outDir),
    resume: a.resume,
  };
}
