import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { FORMAT_EXT, type Format } from '../output/format.js';

/**
 * What the command line names: stdin, a file (`name` as the user wrote it, `rel` the path its
 * out-dir file mirrors), or a path that cannot be read (answered with an error record, in order).
 */
export type Input =
  | { type: 'stdin' }
  | { type: 'file'; path: string; name: string; rel: string }
  | { type: 'unreadable'; name: string; code: 'not-found' | 'read-failed'; message: string };

export interface Expanded {
  inputs: Input[];
  /** several inputs, or a folder, were named: `--format json` prints an array */
  several: boolean;
  /** things the user would otherwise not learn (a folder with nothing to clean) */
  warnings: string[];
}

export const STDIN = '-';

/** Files a folder contributes when no `--glob` is given. */
const DOC_FILE = /\.(html?|xhtml|txt)(\.gz)?$/i;
const JSONL_FILE = /\.(jsonl|ndjson)(\.gz)?$/i;
const DOC_FILES_SHOWN = '*.html, *.htm, *.xhtml, *.txt (or .gz)';
const JSONL_FILES_SHOWN = '*.jsonl, *.ndjson (or .gz)';
/** Our own sample folders hold expected outputs beside the inputs; never treat them as inputs. */
const EXPECTED_FILE = /^expected/;

/**
 * Files and folders to a flat, ordered list. A folder is walked recursively in name order and
 * contributes files matching `globs` (or, without globs, page files — JSONL files with `--jsonl`).
 * A file named on the command line is always taken. A path that is missing or unreadable stays in
 * the list as 'unreadable': it gets its error record and the others are still cleaned.
 */
export async function expandInputs(inputs: readonly string[], cwd: string, globs: readonly string[], jsonl: boolean): Promise<Expanded> {
  if (inputs.length === 0) return { inputs: [{ type: 'stdin' }], several: false, warnings: [] };
  const filter = globFilter(globs, jsonl ? JSONL_FILE : DOC_FILE);
  const out: Expanded = { inputs: [], several: inputs.length > 1, warnings: [] };
  for (const input of inputs) {
    if (input === STDIN) {
      out.inputs.push({ type: 'stdin' });
      continue;
    }
    const abs = path.resolve(cwd, input);
    const st = await stat(abs).catch((e: NodeJS.ErrnoException) => e);
    if (st instanceof Error) {
      out.inputs.push(unreadable(input, st));
    } else if (st.isDirectory()) {
      out.several = true;
      await addFolder(out, input, abs, filter, globs.length ? globs.join(' ') : jsonl ? JSONL_FILES_SHOWN : DOC_FILES_SHOWN);
    } else {
      // Shown as typed; an out-dir file mirrors a path inside the working folder, else just the name.
      const rel = path.relative(cwd, abs);
      out.inputs.push({ type: 'file', path: abs, name: input, rel: rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? path.basename(abs) : rel });
    }
  }
  return out;
}

async function addFolder(out: Expanded, input: string, abs: string, filter: (rel: string) => boolean, wanted: string): Promise<void> {
  let files: string[];
  try {
    files = await walk(abs, '', filter);
  } catch (e) {
    out.inputs.push(unreadable(input, e as NodeJS.ErrnoException));
    return;
  }
  if (files.length === 0) out.warnings.push(`${input}: no files to clean in this folder (looked for ${wanted}; choose others with --glob)`);
  for (const rel of files) out.inputs.push({ type: 'file', path: path.join(abs, rel), name: path.join(input, rel), rel });
}

function unreadable(name: string, e: NodeJS.ErrnoException): Input {
  if (e.code === 'ENOENT' || e.code === 'ENOTDIR') return { type: 'unreadable', name, code: 'not-found', message: `no such file or folder: ${name}` };
  return { type: 'unreadable', name, code: 'read-failed', message: `cannot read ${name}: ${e.message}` };
}

async function walk(root: string, rel: string, keep: (rel: string) => boolean): Promise<string[]> {
  const entries = await readdir(path.join(root, rel), { withFileTypes: true });
  const files: string[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) files.push(...(await walk(root, r, keep)));
    else if (e.isFile() && !EXPECTED_FILE.test(e.name) && keep(r)) files.push(r);
  }
  return files;
}

/**
 * `--glob` patterns as one predicate over a path relative to the walked folder. `*` and `?` stay
 * within a path segment, `**` crosses them, `{a,b}` is alternation; a pattern without `/` matches
 * the file name alone; a leading `!` excludes.
 */
export function globFilter(globs: readonly string[], fallback: RegExp): (rel: string) => boolean {
  const include = globs.filter((g) => !g.startsWith('!')).map(compileGlob);
  const exclude = globs.filter((g) => g.startsWith('!')).map((g) => compileGlob(g.slice(1)));
  return (rel) => {
    const base = rel.slice(rel.lastIndexOf('/') + 1);
    const hit = (m: Glob): boolean => m.re.test(m.basename ? base : rel);
    const included = include.length ? include.some(hit) : fallback.test(base);
    return included && !exclude.some(hit);
  };
}

interface Glob {
  re: RegExp;
  basename: boolean;
}

export function compileGlob(glob: string): Glob {
  let re = '';
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      re += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') {
      re += '(?:';
      depth++;
    } else if (c === '}' && depth > 0) {
      re += ')';
      depth--;
    } else if (c === ',' && depth > 0) re += '|';
    else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return { re: new RegExp(`^${re}$`), basename: !glob.includes('/') };
}

/** The out-dir file for an input: its path under its folder, extension swapped for the format's. */
export function mirrorName(rel: string, format: Format): string {
  const stem = rel.replace(/\.gz$/i, '').replace(/\.[^./]*$/, '');
  return stem + FORMAT_EXT[format];
}
