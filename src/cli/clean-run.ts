import path from 'node:path';
import { documentItems, drive, lineItems, type Item } from '../batch/drive.js';
import { expandInputs } from '../batch/inputs.js';
import { writeAtomic } from '../batch/outdir.js';
import { inProcessExecutor, poolExecutor, type Executor } from '../batch/pool.js';
import { ProgressBar, Tally } from '../batch/progress.js';
import type { BatchSettings, Outcome } from '../batch/task.js';
import { EXIT_DOC_FAILED, EXIT_OK } from './command.js';
import type { CleanArgs } from './commands/clean.js';
import type { CliIO } from './io.js';

/** In-flight documents per worker: enough to keep every worker fed, few enough to keep memory flat. */
const WINDOW_PER_WORKER = 4;

/** The cleaning command's work: every input answered, in order; exit 1 when any failed. */
export async function runClean(args: CleanArgs, io: CliIO): Promise<number> {
  const { inputs, several, warnings } = await expandInputs(args.inputs, io.cwd, args.glob, args.jsonl);
  for (const w of warnings) io.err(`declutter: warning: ${w}\n`);
  const settings = toSettings(args, io.cwd);
  const toStdout = settings.outDir === undefined;
  // Several documents as plain text would run together on stdout; name each one.
  settings.headers = !args.jsonl && inputs.length > 1 && toStdout && (args.format === 'text' || args.format === 'markdown');
  const stdin = io.stdin as AsyncIterable<Buffer | string>;
  const items: AsyncIterable<Item> = args.jsonl ? lineItems(inputs, stdin, settings) : documentItems(inputs, stdin, settings);
  // A single document does not pay for starting a pool (and its per-document time limit).
  const inProcess = args.workers === 0 || (!args.jsonl && inputs.length <= 1);
  const exec: Executor = inProcess ? inProcessExecutor(settings) : poolExecutor(settings, args.workers, { timeoutMs: args.timeoutMs, heapMb: args.workerMb });
  const tally = new Tally();
  const bar = io.errIsTTY && args.progress ? new ProgressBar((s) => io.err(s), args.jsonl ? undefined : inputs.length) : undefined;
  // Several documents as json are one array, not objects one after another.
  const out = toStdout && args.format === 'json' && !args.jsonl && several ? jsonArray(io) : { write: (s: string) => io.out(s), end: async () => {} };
  const emit = async (o: Outcome): Promise<boolean> => {
    if (io.outClosed?.()) return false;
    await deliver(o, settings, io, tally, out.write);
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
  await out.end();
  bar?.clear();
  if (readError) io.err(readError);
  if (args.summary ?? io.errIsTTY) io.err(tally.summary());
  return tally.failed > 0 || readError ? EXIT_DOC_FAILED : EXIT_OK;
}

/** One outcome to where it belongs: messages to stderr, data to stdout or its out-dir file. */
async function deliver(o: Outcome, s: BatchSettings, io: CliIO, tally: Tally, write: (chunk: string) => Promise<void>): Promise<void> {
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
    await write(o.out);
  }
  tally.add(o.status, o.bytes);
}

/** Pretty JSON documents written as the elements of one array, as they come. */
function jsonArray(io: CliIO): { write: (doc: string) => Promise<void>; end: () => Promise<void> } {
  let count = 0;
  return {
    write: (doc) => io.out(`${count++ === 0 ? '[\n' : ',\n'}  ${doc.trimEnd().replace(/\n/g, '\n  ')}`),
    end: () => (io.outClosed?.() ? Promise.resolve() : io.out(count === 0 ? '[]\n' : '\n]\n')),
  };
}

function toSettings(a: CleanArgs, cwd: string): BatchSettings {
  return {
    format: a.format,
    stories: a.stories,
    options: a.options,
    removed: a.removed,
    render: a.render,
    explain: a.explain,
    fields: a.fields,
    outDir: a.outDir === undefined ? undefined : path.resolve(cwd, a.outDir),
    resume: a.resume,
  };
}
