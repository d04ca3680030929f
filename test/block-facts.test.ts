import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { blockIsProse, blockKey, blockShapeKey, blockWords, isProse, normKey, shapeKey, wordCount } from '../src/lexicon/features.js';
import type { Block } from '../src/types.js';

const line = (text: string): Block => ({ id: 0, kind: 'line', text, where: 'line 1', linkDensity: 0, gapBefore: true });

/** What each block ask must give: the same fact asked of the block's text as it is now. */
function assertFresh(b: Block): void {
  assert.equal(blockWords(b), wordCount(b.text));
  assert.equal(blockIsProse(b), isProse(b.text));
  assert.equal(blockKey(b), normKey(b.text));
  assert.equal(blockShapeKey(b), shapeKey(b.text));
}

test('a block copied with new text, or given new text, is never answered from its old text', () => {
  const b = line('The council met on Tuesday and voted on the 2025 budget.');
  assert.equal(blockWords(b), 11);
  assert.equal(blockIsProse(b), true);
  const copy = { ...b, text: 'Sign in' };
  assert.equal(blockWords(copy), 2);
  assert.equal(blockIsProse(copy), false);
  assert.equal(blockKey(copy), 'sign in');
  b.text = 'Page 3 of 12';
  assert.equal(blockShapeKey(b), 'page 0 of 00');
  assert.equal(blockWords(b), 4);
  assertFresh(b);
});

test('block asks agree with the text asks through any sequence of copies and text changes', () => {
  const text = fc.string({ maxLength: 40 }).filter((t) => t.trim() !== '');
  fc.assert(
    fc.property(text, fc.array(fc.tuple(text, fc.boolean()), { maxLength: 6 }), (first, steps) => {
      let b = line(first);
      assertFresh(b);
      for (const [next, copy] of steps) {
        if (copy) b = { ...b, text: next };
        else b.text = next;
        assertFresh(b);
      }
    }),
    { numRuns: 500 },
  );
});
