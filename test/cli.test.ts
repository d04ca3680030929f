import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { memoryIO } from '../src/cli/io.js';
import { EXIT_DOC_FAILED, EXIT_OK, EXIT_USAGE, run } from '../src/cli/run.js';
import { listRules } from '../src/index.js';
import { textDump } from './support/dumps.js';


/** A folder of inputs: three text dumps (one gzipped, one nested), a page that is not a page, and a stray file. */
function fixture(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'declutter-cli-'));
  mkdirSync(path.join(dir, 'in', 'nested'), { recursive: true });
  writeFileSync(path.join(dir, 'in', 'budget.txt'), textDump('budget'));
  writeFileSync(path.join(dir, 'in', 'nested', 'ferry.txt'), textDump('ferry'));
  writeFileSync(path.join(dir, 'in', 'parks.txt.gz'), gzipSync(textDump('parks')));
  writeFileSync(path.join(dir, 'in', 'notes.md'), 'not an input by default');
  writeFileSync(path.join(dir, 'binary.txt'), Buffer.from(Array.from({ length: 400 }, (_, i) => i % 8)));
  return dir;
}

test('--format json --stories all FILE prints one CleanResult naming its source', async () => {
  const dir = fixture();
  const io = memoryIO({ cwd: dir });
  assert.equal(await run(['--format', 'json', '--stories', 'all', 'in/budget.txt'], io), EXIT_OK);
  const result = JSON.parse(io.stdout()) as Record<string, unknown> & { stories: Array<{ title?: string; body: string }> };
  assert.equal(result['source'], 'in/budget.txt');
  assert.equal(result['ok'], true);
  assert.equal(result.stories[0]?.title, 'Council approves budget plan');
  assert.ok(Array.isArray(result['removed']) && (result['removed'] as unknown[]).length > 0, 'json carries removals by default');
  for (const key of ['warnings', 'kind', 'extractor']) assert.ok(key in result, key);
});

test('stdin is one document; text output goes to stdout only', async () => {
  const io = memoryIO({ stdin: textDump('harbour') });
  assert.equal(await run([], io), EXIT_OK);
  assert.match(io.stdout(), /^Council approves harbour plan\n\nThe city council/);
  assert.doesNotMatch(io.stdout(), /Share this article/);
});

test('several documents as text: each opens with a ==> name <== line; one document has none', async () => {
  const dir = fixture();
  const many = memoryIO({ cwd: dir });
  assert.equal(await run(['--workers', '0', 'in/budget.txt', 'in/nested/ferry.txt'], many), EXIT_OK);
  const out = many.stdout();
  assert.match(out, /^==> in\/budget\.txt <==\nCouncil approves budget plan\n/);
  assert.match(out, /\n==> in\/nested\/ferry\.txt <==\nCouncil approves ferry plan\n/);
  const one = memoryIO({ cwd: dir });
  assert.equal(await run(['in/budget.txt'], one), EXIT_OK);
  assert.doesNotMatch(one.stdout(), /==>/);
});

test('a .gz file is read transparently', async () => {
  const dir = fixture();
  const gz = memoryIO({ cwd: dir });
  const plain = memoryIO({ stdin: textDump('parks') });
  assert.equal(await run(['in/parks.txt.gz'], gz), EXIT_OK);
  assert.equal(await run(['-'], plain), EXIT_OK);
  assert.equal(gz.stdout(), plain.stdout());
});

test('usage errors exit 2 with a message on stderr and nothing on stdout', async () => {
  for (const argv of [['--no-such-flag'], ['--resume'], ['--workers', '-1'], ['--format', 'yaml'], ['--disable', 'no/such-rule']]) {
    const io = memoryIO({ cwd: fixture() });
    assert.equal(await run(argv, io), EXIT_USAGE, argv.join(' '));
    assert.equal(io.stdout(), '');
    assert.match(io.stderr(), /^declutter: /);
  }
});

test('--list-rules and `rules` print the rules from the code; --help goes to stdout', async () => {
  const io = memoryIO();
  assert.equal(await run(['--list-rules'], io), EXIT_OK);
  const ids = io.stdout().trim().split('\n').map((l) => l.split(/\s+/)[0]);
  assert.deepEqual(ids, listRules().map((r) => r.id));
  const command = memoryIO();
  assert.equal(await run(['rules'], command), EXIT_OK);
  assert.equal(command.stdout(), io.stdout());
  const help = memoryIO();
  assert.equal(await run(['--help'], help), EXIT_OK);
  assert.match(help.stdout(), /--jsonl/);
  assert.equal(help.stderr(), '');
});

test('--explain prints every removal with rule and reason on stderr', async () => {
  const io = memoryIO({ stdin: textDump('tram') });
  assert.equal(await run(['--explain'], io), EXIT_OK);
  assert.match(io.stderr(), /<stdin>: \d+ removals/);
  assert.match(io.stderr(), /Share this article/);
  assert.doesNotMatch(io.stdout(), /removals/);
});

test('a failed document gives exit 1, and the others are still printed (jsonl: an error record in place)', async () => {
  const dir = fixture();
  const io = memoryIO({ cwd: dir });
  assert.equal(await run(['--format', 'jsonl', 'in/budget.txt', 'binary.txt', 'in/nested/ferry.txt'], io), EXIT_DOC_FAILED);
  const records = io.stdout().trim().split('\n').map((l) => JSON.parse(l) as { source: string; ok: boolean; error?: { code: string } });
  assert.deepEqual(records.map((r) => [r.source, r.ok]), [
    ['in/budget.txt', true],
    ['binary.txt', false],
    ['in/nested/ferry.txt', true],
  ]);
  assert.equal(records[1]?.error?.code, 'binary-input');
  const text = memoryIO({ cwd: dir });
  assert.equal(await run(['binary.txt', 'in/budget.txt'], text), EXIT_DOC_FAILED);
  assert.match(text.stderr(), /binary\.txt: \[binary-input\]/);
  assert.match(text.stdout(), /Council approves budget plan/);
});

test('folders are walked recursively; --glob chooses the files', async () => {
  const dir = fixture();
  const all = memoryIO({ cwd: dir });
  assert.equal(await run(['--format', 'jsonl', '--workers', '0', 'in'], all), EXIT_OK);
  const inputs = (io: ReturnType<typeof memoryIO>): string[] =>
    io.stdout().trim().split('\n').map((l) => (JSON.parse(l) as { source: string }).source);
  assert.deepEqual(inputs(all), ['budget.txt', 'nested/ferry.txt', 'parks.txt.gz'].map((f) => path.join('in', f)));
  const md = memoryIO({ cwd: dir });
  assert.equal(await run(['--format', 'jsonl', '--glob', '*.md', 'in'], md), EXIT_OK);
  assert.deepEqual(inputs(md), [path.join('in', 'notes.md')]);
});

test('--out-dir writes one file per input, mirroring names, and --resume skips finished ones', async () => {
  const dir = fixture();
  const first = memoryIO({ cwd: dir });
  assert.equal(await run(['--out-dir', 'out', '--workers', '2', '--summary', 'in'], first), EXIT_OK);
  assert.equal(first.stdout(), '', 'nothing on stdout with --out-dir');
  const files = (readdirSync(path.join(dir, 'out'), { recursive: true }) as string[]).sort();
  assert.deepEqual(files, ['budget.txt', 'nested', path.join('nested', 'ferry.txt'), 'parks.txt']);
  assert.match(readFileSync(path.join(dir, 'out', 'parks.txt'), 'utf8'), /^Council approves parks plan/);
  assert.match(first.stderr(), /3 in, 3 ok, 0 empty, 0 failed, 0 skipped/);
  writeFileSync(path.join(dir, 'out', 'budget.txt'), 'kept');
  const second = memoryIO({ cwd: dir });
  assert.equal(await run(['--out-dir', 'out', '--resume', '--summary', 'in', 'binary.txt'], second), EXIT_DOC_FAILED);
  assert.equal(readFileSync(path.join(dir, 'out', 'budget.txt'), 'utf8'), 'kept', 'a finished output is not redone');
  assert.match(second.stderr(), /4 in, 0 ok, 0 empty, 1 failed, 3 skipped/);
  assert.ok(!existsSync(path.join(dir, 'out', 'binary.txt')), 'a failed document leaves no file, so a later --resume retries it');
  assert.deepEqual(readdirSync(path.join(dir, 'out')).filter((f) => f.includes('.tmp-')), []);
});

test('--jsonl --out-dir names files by record id', async () => {
  const dir = fixture();
  const stdin = [{ id: 'a/1', text: textDump('bridge') }, { text: textDump('canal') }].map((r) => JSON.stringify(r)).join('\n');
  const io = memoryIO({ cwd: dir, stdin });
  assert.equal(await run(['--jsonl', '--workers', '0', '--format', 'markdown', '--out-dir', 'recs'], io), EXIT_OK);
  assert.deepEqual(readdirSync(path.join(dir, 'recs')).sort(), ['a_1.md', 'line-2.md']);
  assert.match(readFileSync(path.join(dir, 'recs', 'line-2.md'), 'utf8'), /^# Council approves canal plan/);
});

test('a closed stdout ends the run quietly with exit 0', async () => {
  const stdin = Array.from({ length: 50 }, (_, i) => JSON.stringify({ id: i, text: textDump(`item ${i}`) })).join('\n');
  const io = memoryIO({ stdin, closeAfter: 3 });
  assert.equal(await run(['--jsonl', '--workers', '2'], io), EXIT_OK);
  assert.equal(io.stdout().trim().split('\n').length, 3);
  assert.equal(io.stderr(), '');
});

test('the progress bar and summary appear only on a terminal stderr', async () => {
  const stdin = Array.from({ length: 5 }, (_, i) => JSON.stringify({ id: i, text: textDump(`n${i}`) })).join('\n');
  const tty = memoryIO({ stdin, errIsTTY: true });
  assert.equal(await run(['--jsonl', '--workers', '0'], tty), EXIT_OK);
  assert.match(tty.stderr(), /\r\d+ docs .*\/s {2}0 failed/);
  assert.match(tty.stderr(), /declutter: 5 in, 5 ok, 0 empty, 0 failed, 0 skipped; [\d.]+ s, [\d.]+ pages\/s/);
  const quiet = memoryIO({ stdin, errIsTTY: true });
  assert.equal(await run(['--jsonl', '--workers', '0', '--no-summary', '--no-progress'], quiet), EXIT_OK);
  assert.equal(quiet.stderr(), '');
});
