import { availableParallelism } from 'node:os';
import type { Argv, ArgumentsCamelCase, CommandModule, Options } from 'yargs';
import type { RecordFields } from '../../batch/task.js';
import type { ResolvedOptions } from '../../options.js';
import type { Format } from '../../output/format.js';
import type { RenderOptions } from '../../output/render.js';
import { addCleanOptions, cleanOptionsFromArgs } from '../clean-flags.js';
import { numberFlag, UsageError, type CliContext } from '../command.js';
import { printRules } from './rules.js';

/** The cleaning command's settings, every flag checked. */
export interface CleanArgs {
  inputs: string[];
  /** clean()'s own options, resolved once (the library's defaults) */
  options: ResolvedOptions;
  format: Format;
  stories: 'main' | 'all';
  explain: boolean;
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
  /** markdown/html: what to leave out (links, images, tables) */
  render: RenderOptions;
  /** undefined: only when stderr is a terminal */
  summary: boolean | undefined;
  progress: boolean;
}

const DEFAULT_TIMEOUT_MS = 60_000;
/** Far above what the dev set's largest page (1.6 MB of HTML) needs; see poolExecutor. */
const DEFAULT_WORKER_MB = 192;

const OUTPUT = 'Output:';
const INPUT = 'Input:';
const BATCH = 'Batch:';

/** The flags of the cleaning command besides clean()'s own options (those come from options.ts). */
export const CLEAN_COMMAND_FLAGS: ReadonlyArray<readonly [string, Options]> = [
  ['format', { choices: ['text', 'markdown', 'html', 'json', 'jsonl'], group: OUTPUT, defaultDescription: 'text (jsonl with --jsonl)', describe: 'output format; json prints an array when given several inputs' }],
  ['stories', { choices: ['main', 'all'], default: 'main', group: OUTPUT, describe: "main: the page's own story; all adds appended stories" }],
  ['removed', { type: 'boolean', group: OUTPUT, defaultDescription: 'on for json, off for jsonl', describe: 'carry every removal in json/jsonl output (--no-removed to drop)' }],
  ['links', { type: 'boolean', default: true, group: OUTPUT, describe: 'markdown/html: write links (--no-links keeps their text)' }],
  ['images', { type: 'boolean', default: true, group: OUTPUT, describe: 'markdown/html: write images (--no-images)' }],
  ['tables', { type: 'boolean', default: true, group: OUTPUT, describe: 'markdown/html: write tables (--no-tables)' }],
  ['out-dir', { type: 'string', group: OUTPUT, describe: 'write one output file per input there (names mirror the inputs) instead of stdout' }],
  ['resume', { type: 'boolean', default: false, group: OUTPUT, describe: 'with --out-dir: skip inputs whose output file already exists' }],
  ['explain', { type: 'boolean', default: false, group: OUTPUT, describe: 'print every removal with its rule and reason on stderr' }],
  ['jsonl', { type: 'boolean', default: false, group: INPUT, describe: 'inputs are JSON Lines, one record {"id","url","html"|"text"} per line; one output record per input line, in order' }],
  ['id-field', { type: 'string', default: 'id', group: INPUT, describe: 'JSONL: field of the record id' }],
  ['url-field', { type: 'string', default: 'url', group: INPUT, describe: 'JSONL: field of the page URL' }],
  ['html-field', { type: 'string', default: 'html', group: INPUT, describe: 'JSONL: field of an HTML page' }],
  ['text-field', { type: 'string', default: 'text', group: INPUT, describe: 'JSONL: field of a text dump' }],
  ['glob', { type: 'string', group: INPUT, defaultDescription: '*.html *.htm *.xhtml *.txt (and .gz); *.jsonl with --jsonl', describe: "which files to take inside folders ('**/*.html', '!drafts/**'); repeatable" }],
  ['list-rules', { type: 'boolean', default: false, hidden: true, describe: 'print the rules and exit (same as `declutter rules`)' }],
  ['workers', { type: 'number', group: BATCH, defaultDescription: 'number of cores', describe: 'worker threads; 0 cleans on the main thread (one document always does)' }],
  ['timeout-ms', { type: 'number', default: DEFAULT_TIMEOUT_MS, group: BATCH, describe: 'per-document limit in worker threads (a "timeout" error); 0: none' }],
  ['worker-mb', { type: 'number', default: DEFAULT_WORKER_MB, group: BATCH, describe: 'heap cap of each worker (an "out-of-memory" error)' }],
  ['summary', { type: 'boolean', group: BATCH, defaultDescription: 'on when stderr is a terminal', describe: 'one line at the end: in, ok, empty, failed, skipped, pages/s' }],
  ['progress', { type: 'boolean', default: true, group: BATCH, describe: 'progress bar on stderr when it is a terminal (--no-progress to hide)' }],
];

const EXAMPLES: ReadonlyArray<readonly [string, string]> = [
  ['$0 page.html', "the page's own story, as text"],
  ['$0 --format json --stories all dump.txt', 'one JSON result with every story'],
  ['cat page.html | $0', 'stdin is one document'],
  ['$0 --out-dir clean/ pages/', 'a folder, one output file per input'],
  ['zcat crawl.jsonl.gz | $0 --jsonl > clean.jsonl', 'a JSONL stream, one record out per record in'],
  ['$0 --explain --disable widget/ page.txt', 'every removal on stderr, widget rules off'],
];

type Parsed = ArgumentsCamelCase<Record<string, unknown>>;

/** `declutter [inputs..]`: the default command. */
export function cleanCommand(ctx: CliContext, argv: readonly string[], runClean: (a: CleanArgs) => Promise<number>): CommandModule<object, Record<string, unknown>> {
  return {
    command: '$0 [inputs..]',
    describe: 'clean pages: files, folders (recursive) or - for stdin (the default); .gz is read transparently',
    builder: (y) => cleanBuilder(y),
    handler: async (a: Parsed) => {
      if (a['list-rules'] === true) return ctx.exit(await printRules(ctx.io));
      ctx.exit(await runClean(toCleanArgs(a, argv)));
    },
  };
}

function cleanBuilder(y: Argv): Argv<Record<string, unknown>> {
  let b = y.positional('inputs', { type: 'string', array: true, describe: 'files, folders or -' }) as Argv<Record<string, unknown>>;
  for (const [name, opt] of CLEAN_COMMAND_FLAGS) b = b.option(name, opt);
  b = addCleanOptions(b);
  for (const [cmd, what] of EXAMPLES) b = b.example(cmd, what);
  return b;
}

function toCleanArgs(a: Parsed, argv: readonly string[]): CleanArgs {
  const format = (a['format'] as Format | undefined) ?? (a['jsonl'] === true ? 'jsonl' : 'text');
  const str = (k: string): string => String(a[k]);
  const outDir = a['out-dir'] === undefined ? undefined : str('out-dir');
  const args: CleanArgs = {
    inputs: ((a['inputs'] as unknown[] | undefined) ?? []).map(String),
    options: cleanOptionsFromArgs(a, argv),
    format,
    stories: a['stories'] === 'all' ? 'all' : 'main',
    explain: a['explain'] === true,
    jsonl: a['jsonl'] === true,
    fields: { id: str('id-field'), url: str('url-field'), html: str('html-field'), text: str('text-field') },
    // No comma splitting: commas belong to `{a,b}` alternation.
    glob: [a['glob'] ?? []].flat().map(String),
    outDir,
    resume: a['resume'] === true,
    workers: numberFlag(argv, 'workers', a['workers'] as number | undefined, { min: 0, integer: true, what: 'a whole number ≥ 0' }) ?? availableParallelism(),
    timeoutMs: numberFlag(argv, 'timeout-ms', a['timeout-ms'] as number, { min: 0, what: 'a number of milliseconds ≥ 0' }) ?? DEFAULT_TIMEOUT_MS,
    workerMb: numberFlag(argv, 'worker-mb', a['worker-mb'] as number, { min: 16, what: 'a number of MB ≥ 16' }) ?? DEFAULT_WORKER_MB,
    // One pretty JSON document carries its removals as it always did; a JSONL stream only on request.
    removed: (a['removed'] as boolean | undefined) ?? format === 'json',
    render: { links: a['links'] !== false, images: a['images'] !== false, tables: a['tables'] !== false },
    summary: a['summary'] as boolean | undefined,
    progress: a['progress'] !== false,
  };
  if (args.resume && !args.outDir) throw new UsageError('--resume needs --out-dir (it skips inputs whose output file exists)');
  if (args.outDir === '') throw new UsageError('--out-dir needs a folder');
  return args;
}
