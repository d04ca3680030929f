import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clean } from '../src/index.js';

/**
 * A dump's stamp line that labels its name with "by", before or after the date ("Posted on May 2,
 * 2025 by Name", "BY NAME ON MAY 2, 2025", "May 2, 2025 By Name In"): the story's first stamp line
 * signs the story as the same label under the headline does (issue 13). Invented wording.
 */

const PARAS = [
  'The lighthouse keepers\' cottages reopen to walkers this spring after two winters of repairs to the roofs and the old well.',
  'Volunteers rebuilt the dry-stone wall along the cliff path, and the trust has put up new signs where the path meets the road.',
  'The cottages hold a small exhibition on the families who kept the light, with letters and logbooks lent by their descendants.',
];

async function dump(stamp: string, more: string[] = []): Promise<{ byline?: string; published?: string; body: string }> {
  const r = await clean(['Keepers\' cottages reopen', stamp, ...PARAS, ...more].join('\n\n'), { kind: 'text' });
  const s = r.stories[0];
  return { byline: s?.byline, published: s?.published, body: s?.body ?? '' };
}

test('a "by" label on the story\'s first stamp line signs the story, before or after the date', async () => {
  for (const [stamp, name] of [
    ['Posted on March 3, 2025 by Ottoline Brack', 'Ottoline Brack'],
    ['BY OTTOLINE BRACK ON MARCH 3, 2025', 'OTTOLINE BRACK'],
    ['March 3, 2025 By Ottoline Brack In', 'Ottoline Brack'],
    ['March 3, 2025April 9, 2025 by Ottoline Brack', 'Ottoline Brack'],
    ['Posted by keeperjo at March 3, 2025 10:15 AM', 'keeperjo'],
  ] as const) {
    const s = await dump(stamp);
    assert.equal(s.byline, name, stamp);
    assert.equal(s.published?.slice(0, 10), '2025-03-03', stamp);
  }
});

test('a reviewer\'s label or a later stamp line\'s name signs nothing', async () => {
  for (const stamp of ['March 3, 2025 Reviewed by Ottoline Brack', 'March 3, 2025 Medically reviewed by Ottoline Brack']) {
    const s = await dump(stamp);
    assert.equal(s.byline, undefined, stamp);
  }
  const later = await dump('March 3, 2025', ['Posted on March 5, 2025 by Ottoline Brack', 'Thanks for the write-up, we walked the path on Sunday and the new signs helped.']);
  assert.equal(later.byline, undefined);
});
