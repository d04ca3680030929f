import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';

/**
 * Lines of a JSONL stream, pulled chunk by chunk: the stream is read only as fast as lines are
 * consumed, so an endless stdin never piles up in memory. Line numbers count every line (blank
 * ones too) so an error record's `line` matches what an editor shows.
 */
export interface Line {
  text: string;
  lineNo: number;
}

const NEWLINE = 0x0a;

export async function* readLines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<Line> {
  let carry: Buffer[] = [];
  let lineNo = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let start = 0;
    for (let nl = buf.indexOf(NEWLINE, start); nl !== -1; nl = buf.indexOf(NEWLINE, start)) {
      const piece = buf.subarray(start, nl);
      const whole = carry.length ? Buffer.concat([...carry, piece]) : piece;
      carry = [];
      lineNo++;
      const text = lineText(whole);
      if (text !== null) yield { text, lineNo };
      start = nl + 1;
    }
    // Copied: the stream may reuse its chunk's memory once we ask for the next one.
    if (start < buf.length) carry.push(Buffer.from(buf.subarray(start)));
  }
  if (carry.length) {
    const text = lineText(Buffer.concat(carry));
    if (text !== null) yield { text, lineNo: lineNo + 1 };
  }
}

/** The line as a string, without a CR; null for a blank line (not a record, so not answered). */
function lineText(bytes: Buffer): string | null {
  const end = bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length;
  const text = bytes.toString('utf8', 0, end);
  return text.trim() === '' ? null : text;
}

/** A JSONL file as a byte stream, gunzipped when it starts with the gzip magic bytes. */
export function fileChunks(file: string): AsyncGenerator<Buffer> {
  return sniffGzip(createReadStream(file));
}

/** A byte stream (a file, stdin), gunzipped when it starts with the gzip magic bytes (sniffed from its first chunk). */
export async function* sniffGzip(stream: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  const it = stream[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) return;
  const head = typeof first.value === 'string' ? Buffer.from(first.value) : first.value;
  const rest: AsyncIterable<Buffer> = {
    [Symbol.asyncIterator]: () => ({
      next: async () => {
        const r = await it.next();
        return r.done ? r : { done: false, value: typeof r.value === 'string' ? Buffer.from(r.value) : r.value };
      },
      return: async () => {
        await it.return?.();
        return { done: true, value: undefined };
      },
    }),
  };
  if (head[0] !== 0x1f || head[1] !== 0x8b) {
    yield head;
    yield* rest;
    return;
  }
  const gunzip = createGunzip();
  const feed = (async () => {
    gunzip.write(head);
    for await (const c of rest) if (!gunzip.write(c)) await new Promise((r) => gunzip.once('drain', r));
    gunzip.end();
  })();
  feed.catch((e: unknown) => gunzip.destroy(e instanceof Error ? e : new Error(String(e))));
  for await (const c of gunzip) yield c as Buffer;
  await feed;
}
