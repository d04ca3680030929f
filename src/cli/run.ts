import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import yargs from 'yargs';
import { clean } from '../index.js';
import { formatResult, type Format } from '../output/format.js';
import { listRules } from '../rules/registry.js';
import type { CleanResult, Removal } from '../types.js';
import type { CliIO } from './io.js';

export const EXIT_OK = 0;
export const EXIT_DOC_FAILED = 1;
export const EXIT_USAGE = 2;

interface Args {
  inputs: string[];
  format: Format;
  stories: 'main' | 'all';
  kind: 'auto' | 'html' | 'text';
  explain: boolean;
  listRules: boolean;
  disable: string[];
  url: string | undefined;
}

class UsageError extends Error {}

function parse(argv: readonly string[]): Args {
  const y = yargs([...argv])
    .scriptName('declutter')
    .usage('$0 [inputs..]\n\nClean scraped pages (HTML or text dumps) into one clean body per story.')
    .option('format', { choices: ['text', 'markdown', 'json', 'jsonl'] as const, default: 'text' as const, describe: 'output format' })
    .option('stories', { choices: ['main', 'all'] as const, default: 'main' as const, describe: "main: the page's own story; all: appended stories too" })
    .option('kind', { choices: ['auto', 'html', 'text'] as const, default: 'auto' as const, describe: 'input kind (auto-detected by default)' })
    .option('explain', { type: 'boolean', default: false, describe: 'print every removal with its rule and reason on stderr' })
    .option('list-rules', { type: 'boolean', default: false, describe: 'print the rules and exit' })
    .option('disable', { type: 'string', array: true, default: [] as string[], describe: "rule ids (or prefixes ending in '/') to switch off" })
    .option('url', { type: 'string', describe: "the page's URL (helps choose the main story)" })
    .strictOptions()
    .help(false)
    .version(false)
    .exitProcess(false)
    .fail((msg, err) => {
      throw new UsageError(msg ?? err?.message ?? 'bad arguments');
    });
  const a = y.parseSync();
  return {
    inputs: a._.map(String),
    format: a.format,
    stories: a.stories,
    kind: a.kind,
    explain: a.explain,
    listRules: a['list-rules'],
    disable: a.disable.flatMap((d) => d.split(',')).filter(Boolean),
    url: a.url,
  };
}

/** The CLI as a plain function: parses argv, does the work, returns the exit code. */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  let args: Args;
  try {
    if (argv.includes('--help') || argv.includes('-h')) {
      io.err(HELP);
      return EXIT_OK;
    }
    args = parse(argv);
  } catch (e) {
    io.err(`declutter: ${e instanceof Error ? e.message : String(e)}\nTry 'declutter --help'.\n`);
    return EXIT_USAGE;
  }
  if (args.listRules) {
    await io.out(listRules().map((r) => `${r.id.padEnd(28)} ${r.describe}`).join('\n') + '\n');
    return EXIT_OK;
  }
  let files: string[];
  try {
    files = await expandInputs(args.inputs, io.cwd);
  } catch (e) {
    io.err(`declutter: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT_USAGE;
  }
  let failed = 0;
  for (const file of files) {
    const ok = await cleanOne(file, args, io);
    if (!ok) failed++;
  }
  return failed > 0 ? EXIT_DOC_FAILED : EXIT_OK;
}

const HELP = `declutter [inputs..]

Clean scraped pages (HTML or text dumps) into one clean body per story.

Options:
  --format       text | markdown | json | jsonl                [default: text]
  --stories      main | all (all adds appended stories)       [default: main]
  --kind         auto | html | text                           [default: auto]
  --explain      every removal with its rule and reason, on stderr
  --list-rules   print the rules and exit
  --disable      rule ids (or prefixes ending in '/') to switch off
  --url          the page's URL (helps choose the main story)
  -h, --help     show this help
`;

const STDIN = '-';

async function expandInputs(inputs: readonly string[], cwd: string): Promise<string[]> {
  if (inputs.length === 0) return [STDIN];
  const out: string[] = [];
  for (const input of inputs) {
    if (input === STDIN) {
      out.push(STDIN);
      continue;
    }
    const abs = path.resolve(cwd, input);
    const st = await stat(abs).catch(() => null);
    if (!st) throw new Error(`no such file or folder: ${input}`);
    if (st.isDirectory()) out.push(...(await walk(abs)));
    else out.push(abs);
  }
  return out;
}

/** Input files under a folder, sorted, skipping our own expected outputs. */
async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) files.push(...(await walk(p)));
    else if (/\.(html?|txt|xhtml)$/i.test(e.name) && !/^expected/.test(e.name)) files.push(p);
  }
  return files;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}

async function cleanOne(file: string, args: Args, io: CliIO): Promise<boolean> {
  const name = file === STDIN ? '<stdin>' : path.relative(io.cwd, file) || file;
  let result: CleanResult;
  try {
    const bytes = file === STDIN ? await readAll(io.stdin) : await readFile(file);
    const opts = { kind: args.kind, disable: args.disable, ...(args.url ? { url: args.url } : {}) };
    result = await clean(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), opts);
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    io.err(`declutter: ${name}: ${typeof code === 'string' ? `[${code}] ` : ''}${e instanceof Error ? e.message : String(e)}\n`);
    return false;
  }
  const stories = args.stories === 'all' ? result.stories : result.stories.filter((s) => s.role === 'main');
  for (const w of result.warnings) io.err(`declutter: ${name}: warning: ${w}\n`);
  if (args.explain) io.err(explain(name, result.removed));
  const extra = args.format === 'json' || args.format === 'jsonl' ? { input: name } : {};
  await io.out(formatResult(result, stories, args.format, extra));
  return true;
}

function explain(name: string, removed: readonly Removal[]): string {
  const lines = removed.map((r) => `  ${r.where.padEnd(10)} ${r.rule.padEnd(24)} ${r.reason} :: ${r.text.replace(/\s+/g, ' ').slice(0, 80)}`);
  return `${name}: ${removed.length} removals\n${lines.join('\n')}\n`;
}
