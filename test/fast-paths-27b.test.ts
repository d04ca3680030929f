import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import v8 from 'node:v8';
import fc from 'fast-check';
import { decode } from '../src/input/decode.js';
import { blockWords, bodyWordsUpTo, normKey, wordCount, wordCountUpTo } from '../src/lexicon/features.js';
import { chooseLang, stopwordDensity } from '../src/lexicon/languages.js';
import { heldTexts, holdTexts, memo, releaseTexts } from '../src/lexicon/memo.js';
import { WORD } from '../src/lexicon/patterns.js';
import { bodyText } from '../src/stories/content.js';
import type { Block } from '../src/types.js';

/*
 * Exact rewrites of the text path's allocation (speed27b): each keeps what the code returns and
 * changes only where its objects live, so these tests check both the values and, with V8's own
 * statistics, that a page's texts no longer reach the old generation.
 */

/** Bytes the old space grew by in the young-generation collections while `work` ran (what they promoted). */
function promotedBy(work: () => void): number {
  const profiler = new v8.GCProfiler();
  profiler.start();
  work();
  const { statistics } = profiler.stop();
  const oldSpace = (spaces: { spaceName: string; spaceUsedSize: number }[]): number => spaces.find((s) => s.spaceName === 'old_space')?.spaceUsedSize ?? 0;
  let grown = 0;
  for (const s of statistics) {
    if (s.gcType === 'Scavenge') grown += oldSpace(s.afterGC.heapSpaceStatistics) - oldSpace(s.beforeGC.heapSpaceStatistics);
  }
  return grown;
}

/** A dump-sized UTF-8 page (about 12,000 characters, some of them outside ASCII), different per `n`. */
function pageBytes(n: number): Uint8Array {
  return new Uint8Array(Buffer.from(`Seite ${n}: ` + 'Grüße vom Marktplatz, frische Äpfel und Birnen. '.repeat(250), 'utf8'));
}

test('valid UTF-8 decodes lazily to the same fields and text as before', () => {
  const cases: [string, string, Record<string, string | undefined>][] = [
    ['plain', 'Tägliche Notizen\nZweite Zeile', { encoding: 'utf-8', via: 'utf-8', declared: undefined, warning: undefined }],
    ['declared utf-8', '<meta charset="utf-8"><p>Crème brûlée</p>', { encoding: 'utf-8', via: 'declared', declared: 'utf-8', warning: undefined }],
    ['declared latin-1 over UTF-8', '<meta charset="iso-8859-1"><p>Crème brûlée</p>', { encoding: 'utf-8', via: 'sniffed', declared: 'windows-1252', warning: 'page declares windows-1252 but its bytes are valid UTF-8: read as UTF-8' }],
  ];
  for (const [name, text, fields] of cases) {
    const bytes = new Uint8Array(Buffer.from(text, 'utf8'));
    const d = decode(bytes);
    assert.equal(d.text, text, name);
    assert.equal(d.text, d.text, `${name}: read twice, the same text`);
    assert.equal(d.utf8, bytes, `${name}: the bytes themselves`);
    for (const [key, value] of Object.entries(fields)) assert.equal(d[key as keyof typeof d], value, `${name}: ${key}`);
    // Only the fields a page set are the object's own (as with the spread it replaced).
    assert.equal('declared' in d, fields.declared !== undefined, `${name}: declared present`);
    assert.equal('warning' in d, fields.warning !== undefined, `${name}: warning present`);
  }
});

test("a decoded page's text is not promoted to the old generation", () => {
  const pages = Array.from({ length: 8 }, (_, n) => pageBytes(n));
  let chars = 0;
  const promoted = promotedBy(() => {
    for (let i = 0; i < 3000; i++) chars += decode(pages[i % pages.length] as Uint8Array).text.length;
  });
  // Each text is read once and dropped; kept alive by the decoded object's getter, nearly 40% of
  // the decoded bytes (UTF-16) reached the old space. Now it is the odd text a collection meets in use.
  assert.ok(promoted < 0.05 * 2 * chars, `${promoted} bytes promoted of ${2 * chars} decoded`);
});

test('a memo serves each document from its own table and forgets it after', () => {
  const calls: string[] = [];
  const upper = memo((t: string) => {
    calls.push(t);
    return t.toUpperCase();
  });
  holdTexts();
  assert.equal(upper('abc'), 'ABC');
  assert.equal(upper('abc'), 'ABC');
  upper.seed('seeded', 'SOWN');
  assert.equal(upper('seeded'), 'SOWN');
  assert.ok(heldTexts() >= 2);
  releaseTexts();
  assert.equal(heldTexts(), 0);
  holdTexts();
  assert.equal(upper('seeded'), 'SEEDED', 'a seed lasts one document');
  assert.equal(upper('abc'), 'ABC');
  releaseTexts();
  assert.deepEqual(calls, ['abc', 'seeded', 'abc']);
});

test("a document's memo entries are not promoted to the old generation", () => {
  // One long document first, so that any table it grew has lived through collections (the old
  // code then kept that table in the old space and filled its successors there too).
  holdTexts();
  for (let i = 0; i < 2000; i++) normKey(`Zeile ${i} eines langen Dokuments`);
  // Garbage enough for a few young-generation collections while that document is open.
  const ring: number[][] = [];
  for (let i = 0; i < 1_000_000; i++) ring[i % 16] = [i, i + 1];
  releaseTexts();
  let chars = 0;
  const promoted = promotedBy(() => {
    for (let doc = 0; doc < 3000; doc++) {
      holdTexts();
      for (let k = 0; k < 10; k++) {
        const line = `Dokument ${doc}, Zeile ${k}: ` + 'ein Satz mit einigen Wörtern darin, '.repeat(8);
        chars += line.length;
        wordCount(line);
        normKey(line);
      }
      releaseTexts();
    }
  });
  assert.ok(promoted < 0.05 * chars, `${promoted} bytes promoted for ${chars} characters of lines`);
});

const require = createRequire(import.meta.url);
const ISO = require('stopwords-iso/stopwords-iso.json') as Record<string, string[]>;
const LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'da', 'no', 'fi', 'cs', 'hu', 'ru', 'uk', 'tr'];
const STOP = new Map(LANGS.map((l) => [l, new Set((ISO[l] ?? []).filter((w) => /\p{L}/u.test(w)).map((w) => w.toLowerCase()))]));

/** The language detection reads the first 20,000 characters of the blocks joined by line breaks: here by matching words. */
function languageByWords(blocks: readonly { text: string }[]): string | undefined {
  const words = blocks.map((b) => b.text).join('\n').slice(0, 20000).toLowerCase().match(WORD) ?? [];
  const hits = LANGS.map((l) => words.filter((w) => (STOP.get(l) as Set<string>).has(w)).length);
  let best = 0;
  hits.forEach((h, i) => {
    if (h > (hits[best] as number)) best = i;
  });
  return words.length < 20 || (hits[best] as number) / words.length < 0.15 ? undefined : LANGS[best];
}

test('language detection over blocks counts a block that turns out not to be simple once, from its words', () => {
  // Stopwords of one language, then a character outside Latin-1 at the block's end: the one-pass
  // count meets it after counting the stopwords, and must take them back before the word list counts them.
  const WORDS = ['the', 'and', 'of', 'der', 'und', 'die', 'le', 'et', 'les', 'för', 'och', 'Wasser', 'Haus', 'river', 'field', '2026', 'can’t', 'well-known'];
  const TAILS = ['', '', ' 東京', ' Привет', ' →', ' ✓', 'Ł', ' 😀', ' ǅ'];
  const block = fc.tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 30 }), fc.constantFrom(...TAILS)).map(([w, tail]) => w.join(' ') + tail);
  let unsimple = 0;
  fc.assert(
    fc.property(fc.array(block, { minLength: 1, maxLength: 10 }), (texts) => {
      const blocks = texts.map((text) => ({ text }));
      unsimple += texts.filter((t) => /[^\u0000-\u00ff\u2000-\u206f]/u.test(t)).length;
      holdTexts();
      try {
        assert.equal(chooseLang(undefined, [undefined], blocks), languageByWords(blocks));
        for (const lang of ['en', 'de', 'sv']) {
          for (const b of blocks) {
            const words = b.text.toLowerCase().match(WORD) ?? [];
            const stop = STOP.get(lang) as Set<string>;
            assert.equal(stopwordDensity(b.text, lang), words.length === 0 ? 0 : words.filter((w) => stop.has(w)).length / words.length);
          }
        }
      } finally {
        releaseTexts();
      }
    }),
    { numRuns: 3000 },
  );
  assert.ok(unsimple > 2000, `${unsimple} blocks that are not simple`);
  // A fixed case: German stopwords counted twice would outvote the English blocks.
  const fixed = [{ text: 'the cat and the dog of the house and the garden of the river' }, { text: 'der und die der und die der und die der und 東京' }];
  assert.equal(chooseLang(undefined, [undefined], fixed), languageByWords(fixed));
});

test("the thin-body count read from the body's blocks is the joined body's count up to the cap", () => {
  const PIECES = ['Lager', 'und', "l'eau", 'don’t', 'well-known', 'e-mail', '-', '—', '2026', '3½', '·', '東京', 'Привет', '😀', ' ', '  ', '\t', ',', '.', 'x'];
  const line = fc.array(fc.constantFrom(...PIECES), { maxLength: 25 }).map((p) => p.join(''));
  const kinds = ['line', 'paragraph', 'list-item', 'code'] as const;
  const part = fc.record({ text: line, kind: fc.constantFrom(...kinds), asked: fc.boolean() });
  fc.assert(
    fc.property(fc.array(part, { maxLength: 10 }), fc.nat(60), (parts, cap) => {
      const blocks: Block[] = parts.map((p, id) => ({ id, kind: p.kind, text: p.text, where: `line ${id + 1}`, linkDensity: 0, gapBefore: false }));
      holdTexts();
      try {
        // Some blocks hold their record (a stage counted their words), the others are counted now.
        parts.forEach((p, k) => p.asked && blockWords(blocks[k] as Block));
        assert.equal(bodyWordsUpTo(blocks, cap), wordCountUpTo(bodyText(blocks), cap));
      } finally {
        releaseTexts();
      }
    }),
    { numRuns: 3000 },
  );
});
