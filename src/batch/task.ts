import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { clean } from '../index.js';
import { formatError, formatResult, FORMAT_EXT, type ErrorInfo, type Format } from '../output/format.js';
import type { RenderOptions } from '../output/render.js';
import { lineText } from './jsonl.js';
import type { CleanOptions, ResolvedOptions } from '../options.js';
import type { CleanResult, InputKind, Removal } from '../types.js';

/**
 * One unit of batch work and what it becomes. The same `processTask` runs inside a pool worker
 * and in-process (`--workers 0`), so both modes print byte-identical output.
 */

/** Field names of a JSONL input record (`--id-field`, `--url-field`, `--html-field`, `--text-field`). */
export interface RecordFields {
  id: string;
  url: string;
  html: string;
  text: string;
}

/** Everything a task needs besides its input; the same for every task of a run (sent to each worker once). */
export interface BatchSettings {
  format: Format;
  stories: 'main' | 'all';
  /** clean()'s options, resolved once by the CLI; a JSONL record may bring its own url and kind */
  options: ResolvedOptions;
  /** json/jsonl output carries `removed` */
  removed: boolean;
  /** markdown/html: what to leave out (links, images, tables) */
  render?: RenderOptions;
  /** removals are listed on stderr */
  explain: boolean;
  fields: RecordFields;
  /** absolute; when set, output goes to one file per input there instead of stdout */
  outDir: string | undefined;
  /** with outDir: an input whose output file exists is skipped */
  resume: boolean;
  /** text/markdown of several documents on stdout: each opens with a `==> name <==` line (as `head` does) */
  headers?: boolean;
}

export type Task =
  /** a file the worker reads itself (so the main thread never touches page bytes); `.gz` is unpacked */
  | { type: 'file'; path: string; name: string; outName: string }
  /** a whole document already in memory (stdin) */
  | { type: 'bytes'; bytes: Uint8Array; name: string; outName: string }
  /** one line of a JSONL stream, as bytes (see jsonl.Line); `source` names the file it came from (absent for stdin) */
  | { type: 'line'; line: Uint8Array; lineNo: number; source?: string };

export type Status = 'ok' | 'empty' | 'failed' | 'skipped';

export interface Outcome {
  status: Status;
  /** data: for stdout, or the content of the out-dir file */
  out: string;
  /** messages for stderr */
  err: string;
  /** path relative to the out-dir, when one is written */
  outName?: string;
  /** input size, for the MB/s figure */
  bytes: number;
}

/** Largest unpacked `.gz` input; past it the document fails rather than filling memory. */
const MAX_GUNZIP_BYTES = 64 * 1024 * 1024;

export async function processTask(task: Task, s: BatchSettings): Promise<Outcome> {
  try {
    return task.type === 'line' ? await processLine(task, s) : await processDocument(task, s);
  } catch (e) {
    // Anything unforeseen still answers its input: one bad document never stops a batch.
    const name = task.type === 'line' ? `line ${task.lineNo}` : task.name;
    const names = task.type === 'line' ? { id: null, url: null, ...inputFields(task) } : inputFields(task);
    return failure(s, { code: 'internal', message: e instanceof Error ? e.message : String(e) }, names, name, 0);
  }
}

/** What names a task's input in its output record: `source` for a file, `line` (and `source`) for a JSONL line. */
export function inputFields(task: Task): Record<string, unknown> {
  if (task.type !== 'line') return { source: task.name };
  return task.source ? { line: task.lineNo, source: task.source } : { line: task.lineNo };
}

async function processDocument(task: Extract<Task, { type: 'file' | 'bytes' }>, s: BatchSettings): Promise<Outcome> {
  const extra = inputFields(task);
  if (isDone(s, task.outName)) return { status: 'skipped', out: '', err: '', bytes: 0 };
  let bytes: Uint8Array;
  try {
    // Read synchronously: a worker has nothing else to do meanwhile, and fs/promises' readFile
    // left it idle about 1 ms per dev page (one worker, 300 dev pages x3: 10.5-11.2 s -> 9.2-9.4 s,
    // process CPU 14.5-15.8 s -> 12.3 s).
    bytes = unpack(task.type === 'file' ? readFileSync(task.path) : task.bytes);
  } catch (e) {
    return failure(s, errorInfo(e, 'read-failed'), extra, task.name, 0);
  }
  return cleanAndFormat(bytes, optionsFor(s), s, { extra, name: task.name, outName: task.outName, bytes: bytes.byteLength });
}

/**
 * A JSONL line parsed, or its `bad-json` error outcome. Exported for the queue submitter, which
 * answers bad lines itself, with the record the JSONL mode writes.
 */
export function parseLine(task: Extract<Task, { type: 'line' }>, s: BatchSettings): { record: unknown } | { outcome: Outcome } {
  try {
    return { record: JSON.parse(lineText(task.line)) };
  } catch (e) {
    const message = `line ${task.lineNo} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`;
    return { outcome: failure(s, { code: 'bad-json', message }, { id: null, url: null, ...inputFields(task) }, lineLabel(task), task.line.byteLength) };
  }
}

/** A line as messages name it: `file:line`, `<stdin>:line`. */
export function lineLabel(task: Extract<Task, { type: 'line' }>): string {
  return `${task.source ?? '<stdin>'}:${task.lineNo}`;
}

async function processLine(task: Extract<Task, { type: 'line' }>, s: BatchSettings): Promise<Outcome> {
  const parsed = parseLine(task, s);
  if ('outcome' in parsed) return parsed.outcome;
  // Every record names its input line (and file): an ok record too, not only by its order.
  const where = inputFields(task);
  const label = lineLabel(task);
  const bytes = task.line.byteLength;
  const record = parsed.record;
  const fields = readRecord(record, s.fields);
  const extra = { id: fields.id, url: fields.url, ...where };
  if (fields.error) return failure(s, fields.error, extra, label, bytes);
  const outName = recordOutName(fields.id, task.lineNo, s.format);
  if (isDone(s, outName)) return { status: 'skipped', out: '', err: '', bytes };
  return cleanAndFormat(fields.page, optionsFor(s, fields), s, { extra, name: label, outName, bytes });
}

/** The one place a task's clean() options are made: the run's, with a JSONL record's url and kind. */
function optionsFor(s: BatchSettings, record?: { url: string | null; kind: InputKind }): CleanOptions {
  if (!record) return s.options;
  return { ...s.options, url: record.url ?? s.options.url, kind: s.options.kind === 'auto' ? record.kind : s.options.kind };
}

interface RecordFieldsRead {
  id: string | number | null;
  url: string | null;
  page: string;
  kind: 'html' | 'text';
  error?: ErrorInfo;
}

/** Pulls id, url and the page out of a parsed JSONL record; a record without a page is an error. */
export function readRecord(record: unknown, f: RecordFields): RecordFieldsRead {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return { id: null, url: null, page: '', kind: 'text', error: { code: 'bad-record', message: 'the line is JSON but not an object' } };
  }
  const r = record as Record<string, unknown>;
  const rawId = r[f.id];
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? rawId : null;
  const url = typeof r[f.url] === 'string' ? (r[f.url] as string) : null;
  const html = r[f.html];
  const text = r[f.text];
  if (typeof html === 'string') return { id, url, page: html, kind: 'html' };
  if (typeof text === 'string') return { id, url, page: text, kind: 'text' };
  const message = `the record has no page: no string field "${f.html}" or "${f.text}"`;
  return { id, url, page: '', kind: 'text', error: { code: 'no-page', message } };
}

interface Target {
  extra: Record<string, unknown>;
  name: string;
  outName: string;
  bytes: number;
}

async function cleanAndFormat(input: string | Uint8Array, options: CleanOptions, s: BatchSettings, t: Target): Promise<Outcome> {
  let result: CleanResult;
  try {
    result = await clean(input, options);
  } catch (e) {
    return failure(s, errorInfo(e, 'internal'), t.extra, t.name, t.bytes);
  }
  const stories = s.stories === 'all' ? result.stories : result.stories.filter((st) => st.role === 'main');
  let err = '';
  // In JSONL the warnings travel in the record; printing them too would flood a pipeline's log.
  if (s.format !== 'jsonl') for (const w of result.warnings) err += `declutter: ${t.name}: warning: ${w}\n`;
  if (s.explain) err += explain(t.name, result.removed);
  const header = s.headers ? `==> ${t.name} <==\n` : '';
  const out = header + formatResult(result, stories, s.format, t.extra, { removed: s.removed, ...s.render }) + (s.headers ? '\n' : '');
  const outcome: Outcome = { status: stories.length > 0 ? 'ok' : 'empty', out, err, bytes: t.bytes };
  if (s.outDir) outcome.outName = t.outName;
  return outcome;
}

/**
 * A failed document: its error record in json/jsonl output; a message on stderr for people (not in
 * a JSONL stream, where records carry it), and always on stderr when writing to an out-dir (no file
 * is written, so `--resume` retries it).
 */
export function failure(s: BatchSettings, error: ErrorInfo, extra: Record<string, unknown>, name: string, bytes: number): Outcome {
  const message = `declutter: ${name}: [${error.code}] ${error.message}\n`;
  if (s.outDir) return { status: 'failed', out: '', err: message, bytes };
  return { status: 'failed', out: formatError(error, s.format, extra), err: s.format === 'jsonl' ? '' : message, bytes };
}

function errorInfo(e: unknown, fallback: string): ErrorInfo {
  const code = (e as { code?: unknown } | null)?.code;
  return { code: typeof code === 'string' && /^[a-z][a-z-]*$/.test(code) ? code : fallback, message: e instanceof Error ? e.message : String(e) };
}

function isDone(s: BatchSettings, outName: string): boolean {
  return s.resume && s.outDir !== undefined && existsSync(path.join(s.outDir, outName));
}

/** gzip is recognised by its magic bytes, so a `.gz` file or a gzipped stdin both just work. */
export function unpack(bytes: Uint8Array): Uint8Array {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  return gunzipSync(bytes, { maxOutputLength: MAX_GUNZIP_BYTES });
}

/** The out-dir file name of a JSONL record: its id made safe for a file system, else its line. */
export function recordOutName(id: string | number | null, lineNo: number, format: Format): string {
  const safe = id === null ? '' : String(id).replace(/[^\w.-]+/g, '_').replace(/^\.+/, '_').slice(0, 200);
  return (safe || `line-${lineNo}`) + FORMAT_EXT[format];
}

function explain(name: string, removed: readonly Removal[]): string {
  const lines = removed.map((r) => `  ${r.where.padEnd(10)} ${r.rule.padEnd(24)} ${r.reason} :: ${r.text.replace(/\s+/g, ' ').slice(0, 80)}`);
  return `${name}: ${removed.length} removals\n${lines.join('\n')}\n`;
}
