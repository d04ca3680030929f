import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { collapse, collapsedEnd, isCollapsedSpan } from '../src/lexicon/collapse.js';
import { hasYearDigits } from '../src/lexicon/dates.js';
import { blockLetterRuns, blockWords, isSimple, letterRuns, normKey, shapeKey } from '../src/lexicon/features.js';
import { KeyEdges, mayHaveKey, mayShareKey } from '../src/lexicon/key-edges.js';
import { CREDIT_TAIL, creditTail, endsAsQuestion, endsInLabelColon, GLUE_POINT, LABEL_END, QUESTION_END } from '../src/lexicon/patterns.js';
import { BOILERPLATE_RULES } from '../src/rules/boilerplate.js';
import { textToBlocks } from '../src/text/lines.js';
import type { Block } from '../src/types.js';

// speed29t: exact rewrites on the text path, each checked against the reading it replaced.

/** Pieces that make texts hard for the rewrites: cases, Latin-1, folding letters, marks, digits, spaces, breaks. */
const PIECES = [
  'a', 'B', 'cd', 'Ef', 'gHi', 'x', 'Z', 'é', 'É', 'ß', 'ÿ', 'µ', 'ſ', '\u212a', 'İ', 'ı', 'ж', 'Ж', '中', 'é', 'e\u0301', '😀', '\ud800',
  '0', '7', '2024', '19', '²', ' ', '  ', '\t', '\u00a0', '\u00ad', '\u200b', '\u2028', '\u3000', '\ufeff', '\u0085', '\n', '\r', '\r\n',
  '.', ',', ':', '：', '?', '!', '？', '！', ')', ']', '"', "'", '”', '’', '-', '/', '(c)', '©', '(', '…', '•', 'Copyright', 'Reuters/', 'AFP',
  'Photo: ', 'Getty Images', 'Unsplash', 'Jane Doe',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((parts) => parts.join(''));

test('isSimple and hasYearDigits: the expressions say what the charCodeAt loops said', () => {
  const simpleLoop = (t: string): boolean => {
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c >= 0x100 && (c < 0x2000 || c >= 0x2070)) return false;
    }
    return true;
  };
  const yearLoop = (t: string): boolean => {
    let run = 0;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        if (++run === 4) return true;
      } else run = 0;
    }
    return false;
  };
  fc.assert(
    fc.property(fc.oneof(text, fc.string({ unit: 'binary' })), (t) => {
      assert.equal(isSimple(t), simpleLoop(t));
      assert.equal(hasYearDigits(t), yearLoop(t));
    }),
    { numRuns: 3000 },
  );
});

/** textToBlocks as it read a dump before collapsedEnd: split into lines, each collapsed. */
function linesBefore(dump: string): { text: string; where: string; gapBefore: boolean; row: boolean }[] {
  const out: { text: string; where: string; gapBefore: boolean; row: boolean }[] = [];
  let gap = true;
  dump.split(/\r\n|\r|\n/).forEach((raw, k) => {
    const line = collapse(raw);
    if (line === '') {
      gap = true;
      return;
    }
    out.push({ text: line, where: `line ${k + 1}`, gapBefore: gap, row: raw.includes('\t') && /\S[ \t]*\t[ \t]*\S/.test(raw) });
    gap = false;
  });
  return out;
}

test('textToBlocks: one compiled scan per line gives the lines, places and gaps the split and the collapse gave', () => {
  fc.assert(
    fc.property(fc.array(text, { maxLength: 8 }), (parts) => {
      const dump = parts.join('\n');
      const got = textToBlocks(dump).map((b) => ({ text: b.text, where: b.where, gapBefore: b.gapBefore === true, row: b.hints?.includes('row') === true }));
      assert.deepEqual(got, linesBefore(dump));
    }),
    { numRuns: 3000 },
  );
});

test('collapsedEnd reaches a line\'s end exactly when isCollapsedSpan finds the line collapsed', () => {
  fc.assert(
    fc.property(text, fc.constantFrom('', '\n', '\r', '\r\nmore text'), (t, after) => {
      const line = t.split(/\r\n|\r|\n/)[0] as string;
      const dump = line + after;
      assert.equal(collapsedEnd(dump, 0) === line.length, isCollapsedSpan(dump, 0, line.length));
      // Collapsed text is what collapse keeps as it is.
      if (isCollapsedSpan(line, 0, line.length)) assert.equal(collapse(line), line);
    }),
    { numRuns: 3000 },
  );
});

test('mayShareKey, mayHaveKey and KeyEdges rule out only keys that differ', () => {
  fc.assert(
    fc.property(text, text, fc.array(text, { maxLength: 5 }), (a, b, more) => {
      if (!mayShareKey(a, b)) assert.notEqual(normKey(a), normKey(b));
      if (!mayShareKey(a, b, true)) assert.notEqual(shapeKey(a), shapeKey(b));
      if (!mayHaveKey(a, normKey(b))) assert.notEqual(normKey(a), normKey(b));
      const edges = new KeyEdges();
      for (const t of [b, ...more]) edges.add(normKey(t));
      if (!edges.mayHold(a)) assert.ok(![b, ...more].some((t) => normKey(t) === normKey(a)));
      // A text always may have its own key, and may share it with itself.
      assert.ok(mayHaveKey(a, normKey(a)) && mayShareKey(a, a) && mayShareKey(a, a, true));
    }),
    { numRuns: 5000 },
  );
  // Texts with one key and different surfaces are never ruled out against each other.
  for (const [x, y] of [['Hello, World!', 'hello world'], ['«Étude» 12', 'étude 12'], ['...Price 2024', 'price 2024'], ['Ünïcode — test', 'ÜNÏCODE TEST']] as const) {
    assert.equal(normKey(x), normKey(y));
    assert.ok(mayShareKey(x, y) && mayHaveKey(x, normKey(y)));
  }
});

test('blockLetterRuns reads the stored word count exactly when it is the letter-run count', () => {
  fc.assert(
    fc.property(text, fc.boolean(), (t, counted) => {
      const b: Block = { id: 0, kind: 'line', text: t, where: 'line 1', linkDensity: 0, gapBefore: false };
      if (counted) blockWords(b);
      assert.equal(blockLetterRuns(b), letterRuns(t));
    }),
    { numRuns: 3000 },
  );
});

test('nav/glued-menu counts glue points as the loop over every character did', () => {
  const rule = BOILERPLATE_RULES.find((r) => r.id === 'nav/glued-menu');
  assert.ok(rule);
  // The glue count before: ASCII by hand (overlapping places), anything else by GLUE_POINT.
  const glueBefore = (t: string): number => {
    for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) > 127) return t.match(GLUE_POINT)?.length ?? 0;
    let n = 0;
    for (let i = 0; i + 2 < t.length; i++) if (/[a-z][A-Z][a-z]/.test(t.slice(i, i + 3))) n++;
    return n;
  };
  const glued = fc.array(fc.constantFrom('Sofas', 'SectionalsTV', 'Stands', 'CoffeeTables', 'aBcDe', ' ', ',', 'é', 'Über', 'x'), { maxLength: 10 }).map((p) => p.join(''));
  fc.assert(
    fc.property(glued, (t) => {
      const b: Block = { id: 0, kind: 'line', text: t, where: 'line 1', linkDensity: 0, gapBefore: false };
      const reason = rule.test(b);
      // The rule's reason carries the count it read.
      if (reason !== null) assert.ok(reason.startsWith(`${glueBefore(t)} places`), `${reason} for ${JSON.stringify(t)}`);
    }),
    { numRuns: 3000 },
  );
  // A glued menu is still found, and a line with no glue point is not.
  assert.match(rule.test({ id: 0, kind: 'line', text: 'SofasSectionalsTV StandsCoffee TablesOutdoor', where: 'line 1', linkDensity: 0, gapBefore: false }) ?? '', /^3 places in 3 words/);
  assert.equal(rule.test({ id: 0, kind: 'line', text: 'Sofas and tables for the garden', where: 'line 1', linkDensity: 0, gapBefore: false }), null);
});

test('creditTail: its one-expression prefilter never hides a CREDIT_TAIL match', () => {
  fc.assert(
    fc.property(text, (t) => {
      const m = CREDIT_TAIL.exec(t);
      if (m !== null) assert.equal(creditTail(t), m[0]);
    }),
    { numRuns: 5000 },
  );
  assert.equal(creditTail('A crowd at dusk (AFP)'), '(AFP)');
  assert.equal(creditTail('Rain on the roof: a short note.'), undefined);
});

test('endsInLabelColon and endsAsQuestion say what LABEL_END and QUESTION_END say', () => {
  fc.assert(
    fc.property(fc.oneof(text, fc.string({ unit: 'binary' })), (t) => {
      assert.equal(endsInLabelColon(t), LABEL_END.test(t));
      assert.equal(endsAsQuestion(t), QUESTION_END.test(t));
    }),
    { numRuns: 5000 },
  );
});
