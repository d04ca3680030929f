import { Readable } from 'node:stream';

/** The CLI's window on the world, so tests can run it in-process. */
export interface CliIO {
  stdin: NodeJS.ReadableStream;
  /** writes data; returns a promise that settles when it is flushed (or the pipe closed) */
  out(chunk: string): Promise<void>;
  err(chunk: string): void;
  /** stderr is a terminal (progress bars only then) */
  errIsTTY: boolean;
  cwd: string;
  /** stdout's reader has gone (`| head`): the run stops reading input and ends quietly */
  outClosed?(): boolean;
}

export function processIO(): CliIO {
  let closed = false;
  const close = (): void => {
    closed = true;
    process.stdout.emit('declutter-closed');
  };
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    // `declutter … | head` closes the pipe: end quietly. Anything else is worth saying.
    if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') process.stderr.write(`declutter: stdout: ${e.message}\n`);
    close();
  });
  process.stderr.on('error', () => {
    // A closed stderr must not kill a run whose data still flows on stdout.
  });
  return {
    stdin: process.stdin,
    out: (chunk) =>
      new Promise((resolve) => {
        if (closed || process.stdout.write(chunk)) return resolve();
        // Settles on drain, or when the pipe closes while we wait (no drain comes then).
        const done = (): void => {
          process.stdout.off('drain', done);
          process.stdout.off('declutter-closed', done);
          resolve();
        };
        process.stdout.once('drain', done);
        process.stdout.once('declutter-closed', done);
      }),
    err: (chunk) => {
      process.stderr.write(chunk);
    },
    errIsTTY: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
    outClosed: () => closed,
  };
}

/** A CliIO over memory, for tests and benches that run the CLI in-process. */
export interface MemoryIO extends CliIO {
  stdout(): string;
  stderr(): string;
}

/**
 * stdin from a string or buffers; stdout and stderr captured (or counted only, with
 * `discard`, so a long run does not hold its output). `closeAfter` closes stdout after that
 * many writes, as `| head` would.
 */
export function memoryIO(options: { stdin?: string | Buffer; cwd?: string; discard?: boolean; closeAfter?: number; errIsTTY?: boolean } = {}): MemoryIO {
  const out: string[] = [];
  const err: string[] = [];
  let writes = 0;
  const closed = (): boolean => options.closeAfter !== undefined && writes >= options.closeAfter;
  const input = options.stdin ?? '';
  return {
    stdin: Readable.from([typeof input === 'string' ? Buffer.from(input) : input]),
    out: async (chunk) => {
      if (closed()) return;
      writes++;
      if (!options.discard) out.push(chunk);
    },
    err: (chunk) => {
      err.push(chunk);
    },
    errIsTTY: options.errIsTTY ?? false,
    cwd: options.cwd ?? process.cwd(),
    outClosed: closed,
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}
