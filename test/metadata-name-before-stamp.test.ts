import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clean } from '../src/index.js';

/**
 * A text dump joins a header's name element and its date element on one line ("Jane Doe
 * October 14, 2025", "Jane Doe • Oct 20, 2025"): the full name before the stamp's date signs the
 * story (issue 13). Invented wording.
 */

const PARAS = [
  'The ferry timetable changes next week, when the winter crossings start an hour later and the last boat leaves before dark.',
  'Islanders who commute to the mainland can still book the early freight sailing, which takes a few foot passengers each day.',
  'The harbour office says the summer timetable returns in April, once the new landing stage on the north quay is finished.',
];

async function dump(stamp: string): Promise<{ byline?: string; authors?: string[]; published?: string; body: string }> {
  const r = await clean(['Winter ferry times', stamp, ...PARAS].join('\n\n'), { kind: 'text' });
  const s = r.stories[0];
  return { byline: s?.byline, authors: s?.authors, published: s?.published, body: s?.body ?? '' };
}

test('a dump\'s full name glued before the stamp\'s date is the byline', async () => {
  for (const stamp of ['Maren Holloway October 14, 2025', 'Maren Holloway • Oct 14, 2025', 'Maren Holloway | October 14, 2025', 'ByMaren HollowayOct 14, 2025']) {
    const s = await dump(stamp);
    assert.deepEqual(s.authors, ['Maren Holloway'], stamp);
    assert.equal(s.published?.slice(0, 10), '2025-10-14', stamp);
    assert.doesNotMatch(s.body, /Holloway/, stamp);
  }
});

test('a role, a domain, a section or a name after the date before a stamp signs nothing', async () => {
  for (const stamp of ['Associate Editor, Harbour News Oct 14, 2025', 'Harbour.Cloud Oct 14, 2025', 'Ferry Timetable Oct 14, 2025', 'Oct 14, 2025 Maren Holloway', 'Maren October 14, 2025', 'Maren HollowayReviewed 10/14/2025']) {
    const s = await dump(stamp);
    assert.equal(s.authors, undefined, stamp);
    assert.equal(s.published?.slice(0, 10), '2025-10-14', stamp);
  }
});
