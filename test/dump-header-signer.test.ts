import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clean } from '../src/index.js';

/**
 * A dump's byline is the one under its headline: a menu's "By Region" filter or a contributors'
 * label above the headline does not sign the story, nor does it silence the byline below; a bare
 * name under the headline with the story's stamp above it signs as one with the stamp below does
 * (issue 13). Invented wording.
 */

const PARAS = [
  'The lighthouse keepers\' cottages reopen to walkers this spring after two winters of repairs to the roofs and the old well.',
  'Volunteers rebuilt the dry-stone wall along the cliff path, and the trust has put up new signs where the path meets the road.',
  'The cottages hold a small exhibition on the families who kept the light, with letters and logbooks lent by their descendants.',
];
const MENU = ['Coastal Trust Journal', 'Walks', 'Browse stories', 'By Region', 'By Season', 'Subscribe'];

async function dump(lines: string[]): Promise<{ byline?: string; title?: string }> {
  const r = await clean(lines.join('\n\n'), { kind: 'text' });
  const s = r.stories[0];
  return { byline: s?.byline, title: s?.title };
}

test('a byline under the headline signs the story, not a menu\'s "By" filter above it', async () => {
  const s = await dump([...MENU, 'Keepers\' cottages reopen to walkers', 'By Ottoline Brackwater', 'March 3, 2025', ...PARAS]);
  assert.equal(s.title, 'Keepers\' cottages reopen to walkers');
  assert.equal(s.byline, 'Ottoline Brackwater');
});

test('a byline above the headline stays when nothing under it signs', async () => {
  const s = await dump(['Coastal Trust Journal', 'By Ottoline Brackwater', 'Keepers\' cottages reopen to walkers', 'March 3, 2025', ...PARAS]);
  assert.equal(s.byline, 'Ottoline Brackwater');
});

test('a bare name under the headline with the stamp above it is the byline', async () => {
  for (const lines of [
    ['Keepers\' cottages reopen to walkers', 'March 3, 2025', 'Ottoline Brackwater', ...PARAS],
    ['March 3, 2025', 'Walks', 'Keepers\' cottages reopen to walkers', 'Ottoline Brackwater', ...PARAS],
  ]) {
    const s = await dump(lines);
    assert.equal(s.byline, 'Ottoline Brackwater', lines.slice(0, 4).join(' / '));
  }
  // A heading's words the story writes in lower case are no name.
  const s = await dump(['Keepers\' cottages reopen to walkers', 'March 3, 2025', 'Cliff Path', ...PARAS, 'The cliff path is steep in places.']);
  assert.equal(s.byline, undefined);
});

test('a team\'s name over the stamp signs as a team; one whose words the story writes in lower case does not', async () => {
  const s = await dump(['Keepers\' cottages reopen to walkers', 'Brackwater Rambling Team', 'March 3, 2025', ...PARAS]);
  assert.equal(s.byline, 'Brackwater Rambling Team');
  const lower = await dump(['Keepers\' cottages reopen to walkers', 'Cliff Path Team', 'March 3, 2025', ...PARAS]);
  assert.equal(lower.byline, undefined);
});

test('a "By" line\'s name ends at a "⋅" separator as at a "·"', async () => {
  const s = await dump(['Keepers\' cottages reopen to walkers', 'By Ottoline Brackwater ⋅ Senior Walks Editor ⋅ Updated March 5, 2025', ...PARAS]);
  assert.equal(s.byline, 'Ottoline Brackwater');
});
