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
