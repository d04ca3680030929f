import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDate, gluesAge, isTimestampLine, monthFirstIso, printsMonthFirst, unglueAge } from '../src/lexicon/dates.js';
import { findDateline } from '../src/stories/dateline.js';
import { inPageOrder } from '../src/stories/line-rules.js';
import type { Block } from '../src/types.js';

test('findDate reads the usual formats to ISO 8601, with the stated zone as offset', () => {
  const cases: [string, string][] = [
    ['Feb 16, 2025 05:45 AM IST', '2025-02-16T05:45:00+05:30'],
    ['February 3, 2024', '2024-02-03'],
    ['2025-02-16', '2025-02-16'],
    ['2025-02-16T05:45:00Z', '2025-02-16T05:45:00Z'],
    ['16.02.2025, 14:30 Uhr', '2025-02-16T14:30:00'],
    ['19. Oktober 2019, 19:08 Uhr', '2019-10-19T19:08:00'],
    ['3 mars 2021 à 10h15', '2021-03-03T10:15:00'],
    ['12 de febrero de 2020', '2020-02-12'],
    ['Jan 5, 2023 11:00 PM EST', '2023-01-05T23:00:00-05:00'],
    ['Posted 2021/07/04 08:09 GMT+2', '2021-07-04T08:09:00+02:00'],
  ];
  for (const [text, iso] of cases) assert.equal(findDate(text)?.iso, iso, text);
});

test('findDate rejects impossible dates and plain numbers', () => {
  for (const text of ['2025-13-40', '31.31.2020', 'Chapter 2025', 'He scored 16 points in 2024 games']) {
    assert.equal(findDate(text), null, text);
  }
});

test('isTimestampLine: a date with a little furniture, not a sentence holding a date', () => {
  assert.equal(isTimestampLine('Monday, Feb 16, 2025 05:45'), true);
  assert.equal(isTimestampLine('Updated: 16.02.2025'), true);
  assert.equal(isTimestampLine('The council voted on Feb 16, 2025 to close the old bridge for good.'), false);
});

test('findDateline: upper-case places and agency datelines; not acronyms or ordinary openings', () => {
  assert.equal(findDateline('MOSCOW - Russian officials said on Monday.'), 'MOSCOW');
  assert.equal(findDateline('WASHINGTON (Reuters) - The Senate voted.'), 'WASHINGTON');
  assert.equal(findDateline('NEW YORK, March 3 (AP) — Stocks rose.'), 'NEW YORK');
  assert.equal(findDateline('Moscow (AFP) - Talks resumed.'), 'Moscow');
  assert.equal(findDateline('AI - the new frontier - is here.'), undefined);
  assert.equal(findDateline('The minister - visibly tired - spoke late.'), undefined);
  assert.equal(findDateline(undefined), undefined);
});

test('findDate: a numeric date whose second number cannot be a month is read month first; day first otherwise', () => {
  assert.equal(findDate('Revised: 11/29/2023')?.iso, '2023-11-29');
  assert.equal(findDate('3/27/2022 9:15 PM')?.iso, '2022-03-27T21:15:00');
  assert.equal(findDate('05/04/2022')?.iso, '2022-04-05');
  assert.equal(findDate('29.11.2023')?.iso, '2023-11-29');
});

test('isTimestampLine: a quoted post\'s attribution line is no timestamp', () => {
  assert.equal(isTimestampLine('On 3/14/2023 at 8:05 AM, kayak_fan said:'), false);
  assert.equal(isTimestampLine('On 14/03/2023 at 08:05, Ruderer wrote:'), false);
  assert.equal(isTimestampLine('Posted on 3/14/2023 at 8:05 AM'), true);
});

test('findDate: a month name between hyphens, and hyphenated numbers only where one reading alone is a date', () => {
  assert.equal(findDate('Filed on 04-ago-2021 5:11:10')?.iso, '2021-08-04T05:11:10');
  assert.equal(findDate('Issued 16-Feb-2025')?.iso, '2025-02-16');
  assert.equal(findDate('11-29-2024, 09:03 AM')?.iso, '2024-11-29T09:03:00');
  assert.equal(findDate('29-11-2024')?.iso, '2024-11-29');
  // "03-09-2026" is 3 September or March 9 by who printed it: neither is read.
  assert.equal(findDate('03-09-2026'), null);
  // Slashes and dots keep their day-first reading; one separator throughout.
  assert.equal(findDate('03/09/2026')?.iso, '2026-09-03');
  assert.equal(findDate('16-02/2025'), null);
});

test('findDate: a year glued to the next date or to the time (a dump running two elements together) still ends the date', () => {
  // A published day and an updated day printed side by side with no space between them.
  const pair = 'Posted on March 3, 2021April 9, 2023';
  assert.equal(findDate(pair)?.iso, '2021-03-03');
  assert.equal(isTimestampLine(pair), true);
  assert.equal(findDate('9 March 2021April 3, 2022')?.iso, '2021-03-09');
  assert.equal(findDate('November 4, 20229:15 AM PT')?.iso, '2022-11-04T09:15:00-08:00');
  // A longer number or a word glued to the year is no year.
  assert.equal(findDate('Issue March 3, 20214'), null);
  assert.equal(findDate('since May 5, 2019s'), null);
});

test('findDate: a dump that runs a label, a name or the next word into the date still gives the date, and a version number gives none', () => {
  // A section label or a byline's name glued before a capitalised month ("FeaturesOctober 2, 2019").
  const label = findDate('FeaturesOctober 2, 2019');
  assert.equal(label?.iso, '2019-10-02');
  assert.deepEqual([label?.start, label?.end], [8, 23]);
  assert.equal(findDate('By Tomas BrennerSep 14, 2023 | 3 replies')?.iso, '2023-09-14');
  // A month's name in lower case inside a word is part of that word, not a glued month.
  assert.equal(findDate('Fleetmay 4, 2023'), null);
  // The next element's word glued to the year: lowercase or capitalised.
  assert.equal(findDate('Aug 30, 2022in Garden Tools')?.iso, '2022-08-30');
  assert.equal(findDate('Aug 30, 2022Marta Oyelaran')?.iso, '2022-08-30');
  // Year first with dots, where both parts make a day; a version or a file name does not.
  assert.equal(findDate('Posted: 2023.08.30 | travel')?.iso, '2023-08-30');
  assert.equal(findDate('build 2023.08.30.5512'), null);
  assert.equal(findDate('release 2023.8.3'), null);
  assert.equal(findDate('image-2023.08.30-arm64.img'), null);
  assert.equal(findDate('sample 2023.14.30'), null);
});

test('printsMonthFirst / monthFirstIso: a page whose numeric dates read only month first reads its ambiguous ones so too', () => {
  assert.equal(printsMonthFirst(['Filed 04/09/2023', 'Renewed 11/23/2024']), true);
  // One date that reads only day first settles the other way; none at all settles nothing.
  assert.equal(printsMonthFirst(['Renewed 11/23/2024', 'Closed 23/11/2024']), false);
  assert.equal(printsMonthFirst(['Filed 04/09/2023']), false);
  // findDate reads "04/09/2023" day first (4 September); month first it is April 9.
  assert.equal(findDate('04/09/2023')?.iso, '2023-09-04');
  assert.equal(monthFirstIso('2023-09-04', 'Filed 04/09/2023'), '2023-04-09');
  assert.equal(monthFirstIso('2023-09-04T08:15:00', '04.09.2023 8:15'), '2023-04-09T08:15:00');
  // A day that is not printed that way (a month's name) stays as it is.
  assert.equal(monthFirstIso('2023-09-04', '4 September 2023'), '2023-09-04');
});

test('inPageOrder: a stamp line\'s ambiguous numeric date turns month first only when the page prints its dates so', () => {
  const lines = (...texts: string[]): Block[] => texts.map((text, id) => ({ id, kind: 'line', text }) as Block);
  const stamp = { iso: '2023-09-04', rank: 1, index: 0 };
  const menu = { iso: '2024-01-02', rank: 0 };
  const turned = inPageOrder([stamp, menu], lines('04/09/2023', 'Renewed 11/23/2024'));
  assert.deepEqual(turned, [{ ...stamp, iso: '2023-04-09' }, menu]);
  // A page that also prints a date only day first keeps the stamp's reading, as does one printing no month-first date.
  const kept = [stamp, menu];
  assert.equal(inPageOrder(kept, lines('04/09/2023', 'Renewed 11/23/2024', 'Closed 23/11/2024')), kept);
  assert.equal(inPageOrder(kept, lines('04/09/2023', 'Filed 2024')), kept);
  // A stamp whose date cannot turn (a month's name) is kept whatever the page prints.
  assert.equal(inPageOrder(kept, lines('4 September 2023', 'Renewed 11/23/2024')), kept);
});

test('unglueAge / gluesAge: an age or a reading time glued to a year is parted from it', () => {
  assert.equal(unglueAge('June 14, 20241 yr in Garden Talk'), 'June 14, 2024 1 yr in Garden Talk');
  assert.equal(unglueAge('Mar 27, 202512 mins'), 'Mar 27, 2025 12 mins');
  assert.equal(gluesAge('Oct 2, 20233d'), false);
  // No unit, a longer count, or a plain year: the text stays as it is.
  for (const t of ['June 14, 20241', 'Order 2024123 days', 'June 14, 2024 1 yr']) assert.equal(unglueAge(t), t, t);
});
