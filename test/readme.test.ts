import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import ts from 'typescript';
import { textDump } from './support/dumps.js';

/**
 * Every code block of the README is run: `sh` blocks in a folder holding the files they name,
 * with `declutter` on PATH; `ts` blocks type-checked with the project's strict settings (the
 * package imported by its own name) and then run. A block fenced as "sh skip-test" (installing
 * from the registry) is the only kind left out.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const run = promisify(execFile);

interface Block {
  lang: string;
  info: string;
  code: string;
  line: number;
}

function blocks(markdown: string): Block[] {
  const out: Block[] = [];
  let open: Block | undefined;
  markdown.split('\n').forEach((text, i) => {
    const fence = /^```(\w*)\s*(.*)$/.exec(text);
    if (!fence) {
      if (open) open.code += text + '\n';
    } else if (open) {
      out.push(open);
      open = undefined;
    } else {
      open = { lang: fence[1] ?? '', info: fence[2] ?? '', code: '', line: i + 1 };
    }
  });
  assert.equal(open, undefined, 'an unclosed code fence');
  return out;
}

const PAGE = `<!doctype html><html lang="en"><head><title>Harbour reopens | Coast Times</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Harbour reopens after storm</h1>
<p>The harbour reopened on Monday morning after a week of repairs, and the first ferry left on time with more than two hundred passengers on board.</p>
</article></body></html>`;

/** The files the README's shell examples name, and `declutter` on PATH. */
function sandbox(): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = mkdtempSync(path.join(tmpdir(), 'declutter-readme-'));
  const bin = path.join(dir, '.bin');
  mkdirSync(bin);
  symlinkSync(path.join(ROOT, 'dist', 'src', 'cli', 'main.js'), path.join(bin, 'declutter'));
  writeFileSync(path.join(dir, 'page.html'), PAGE);
  writeFileSync(path.join(dir, 'dump.txt'), textDump('harbour'));
  mkdirSync(path.join(dir, 'pages'));
  writeFileSync(path.join(dir, 'pages', 'a.html'), PAGE);
  writeFileSync(path.join(dir, 'pages', 'b.txt'), textDump('ferry'));
  const jsonl = ['a', 'b', 'c'].map((id) => JSON.stringify({ id, url: `https://city.example/${id}`, text: textDump(id) })).join('\n') + '\n';
  writeFileSync(path.join(dir, 'crawl.jsonl'), jsonl);
  writeFileSync(path.join(dir, 'crawl.jsonl.gz'), gzipSync(jsonl));
  return { dir, env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env['PATH'] ?? ''}` } };
}

const all = blocks(README);

test('the README opens with getting started: install, the commands, the CLI, the library, a pipeline', () => {
  const headings = README.split('\n').filter((l) => /^#{2,3} /.test(l));
  assert.deepEqual(headings.slice(0, 6), ['## Getting started', '### Install', '### Two commands', '### The command line', '### The library', '### A pipeline']);
  assert.ok(all.filter((b) => b.lang === 'ts').length >= 2 && all.filter((b) => b.lang === 'sh').length >= 2);
  assert.match(README, /\(BENCHMARKS\.md\)/);
});

test('every sh block of the README runs', { timeout: 180_000 }, async () => {
  const { dir, env } = sandbox();
  try {
    for (const b of all.filter((x) => x.lang === 'sh' && !x.info.includes('skip-test'))) {
      const ran = await run('bash', ['-e', '-o', 'pipefail', '-c', b.code], { cwd: dir, env }).catch((e: { code: number; stderr: string }) => e);
      assert.ok(!('code' in ran) || ran.code === 0, `README line ${b.line}: ${'stderr' in ran ? ran.stderr : ''}`);
    }
    assert.ok(readdirSync(path.join(dir, 'clean')).length === 2, 'the --out-dir example wrote its files');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('every ts block of the README compiles under the strict settings and runs', { timeout: 120_000 }, async () => {
  // Inside the package, so `import … from 'declutter-pages'` resolves to it by its own name.
  const dir = mkdtempSync(path.join(ROOT, 'dist', 'readme-'));
  try {
    const files = all.filter((b) => b.lang === 'ts').map((b, i) => {
      const file = path.join(dir, `block-${i}.ts`);
      writeFileSync(file, b.code.includes('import ') || b.code.includes('export ') ? b.code : `${b.code}\nexport {};\n`);
      return { file, block: b };
    });
    const program = ts.createProgram(files.map((f) => f.file), {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      noUncheckedIndexedAccess: true,
      skipLibCheck: true,
      types: ['node'],
      typeRoots: [path.join(ROOT, 'node_modules', '@types')],
      rootDir: dir,
      outDir: dir,
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
      const block = files.find((f) => f.file === d.file?.fileName)?.block;
      return `README line ${(block?.line ?? 0) + where}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    assert.deepEqual(diagnostics, []);
    program.emit();
    for (const { file, block } of files) {
      const ran = await run(process.execPath, [file.replace(/\.ts$/, '.js')], { cwd: dir });
      // `console.log(x);  // "text"`: the output shows that text.
      for (const m of block.code.matchAll(/console\.log\(.*\);\s*\/\/\s*"([^"]+)"/g)) assert.ok(ran.stdout.includes(m[1] ?? ''), `README line ${block.line}: no "${m[1]}" in ${ran.stdout}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the README lists every error code the code can give', () => {
  const codes = new Set<string>();
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts')) {
        const src = readFileSync(p, 'utf8');
        for (const m of src.matchAll(/(?:DeclutterError\(|code: |errorInfo\(e, )'([a-z]+(?:-[a-z]+)*)'/g)) codes.add(m[1] ?? '');
        for (const m of src.matchAll(/code: '([a-z-]+)' \| '([a-z-]+)'/g)) for (const c of m.slice(1)) codes.add(c ?? '');
      }
    }
  };
  walk(path.join(ROOT, 'src'));
  assert.ok(codes.size >= 10, [...codes].join(' '));
  const missing = [...codes].filter((c) => !README.includes(`| \`${c}\` |`));
  assert.deepEqual(missing, []);
});
