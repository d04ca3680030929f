import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { clean } from '../src/index.js';
import { normalizeLine } from '../src/text/lines.js';
import { SAMPLES } from './support/golden.js';

const SEEDS = path.resolve(import.meta.dirname, '../../../shared/seeds');

/** Our text samples, plus the user's seed pages when ../shared is there. */
function textInputs(): { name: string; text: string }[] {
  const out = readdirSync(SAMPLES)
    .filter((d) => d.startsWith('text--'))
    .map((d) => ({ name: d, text: readFileSync(path.join(SAMPLES, d, 'input.txt'), 'utf8') }));
  if (existsSync(SEEDS)) {
    for (const f of readdirSync(SEEDS).filter((x) => x.endsWith('.txt'))) out.push({ name: f, text: readFileSync(path.join(SEEDS, f), 'utf8') });
  }
  return out;
}

test('every input line is either kept in a body or removed exactly once, with a rule and a reason', async () => {
  for (const { name, text } of textInputs()) {
    const result = await clean(text, { kind: 'text' });
    const kept = new Set(result.stories.flatMap((s) => s.body.split('\n\n')));
    const removedAt = new Map<string, number>();
    for (const r of result.removed) {
      assert.ok(r.rule && r.reason && r.where, `${name}: removal fields`);
      removedAt.set(r.where, (removedAt.get(r.where) ?? 0) + 1);
    }
    text.split(/\r\n|\r|\n/).forEach((raw, i) => {
      const line = normalizeLine(raw);
      if (line === '') return;
      const times = removedAt.get(`line ${i + 1}`) ?? 0;
      if (kept.has(line)) assert.equal(times, 0, `${name} line ${i + 1} is kept and also recorded as removed`);
      else assert.equal(times, 1, `${name} line ${i + 1} "${line.slice(0, 40)}" removed ${times} times`);
    });
  }
});

test('cleaning is deterministic and CRLF input gives the same result as LF', async () => {
  for (const { name, text } of textInputs()) {
    const lf = await clean(text, { kind: 'text' });
    assert.deepEqual(await clean(text, { kind: 'text' }), lf, `${name}: deterministic`);
    const crlf = await clean(text.replace(/\n/g, '\r\n'), { kind: 'text' });
    assert.deepEqual(crlf.stories, lf.stories, `${name}: CRLF`);
  }
});

test('a clean body cleaned again is unchanged', async () => {
  for (const { name, text } of textInputs()) {
    const first = await clean(text, { kind: 'text' });
    for (const story of first.stories) {
      const again = await clean(`${story.title ?? ''}\n\n${story.body}`, { kind: 'text' });
      assert.equal(again.stories[0]?.body, story.body, `${name}: ${story.title ?? '(untitled)'}`);
    }
  }
});

test('empty and whitespace-only input give an empty result with a warning', async () => {
  for (const input of ['', '   \n\n\t ', new Uint8Array(0)]) {
    const r = await clean(input);
    assert.deepEqual(r.stories, []);
    assert.ok(r.warnings.length > 0);
  }
});

test('binary input is a typed error with a string code', async () => {
  const bytes = new Uint8Array(4096).map((_, i) => (i * 7) % 32);
  await assert.rejects(clean(bytes), (e: unknown) => e instanceof Error && typeof (e as { code?: unknown }).code === 'string');
});
