import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { memoryIO } from '../src/cli/io.js';
import { EXIT_DOC_FAILED, EXIT_OK, run } from '../src/cli/run.js';
import { clean } from '../src/index.js';
import { rng, SHAPES, shape, type ShapeInput } from './support/adversarial-inputs.js';
import { MUTATIONS, realPages } from './support/real-pages.js';
import { cleanChecked, type Outcome } from './support/result-checks.js';

/**
 * Never crash, never hang, never lose a record: every adversarial shape, mutated real pages and
 * the CLI over a folder of bad inputs. Sizes here are small enough for `npm test`; the long run
 * (`npm run test:long`) takes every shape to 1 MB and a page to 20 MB and prints the timings.
 */

const SMALL = 16 * 1024;

function ok(o: Outcome, label: string): Extract<Outcome, { ok: true }> {
  assert.ok(o.ok, `${label}: rejected with ${o.ok ? '' : `${o.code}: ${o.message}`}`);
  return o;
}

/** Every text the result holds: bodies, titles, captions and removal previews. */
function allText(o: Extract<Outcome, { ok: true }>): string {
  const r = o.result;
  return [...r.stories.flatMap((s) => [s.title ?? '', s.body, ...s.captions]), ...r.removed.map((x) => x.text)].join('\n');
}

test('every adversarial shape at 16 KB resolves with a well-formed result or a typed error', async () => {
  for (const s of SHAPES) {
    await cleanChecked(s.make(SMALL, 1), undefined, s.name);
  }
});

test('100,000-deep <div> nesting: flattened at the depth limit, with a warning, and its text kept', async () => {
  const o = ok(await cleanChecked(shape('html/deep-div').make(1_100_000), undefined, 'deep div'), 'deep div');
  assert.ok(o.result.warnings.some((w) => /markup limits: \d+ elements nested past level 256/.test(w)), o.result.warnings.join('\n'));
  assert.match(allText(o), /Deep inside it all there is one sentence of text\./);
});

test('100,000 unclosed <span>s, <table>s, <li>s, stray end tags and formatting soup stay typed and bounded', async () => {
  for (const name of ['html/deep-unclosed-span', 'html/deep-table', 'html/deep-list', 'html/stray-end-tags', 'html/deep-svg', 'html/formatting-soup']) {
    ok(await cleanChecked(shape(name).make(600_000), undefined, name), name);
  }
});

test('ten thousand unclosed tags of mixed kinds, and 200,000 tiny paragraphs (HTML and text)', async () => {
  const mixed = ok(await cleanChecked(shape('html/unclosed-mixed').make(160_000), undefined, 'unclosed'), 'unclosed');
  assert.equal(mixed.result.kind, 'html');
  ok(await cleanChecked(shape('html/tiny-paragraphs').make(200_000 * 8), undefined, 'html tiny'), 'html tiny');
  const text = ok(await cleanChecked(shape('text/tiny-paragraphs').make(200_000 * 3), undefined, 'text tiny'), 'text tiny');
  // One-character lines are widgets: all 200,000 are dropped, and every one is on record.
  assert.equal(text.result.removed.length, 200_000);
});

test('a single 2 MB line of text becomes one paragraph', async () => {
  const o = ok(await cleanChecked(shape('text/long-line').make(2_000_000), undefined, 'long line'), 'long line');
  const body = o.result.stories[0]?.body ?? '';
  assert.ok(body.length > 1_900_000 && !body.includes('\n'), `body of ${body.length} characters`);
});

test('huge and unterminated attributes, unterminated comments and scripts do not hang', async () => {
  for (const name of ['html/huge-attribute', 'html/many-attributes', 'html/unterminated-attribute', 'html/unterminated-comment', 'html/unterminated-script', 'html/script-only']) {
    ok(await cleanChecked(shape(name).make(500_000), undefined, name), name);
  }
  const comment = ok(await cleanChecked(shape('html/unterminated-comment').make(50_000), undefined, 'comment'), 'comment');
  assert.match(allText(comment), /Visible text before the comment starts\./);
});

test('empty and whitespace-only input: no stories and a warning, for strings and bytes', async () => {
  for (const input of ['', ' ', '\n\n\t\r\n', '\u00a0\u3000', new Uint8Array(0), new TextEncoder().encode('  \n  '), shape('text/whitespace-only').make(SMALL)]) {
    const o = ok(await cleanChecked(input, undefined, JSON.stringify(String(input).slice(0, 10))), 'whitespace');
    assert.deepEqual(o.result.stories, []);
    assert.ok(o.result.warnings.length > 0);
    assert.equal(o.result.extractor, 'none');
  }
});

test('UTF-16 with a BOM, a lying UTF-16 declaration and an unknown charset decode to the same result as the string', async () => {
  const decodeCases: [string, (b: number, s?: number) => ShapeInput, string][] = [
    ['bytes/utf16le-bom', shape('bytes/utf16le-bom').make, 'utf-16le'],
    ['bytes/utf16be-bom', shape('bytes/utf16be-bom').make, 'utf-16be'],
  ];
  for (const [name, make, label] of decodeCases) {
    const bytes = make(SMALL, 3) as Uint8Array;
    const asString = new TextDecoder(label).decode(bytes);
    assert.deepEqual(await clean(bytes), await clean(asString), name);
  }
  for (const name of ['bytes/utf16-declared', 'bytes/unknown-charset']) {
    const bytes = shape(name).make(SMALL, 3) as Uint8Array;
    assert.deepEqual(await clean(bytes), await clean(new TextDecoder().decode(bytes)), name);
  }
});

test('invalid UTF-8, lying and replacement charsets, NULs and random bytes never escape as untyped errors', async () => {
  for (const name of ['bytes/invalid-utf8', 'bytes/lying-charset', 'bytes/replacement-charset', 'bytes/nul-sprinkled', 'bytes/random']) {
    for (const seed of [1, 2, 3]) await cleanChecked(shape(name).make(SMALL, seed), undefined, `${name} ${seed}`);
  }
  const replacement = ok(await cleanChecked(shape('bytes/replacement-charset').make(SMALL), undefined, 'replacement'), 'replacement');
  // A declared "replacement" encoding must not turn the whole page into one U+FFFD.
  assert.ok((replacement.result.stories[0]?.body.length ?? 0) > 1000, 'page text survives');
  const random = await cleanChecked(shape('bytes/random').make(SMALL), undefined, 'random');
  assert.ok(!random.ok && random.code === 'binary-input', 'random bytes are reported as binary');
});

test('zero-width, bidi and lone-surrogate text is cleaned without loss of the prose', async () => {
  for (const name of ['text/zero-width-bidi', 'text/lone-surrogates', 'html/zero-width-bidi']) {
    const o = ok(await cleanChecked(shape(name).make(SMALL), undefined, name), name);
    assert.ok((o.result.stories[0]?.body.length ?? 0) > SMALL / 4, `${name}: most of the prose is kept`);
  }
});

test('input over maxBytes is rejected with code too-large, before any work', async () => {
  const o = await cleanChecked('x'.repeat(1001), { maxBytes: 1000 }, 'too large');
  assert.ok(!o.ok && o.code === 'too-large');
  const bytes = await cleanChecked(new Uint8Array(1001).fill(0x61), { maxBytes: 1000 }, 'too large bytes');
  assert.ok(!bytes.ok && bytes.code === 'too-large');
  for (const maxBytes of [0, -1, Number.NaN]) {
    const bad = await cleanChecked('x', { maxBytes }, `maxBytes ${maxBytes}`);
    assert.ok(!bad.ok && bad.code === 'bad-option');
  }
});

const htmlPages = realPages('html', 4);
const textPages = realPages('text', 3);
if (htmlPages.length === 0) {
  test('mutated real pages', { skip: 'no evaluation pages in ../shared/bench-data/trafilatura-eval (they are not in the repo)' }, () => {});
} else {
  test('real pages truncated, flipped, spliced and repeated: always a well-formed result or a typed error', async () => {
    const pages = [...htmlPages, ...textPages];
    let seed = 11;
    for (const [i, page] of pages.entries()) {
      const other = (pages[(i + 1) % pages.length] as (typeof pages)[number]).bytes;
      for (const m of MUTATIONS) {
        await cleanChecked(m.apply(page.bytes, other, rng(seed++)), undefined, `${page.name} ${m.name}`);
      }
    }
  });
}

test('the CLI over a folder of bad inputs reports each failure and still cleans the good ones', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'declutter-adversarial-'));
  const enc = new TextEncoder();
  writeFileSync(path.join(dir, 'a-random.html'), shape('bytes/random').make(4096) as Uint8Array);
  writeFileSync(path.join(dir, 'b-empty.txt'), '');
  writeFileSync(path.join(dir, 'c-deep.html'), shape('html/deep-div').make(220_000) as string);
  writeFileSync(path.join(dir, 'd-utf16.html'), shape('bytes/utf16le-bom').make(SMALL) as Uint8Array);
  writeFileSync(path.join(dir, 'e-good.txt'), enc.encode(shape('text/paragraphs').make(SMALL) as string));
  writeFileSync(path.join(dir, 'f-surrogates.txt'), shape('text/lone-surrogates').make(SMALL) as string);
  const io = memoryIO({ cwd: dir });
  const code = await run(['--format', 'jsonl', '--workers', '0', '.'], io);
  assert.equal(code, EXIT_DOC_FAILED, io.stderr());
  // One record per input, in order: a failure is a record with its code, never a stopped batch.
  const records = io.stdout().trim().split('\n').map((l) => JSON.parse(l) as { source: string; ok: boolean; error?: { code: unknown } });
  assert.deepEqual(records.map((r) => r.source), ['a-random.html', 'b-empty.txt', 'c-deep.html', 'd-utf16.html', 'e-good.txt', 'f-surrogates.txt']);
  assert.equal(records[0]?.ok, false);
  assert.equal(records[0]?.error?.code, 'binary-input');
  for (const r of records.slice(1)) assert.equal(r.ok, true, `${r.source}: ${JSON.stringify(r.error)}`);
  const good = memoryIO({ cwd: dir });
  assert.equal(await run(['--workers', '0', 'e-good.txt'], good), EXIT_OK, good.stderr());
});
