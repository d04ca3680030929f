import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileGlob, globFilter, mirrorName } from '../src/batch/inputs.js';
import { lineText, readLines } from '../src/batch/jsonl.js';
import { recordOutName } from '../src/batch/task.js';
import { memoryIO } from '../src/cli/io.js';
import { run } from '../src/cli/run.js';
import { textDump } from './support/dumps.js';
import { acceptanceStream, parseRecords } from './support/records.js';

test('acceptance: 400 JSONL records with bad ones mixed in come back as 400 records in order (--workers 2)', async () => {
  const { lines, bad } = acceptanceStream();
  assert.ok(bad.size >= 30, 'the stream has a fair share of bad records');
  const io = memoryIO({ stdin: lines.join('\n') + '\n' });
  const code = await run(['--jsonl', '--workers', '2'], io);
  const records = parseRecords(io.stdout());
  assert.equal(records.length, 400);
  records.forEach((r, i) => {
    const kind = bad.get(i);
    if (kind === 'truncated') {
      assert.equal(r.ok, false, `record ${i}`);
      assert.equal(r.error?.code, 'bad-json');
      assert.equal(r.line, i + 1, 'an invalid line is answered with its line number');
      assert.match(r.error?.message ?? '', new RegExp(`line ${i + 1}\\b`));
    } else if (kind === 'no-page') {
      assert.equal(r.id, `r${i}`);
      assert.equal(r.ok, false);
      assert.equal(r.error?.code, 'no-page');
    } else {
      assert.equal(r.id, `r${i}`, `record ${i} is in its place`);
      assert.equal(r.ok, true);
      assert.ok(Array.isArray(r.stories));
      if (kind === 'empty') assert.equal(r.stories?.length, 0);
      assert.equal(r.removed, undefined, 'removals only with --removed');
    }
  });
  assert.equal(code, 1, 'some records failed');
  assert.equal(io.stderr(), '', 'stderr stays quiet when it is not a terminal and no --summary');
});

test('a worker pool and the main thread give the same records', async () => {
  const { lines } = acceptanceStream();
  const input = lines.slice(0, 60).join('\n') + '\n';
  const inProcess = memoryIO({ stdin: input });
  const pooled = memoryIO({ stdin: input });
  assert.equal(await run(['--jsonl', '--workers', '0', '--removed'], inProcess), 1);
  assert.equal(await run(['--jsonl', '--workers', '2', '--removed'], pooled), 1);
  assert.equal(pooled.stdout(), inProcess.stdout());
  assert.ok(parseRecords(pooled.stdout()).some((r) => (r.removed?.length ?? 0) > 0), '--removed carries the removals');
});

test('a page over --timeout-ms becomes a timeout record and the pool goes on', async () => {
  // 400,000 short lines (19 MB): about 4 s of work on the dev machine (2026-12-03; 12 MB of long
  // paragraphs, which this test used before, came to take under 1 s there as the text path got
  // faster); a heap large enough that the page times out rather than running out of memory. The
  // limit leaves a fresh worker's first (cold) page room on a loaded machine, where 200 ms did not.
  const huge = Array.from({ length: 400000 }, (_, i) => `Council vote ${i} on the budget for the year`).join('\n');
  const lines = [
    { id: 'a', text: 'One short line.' },
    { id: 'huge', text: huge },
    { id: 'b', text: textDump('budget 1') },
    { id: 'c', text: textDump('budget 2') },
  ].map((r) => JSON.stringify(r));
  const io = memoryIO({ stdin: lines.join('\n') });
  const code = await run(['--jsonl', '--workers', '1', '--timeout-ms', '1000', '--worker-mb', '1024'], io);
  const records = parseRecords(io.stdout());
  assert.deepEqual(records.map((r) => r.id), ['a', 'huge', 'b', 'c']);
  assert.equal(records[1]?.ok, false);
  assert.equal(records[1]?.error?.code, 'timeout');
  assert.equal(records[2]?.ok, true, 'the recycled worker answers the next record');
  assert.equal(records[3]?.ok, true);
  assert.equal(code, 1);
});

test('a page that needs more than --worker-mb of heap becomes an out-of-memory record and the pool goes on', async () => {
  const para = 'The council voted on Tuesday to approve the new budget for the coming year, after a long debate. ';
  const huge = Array.from({ length: 20000 }, (_, i) => para.repeat(3) + i).join('\n\n');
  const lines = [{ id: 'huge', text: huge }, { id: 'b', text: textDump('budget 1') }].map((r) => JSON.stringify(r));
  const io = memoryIO({ stdin: lines.join('\n') });
  assert.equal(await run(['--jsonl', '--workers', '1', '--worker-mb', '32', '--timeout-ms', '0'], io), 1);
  const records = parseRecords(io.stdout());
  assert.deepEqual(records.map((r) => [r.id, r.ok, r.error?.code]), [
    ['huge', false, 'out-of-memory'],
    ['b', true, undefined],
  ]);
});

test('workers that retire between pages (heap over half of --worker-mb) lose no record', async () => {
  // With a 24 MB cap a worker's resting heap is about half of it: workers retire every other page
  // or so (17 retirements per 40 records, measured), so tasks keep landing on retiring workers and
  // must be retried, not failed. (At 16 MB a page itself could run out of heap: 4 runs in 12 had
  // an out-of-memory record, a flaky test of something else.)
  const lines = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: i, text: textDump(`budget ${i}`) }));
  const io = memoryIO({ stdin: lines.join('\n') });
  assert.equal(await run(['--jsonl', '--workers', '2', '--worker-mb', '24'], io), 0);
  const records = parseRecords(io.stdout());
  assert.deepEqual(records.map((r) => [r.id, r.ok]), lines.map((_, i) => [i, true]));
});

test('JSON field names can be overridden', async () => {
  const io = memoryIO({ stdin: JSON.stringify({ key: 7, link: 'https://x.example/a', body: textDump('budget 3') }) + '\n' });
  const code = await run(['--jsonl', '--workers', '0', '--id-field', 'key', '--url-field', 'link', '--text-field', 'body'], io);
  const [r] = parseRecords(io.stdout());
  assert.equal(code, 0);
  assert.equal(r?.id, 7);
  assert.equal(r?.url, 'https://x.example/a');
  assert.equal(r?.ok, true);
  assert.match(r?.stories?.[0]?.body ?? '', /council approved the budget/);
});

test('a record that is JSON but not an object is answered in place', async () => {
  const io = memoryIO({ stdin: '[1,2]\n\n"x"\n' });
  assert.equal(await run(['--jsonl', '--workers', '0'], io), 1);
  const records = parseRecords(io.stdout());
  assert.deepEqual(records.map((r) => [r.error?.code, r.line]), [['bad-record', 1], ['bad-record', 3]], 'blank lines are not records but count');
});

async function collect(chunks: Array<string | Buffer>): Promise<Array<[number, string]>> {
  async function* gen(): AsyncGenerator<Buffer | string> {
    yield* chunks;
  }
  const out: Array<[number, string]> = [];
  for await (const l of readLines(gen())) out.push([l.lineNo, lineText(l.bytes)]);
  return out;
}

test('readLines: lines split across chunks, CRLF, blank lines (Unicode spaces too), no final newline, multibyte characters', async () => {
  const euro = Buffer.from('€');
  const lines = await collect(['{"a":', '1}\r\n\n  \n{"b"', Buffer.concat([Buffer.from(':"'), euro.subarray(0, 1)]), Buffer.concat([euro.subarray(1), Buffer.from('"}\n\u00a0\u3000\t\n\u00a0{"c":2}')])]);
  assert.deepEqual(lines, [
    [1, '{"a":1}'],
    [4, '{"b":"€"}'],
    [6, '\u00a0{"c":2}'],
  ], 'a line of Unicode spaces is blank; a record after a no-break space is not');
});

test('globs: segments, **, alternation, basename-only patterns and exclusions', () => {
  assert.ok(compileGlob('*.html').re.test('a.html'));
  assert.ok(!compileGlob('*.html').re.test('a.htm'));
  assert.ok(compileGlob('news/**/*.{html,htm}').re.test('news/2024/05/a.htm'));
  assert.ok(compileGlob('news/**/*.{html,htm}').re.test('news/a.html'));
  assert.ok(!compileGlob('news/*.html').re.test('news/x/a.html'));
  const keep = globFilter(['*.html', '!drafts/**'], /$^/);
  assert.ok(keep('x/y/a.html'), 'a pattern without / matches the file name at any depth');
  assert.ok(!keep('drafts/a.html'));
  assert.ok(!keep('x/a.txt'));
  const fallback = globFilter([], /\.txt$/);
  assert.ok(fallback('a/b.txt') && !fallback('a/b.md'));
});

test('out-dir names mirror the inputs', () => {
  assert.equal(mirrorName('a/b.html', 'text'), 'a/b.txt');
  assert.equal(mirrorName('a/b.html.gz', 'json'), 'a/b.json');
  assert.equal(mirrorName('noext', 'markdown'), 'noext.md');
  assert.equal(recordOutName('news/2024 a?b', 3, 'jsonl'), 'news_2024_a_b.jsonl');
  assert.equal(recordOutName('..', 3, 'text'), '_.txt', 'an id cannot climb out of the out-dir');
  assert.equal(recordOutName(null, 12, 'json'), 'line-12.json');
});
