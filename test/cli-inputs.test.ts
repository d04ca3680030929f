import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { memoryIO } from '../src/cli/io.js';
import { EXIT_DOC_FAILED, EXIT_OK, run } from '../src/cli/run.js';
import { textDump } from './support/dumps.js';

const HTML_PAGE = `<!doctype html><html><head><title>Tram line opens</title><script>var tracking = "do not print me";</script></head>
<body><article><h1>Tram line opens</h1><p>The new tram line opened on Saturday morning, two months later than planned, and carried more than three thousand passengers on its first day.</p></article></body></html>`;

function folder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'declutter-inputs-'));
  mkdirSync(path.join(dir, 'pages'));
  mkdirSync(path.join(dir, 'empty'));
  writeFileSync(path.join(dir, 'pages', 'a.txt'), textDump('budget'));
  writeFileSync(path.join(dir, 'pages', 'b.txt'), textDump('ferry'));
  writeFileSync(path.join(dir, 'empty', 'notes.md'), 'not a page');
  writeFileSync(path.join(dir, 'page.html'), HTML_PAGE);
  return dir;
}

interface JsonRecord {
  source?: string;
  line?: number | null;
  id?: unknown;
  ok: boolean;
  error?: { code: string };
  stories?: Array<{ title?: string }>;
}

test('a missing input is an error record for that input; the others are cleaned; exit 1', async () => {
  const dir = folder();
  const text = memoryIO({ cwd: dir });
  assert.equal(await run(['--workers', '0', 'nope.html', 'pages/a.txt'], text), EXIT_DOC_FAILED);
  assert.match(text.stderr(), /^declutter: nope\.html: \[not-found\] no such file or folder: nope\.html$/m);
  assert.match(text.stdout(), /Council approves budget plan/);
  const jsonl = memoryIO({ cwd: dir });
  assert.equal(await run(['--format', 'jsonl', 'pages/a.txt', 'nope.html', 'pages/b.txt'], jsonl), EXIT_DOC_FAILED);
  const records = jsonl.stdout().trim().split('\n').map((l) => JSON.parse(l) as JsonRecord);
  assert.deepEqual(records.map((r) => [r.source, r.ok, r.error?.code]), [
    ['pages/a.txt', true, undefined],
    ['nope.html', false, 'not-found'],
    ['pages/b.txt', true, undefined],
  ]);
});

test('an unreadable input is a read-failed record; the others are cleaned', async () => {
  const dir = folder();
  // A broken .gz cannot be read as root too; a file without read permission only as another user.
  writeFileSync(path.join(dir, 'broken.txt.gz'), Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3, 4, 5]));
  writeFileSync(path.join(dir, 'locked.txt'), textDump('locked'));
  chmodSync(path.join(dir, 'locked.txt'), 0o000);
  const asRoot = process.getuid?.() === 0;
  const io = memoryIO({ cwd: dir });
  assert.equal(await run(['--format', 'jsonl', '--workers', '0', 'broken.txt.gz', 'locked.txt', 'pages/a.txt'], io), EXIT_DOC_FAILED);
  const records = io.stdout().trim().split('\n').map((l) => JSON.parse(l) as JsonRecord);
  assert.deepEqual(records.map((r) => [r.source, r.ok, r.error?.code]), [
    ['broken.txt.gz', false, 'read-failed'],
    asRoot ? ['locked.txt', true, undefined] : ['locked.txt', false, 'read-failed'],
    ['pages/a.txt', true, undefined],
  ]);
});

test('an unreadable folder is an error record, found by its name (as root: a missing one)', async () => {
  const dir = folder();
  const io = memoryIO({ cwd: dir });
  assert.equal(await run(['--format', 'jsonl', 'pages', 'gone/'], io), EXIT_DOC_FAILED);
  const records = io.stdout().trim().split('\n').map((l) => JSON.parse(l) as JsonRecord);
  assert.deepEqual(records.map((r) => r.source), ['pages/a.txt', 'pages/b.txt', 'gone/']);
});

test('--format json with several inputs (or a folder) is one JSON array, error records in place', async () => {
  const dir = folder();
  const io = memoryIO({ cwd: dir });
  assert.equal(await run(['--format', 'json', '--workers', '0', 'pages/a.txt', 'nope.html', 'pages/b.txt'], io), EXIT_DOC_FAILED);
  const records = JSON.parse(io.stdout()) as JsonRecord[];
  assert.ok(Array.isArray(records));
  assert.deepEqual(records.map((r) => [r.source, r.ok]), [['pages/a.txt', true], ['nope.html', false], ['pages/b.txt', true]]);
  assert.equal(records[0]?.stories?.[0]?.title, 'Council approves budget plan');
  const folderRun = memoryIO({ cwd: dir });
  assert.equal(await run(['--format', 'json', 'pages'], folderRun), EXIT_OK);
  assert.deepEqual((JSON.parse(folderRun.stdout()) as JsonRecord[]).map((r) => r.source), ['pages/a.txt', 'pages/b.txt']);
  const one = memoryIO({ cwd: dir });
  assert.equal(await run(['--format', 'json', 'pages/a.txt'], one), EXIT_OK);
  assert.equal((JSON.parse(one.stdout()) as JsonRecord).source, 'pages/a.txt', 'one named file: one object');
  const none = memoryIO({ cwd: dir });
  assert.equal(await run(['--format', 'json', 'empty', 'pages/../empty'], none), EXIT_OK);
  assert.deepEqual(JSON.parse(none.stdout()), []);
});

test('every JSONL record names its input line, ok records too (and its file when read from one)', async () => {
  const dir = folder();
  const lines = [JSON.stringify({ text: textDump('one') }), '', JSON.stringify({ id: 'x', text: textDump('two') }), '{oops'];
  writeFileSync(path.join(dir, 'in.jsonl'), lines.join('\n') + '\n');
  const stdin = memoryIO({ stdin: lines.join('\n') });
  assert.equal(await run(['--jsonl', '--workers', '0'], stdin), EXIT_DOC_FAILED);
  const records = stdin.stdout().trim().split('\n').map((l) => JSON.parse(l) as JsonRecord);
  assert.deepEqual(records.map((r) => [r.line, r.id, r.ok, r.source]), [
    [1, null, true, undefined],
    [3, 'x', true, undefined],
    [4, null, false, undefined],
  ]);
  const file = memoryIO({ cwd: dir });
  assert.equal(await run(['--jsonl', '--workers', '0', 'in.jsonl', 'missing.jsonl'], file), EXIT_DOC_FAILED);
  const fromFile = file.stdout().trim().split('\n').map((l) => JSON.parse(l) as JsonRecord);
  assert.deepEqual(fromFile.map((r) => [r.source, r.line, r.ok]), [
    ['in.jsonl', 1, true],
    ['in.jsonl', 3, true],
    ['in.jsonl', 4, false],
    ['missing.jsonl', null, false],
  ]);
});

test('a folder with nothing to clean is said, not silent', async () => {
  const dir = folder();
  const io = memoryIO({ cwd: dir });
  assert.equal(await run(['empty'], io), EXIT_OK);
  assert.match(io.stderr(), /^declutter: warning: empty: no files to clean in this folder \(looked for \*\.html.*--glob\)/);
  const glob = memoryIO({ cwd: dir });
  assert.equal(await run(['--glob', '*.pdf', 'pages'], glob), EXIT_OK);
  assert.match(glob.stderr(), /pages: no files to clean in this folder \(looked for \*\.pdf/);
});

test('--kind text on an HTML page warns that its markup is cleaned as text', async () => {
  const dir = folder();
  const io = memoryIO({ cwd: dir });
  assert.equal(await run(['--kind', 'text', 'page.html'], io), EXIT_OK);
  assert.match(io.stderr(), /page\.html: warning: kind is 'text' but the input looks like HTML/);
  const auto = memoryIO({ cwd: dir });
  assert.equal(await run(['page.html'], auto), EXIT_OK);
  assert.doesNotMatch(auto.stderr(), /looks like HTML/);
  assert.doesNotMatch(auto.stdout(), /do not print me/);
});

test('paths are shown as given, absolute or relative, never re-relativised', async () => {
  const dir = folder();
  const abs = path.join(dir, 'pages', 'a.txt');
  // A binary file elsewhere, named by its absolute path (as `declutter /bin/ls` would).
  const tool = path.join(mkdtempSync(path.join(tmpdir(), 'declutter-bin-')), 'tool');
  writeFileSync(tool, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0]));
  const io = memoryIO({ cwd: path.join(dir, 'empty') });
  assert.equal(await run(['--format', 'jsonl', abs, '../pages/b.txt', tool], io), EXIT_DOC_FAILED);
  const records = io.stdout().trim().split('\n').map((l) => JSON.parse(l) as JsonRecord);
  assert.deepEqual(records.map((r) => r.source), [abs, '../pages/b.txt', tool]);
  const text = memoryIO({ cwd: path.join(dir, 'empty') });
  assert.equal(await run([tool], text), EXIT_DOC_FAILED);
  assert.equal(text.stderr().split(': [')[0], `declutter: ${tool}`);
});
