import { mirrorName, type Input } from './inputs.js';
import { fileChunks, readLines, sniffGzip } from './jsonl.js';
import type { Executor } from './pool.js';
import { failure, type BatchSettings, type Outcome, type Task } from './task.js';

/** An input on its way to the pool, or one already answered without any cleaning. */
export type Item = { task: Task } | { outcome: Outcome };

/**
 * Runs items through `exec` with at most `window` in flight, and hands outcomes to `emit` in input
 * order. The window bounds memory however long the input is: the source is not read further until
 * the oldest outcome has been emitted. `emit` returns false to stop early (stdout was closed).
 */
export async function drive(items: AsyncIterable<Item>, exec: Executor, emit: (o: Outcome) => Promise<boolean>, window: number): Promise<boolean> {
  const pending: Array<Promise<Outcome>> = [];
  const start = (item: Item): Promise<Outcome> => ('task' in item ? exec.run(item.task) : Promise.resolve(item.outcome));
  for await (const item of items) {
    pending.push(start(item));
    if (pending.length >= window && !(await emit(await (pending.shift() as Promise<Outcome>)))) return false;
  }
  for (let next = pending.shift(); next; next = pending.shift()) {
    if (!(await emit(await next))) return false;
  }
  return true;
}

/** Documents: each file (or stdin, read whole) is one task. Files are read by the worker. */
export async function* documentItems(inputs: readonly Input[], stdin: AsyncIterable<Buffer | string>, s: BatchSettings): AsyncGenerator<Item> {
  // Two inputs that would write the same out-dir file: the later one fails rather than overwrite.
  const taken = new Map<string, string>();
  for (const input of inputs) {
    const name = input.type === 'stdin' ? '<stdin>' : input.name;
    if (input.type === 'unreadable') {
      yield { outcome: failure(s, { code: input.code, message: input.message }, { source: name }, name, 0) };
      continue;
    }
    const outName = input.type === 'stdin' ? mirrorName('stdin.txt', s.format) : mirrorName(input.rel, s.format);
    const earlier = s.outDir ? taken.get(outName) : undefined;
    if (earlier !== undefined) {
      const message = `its output file ${outName} would overwrite that of ${earlier}`;
      yield { outcome: failure(s, { code: 'name-collision', message }, { source: name }, name, 0) };
      continue;
    }
    taken.set(outName, name);
    if (input.type === 'file') yield { task: { type: 'file', path: input.path, name, outName } };
    else yield { task: { type: 'bytes', bytes: await readAll(stdin), name, outName } };
  }
}

/** JSONL: every non-blank line of every input (stdin or files, gzipped or not) is one task. */
export async function* lineItems(inputs: readonly Input[], stdin: AsyncIterable<Buffer | string>, s: BatchSettings): AsyncGenerator<Item> {
  for (const input of inputs) {
    if (input.type === 'unreadable') {
      const where = { id: null, url: null, line: null, source: input.name };
      yield { outcome: failure(s, { code: input.code, message: input.message }, where, input.name, 0) };
      continue;
    }
    const chunks = input.type === 'stdin' ? sniffGzip(stdin) : fileChunks(input.path);
    const source = input.type === 'stdin' ? undefined : input.name;
    for await (const line of readLines(chunks)) {
      const task: Task = { type: 'line', line: line.bytes, lineNo: line.lineNo };
      if (source !== undefined) task.source = source;
      yield { task };
    }
  }
}

async function readAll(stream: AsyncIterable<Buffer | string>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : c);
  return Buffer.concat(chunks);
}
