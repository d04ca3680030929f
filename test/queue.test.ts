import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { after, afterEach, before, test } from 'node:test';
import { Queue, QueueEvents } from 'bullmq';
import { memoryIO } from '../src/cli/io.js';
import { run } from '../src/cli/run.js';
import { connectionOptions } from '../src/queue/connection.js';
import { textDump } from './support/dumps.js';
import { acceptanceStream, parseRecords } from './support/records.js';
import { freePort, TestRedis } from './support/redis.js';

/** The queue commands as a pipeline runs them: the built bin, as child processes, on a redis-server of our own. */
const BIN = path.resolve(import.meta.dirname, '../src/cli/main.js');
/**
 * Stall recovery in a few seconds instead of BullMQ's default minute. Not much less: a lock is
 * renewed on the worker's main thread, and on a loaded machine a 1 s lock expired while a big page
 * was handed to the pool, so its job counted as stalled.
 */
const QUICK = ['--redis-timeout-ms', '3000', '--lock-ms', '2000', '--stalled-ms', '1000'];

let redis: TestRedis | undefined;
let skip: string | undefined;

before(async () => {
  const started = await TestRedis.start();
  if (typeof started === 'string') skip = started;
  else redis = started;
});
after(async () => {
  await redis?.stop();
});
/** Every child a test started; one a failed test left running is killed, so the run ends. */
const children = new Set<ChildProcess>();
afterEach(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  children.clear();
});

interface Proc {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** the exit code (a signal name when killed by one) */
  done: Promise<number | string>;
}

function spawnCli(args: string[], stdin?: string, onLine?: (count: number) => void): Proc {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  children.add(child);
  let out = '';
  let err = '';
  let lines = 0;
  child.stdout?.setEncoding('utf8').on('data', (c: string) => {
    out += c;
    lines += c.split('\n').length - 1;
    onLine?.(lines);
  });
  child.stderr?.setEncoding('utf8').on('data', (c: string) => (err += c));
  child.stdin?.on('error', () => {});
  child.stdin?.end(stdin ?? '');
  const done = new Promise<number | string>((resolve) => child.on('close', (code, signal) => resolve(code ?? signal ?? -1)));
  return { child, stdout: () => out, stderr: () => err, done };
}

function worker(url: string, queue: string, concurrency = 2): Proc {
  return spawnCli(['worker', '--redis', url, '--queue', queue, '--concurrency', String(concurrency), ...QUICK]);
}

/** What the JSONL mode writes for the same input: the queue's output must be byte for byte the same. */
async function jsonlMode(input: string): Promise<string> {
  const io = memoryIO({ stdin: input });
  await run(['--jsonl', '--workers', '0'], io);
  return io.stdout();
}

async function counts(url: string, name: string): Promise<{ waiting: number; active: number; completed: number; failed: number }> {
  const queue = new Queue(name, { connection: connectionOptions(url), prefix: 'declutter' });
  try {
    const n = await queue.getJobCounts('waiting', 'active', 'completed', 'failed');
    return { waiting: n.waiting ?? 0, active: n.active ?? 0, completed: n.completed ?? 0, failed: n.failed ?? 0 };
  } finally {
    await queue.close();
  }
}

test('400 records through two workers, one SIGKILLed mid-run and replaced: 400 records out, in order, as the JSONL mode writes them', { timeout: 180_000 }, async (t) => {
  if (!redis) return t.skip(skip);
  const url = redis.url;
  const { lines, bad } = acceptanceStream();
  assert.ok(bad.size >= 40, 'a tenth of the lines are bad');
  const input = lines.join('\n') + '\n';
  const events = new QueueEvents('accept', { connection: connectionOptions(url), prefix: 'declutter' });
  await events.waitUntilReady();
  t.after(() => events.close());
  let stalled = 0;
  events.on('stalled', () => stalled++);
  const a = worker(url, 'accept');
  const b = worker(url, 'accept');
  let c: Proc | undefined;
  const submit = spawnCli(['submit', '--redis', url, '--queue', 'accept', '--window', '64', ...QUICK.slice(0, 2)], input, (n) => {
    if (n >= 100 && !c) {
      a.child.kill('SIGKILL');
      c = worker(url, 'accept');
    }
  });
  const code = await submit.done;
  assert.equal(submit.stderr(), '');
  assert.equal(code, 1, 'some records failed, as in the JSONL mode');
  assert.ok(c, 'a worker was killed mid-run');
  assert.equal(await a.done, 'SIGKILL');
  const records = parseRecords(submit.stdout());
  assert.equal(records.length, 400);
  assert.equal(submit.stdout(), await jsonlMode(input), 'same records, same order, bad lines answered in place');
  assert.ok(stalled >= 1, 'the killed worker held jobs, and they were recovered');
  const badJson = [...bad.values()].filter((k) => k === 'truncated').length;
  const n = await counts(url, 'accept');
  assert.deepEqual(n, { waiting: 0, active: 0, completed: 400 - badJson, failed: 0 }, 'one job per good line: none added twice');

  const status = spawnCli(['queue-status', '--redis', url, '--queue', 'accept']);
  assert.equal(await status.done, 0);
  assert.match(status.stdout(), new RegExp(`^completed\\s+${400 - badJson}$`, 'm'));
  assert.match(status.stdout(), /^workers\s+2$/m);

  // SIGTERM: each worker finishes what it holds and exits 0.
  for (const w of [b, c]) w.child.kill('SIGTERM');
  assert.deepEqual([await b.done, await c.done], [0, 0]);
});

test('a poison record (more than the worker heap cap) ends as an error record; the records after it are cleaned', { timeout: 120_000 }, async (t) => {
  if (!redis) return t.skip(skip);
  const para = 'The council voted on Tuesday to approve the new budget for the coming year, after a long debate. ';
  const huge = Array.from({ length: 20000 }, (_, i) => para.repeat(3) + i).join('\n\n');
  const input = [{ id: 'huge', text: huge }, { id: 'b', text: textDump('budget 1') }].map((r) => JSON.stringify(r)).join('\n');
  const w = spawnCli(['worker', '--redis', redis.url, '--queue', 'poison', '--concurrency', '1', '--worker-mb', '32', '--timeout-ms', '0', ...QUICK.slice(0, 2)]);
  const submit = spawnCli(['submit', '--redis', redis.url, '--queue', 'poison'], input);
  assert.equal(await submit.done, 1);
  assert.deepEqual(
    parseRecords(submit.stdout()).map((r) => [r.id, r.ok, r.error?.code]),
    [
      ['huge', false, 'out-of-memory'],
      ['b', true, undefined],
    ],
    submit.stdout().slice(0, 2000),
  );
  w.child.kill('SIGTERM');
  assert.equal(await w.done, 0);
});

test('Redis lost mid-run: submit and worker end with a clear error; the same submit run again resumes without duplicates', { timeout: 180_000 }, async (t) => {
  if (!redis) return t.skip(skip);
  // A server of this test's own, with an append-only file, so a restart finds the jobs again.
  const own = await TestRedis.start(true);
  assert.ok(own instanceof TestRedis);
  try {
    const { lines } = acceptanceStream();
    const input = lines.slice(0, 120).join('\n') + '\n';
    const expected = await jsonlMode(input);
    const w = worker(own.url, 'lost', 1);
    let killed = false;
    const first = spawnCli(['submit', '--redis', own.url, '--queue', 'lost', '--window', '8', '--redis-timeout-ms', '2000'], input, (n) => {
      if (n >= 20 && !killed) {
        killed = true;
        void own.kill();
      }
    });
    assert.equal(await first.done, 3);
    assert.match(first.stderr(), new RegExp(`Redis at redis://127\\.0\\.0\\.1:${own.port}/? did not answer.*Run the same submit again`));
    assert.ok(expected.startsWith(first.stdout()), 'what was written is the start of the full output');
    assert.ok(first.stdout().length < expected.length);
    assert.equal(await w.done, 3);
    assert.match(w.stderr(), /did not answer/);

    await own.restart();
    const kept = await counts(own.url, 'lost');
    assert.ok(kept.completed > 0, 'the jobs finished before the loss are still there');
    const w2 = worker(own.url, 'lost');
    const again = spawnCli(['submit', '--redis', own.url, '--queue', 'lost'], input);
    assert.equal(await again.done, 1);
    assert.equal(again.stdout(), expected);
    const good = parseRecords(expected).filter((r) => r.error?.code !== 'bad-json').length;
    assert.equal((await counts(own.url, 'lost')).completed, good, 'no job added twice');
    w2.child.kill('SIGTERM');
    assert.equal(await w2.done, 0);
  } finally {
    await own.stop();
  }
});

test('Redis unreachable from the start: a clear error and exit 3, not a hang', { timeout: 60_000 }, async (t) => {
  if (!redis) return t.skip(skip);
  const url = `redis://127.0.0.1:${await freePort()}`;
  const submit = spawnCli(['submit', '--redis', url, '--queue', 'q', '--redis-timeout-ms', '1000'], '{"id":1,"text":"x"}\n');
  assert.equal(await submit.done, 3);
  assert.match(submit.stderr(), /Redis at redis:\/\/127\.0\.0\.1:\d+\/? did not answer for 1\.0 s \(.*ECONNREFUSED/);
  assert.equal(submit.stdout(), '');
});
