import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { asBuffer, isBlankUtf8 } from '../input/decode.js';

/**
 * Lines of a JSONL stream, pulled chunk by chunk: the stream is read only as fast as lines are
 * consumed, so an endless stdin never piles up in memory. Line numbers count every line (blank
 * ones too) so an error record's `line` matches what an editor shows.
 */
export interface Line {
  /**
   * The line's bytes (without its newline or CR), a copy of its own. Bytes, not a string: the
   * coordinating thread never decodes a record (a worker does), so its heap holds no page text.
   */
  bytes: Uint8Array;
  lineNo: number;
}

/** A line's bytes as text (UTF-8; broken sequences become U+FFFD, as JSON.parse would see them). */
export function lineText(bytes: Uint8Array): string {
  return asBuffer(bytes).toString('utf8');
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
      const bytes = ownLine(whole);
      if (bytes !== null) yield { bytes, lineNo };
      start = nl + 1;
    }
    // Copied: the stream may reuse its chunk's memory once we ask for the next one.
    if (start < buf.length) carry.push(Buffer.from(buf.subarray(start)));
  }
  if (carry.length) {
    const bytes = ownLine(Buffer.concat(carry));
    if (bytes !== null) yield { bytes, lineNo: lineNo + 1 };
  }
}

/**
 * The line without a CR, copied out of the chunk it came in (which the stream may reuse, and
 * which would otherwise stay alive as long as any line cut from it); null for a blank line (not a
 * record, so not answered): whitespace as String.prototype.trim sees it (input/decode.isBlankUtf8).
 */
function ownLine(bytes: Buffer): Uint8Array | null {
  const end = bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length;
  if (isBlankUtf8(bytes.subarray(0, end))) return null;
  // A line joined from several chunks (Buffer.concat) already owns a buffer of its exact size:
  // no second copy of a long record.
  if (end === bytes.length && bytes.byteOffset === 0 && bytes.buffer.byteLength === end) return bytes;
  return new Uint8Array(bytes.subarray(0, end));
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
