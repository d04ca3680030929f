import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';

/** The built bin, run as a real child process (the way a pipeline or Hadoop Streaming runs it). */
const BIN = path.resolve(import.meta.dirname, '../src/cli/main.js');

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

function record(id: number): string {
  const text = [
    `Tram line ${id} opens`,
    '',
    `The new tram line ${id} opened on Saturday morning, two months later than planned, and carried ` +
      'more than three thousand passengers on its first day between the station and the university.',
  ].join('\n');
  return JSON.stringify({ id: `t${id}`, url: `https://city.example/${id}`, text });
}

function runBin(args: string[], stdin: string, onStdout?: (chunk: string, child: ReturnType<typeof spawn>) => void): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      stdout += c;
      onStdout?.(c, child);
    });
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    // The child may stop reading early (closed stdout); that is not an error here.
    child.stdin.on('error', () => {});
    child.stdin.end(stdin);
  });
}

test('the built bin answers a JSONL stream on stdin in order, with exit 1 when a record fails', async () => {
  const lines = [record(1), '{"id": "broken"', record(3), JSON.stringify({ id: 'nopage' }), record(5)];
  const ran = await runBin(['--jsonl', '--workers', '2', '--summary'], lines.join('\n') + '\n');
  const records = ran.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string | null; ok: boolean; error?: { code: string } });
  assert.deepEqual(records.map((r) => [r.id, r.ok, r.error?.code]), [
    ['t1', true, undefined],
    [null, false, 'bad-json'],
    ['t3', true, undefined],
    ['nopage', false, 'no-page'],
    ['t5', true, undefined],
  ]);
  assert.equal(ran.code, 1);
  assert.match(ran.stderr, /^declutter: 5 in, 3 ok, 0 empty, 2 failed, 0 skipped; /);
});

test('the built bin ends quietly when its reader closes stdout (| head)', async () => {
  const stdin = Array.from({ length: 300 }, (_, i) => record(i)).join('\n') + '\n';
  const ran = await runBin(['--jsonl', '--workers', '2'], stdin, (_chunk, child) => child.stdout?.destroy());
  assert.equal(ran.code, 0);
  assert.equal(ran.stderr, '', 'no EPIPE noise on stderr');
});

test('the built bin exits 2 on a usage error', async () => {
  const ran = await runBin(['--workers', 'many'], '');
  assert.equal(ran.code, 2);
  assert.equal(ran.stdout, '');
  assert.match(ran.stderr, /workers/);
});
