import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { clean } from '../src/index.js';
import { isProse } from '../src/lexicon/features.js';
import { heldTexts, holdTexts, releaseTexts } from '../src/lexicon/memo.js';

const SAMPLES = path.resolve(import.meta.dirname, '../../samples');

test('the memos outlive one document while another is still being cleaned', () => {
  holdTexts();
  holdTexts();
  isProse('A sentence that both documents may ask about.');
  releaseTexts();
  assert.ok(heldTexts() > 0, 'the second document still holds the memos');
  releaseTexts();
  assert.equal(heldTexts(), 0, 'emptied once no document is being cleaned');
});

test('concurrent clean() calls give the results of sequential ones, and hold nothing after', async () => {
  const inputs = readdirSync(SAMPLES)
    .sort()
    .flatMap((dir) => readdirSync(path.join(SAMPLES, dir)).filter((f) => f.startsWith('input.')).map((f) => readFileSync(path.join(SAMPLES, dir, f))));
  assert.ok(inputs.length >= 4, `samples found: ${inputs.length}`);
  const sequential = [];
  for (const input of inputs) sequential.push(await clean(input));
  const concurrent = await Promise.all([...inputs, ...inputs].map((input) => clean(input)));
  assert.deepEqual(concurrent, [...sequential, ...sequential]);
  assert.equal(heldTexts(), 0);
});
