import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import fc from 'fast-check';
import { DATE_SHAPES, digitRunMarks, isCalendarWord, unglueAge } from '../src/lexicon/dates.js';
import { isPersonName, MAX_NAME_CHARS } from '../src/lexicon/names.js';
import { blockIsTitleLike, blockWords, blockWordsUnkept, endsSentence, forEachLowerWord, holdsWord, isSimple, isSpace, isTitleLike, letterCount, letterRuns, nonSpaceLength, normKey, shapeKey, wordCount, wordCountUpTo } from '../src/lexicon/features.js';
import { holdTexts, releaseTexts } from '../src/lexicon/memo.js';
import { chooseLang, detectLang, SimpleWordHashes, stopwordDensity, tokens } from '../src/lexicon/languages.js';
import { addWords, contentWords, cosine, isContentWord, TailVectors, VectorPair, type TopicVector } from '../src/lexicon/vocabulary.js';
import { COMMENT_FORM, COMMENT_MARK, CREDIT_TAIL, creditTail, isCommentForm, isCommentMark, ELLIPSIS_END, GIVEN_NAME_WORD, INVISIBLE_CHARS, LETTER, mayHoldHint, NOTICE_HINT, NOTICE_STEMS, phrasesHeld, SENTENCE_END, WHITESPACE_RUN, WORD } from '../src/lexicon/patterns.js';
import { writesAnyLower } from '../src/rules/metadata-lines.js';
import { normalizeLine, textToBlocks } from '../src/text/lines.js';
import { bodyText, bodyWords } from '../src/stories/content.js';
import { nameWords } from '../src/stories/author-box.js';
import type { Block } from '../src/types.js';

/*
 * The hand-written fast paths of the lexicon against the expressions and lists they stand for:
 * each must give what the plain reading gives, on any text (Latin-1, symbols, other scripts,
 * surrogate pairs, several lines).
 */

const PIECES = [
  'the', 'The', 'THE', 'und', 'Über', 'über', 'des', 'le', "l'homme", 'don’t', 'well-known', 'Café', 'naïve', 'ß', 'Ÿ', 'µ',
  'März', 'Mai.', 'Wed', 'constructor', 'hasOwnProperty', 'propertyIsEnumerable', '2025', '3½', '—', '…', '“', '”', '·', '|', '→',
  '€', '✓', '😀', '𝐀', 'Привет', 'и', 'Łódź', 'się', '東京', 'ひらがな', 'カタカナ', 'İstanbul', 'K', '\u00a0', '\t', ' ', '  ', '\n', '\n\n',
  '-', "'", '’', '.', ',', '!', '?', 'a', 'Z', 'x1', 'ǅ',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));
const spaced = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(' '));

test('isSpace is \\s for every UTF-16 unit', () => {
  for (let c = 0; c <= 0xffff; c++) assert.equal(isSpace(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
});

test('letterCount and nonSpaceLength give what the match and the replace give', () => {
  fc.assert(
    fc.property(fc.oneof(text, spaced, fc.string({ unit: 'binary' })), (t) => {
      assert.equal(letterCount(t), t.match(LETTER)?.length ?? 0);
      assert.equal(nonSpaceLength(t), t.replace(/\s/g, '').length);
    }),
    { numRuns: 2000 },
  );
});

test('wordCount and letterRuns read a text of several lines, some not simple, as the expressions do', () => {
  const LETTER_RUN = /[\p{L}\p{N}]+/gu;
  fc.assert(
    fc.property(fc.array(fc.oneof(text, spaced), { minLength: 1, maxLength: 6 }), (lines) => {
      const t = lines.join('\n');
      assert.equal(wordCount(t), t.match(WORD)?.length ?? 0);
      assert.equal(letterRuns(t), t.match(LETTER_RUN)?.length ?? 0);
    }),
    { numRuns: 2000 },
  );
});

test('wordCountUpTo is the word count up to its cap, counted or not yet counted', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(text, spaced), { minLength: 1, maxLength: 6 }), fc.nat(40), fc.boolean(), (lines, cap, counted) => {
      const t = lines.join('\n');
      const want = Math.min(t.match(WORD)?.length ?? 0, cap);
      holdTexts();
      try {
        if (counted) wordCount(t);
        assert.equal(wordCountUpTo(t, cap), want);
      } finally {
        releaseTexts();
      }
    }),
    { numRuns: 2000 },
  );
});

test('normKey and shapeKey read simple text in place as lower-casing and the replaces give', () => {
  fc.assert(
    fc.property(fc.oneof(text, spaced, fc.string({ unit: 'binary' })), (t) => {
      const key = t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
      holdTexts();
      try {
        assert.equal(normKey(t), key);
        assert.equal(shapeKey(t), key.replace(/\d/g, '0'));
      } finally {
        releaseTexts();
      }
    }),
    { numRuns: 2000 },
  );
  // Every Latin-1 character on its own and between words.
  for (let c = 0; c < 0x100; c++) {
    const t = `Ab${String.fromCharCode(c)}Cd ${String.fromCharCode(c)}`;
    assert.equal(normKey(t), t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim(), `U+${c.toString(16)}`);
  }
});

const require = createRequire(import.meta.url);
const ISO = require('stopwords-iso/stopwords-iso.json') as Record<string, string[]>;
const LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'da', 'no', 'fi', 'cs', 'hu', 'ru', 'uk', 'tr'];
const list = (lang: string): Set<string> => new Set((ISO[lang] ?? []).filter((w) => /\p{L}/u.test(w)).map((w) => w.toLowerCase()));
const LISTS = new Map(LANGS.map((l) => [l, list(l)]));
const stopPieces = ['the', 'The', 'OF', 'and', 'der', 'Die', 'und', 'le', 'Les', 'et', 'que', 'el', 'y', 'het', 'ett', 'och', 'że', 'и', 've', "aren't", 'doesn’t'];
const stopText = fc.array(fc.oneof(fc.constantFrom(...stopPieces), fc.constantFrom(...PIECES)), { minLength: 1, maxLength: 80 }).map((p) => p.join(' '));

test('stopword density from the stoplist table is the share the lower-cased words give', () => {
  fc.assert(
    fc.property(stopText, fc.constantFrom('en', 'de', 'fr', 'pl', 'ru'), (t, lang) => {
      const words = t.toLowerCase().match(WORD) ?? [];
      const stop = LISTS.get(lang) as Set<string>;
      const want = words.length === 0 ? 0 : words.filter((w) => stop.has(w)).length / words.length;
      assert.equal(stopwordDensity(t, lang), want);
    }),
    { numRuns: 1000 },
  );
});

test('language detection from the stoplist table picks what counting the words gives', () => {
  fc.assert(
    fc.property(stopText, (t) => {
      const words = t.slice(0, 20000).toLowerCase().match(WORD) ?? [];
      const hits = LANGS.map((l) => words.filter((w) => (LISTS.get(l) as Set<string>).has(w)).length);
      let best = 0;
      hits.forEach((h, i) => {
        if (h > (hits[best] as number)) best = i;
      });
      const coverage = (hits[best] as number) / words.length;
      const want = words.length < 20 || coverage < 0.15 ? undefined : { lang: LANGS[best], coverage };
      assert.deepEqual(detectLang(t), want);
    }),
    { numRuns: 1000 },
  );
});

test('the densities and word counts language detection keeps on its way are the ones counted afresh', () => {
  const density = (t: string, lang: string): number => {
    const words = t.toLowerCase().match(WORD) ?? [];
    const stop = LISTS.get(lang) as Set<string>;
    return words.length === 0 ? 0 : words.filter((w) => stop.has(w)).length / words.length;
  };
  fc.assert(
    fc.property(fc.array(fc.oneof(stopText, text, spaced), { minLength: 1, maxLength: 12 }), fc.constantFrom(undefined, 'en', 'de', 'ru'), (lines, declared) => {
      const blocks = lines.map((t) => ({ text: t }));
      holdTexts();
      try {
        const lang = chooseLang(undefined, [declared], blocks);
        for (const b of blocks) {
          if (lang !== undefined) assert.equal(stopwordDensity(b.text, lang), density(b.text, lang));
          assert.equal(wordCount(b.text), b.text.match(WORD)?.length ?? 0);
        }
      } finally {
        releaseTexts();
      }
    }),
    { numRuns: 1000 },
  );
});

test('every content word of a text is a piece of its lower-cased copy (stories/body-lists skips a block holding none of the words it wants)', () => {
  const odd = fc.array(fc.constantFrom('İ', 'ẞ', 'ß', 'K', 'ſ', 'Σ', 'ς', 'Ǆ', 'ǅ', 'Straße', 'ÉTÉ', 'don’t', 'e-mail', '2024', ' ', 'Harbour'), { maxLength: 12 }).map((p) => p.join(''));
  fc.assert(
    fc.property(fc.oneof(stopText, text, spaced, odd), (t) => {
      const lower = t.toLowerCase();
      for (const w of contentWords(t)) assert.ok(lower.includes(w), `${w} in ${t}`);
    }),
    { numRuns: 2000 },
  );
});

test('content words read in place are the tokens that isContentWord keeps', () => {
  fc.assert(
    fc.property(fc.oneof(stopText, text, spaced), (t) => {
      assert.deepEqual(contentWords(t), tokens(t).filter(isContentWord));
    }),
    { numRuns: 1000 },
  );
});

test('normalizeLine returns a line the replaces and trim would leave alone as it is, and any other as they give it', () => {
  const odd = fc.array(fc.constantFrom(...PIECES, '\u00ad', '\u200b', '\u2060', '\ufeff', '\u2028', '\r', '  ', ' x '), { maxLength: 30 }).map((p) => p.join(''));
  fc.assert(
    fc.property(fc.oneof(text, spaced, odd), (t) => {
      assert.equal(normalizeLine(t), t.replace(INVISIBLE_CHARS, '').replace(WHITESPACE_RUN, ' ').trim());
    }),
    { numRuns: 3000 },
  );
});

test('endsSentence says what SENTENCE_END and not ELLIPSIS_END say', () => {
  const ends = fc.array(fc.constantFrom('a', 'Word', ' ', '.', '..', '...', '…', '!', '?', ':', ';', '。', '！', '？', '"', "'", '”', '’', '»', ')', ']', '(', '😀', '\ud83d'), { maxLength: 8 }).map((p) => p.join(''));
  fc.assert(
    fc.property(fc.oneof(text, spaced), ends, (head, tail) => {
      const t = head + tail;
      assert.equal(endsSentence(t), SENTENCE_END.test(t) && !ELLIPSIS_END.test(t), JSON.stringify(t));
    }),
    { numRuns: 5000 },
  );
});

test('isCalendarWord: a text with a space or too long for any name is no calendar word; names still are', () => {
  for (const w of ['March', 'mär.', 'Wed', 'wednesday', 'Donnerstag', 'października', ' Sept. ']) assert.equal(isCalendarWord(w), true, w);
  for (const w of ['March 2025', 'Wednesdays and Thursdays', 'Marchmarchmarchmarchmarch', 'Jane Doe', 'Monday\u00a0']) assert.equal(isCalendarWord(w), w === 'Monday\u00a0', w);
});

test('holdsWord says what splitting the key at its spaces says', () => {
  const keyPieces = ['a', 'ab', 'abc', 'b', 'bc', 'word', 'words', 'sword', '0', '2025', 'é', ' ', ' ', ' ', '  ', ''];
  const key = fc.array(fc.constantFrom(...keyPieces), { maxLength: 12 }).map((p) => p.join(''));
  fc.assert(
    fc.property(key, fc.constantFrom(...keyPieces, 'a b', 'ab ', ' ab'), (k, w) => assert.equal(holdsWord(k, w), k.split(' ').includes(w), `${k}|${w}`)),
    { numRuns: 5000 },
  );
});

test('forEachLowerWord finds the words LOWER_WORD finds, in order', () => {
  const LOWER_WORD = /(?<!\p{L})\p{Ll}[\p{L}'’-]*/gu;
  fc.assert(
    fc.property(fc.oneof(text, spaced, fc.string({ unit: 'binary' })), (t) => {
      const found: string[] = [];
      forEachLowerWord(t, (w) => found.push(w));
      assert.deepEqual(found, [...t.matchAll(LOWER_WORD)].map((m) => m[0]));
    }),
    { numRuns: 3000 },
  );
});

test('creditTail finds every CREDIT_TAIL match its prefilter lets through', () => {
  const credit = [
    '(AFP)', '(AP Photo/Jane Doe)', '(Reuters', 'Getty Images', 'Imago Images', 'iStockphoto', 'iStock', 'picture-alliance', 'picture alliance',
    'Keystone', 'AP Photo', 'Reuters/Jo Ro', 'Reuters', 'dpa', '©', '(c)', 'Copyright', 'Photo', 'Foto', 'Bild', 'Crédit', ':', '(', ')', '.', '/',
    '(File photo)', '(Archivbild', 'Shutterstock', 'Jane', 'x', '!', ' ', ' ', '\u00a0', '\t', '\n', '😀',
    // the colon and slash tests: a sentence mark after the colon, one slash or two, a capital first or not
    '?', 'Image', 'Fotó', 'Zdjęcie', 'Kay', 'Nietfeld', 'jane', 'NPR', 'WENN.com', 'Reuters/', 'Getty', 'on Unsplash', 'EFE', 'Ñ', '𝐀',
  ];
  const line = fc.array(fc.constantFrom(...credit), { maxLength: 14 }).map((p) => p.join(''));
  const spacedLine = fc.array(fc.constantFrom(...credit), { maxLength: 14 }).map((p) => p.join(' '));
  fc.assert(
    fc.property(fc.oneof(line, spacedLine), (t) => {
      const tail = CREDIT_TAIL.exec(t)?.[0];
      if (tail !== undefined) assert.equal(creditTail(t), tail, t);
    }),
    { numRuns: 10000 },
  );
});

/** What textToBlocks stands for: split at CR, CRLF and LF, each piece collapsed, blank ones read as gaps. */
function splitLines(text: string): { text: string; where: string; gapBefore: boolean; row: boolean }[] {
  const out: { text: string; where: string; gapBefore: boolean; row: boolean }[] = [];
  let gap = true;
  text.split(/\r\n|\r|\n/).forEach((raw, k) => {
    const line = normalizeLine(raw);
    if (line === '') gap = true;
    else {
      out.push({ text: line, where: `line ${k + 1}`, gapBefore: gap, row: /\S[ \t]*\t[ \t]*\S/.test(raw) });
      gap = false;
    }
  });
  return out;
}

const asRead = (text: string): ReturnType<typeof splitLines> =>
  textToBlocks(text).map((b) => ({ text: b.text, where: b.where, gapBefore: b.gapBefore === true, row: b.hints?.includes('row') === true }));

test('textToBlocks reads the lines that splitting at CR, CRLF and LF gives, each copied out whole', () => {
  const breaks = fc.array(fc.constantFrom(...PIECES, '\r', '\r\n', '\n\r', '\n', 'a\tb', ' \t ', '\ud800', '\udc00'), { maxLength: 60 }).map((p) => p.join(''));
  fc.assert(fc.property(fc.oneof(text, spaced, breaks), (t) => assert.deepEqual(asRead(t), splitLines(t))), { numRuns: 3000 });
  // Lines past the copying window's edge, and one longer than the window (32,768 characters).
  const lines: string[] = [];
  for (let k = 0; lines.join('\n').length < 200_000; k++) lines.push(`${'Caf\u00e9 \u201cquoted\u201d line '.repeat(1 + (k % 37))}${k}`, k % 5 === 0 ? '' : '  spaced  out  ');
  lines.push('\u0141\u00f3d\u017a '.repeat(9000), 'last line');
  for (const join of ['\n', '\r\n', '\r']) {
    const dump = lines.join(join);
    assert.deepEqual(asRead(dump), splitLines(dump));
    assert.deepEqual(asRead(`${dump}${join}`), splitLines(`${dump}${join}`));
  }
});

test('bodyWords counts the letter runs letterRuns counts in the joined body', () => {
  const kinds = ['line', 'paragraph', 'list-item', 'code'] as const;
  const block = fc.record({ text: fc.oneof(text, spaced), kind: fc.constantFrom(...kinds) });
  fc.assert(
    fc.property(fc.array(block, { maxLength: 8 }), (parts) => {
      const blocks: Block[] = parts.map((p, id) => ({ id, kind: p.kind, text: p.text, where: `line ${id + 1}`, linkDensity: 0, gapBefore: false }));
      assert.equal(bodyWords(blocks), letterRuns(bodyText(blocks)));
    }),
    { numRuns: 2000 },
  );
});

test('isCommentForm says what COMMENT_FORM says', () => {
  const sentences = [
    'your email address will not be published', 'required fields are marked', 'notify me of follow-up comments', 'notify me of new posts',
    'save my name, email', 'ihre e-mail-adresse wird nicht veröffentlicht', 'erforderliche felder sind', 'benachrichtige mich über',
    'mit der nutzung dieses formulars', 'votre adresse de messagerie ne sera pas publiée', 'tu dirección de correo electrónico no será publicada',
    'il tuo indirizzo email non sarà pubblicato', 'o seu endereço de e-mail não será publicado', 'du musst angemeldet sein',
    'you must be logged in to post a comment', 'para comentar debes', 'kommentieren zu können, müssen sie eingeloggt',
    'sie müssen sich einloggen, um an der diskussion', 'wenn sie diesen beitrag kommentieren möchten',
  ];
  const pieces = [...sentences, ...sentences.map((t) => t.toUpperCase()), ...sentences.map((t) => t.slice(0, t.length >> 1)), 'email', 'address', 'ſ', 'K', 'x', '.', '*', ' '];
  const line = fc.array(fc.constantFrom(...pieces), { maxLength: 6 }).map((p) => p.join(''));
  const spacedLine = fc.array(fc.constantFrom(...pieces), { maxLength: 6 }).map((p) => p.join(' '));
  fc.assert(fc.property(fc.oneof(line, spacedLine), (t) => assert.equal(isCommentForm(t), COMMENT_FORM.test(t), t)), { numRuns: 5000 });
});

test('isCommentMark says what COMMENT_MARK says', () => {
  const marks = ['Jane', 'Doe', 'says', 'sagt', 'Schreibt', 'reply', 'Reply', 'REPLY', 'beantwoorden', 'Répondre', 'quote', 'permalink', ':', '↓', '↩', '.', 'x', ' ', ' ', '\u00a0', '\t', 'K', 'ſ'];
  const line = fc.array(fc.constantFrom(...marks), { maxLength: 10 }).map((p) => p.join(''));
  const spacedLine = fc.array(fc.constantFrom(...marks), { maxLength: 10 }).map((p) => p.join(' '));
  fc.assert(fc.property(fc.oneof(line, spacedLine), (t) => assert.equal(isCommentMark(t), COMMENT_MARK.test(t), t)), { numRuns: 10000 });
});

test('VectorPair: the cosine of two vectors kept by running sums is the cosine of the same string-keyed vectors, through adds, take-aways and clears', () => {
  const texts = ['Harbour cranes lifted steel beams', 'the council voted on harbour fees', 'Steel prices rose; cranes idle', 'Über Brücken und Häfen', 'café 2024 übersicht', 'and the of', ''];
  const step = fc.record({ op: fc.constantFrom('add', 'add', 'add', 'clear'), side: fc.constantFrom(0 as const, 1 as const), text: fc.constantFrom(...texts), sign: fc.constantFrom(1 as const, -1 as const) });
  fc.assert(
    fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
      const pair = new VectorPair();
      const maps: [TopicVector, TopicVector] = [new Map(), new Map()];
      for (const s of steps) {
        if (s.op === 'clear') {
          pair.clear(s.side);
          maps[s.side] = new Map();
        } else {
          pair.add(s.side, s.text, s.sign);
          addWords(maps[s.side], s.text, s.sign);
        }
        assert.equal(pair.cosine(), cosine(maps[0], maps[1]));
        assert.equal(pair.isEmpty(s.side), [...maps[s.side].values()].every((v) => v === 0));
      }
    }),
    { numRuns: 2000 },
  );
});

test('TailVectors: the body-so-far, rest, stretch and before cosines kept by running sums are the cosines of the same string-keyed vectors', () => {
  const texts = ['Harbour cranes lifted steel beams', 'the council voted on harbour fees', 'Steel prices rose; cranes idle', 'Über Brücken und Häfen', 'café 2024 übersicht', 'and the of', ''];
  // `added`: a step or join of a text added whole, read by its number from addWhole (the word ids read then).
  const op = fc.record({ op: fc.constantFrom('whole', 'step', 'step', 'join', 'clear'), text: fc.constantFrom(...texts), added: fc.option(fc.nat(), { nil: undefined }) });
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...texts), { maxLength: 8 }), fc.array(op, { maxLength: 30 }), (body, ops) => {
      const v = new TailVectors();
      const whole: TopicVector = new Map();
      const above: TopicVector = new Map();
      let stretch: TopicVector = new Map();
      const before: TopicVector = new Map();
      const numbered: string[] = [];
      for (const t of body) {
        assert.equal(v.addWhole(t), numbered.length);
        numbered.push(t);
        addWords(whole, t);
      }
      for (const { op, text, added } of ops) {
        const number = added === undefined || numbered.length === 0 ? -1 : added % numbered.length;
        const t = number < 0 ? text : (numbered[number] as string);
        if (op === 'whole') {
          assert.equal(v.addWhole(t), numbered.length);
          numbered.push(t);
          addWords(whole, t);
        } else if (op === 'step') {
          v.step(t, number);
          addWords(above, t);
          addWords(stretch, t);
        } else if (op === 'join') {
          v.join(t, number);
          addWords(before, t);
        } else {
          v.clearStretch();
          stretch = new Map();
        }
        const below: TopicVector = new Map(whole);
        for (const [w, n] of above) below.set(w, (below.get(w) ?? 0) - n);
        assert.equal(v.tailCosine(), cosine(above, below));
        assert.equal(v.stretchCosine(), cosine(stretch, before));
        assert.equal(v.beforeEmpty(), [...before.values()].every((n) => n === 0));
      }
    }),
    { numRuns: 2000 },
  );
});

test('SimpleWordHashes finds a simple text holding a content word it keeps, before and after words are dropped', () => {
  fc.assert(
    fc.property(fc.oneof(stopText, text, spaced), fc.oneof(stopText, text, spaced), fc.nat(), (a, b, cut) => {
      if (!isSimple(b)) return;
      const kept = [...new Set(contentWords(a))];
      const hashes = new SimpleWordHashes();
      for (const w of kept) hashes.add(w);
      const dropped = kept.slice(0, cut % (kept.length + 1));
      for (const w of dropped) hashes.drop(w);
      const left = new Set(kept.slice(dropped.length));
      if (contentWords(b).some((w) => left.has(w))) assert.ok(hashes.heldIn(b), `${[...left]} in ${b}`);
      if (left.size === 0) assert.equal(hashes.heldIn(b), false);
    }),
    { numRuns: 3000 },
  );
});

test('blockWordsUnkept is blockWords, whether or not the block has its record', () => {
  fc.assert(
    fc.property(fc.oneof(stopText, text, spaced), (t) => {
      holdTexts();
      try {
        const fresh = { text: t };
        assert.equal(blockWordsUnkept(fresh), wordCount(t));
        const known = { text: t };
        const n = blockWords(known);
        assert.equal(blockWordsUnkept(known), n);
      } finally {
        releaseTexts();
      }
    }),
    { numRuns: 1000 },
  );
});

/** Pieces of notice lines: every NOTICE_HINT word and stem, cut short at either end, in three cases, with letters and other scripts around. */
const NOTICE_PIECES = (() => {
  const whole = [...NOTICE_HINT.source.split('|').map((w) => w.replace(/\\/g, '')), ...NOTICE_STEMS.flat()];
  const cut = whole.flatMap((w) => [w, w.slice(1), w.slice(0, -1)]);
  const cased = cut.flatMap((w) => [w, w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1)]);
  return [...new Set([...cased, 'abonnent', 'abonnés', 'ABONNÉS', 'abonn', 'subscriber', 'subscribers', 'ſubscribe', 'K', '\u212Aommentare', 'İ', 'sİgn in',
    '(c)', '(C)', '( c)', '©', 'x', 'é', 'ü', 'Ü', '東京', '😀', ' ', '  ', '-', "'", '.', '2024', 'on x', 'on X'])];
})();
const noticeLine = fc.array(fc.constantFrom(...NOTICE_PIECES), { minLength: 1, maxLength: 10 }).chain((parts) =>
  fc.constantFrom(parts.join(' '), parts.join('')),
);

test('mayHoldHint is true on every line NOTICE_HINT finds a word in', () => {
  fc.assert(
    fc.property(fc.oneof(noticeLine, text, spaced), (t) => {
      if (NOTICE_HINT.test(t)) assert.ok(mayHoldHint(t), t);
    }),
    { numRuns: 20_000 },
  );
  for (const piece of NOTICE_PIECES) if (NOTICE_HINT.test(piece)) assert.ok(mayHoldHint(piece), piece);
});

test('phrasesHeld marks the phrases one of whose stems the line holds', () => {
  fc.assert(
    fc.property(fc.oneof(noticeLine, text, spaced), (t) => {
      const lower = t.toLowerCase();
      assert.deepEqual([...phrasesHeld(lower)], NOTICE_STEMS.map((stems) => (stems.some((stem) => lower.includes(stem)) ? 1 : 0)), t);
    }),
    { numRuns: 20_000 },
  );
});

test('writesAnyLower is the name-word test against the set of the story lower-case words', () => {
  const NAME_PIECES = ['Jane', 'jane', 'JANE', 'Doe', 'doe', "O'Neil", "o'neil", 'x-jane', 'X-jane', 'jane-x', 'jane’s', 'Müller', 'müller', 'éva', 'Éva', 'İpek', 'ipek', 'Li', 'li', '𝐀jane', 'ǅane'];
  const story = fc.array(fc.array(fc.constantFrom(...NAME_PIECES, ...PIECES), { maxLength: 12 }).map((ws) => ws.join(' ')), { maxLength: 6 });
  const name = fc.array(fc.constantFrom(...NAME_PIECES), { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' '));
  fc.assert(
    fc.property(name, story, (n, lines) => {
      const blocks = lines.map((text) => ({ text }) as Block);
      const lower = new Set<string>();
      for (const b of blocks) forEachLowerWord(b.text, (w) => void lower.add(w));
      assert.equal(writesAnyLower(n, blocks), n.split(/\s+/).some((w) => w.length >= 3 && lower.has(w.toLowerCase())), n);
    }),
    { numRuns: 5000 },
  );
});

test('blockIsTitleLike is isTitleLike of the block\'s text', () => {
  fc.assert(
    fc.property(fc.oneof(text, spaced, fc.string({ unit: 'binary' })), (t) => {
      holdTexts();
      try {
        assert.equal(blockIsTitleLike({ text: t }), isTitleLike(t));
      } finally {
        releaseTexts();
      }
    }),
    { numRuns: 3000 },
  );
});

test('nameWords reads the pieces of a split on white space as the split does: two or more, each a name word', () => {
  const NAME_PIECES = ['Jane', 'Doe', "O'Neil", 'J.', 'van', 'de', 'der', 'bin', 'EMS', 'jane', 'Über', 'Łukasz', '', ' ', '  ', '\t', '\u00a0', '\u2003', '\n', '.', ',', 'X', 'Ab'];
  const line = fc.array(fc.constantFrom(...NAME_PIECES), { maxLength: 8 }).map((parts) => parts.join(''));
  const spacedLine = fc.array(fc.constantFrom(...NAME_PIECES), { maxLength: 8 }).map((parts) => parts.join(' '));
  fc.assert(
    fc.property(fc.oneof(line, spacedLine, text, spaced), (name) => {
      const parts = name.split(/\s+/u);
      assert.equal(nameWords(name), parts.length >= 2 && parts.every((w) => GIVEN_NAME_WORD.test(w)), JSON.stringify(name));
    }),
    { numRuns: 5000 },
  );
});

test('digitRunMarks: a text one of the date shapes matches has that shape\'s need among its marks', () => {
  // Dates of every shape, whole, cut at either end and glued to other pieces, beside digits, separators and spaces of all kinds.
  const DATE_PIECES = [
    '2025-02-16', '2025/2/6', '2025-02-16T05:45', '2025.12.17', '2024.4.4', '16.02.2025', '16/02/2025', '10/31/2024', '29-11-2024', '11-29-2024',
    '16-Feb-2025', '04-ago-2021', 'Feb 16, 2025', 'February 16 2025', 'Mar. 5th, 2024', '16 February 2025', '19. Oktober 2019', '16 de febrero de 2025',
    '26, Abril, 2022', 'Feb\u00a016,\u00a02025', '16\u2009February\t2025', 'June 3,\n2024', 'octobre', 'Sept', 'MÄRZ', 'ſept', 'aug', '1', '12', '123', '2025', '20236', '20241', '6:01 PM', '05:45', 'yr', 'st', 'th',
    '-', '/', '.', ',', ':', ' ', '\u00a0', '\u2009', '\t', '\n', 'a', 'Z', '(', ')', 'de', 'Updated', '©',
  ];
  const dated = fc.array(fc.constantFrom(...DATE_PIECES), { maxLength: 14 }).map((parts) => parts.join(''));
  const spacedDates = fc.array(fc.constantFrom(...DATE_PIECES), { maxLength: 14 }).map((parts) => parts.join(' '));
  const seen = new Set<number>();
  fc.assert(
    fc.property(fc.oneof(dated, spacedDates, text), (t) => {
      const marks = digitRunMarks(t);
      for (const shape of DATE_SHAPES) {
        if (!shape.re.test(t)) continue;
        seen.add(shape.needs);
        assert.notEqual(marks & shape.needs, 0, `${t} (${shape.re.source.slice(0, 40)})`);
      }
    }),
    { numRuns: 20_000 },
  );
  // Every shape was matched, so every need was tested.
  assert.equal(seen.size, new Set(DATE_SHAPES.map((s) => s.needs)).size);
});

test('the long-line exits\' premises: no text over MAX_NAME_CHARS is a person\'s name, and ungluing an age never shortens a text', () => {
  const NAME_PIECES = ['Jane', 'Doe', 'van', 'O’Neil', 'Jean-Luc', 'J.', 'Müller', 'June 14, 20241 yr', '2024', '3 mins', ' ', '  ', '\t', ',', '.'];
  const line = fc.array(fc.constantFrom(...NAME_PIECES, ...PIECES), { maxLength: 40 }).map((parts) => parts.join(' '));
  fc.assert(
    fc.property(fc.oneof(line, text), (t) => {
      if (t.length > MAX_NAME_CHARS) assert.equal(isPersonName(t), false, t);
      assert.ok(unglueAge(t).length >= t.length, t);
    }),
    { numRuns: 5000 },
  );
});
