import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { DATE_SHAPES, findDate, monthFirstIso, MONTH_START, printsMonthFirst } from '../src/lexicon/dates.js';
import { blockKey } from '../src/lexicon/features.js';
import {
  COMMENT_FORM,
  END_LABEL,
  END_LABEL_OPENERS,
  foldUnit,
  HEADLINE_DATE_RUN,
  isCommentForm,
  mayHoldEndTail,
  mayHoldRelatedPhrase,
  mayOpenEndLabel,
  NONZERO_DIGIT,
  PHONE_RUN,
  POST_NAV,
  PRICE_LINE,
  RELATED_PHRASE,
  TERMINATOR,
  TERMINATOR_START,
} from '../src/lexicon/patterns.js';
import { endsSentence, wordCount } from '../src/lexicon/features.js';
import { isEndLabel, isInlineTeaser } from '../src/rules/end-labels.js';
import { isShopDump } from '../src/stories/shop-end.js';
import { holdsPhone, keyCounter, score } from '../src/stories/text-title.js';
import type { Block } from '../src/types.js';

/*
 * The round-27 fast paths against the plain readings they stand for: each prefilter may only say
 * "no" where the expressions say no, so the answers are the same on any line.
 */

const block = (text: string, id = 0): Block => ({ id, kind: 'line', text, where: `line ${id + 1}`, linkDensity: 0, gapBefore: false });

/** Varies a phrase's case letter by letter, and puts in the units /iu folds onto ASCII (long s, the Kelvin sign). */
const recased = (phrase: string, seed: number): string =>
  [...phrase]
    .map((ch, i) => {
      const r = (seed >> (i % 24)) & 3;
      if (ch === 's' && r === 3) return '\u017f';
      if (ch === 'k' && r === 3) return '\u212a';
      return r === 1 ? ch.toUpperCase() : ch;
    })
    .join('');

test('foldUnit: every UTF-16 unit the /iu expressions match to an end-label opening letter folds onto that letter', () => {
  const letters = new Set<string>();
  for (const w of [...END_LABEL_OPENERS, 'auch interessieren', 'also like', 'also be interested', 'also enjoy']) for (const ch of w.slice(0, 4)) letters.add(ch);
  for (const ch of letters) {
    const one = new RegExp(`^${ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'iu');
    const code = ch.charCodeAt(0);
    assert.equal(foldUnit(code), code, `${ch} is its own fold`);
    for (let c = 0; c <= 0xffff; c++) if (one.test(String.fromCharCode(c))) assert.equal(foldUnit(c), code, `U+${c.toString(16)} against ${ch}`);
  }
  // The units outside ASCII that fold onto it.
  assert.equal(foldUnit(0x17f), 115);
  assert.equal(foldUnit(0x212a), 107);
});

// isEndLabel and isInlineTeaser as they read before the prefilters.
const plainEndLabel = (text: string): boolean => {
  if (TERMINATOR.test(text) || END_LABEL.test(text)) return true;
  if (wordCount(text) > 12 || (endsSentence(text) && !text.endsWith(':'))) return false;
  return RELATED_PHRASE.test(text) || TERMINATOR_START.test(text);
};
const plainInlineTeaser = (text: string): boolean => {
  const c = text.charCodeAt(0);
  const lower = c | 0x20;
  if ((c === 0x2190 || lower === 97 || lower === 110 || lower === 111 || lower === 112 || lower === 118) && POST_NAV.test(text)) return true;
  const label = TERMINATOR_START.exec(text);
  if (!label) return false;
  const sep = label[0].endsWith(':') ? /^\s*/u.exec(text.slice(label[0].length)) : /^\s*[:|–—-]\s*/u.exec(text.slice(label[0].length));
  if (!sep) return false;
  return wordCount(text.slice(label[0].length + sep[0].length)) >= 3;
};

test('the end-label prefilters never turn away a line the expressions take: isEndLabel and isInlineTeaser read as before', () => {
  const phrases = [
    ...END_LABEL_OPENERS,
    'das könnte Sie auch interessieren', 'you may also like', 'You might also enjoy', 'more stories from', 'other posts like', 'pourrait vous intéresser',
    'también te puede interesar', 'ti potrebbe interessare', 'könnten dich auch interessieren', 'we think you would also like', 'Readers also enjoy',
    'might also be interested', 'auch interessieren',
  ];
  const phrase = fc.tuple(fc.constantFrom(...phrases), fc.nat()).map(([p, seed]) => recased(p, seed));
  const filler = fc.constantFrom('', ' ', '  ', ':', ': ', ' - ', ' | ', '»', '…', '.', '!', '?', ' 12', '3 ', '12 ', 'x', 'Headline of a teaser', 'the', 'CNN', '😀', '𝐀𝐁', '\u00a0', '\t', 'Ä', 'É', 'ſ', '\u212a', 'aus', 'Also', 'auch', 'a', 'A');
  const line = fc.array(fc.oneof(phrase, filler), { minLength: 1, maxLength: 6 }).map((p) => p.join(''));
  const spacedLine = fc.array(fc.oneof(phrase, filler), { minLength: 1, maxLength: 6 }).map((p) => p.join(' '));
  let labels = 0;
  let tails = 0;
  let related = 0;
  fc.assert(
    fc.property(fc.oneof(line, spacedLine), (t) => {
      const opens = mayOpenEndLabel(t);
      if (TERMINATOR.test(t) || TERMINATOR_START.test(t)) assert.ok(opens, t);
      if (END_LABEL.test(t)) {
        assert.ok(opens || mayHoldEndTail(t), t);
        if (!opens) tails++;
      }
      if (RELATED_PHRASE.test(t)) {
        assert.ok(mayHoldRelatedPhrase(t), t);
        related++;
      }
      const plain = plainEndLabel(t);
      if (plain) labels++;
      assert.equal(isEndLabel(t), plain, t);
      assert.equal(isInlineTeaser(t), plainInlineTeaser(t), t);
    }),
    { numRuns: 20_000 },
  );
  assert.ok(labels > 2000 && tails > 100 && related > 200, `${labels} labels, ${tails} by a phrase alone, ${related} related phrases`);
  // Fixed cases: a phrase past its reach, behind astral characters, with long s and the Kelvin sign.
  for (const t of [
    'Das könnte Sie auch interessieren:', 'Everything else you may also like', '𝐀𝐁𝐂𝐃𝐄𝐅𝐆𝐇𝐈𝐉𝐊𝐋𝐌𝐍𝐎𝐏𝐐𝐑𝐒𝐓𝐔𝐕𝐖𝐗𝐘𝐙𝐚𝐛𝐜𝐝 also like',
    'abcdefghijklmnopqrstuvwxyzabcd also like', 'abcdefghijklmnopqrstuvwxyzabcde also like', 'more \u017ftories from here', 'RELATED \u017fTORIES',
    '\u212aommentare', '3 Comments', 'Top Stories', 'x', 'also', 'MORE POSTS FROM', 'more posts fro',
  ]) {
    assert.equal(isEndLabel(t), plainEndLabel(t), t);
    assert.equal(isInlineTeaser(t), plainInlineTeaser(t), t);
  }
});

test('isCommentForm says what COMMENT_FORM says on short lines, and on long lines asked again', () => {
  // The shortest form is 18 characters: one shorter cannot be one.
  assert.ok(COMMENT_FORM.test('para comentar debe'));
  assert.ok(isCommentForm('para comentar debe'));
  assert.ok(!COMMENT_FORM.test('para comentar deb'));
  const forms = ['para comentar debe', 'notify me of new posts', 'save my name, email', 'Required fields are marked', 'du musst angemeldet sein', 'you must be logged in to post a comment'];
  const piece = fc.oneof(fc.tuple(fc.constantFrom(...forms), fc.nat()).map(([p, seed]) => recased(p, seed)), fc.constantFrom(' ', '*', 'x', 'Leave a reply.', 'A long paragraph about something else entirely, '.repeat(3)));
  const line = fc.array(piece, { minLength: 1, maxLength: 5 }).map((p) => p.join(''));
  fc.assert(
    fc.property(line, (t) => {
      assert.equal(isCommentForm(t), COMMENT_FORM.test(t), t);
      assert.equal(isCommentForm(t), COMMENT_FORM.test(t), t);
    }),
    { numRuns: 3000 },
  );
});

test('keyCounter counts the story lines with a key as a count over their records does', () => {
  const texts = ['Home', 'home', 'HOME!', 'News', 'Harbour cranes lifted steel', 'harbour cranes lifted steel.', 'About us', '', 'Über uns', 'uber uns'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...texts), { maxLength: 40 }), fc.array(fc.constantFrom(...texts), { maxLength: 30 }), (lines, asks) => {
      const all = lines.map((t, i) => block(t, i));
      const count = keyCounter(all, 0, all.length);
      for (const a of asks) {
        const key = blockKey(block(a));
        assert.equal(count(key), all.filter((b) => blockKey(b) === key).length, a);
      }
    }),
    { numRuns: 2000 },
  );
});

test('holdsPhone and the numeric-date readings find what matchAll finds', () => {
  const NUMERIC_DATES = /\b(\d{1,2})([./])(\d{1,2})\2(\d{4})\b/gu;
  const piece = fc.constantFrom('09.10.2024', '10/31/2024', '31/10/2024', '2024-10-04', '+49 30 1234567', '(555) 123-4567', '1999-2024', '12.12.2012', ' ', ', ', 'Call ', 'x', '7', '.', '/');
  const line = fc.array(piece, { maxLength: 8 }).map((p) => p.join(''));
  fc.assert(
    fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), (lines) => {
      for (const t of lines) {
        assert.equal(holdsPhone(t), [...t.matchAll(PHONE_RUN)].some((m) => !HEADLINE_DATE_RUN.test(m[0])), t);
        const found = findDate(t);
        if (found === null) continue;
        // monthFirstIso as matchAll read it.
        const [year, month, day] = found.iso.slice(0, 10).split('-').map(Number) as [number, number, number];
        let expected = found.iso;
        if (!(month === day || day > 12)) {
          for (const m of t.matchAll(NUMERIC_DATES)) {
            if (Number(m[1]) === day && Number(m[3]) === month && Number(m[4]) === year) {
              expected = `${year}-${String(day).padStart(2, '0')}-${String(month).padStart(2, '0')}${found.iso.slice(10)}`;
              break;
            }
          }
        }
        assert.equal(monthFirstIso(found.iso, t), expected, t);
      }
      let monthFirst = false;
      let dayFirst = false;
      for (const t of lines) {
        for (const m of t.matchAll(NUMERIC_DATES)) {
          const [a, b] = [Number(m[1]), Number(m[3])];
          if (a > 12 && b <= 12) dayFirst = true;
          if (b > 12 && a <= 12) monthFirst = true;
        }
      }
      // The plain reading stops at the first day-first date; a month-first one before it does not matter.
      if (dayFirst) assert.equal(printsMonthFirst(lines), false);
      else assert.equal(printsMonthFirst(lines), monthFirst);
    }),
    { numRuns: 3000 },
  );
});

test('isShopDump asks the digit first and finds what the price expression then the digit found', () => {
  const texts = ['Add to cart', '$0.00', '$24.99', 'Sale price €19,99', 'RRP: EUR 40 EUR 32', 'Qty:', 'A paragraph with 3 numbers', 'Free shipping', '0', 'CHF 0', 'CHF 10'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...texts), { maxLength: 12 }), (lines) => {
      const all = lines.map((t, i) => block(t, i));
      const cart = all.findIndex((b) => /^(?:add to cart|qty:)/iu.test(b.text)) >= 0;
      const price = all.some((b) => PRICE_LINE.test(b.text) && NONZERO_DIGIT.test(b.text));
      if (!cart || !price) assert.equal(isShopDump(all), false);
    }),
    { numRuns: 2000 },
  );
});

test("MONTH_START finds a month's start in every text a named date shape matches, folded as the shapes fold", () => {
  const months = ['Feb', 'FEB', 'february', 'Sept', '\u017fept', '\u017fEPTEMBER', 'OKT', 'o\u212At', '\u212Awiecień', 'PAŹDZIERNIK', 'październik', 'MÄRZ', 'mär', 'Déc', 'AOÛT', 'Mai', 'giu', 'Grudnia', 'Jänner', 'Fe', 'Ma'];
  const day = fc.constantFrom('5', '16', '05', '3rd', '1st');
  const sep = fc.constantFrom(' ', ', ', '. ', '.', '-', ' de ', '\u00a0', '\t', '');
  const year = fc.constantFrom('2024', '2025', '20236', '202');
  const month = fc.constantFrom(...months);
  const date = fc.oneof(fc.tuple(month, sep, day, sep, year), fc.tuple(day, sep, month, sep, year)).map((p) => p.join(''));
  const around = fc.constantFrom('', 'Posted ', 'x', ' at 6:01 PM', ' | News', 'Z');
  let matched = 0;
  fc.assert(
    fc.property(around, date, around, (a, d, b) => {
      const t = a + d + b;
      for (const shape of DATE_SHAPES) {
        if (!shape.named || !shape.re.test(t)) continue;
        matched++;
        assert.ok(MONTH_START.test(t), t);
      }
    }),
    { numRuns: 20_000 },
  );
  assert.ok(matched > 500, `${matched} matches`);
  for (const t of ['\u017fept 5, 2024', '5 O\u212AT 2024', '5-o\u212At-2024', '3 \u212Awiecień 2024']) assert.ok(DATE_SHAPES.some((s) => s.named && s.re.test(t)) && MONTH_START.test(t), t);
});

test("the title search's score never falls as the slug's marks rise: the bound read with them at their most holds", () => {
  type Evidence = Parameters<typeof score>[0];
  const evidence = fc.record({
    words: fc.nat(30),
    metaBelow: fc.boolean(),
    metaAbove: fc.boolean(),
    repeated: fc.boolean(),
    pair: fc.boolean(),
    twice: fc.boolean(),
    slug: fc.double({ min: 0, max: 1, noNaN: true }),
    slugLine: fc.boolean(),
    nextProse: fc.boolean(),
    prevProse: fc.boolean(),
    above: fc.integer({ min: -80, max: 80 }),
    capitals: fc.double({ min: 0, max: 1, noNaN: true }),
  });
  fc.assert(
    fc.property(evidence, (e: Evidence) => {
      assert.ok(score({ ...e, slug: 1, slugLine: true }) >= score(e));
      for (const slug of [0, 0.25, 0.5, 0.75, 1]) assert.ok(score({ ...e, slug: 1, slugLine: true }) >= score({ ...e, slug }));
    }),
    { numRuns: 5000 },
  );
});
