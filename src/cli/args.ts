import { availableParallelism } from 'node:os';
import yargs from 'yargs';
import type { Format } from '../output/format.js';
import type { RecordFields } from '../batch/task.js';

export interface Args {
  inputs: string[];
  format: Format;
  stories: 'main' | 'all';
  kind: 'auto' | 'html' | 'text';
  explain: boolean;
  listRules: boolean;
  disable: string[];
  url: string | undefined;
  /** HTML: allow the Readability fallback */
  fallback: boolean;
  jsonl: boolean;
  fields: RecordFields;
  glob: string[];
  outDir: string | undefined;
  resume: boolean;
  /** 0: in-process */
  workers: number;
  /** 0: no limit */
  timeoutMs: number;
  /** heap cap of each worker, MB */
  workerMb: number;
  removed: boolean;
  /** undefined: only when stderr is a terminal */
  summary: boolean | undefined;
  progress: boolean;
}

export class UsageError extends Error {}

const DEFAULT_TIMEOUT_MS = 60_000;
/** Far above what the dev set's largest page (1.6 MB of HTML) needs; see poolExecutor. */
const DEFAULT_WORKER_MB = 192;

/** argv → Args; throws UsageError for anything the user has to fix. */
export function parseArgs(argv: readonly string[]): Args {
  const a = yargs([...argv])
    .scriptName('declutter')
    .option('format', { choices: ['text', 'markdown', 'json', 'jsonl'] as const })
    .option('stories', { choices: ['main', 'all'] as const, default: 'main' as const })
    .option('kind', { choices: ['auto', 'html', 'text'] as const, default: 'auto' as const })
    .option('explain', { type: 'boolean', default: false })
    .option('list-rules', { type: 'boolean', default: false })
    // Not `array: true`: that would swallow the inputs after the flag (`--glob '*.html' pages/`).
    // Repeat the flag or separate values with commas.
    .option('disable', { type: 'string' })
    .option('url', { type: 'string' })
    // On, as in clean(): a body lost by our own extraction is worth the Readability run (README).
    .option('fallback', { type: 'boolean', default: true })
    .option('jsonl', { type: 'boolean', default: false })
    .option('id-field', { type: 'string', default: 'id' })
    .option('url-field', { type: 'string', default: 'url' })
    .option('html-field', { type: 'string', default: 'html' })
    .option('text-field', { type: 'string', default: 'text' })
    .option('glob', { type: 'string' })
    .option('out-dir', { type: 'string' })
    .option('resume', { type: 'boolean', default: false })
    .option('workers', { type: 'number', default: availableParallelism() })
    .option('timeout-ms', { type: 'number', default: DEFAULT_TIMEOUT_MS })
    .option('worker-mb', { type: 'number', default: DEFAULT_WORKER_MB })
    .option('removed', { type: 'boolean' })
    .option('summary', { type: 'boolean' })
    .option('progress', { type: 'boolean', default: true })
    .strictOptions()
    .help(false)
    .version(false)
    .exitProcess(false)
    .fail((msg, err) => {
      throw new UsageError(msg ?? err?.message ?? 'bad arguments');
    })
    .parseSync();
  const format: Format = a.format ?? (a.jsonl ? 'jsonl' : 'text');
  const args: Args = {
    inputs: a._.map(String),
    format,
    stories: a.stories,
    kind: a.kind,
    explain: a.explain,
    listRules: a['list-rules'],
    disable: list(a.disable),
    url: a.url,
    fallback: a.fallback,
    jsonl: a.jsonl,
    fields: { id: a['id-field'], url: a['url-field'], html: a['html-field'], text: a['text-field'] },
    // No comma splitting here: commas belong to `{a,b}` alternation.
    glob: [a.glob ?? []].flat().map(String),
    outDir: a['out-dir'],
    resume: a.resume,
    workers: a.workers,
    timeoutMs: a['timeout-ms'],
    workerMb: a['worker-mb'],
    // One pretty JSON document carries its removals as it always did; a JSONL stream only on request.
    removed: a.removed ?? format === 'json',
    summary: a.summary,
    progress: a.progress,
  };
  validate(args);
  return args;
}

/** A repeatable, comma-separable option as a flat list. */
function list(value: string | string[] | undefined): string[] {
  return [value ?? []].flat().flatMap((v) => String(v).split(',')).filter(Boolean);
}

function validate(a: Args): void {
  if (!Number.isInteger(a.workers) || a.workers < 0) throw new UsageError(`--workers must be a whole number ≥ 0, not ${a.workers}`);
  if (!Number.isFinite(a.timeoutMs) || a.timeoutMs < 0) throw new UsageError(`--timeout-ms must be a number ≥ 0, not ${a.timeoutMs}`);
  if (!Number.isFinite(a.workerMb) || a.workerMb < 16) throw new UsageError(`--worker-mb must be a number ≥ 16, not ${a.workerMb}`);
  if (a.resume && !a.outDir) throw new UsageError('--resume needs --out-dir (it skips inputs whose output file exists)');
  if (a.outDir === '') throw new UsageError('--out-dir needs a folder');
}

export const HELP = `declutter [inputs..]

Clean scraped pages (HTML or text dumps) into one clean body per story.
Inputs are files, folders (recursive) or - for stdin (the default); .gz is read transparently.

Output:
  --format       text | markdown | json | jsonl     [default: text; jsonl with --jsonl]
  --stories      main | all (all adds appended stories)            [default: main]
  --removed      carry every removal in json/jsonl output
                 [default: on for json, off for jsonl; --no-removed to drop]
  --out-dir DIR  one output file per input (names mirror the inputs, written
                 atomically) instead of stdout
  --resume       with --out-dir: skip inputs whose output file already exists
  --explain      every removal with its rule and reason, on stderr

Input:
  --jsonl        inputs are JSON Lines: one record per line, {"id","url","html"|"text"};
                 answered with one JSONL record per input line, in input order
  --id-field, --url-field, --html-field, --text-field   record field names
                 [defaults: id, url, html, text]
  --glob         patterns choosing files inside folders ('**/*.html', '!drafts/**')
                 [default: *.html *.htm *.xhtml *.txt (and .gz); *.jsonl with --jsonl]
  --kind         auto | html | text                               [default: auto]
  --url          the page's URL (helps choose the main story)
  --fallback     HTML: where our own result looks weak (little text, mostly links,
                 or little of the page's prose), also run Readability on jsdom and
                 keep the better result; --no-fallback switches it off (faster, ~90 MB
                 less per worker)                                    [default: on]

Rules:
  --disable      rule ids (or prefixes ending in '/') to switch off
  --list-rules   print the rules and exit

Batch:
  --workers N    worker threads [default: number of cores]; 0 cleans on the main
                 thread. A single document is always cleaned on the main thread.
  --timeout-ms   per-document limit in worker threads; a page over it becomes a
                 "timeout" error and its worker is replaced     [default: 60000; 0: none]
  --worker-mb N  heap cap of each worker; a page needing more becomes an
                 "out-of-memory" error and its worker is replaced    [default: 192]
  --summary      one line at the end: in, ok, empty, failed, skipped, pages/s
                 [default: on when stderr is a terminal; --no-summary to hide]
  --no-progress  no progress bar (it is drawn only when stderr is a terminal)
  -h, --help     show this help

Exit status: 0 all documents ok (or empty); 1 some document failed (each still answered);
2 usage error.
`;
