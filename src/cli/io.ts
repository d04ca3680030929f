/** The CLI's window on the world, so tests can run it in-process. */
export interface CliIO {
  stdin: NodeJS.ReadableStream;
  /** writes data; returns a promise that settles when it is flushed (or the pipe closed) */
  out(chunk: string): Promise<void>;
  err(chunk: string): void;
  /** stderr is a terminal (progress bars only then) */
  errIsTTY: boolean;
  cwd: string;
}

export function processIO(): CliIO {
  let closed = false;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    // `declutter … | head` closes the pipe: end quietly.
    if (e.code === 'EPIPE') closed = true;
  });
  return {
    stdin: process.stdin,
    out: (chunk) =>
      new Promise((resolve) => {
        if (closed) return resolve();
        if (process.stdout.write(chunk)) resolve();
        else process.stdout.once('drain', () => resolve());
      }),
    err: (chunk) => {
      process.stderr.write(chunk);
    },
    errIsTTY: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
  };
}
