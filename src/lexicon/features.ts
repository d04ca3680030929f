import { creditTail, FULL_STOP_END, isSpace, LETTER, WORD } from './patterns.js';
import { MEMO_CAP, registerMemo } from './memo.js';

export { isSpace };

/** Shallow text features the rules share (boilerpipe: shallow features beat DOM-heavy ones). */

/**
 * The features nearly every stage asks of a line (its words, whether it is prose, its keys), kept
 * in one record per text: one memo entry per line instead of one in each of four memos, whose
 * tables were grown again for every page and whose inserts cost more than their reads.
 */
export interface TextFacts {
  /** the text the record is of: a block's cached record serves it only while its text is this */
  readonly text: string;
  words: number;
  prose: boolean | undefined;
  key: string | undefined;
  shape: string | undefined;
  /** creditTail's match; false: none (not null, which `??=` would read as not yet asked) */
  credit: string | false | undefined;
}

let FACTS = new Map<string, TextFacts>();
/**
 * The last text asked and its record, read before the Map: stages ask several facts of one line
 * in a row (its words, then whether it is prose, then its key), 3 asks in 10 on the WCXB dumps.
 */
const LAST: { text: string | undefined; facts: TextFacts | undefined } = { text: undefined, facts: undefined };
registerMemo({
  clear: () => {
    // Not FACTS.clear(): a young table per document (memo's registerMemo says why).
    FACTS = new Map<string, TextFacts>();
    LAST.text = undefined;
    LAST.facts = undefined;
  },
  size: () => FACTS.size,
});

function factsOf(text: string): TextFacts {
  if (text === LAST.text) return LAST.facts as TextFacts;
  let f = FACTS.get(text);
  if (f === undefined) {
    f = { text, words: -1, prose: undefined, key: undefined, shape: undefined, credit: undefined };
    if (FACTS.size < MEMO_CAP) FACTS.set(text, f);
  }
  LAST.text = text;
  LAST.facts = f;
  return f;
}

/**
 * A block keeps its text's record, so the stages that ask of a block read it without a Map lookup.
 * The record names its text: a block copied with new text (`{ ...b, text }`) carries the old
 * record, which then does not match and is replaced. Text dumps' lines are made with the slot
 * (FactsSlot), so filling it does not change their shape.
 */
export const FACTS_OF = Symbol('text facts');
export type FactsSlot = { [FACTS_OF]: TextFacts | undefined };
type FactsHolder = { readonly text: string; [FACTS_OF]?: TextFacts | undefined };

function blockFacts(b: { readonly text: string }): TextFacts {
  const holder = b as FactsHolder;
  const had = holder[FACTS_OF];
  if (had !== undefined && had.text === b.text) return had;
  return (holder[FACTS_OF] = factsOf(b.text));
}

/*
 * Fast paths for text made only of Latin-1 and general punctuation (U+2000–U+206F: typographic
 * quotes, dashes, ellipsis): there WORD's \p{L}\p{N} is a table lookup, built from the same
 * Unicode classes, and no character is Han or kana; a hand scan finds the same words as the
 * regular expression without its Unicode property tests. Any other text takes the expression.
 */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const WORD_CHAR = new Uint8Array(0x2070);
for (let c = 0; c < 0x2070; c++) if (c < 0x100 || c >= 0x2000) WORD_CHAR[c] = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;

/** A UTF-16 unit that is neither Latin-1 nor general punctuation (no u flag: units, not code points). */
const NOT_SIMPLE = /[^\u0000-\u00ff\u2000-\u206f]/;

/**
 * True when every character is Latin-1 or general punctuation (the table knows it). The
 * expression scans in compiled code, several times faster than a loop of charCodeAt.
 */
export function isSimple(text: string): boolean {
  return !NOT_SIMPLE.test(text);
}

/**
 * A letter or digit, in simple text. The bound is tested first: NaN (past the end) or a code
 * past the table never reaches the typed array, whose loads slow down on keys that are no index.
 */
export const isWordChar = (c: number): boolean => c < 0x2070 && WORD_CHAR[c] === 1;

/** Where the WORD match that starts at `i` (a letter or digit) ends, in simple text. */
export function simpleWordEnd(text: string, i: number): number {
  let j = i + 1;
  while (isWordChar(text.charCodeAt(j))) j++;
  // (?:['’-][\p{L}\p{N}]+)*: an apostrophe or hyphen joins only when a letter or digit follows.
  for (let c = text.charCodeAt(j); (c === 39 || c === 45 || c === 0x2019) && isWordChar(text.charCodeAt(j + 1)); c = text.charCodeAt(j)) {
    j += 2;
    while (isWordChar(text.charCodeAt(j))) j++;
  }
  return j;
}

/** The words of `text` as WORD finds them, scanned by hand when the text is simple; null otherwise. */
export function simpleWords(text: string): string[] | null {
  if (!isSimple(text)) return null;
  const out: string[] = [];
  visitSimpleWords(text, (w) => out.push(w));
  return out;
}

function visitSimpleWords(text: string, visit: (word: string) => void): void {
  for (let i = 0; i < text.length; i++) {
    if (!isWordChar(text.charCodeAt(i))) continue;
    const end = simpleWordEnd(text, i);
    visit(text.slice(i, end));
    i = end - 1;
  }
}

/**
 * Each word of `text` as WORD finds it, in order, without collecting them: on a long text an
 * array of its words (a string each) outlives the young generation and every collection then
 * copies it, which made a page of one 1 MB block grow faster than its size.
 */
export function forEachWord(text: string, visit: (word: string) => void): void {
  if (isSimple(text)) {
    visitSimpleWords(text, visit);
    return;
  }
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) visit(m[0]);
}

/** Keeps `words`, which must be `wordCount(text)`, counted by a caller that scanned the text anyway. */
export function noteWordCount(text: string, words: number): void {
  const f = factsOf(text);
  if (f.words < 0) f.words = words;
}

export function wordCount(text: string): number {
  const f = factsOf(text);
  if (f.words < 0) f.words = countWords(text);
  return f.words;
}

/** wordCount(b.text), read from the block's record. */
export function blockWords(b: { readonly text: string }): number {
  const f = blockFacts(b);
  if (f.words < 0) f.words = countWords(b.text);
  return f.words;
}

/**
 * blockWords(b), read from the block's record when it has one and counted otherwise, without
 * making a record: for a caller that reads every line of a dump once (the thin-body warning),
 * most of whose lines nothing else asks about.
 */
export function blockWordsUnkept(b: { readonly text: string }): number {
  const had = (b as FactsHolder)[FACTS_OF];
  return had !== undefined && had.text === b.text && had.words >= 0 ? had.words : countWords(b.text);
}

/**
 * `wordCountUpTo` of the blocks' texts joined by line breaks (a story's body), read block by block
 * from the counts the lines' records hold: no word spans a line break, so the blocks' counts add
 * up to the body's.
 */
export function bodyWordsUpTo(blocks: readonly { readonly text: string }[], cap: number): number {
  let n = 0;
  for (const b of blocks) {
    n += blockWordsUnkept(b);
    if (n >= cap) return cap;
  }
  return n;
}

/**
 * `Math.min(wordCount(text), cap)`, reading only as many lines as it takes to count `cap` words: a
 * caller that only asks whether a long body has that many words need not count all of them.
 */
export function wordCountUpTo(text: string, cap: number): number {
  // Not looked up among the records: the lookup hashes the whole text (a story's body, made anew),
  // where the count stops at `cap`. No word spans a line break (countLines): the lines' counts add up to the text's.
  return Math.min(countLines(text, simpleWordCount, WORD, cap), cap);
}

function countWords(text: string): number {
  return countByLine(text, simpleWordCount, WORD);
}

/**
 * What `simple` counts in `text` (when every character is simple), else line by line: no word or
 * run spans a line break, and the hand scan counts the simple lines of a long text (a story's
 * body) that one symbol or emoji elsewhere would send to `pattern`.
 */
function countByLine(text: string, simple: (text: string, from: number, to: number) => number, pattern: RegExp): number {
  const whole = simple(text, 0, text.length);
  return whole >= 0 ? whole : countLines(text, simple, pattern, Infinity);
}

/** countByLine's count line by line, stopping after the line where it reaches `cap`. */
function countLines(text: string, simple: (text: string, from: number, to: number) => number, pattern: RegExp, cap: number): number {
  let n = 0;
  for (let from = 0; from <= text.length && n < cap; ) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const counted = simple(text, from, to);
    if (counted >= 0) n += counted;
    else {
      const line = text.slice(from, to);
      pattern.lastIndex = 0;
      // test(), not exec(): the same matches without a match array and substring per match.
      while (pattern.test(line)) n++;
    }
    from = to + 1;
  }
  return n;
}

/**
 * Words of the text between `from` and `to` (the end or a line break: no word char, no joiner),
 * or -1 when a character there is not simple: one scan both checks and counts. A word's end never
 * passes a character that is not simple (it is no word char), so the loop reads each of them.
 */
function simpleWordCount(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x100 && (c < 0x2000 || c >= 0x2070)) return -1;
    if (WORD_CHAR[c] !== 1) continue;
    n++;
    i = simpleWordEnd(text, i) - 1;
  }
  return n;
}

const LETTER_RUN = /[\p{L}\p{N}]+/gu;

/** Runs of letters and digits ("don't" is two): the word count a story reports. */
export function letterRuns(text: string): number {
  return countByLine(text, simpleLetterRuns, LETTER_RUN);
}

/** What joins two runs of letters into one WORD match: an apostrophe or a hyphen (simpleWordEnd). */
const JOINER = /['’-]/;

/**
 * letterRuns(b.text), read from the block's record when it holds the word count and the text is
 * simple without an apostrophe or hyphen: there every WORD match is one run of letters and digits
 * (in simple text no character is Han or kana, which WORD counts one by one).
 */
export function blockLetterRuns(b: { readonly text: string }): number {
  const had = (b as FactsHolder)[FACTS_OF];
  if (had !== undefined && had.text === b.text && had.words >= 0 && !JOINER.test(b.text) && isSimple(b.text)) return had.words;
  return letterRuns(b.text);
}

/** Runs of letters and digits between `from` and `to`, or -1 when a character there is not simple. */
function simpleLetterRuns(text: string, from: number, to: number): number {
  let n = 0;
  let inRun = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x100 && (c < 0x2000 || c >= 0x2070)) return -1;
    const word = WORD_CHAR[c] === 1;
    if (word && !inRun) n++;
    inRun = word;
  }
  return n;
}

const IS_LETTER = new Uint8Array(0x2070);
for (let c = 0; c < 0x2070; c++) if (c < 0x100 || c >= 0x2000) IS_LETTER[c] = /^\p{L}$/u.test(String.fromCharCode(c)) ? 1 : 0;

/** The letters of `text` (LETTER's matches: code points of \p{L}), counted without listing them. */
export function letterCount(text: string): number {
  if (!isSimple(text)) return text.match(LETTER)?.length ?? 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) n += IS_LETTER[text.charCodeAt(i)] as number;
  return n;
}

const IS_LOWER = new Uint8Array(0x2070);
for (let c = 0; c < 0x2070; c++) if (c < 0x100 || c >= 0x2000) IS_LOWER[c] = /^\p{Ll}$/u.test(String.fromCharCode(c)) ? 1 : 0;
const LOWER_WORD = /(?<!\p{L})\p{Ll}[\p{L}'’-]*/gu;

/**
 * Each match of LOWER_WORD (a word opening in lower case: a lower-case letter after no letter,
 * then letters, apostrophes and hyphens), in order. Simple text is scanned by hand: the
 * look-behind Unicode expression cost more than the rest of the metadata rules.
 */
export function forEachLowerWord(text: string, visit: (word: string) => void): void {
  if (!isSimple(text)) {
    for (const m of text.matchAll(LOWER_WORD)) visit(m[0]);
    return;
  }
  for (let i = 0; i < text.length; i++) {
    if (IS_LOWER[text.charCodeAt(i)] !== 1 || (i > 0 && IS_LETTER[text.charCodeAt(i - 1)] === 1)) continue;
    let j = i + 1;
    for (let c = text.charCodeAt(j); j < text.length && (IS_LETTER[c] === 1 || c === 39 || c === 45 || c === 0x2019); c = text.charCodeAt(++j));
    visit(text.slice(i, j));
    i = j;
  }
}

/** What `text.replace(/\s/g, '').length` says, without the copy: the UTF-16 units that are not white space. */
export function nonSpaceLength(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) if (isSpace(text.charCodeAt(i))) n--;
  return n;
}

/** The closing quotes and brackets SENTENCE_END and ELLIPSIS_END allow after the mark: " ' ” ’ » ) ]. */
const isCloser = (c: number): boolean => c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41 || c === 93;

/**
 * Ends like a sentence (and not in "..."): the C4 line test's first half, as SENTENCE_END and
 * not ELLIPSIS_END say. Those are anchored at the end but tried from every position, and every
 * match of theirs ends in the closers (isCloser is their closing class) after one mark.
 */
export function endsSentence(text: string): boolean {
  let t = text.length - 1;
  while (t >= 0 && isCloser(text.charCodeAt(t))) t--;
  // What SENTENCE_END and not ELLIPSIS_END say (test/fast-paths checks it): the mark sits just
  // before the closers, so the last other character decides, without a slice and two expressions.
  const c = text.charCodeAt(t);
  if (c === 0x2026) return false;
  if (c === 46) return !(text.charCodeAt(t - 1) === 46 && text.charCodeAt(t - 2) === 46);
  return c === 33 || c === 63 || c === 58 || c === 59 || c === 0x3002 || c === 0xff01 || c === 0xff1f;
}

/** Words of this many letters at least tell case apart ("Home", "Deals"; not "of", "the"). */
const CASED_WORD = /(?:^|\s)[("'“‘]?(\p{L})\p{L}{3}/gu;

/**
 * Written in sentence case: fewer than half its longer words open with a capital ("Wall charger
 * not included"), unlike a menu's or a headline's title case ("Wall Chargers & Cables"). Needs
 * one such word; a line in a script without case passes.
 */
export function isSentenceCase(text: string): boolean {
  let words = 0;
  let caps = 0;
  CASED_WORD.lastIndex = 0;
  for (let m = CASED_WORD.exec(text); m !== null; m = CASED_WORD.exec(text)) {
    words++;
    const first = m[1] as string;
    if (first !== first.toLowerCase()) caps++;
  }
  return words > 0 && caps < 0.5 * words;
}

/** C4 line rule: sentence punctuation at the end and at least 5 words. */
export function isProse(text: string): boolean {
  const f = factsOf(text);
  return (f.prose ??= endsSentence(text) && wordCount(text) >= 5);
}

/** isProse(b.text), read from the block's record. */
export function blockIsProse(b: { readonly text: string }): boolean {
  const f = blockFacts(b);
  return (f.prose ??= endsSentence(b.text) && blockWords(b) >= 5);
}

/**
 * The photo credit a caption line ends in (lexicon/patterns' creditTail), kept with the line's
 * other facts: the metadata rules, the boundary finder and the title search ask it of the same
 * lines (a line is asked 2.7 times on average on the WCXB dev dumps).
 */
export function creditOf(text: string): string | undefined {
  const f = factsOf(text);
  if (f.credit === undefined) f.credit = creditTail(text) ?? false;
  return f.credit === false ? undefined : f.credit;
}

/**
 * Comparison key: lower case, punctuation and spacing dropped. Digits stay: lines that differ
 * only in their numbers ("Witness 4 told…", "Witness 5 told…") are different lines.
 */
export function normKey(text: string): string {
  const f = factsOf(text);
  return (f.key ??= keyOf(text));
}

/** normKey(b.text), read from the block's record. */
export function blockKey(b: { readonly text: string }): string {
  const f = blockFacts(b);
  return (f.key ??= keyOf(b.text));
}

/** How many of `blocks` print each key (blockKey): a line the story repeats, and how often. */
export function copiesByKey(blocks: readonly { readonly text: string }[]): Map<string, number> {
  const copies = new Map<string, number>();
  for (const b of blocks) {
    const key = blockKey(b);
    copies.set(key, (copies.get(key) ?? 0) + 1);
  }
  return copies;
}

function keyOf(text: string): string {
  // Simple text lower-cases character for character into simple text (LATIN1_LOWER): its key is
  // read off it directly, without the lower-case copy.
  if (isSimple(text)) return simpleKey(text);
  const lower = text.toLowerCase();
  return isSimple(lower) ? simpleKey(lower) : lower.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * A looser key for structure, not removal: normKey with every digit read as 0, so lines of one
 * shape ("12 Comments", "14 Comments") match. Story boundaries and title choice read it as
 * evidence; no rule drops a block on it.
 */
export function shapeKey(text: string): string {
  const f = factsOf(text);
  return (f.shape ??= zeroDigits(normKey(text)));
}

/** shapeKey(b.text), read from the block's record. */
export function blockShapeKey(b: { readonly text: string }): string {
  const f = blockFacts(b);
  return (f.shape ??= zeroDigits(blockKey(b)));
}

/**
 * Every digit as 0. A long key goes through one buffer: replace() on a key of a million digits
 * (a block of dates and scores) made a piece per digit, and collecting those chains cost more
 * than the rest of the page.
 */
function zeroDigits(key: string): string {
  if (!hasDigit(key)) return key;
  if (key.length <= LONG_KEY) return key.replace(/\d/g, '0');
  // UTF-16 code units, low byte first: an ASCII digit is its byte and a zero.
  const out = Buffer.from(key, 'utf16le');
  for (let i = 0; i < out.length; i += 2) {
    const c = out[i] as number;
    if (c >= 0x31 && c <= 0x39 && out[i + 1] === 0) out[i] = 0x30;
  }
  return out.toString('utf16le');
}

const DIGIT = /\d/;

/** An ASCII digit (what \\d matches without the u flag) anywhere in the text. */
export function hasDigit(text: string): boolean {
  return DIGIT.test(text);
}

/** Past this many characters zeroDigits rewrites a key's digits in one buffer. */
const LONG_KEY = 4096;

const KEY_SCRATCH = Buffer.alloc(LONG_KEY);

/** toLowerCase of each Latin-1 character, which is Latin-1 again; general punctuation has no case. */
const LATIN1_LOWER = new Uint8Array(0x100);
for (let c = 0; c < 0x100; c++) LATIN1_LOWER[c] = String.fromCharCode(c).toLowerCase().charCodeAt(0);

/**
 * The runs of letters and digits of simple text, lower-cased, one space between them: what
 * `text.toLowerCase()` with every run of other characters made one space and trimmed gives.
 * Written into one buffer (every letter or digit of simple text is Latin-1, one byte each): a
 * key built by concatenation was a chain of pieces, flattened again when first hashed, and on a
 * long block that garbage outgrew the text.
 */
function simpleKey(text: string): string {
  // A buffer per call cost more than the key (a Buffer object each): short keys share one, read
  // into the string before this returns.
  const out = text.length <= KEY_SCRATCH.length ? KEY_SCRATCH : Buffer.allocUnsafe(text.length);
  let n = 0;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isWordChar(c)) {
      if (gap && n > 0) out[n++] = 32;
      out[n++] = LATIN1_LOWER[c] as number;
      gap = false;
    } else gap = true;
  }
  return out.toString('latin1', 0, n);
}

/**
 * What a key (normKey) makes of the character `c`: its lower case when it is a Latin-1 letter or
 * digit (toLowerCase maps each Latin-1 character to one Latin-1 character, in simple text or not),
 * SKIPPED when it is a Latin-1 or general punctuation character that is neither (the key drops
 * it), UNDECIDED for any other character (lexicon/key-edges reads keys' edges by it).
 */
export function keyCharOf(c: number): number {
  if (!(c < 0x2070)) return UNDECIDED;
  const kind = WORD_CHAR[c];
  if (kind === 2) return SKIPPED;
  return kind === 1 && c < 0x100 ? (LATIN1_LOWER[c] as number) : UNDECIDED;
}
export const SKIPPED = -2;
export const UNDECIDED = -1;

/** `key.split(' ').includes(word)`, without the split: an occurrence of `word` with a space or an end on both sides. */
export function holdsWord(key: string, word: string): boolean {
  if (word === '' || word.includes(' ')) return key.split(' ').includes(word);
  for (let at = key.indexOf(word); at >= 0; at = key.indexOf(word, at + 1)) {
    const end = at + word.length;
    if ((at === 0 || key.charCodeAt(at - 1) === 32) && (end === key.length || key.charCodeAt(end) === 32)) return true;
  }
  return false;
}

/** A headline: a few words, not a sentence ending in a full stop. */
const TITLE_MIN_WORDS = 2;
export const TITLE_MAX_WORDS = 30;

export function isTitleLike(text: string): boolean {
  return titleLike(text, wordCount(text));
}

/** isTitleLike(b.text), its words read from the block's record. */
export function blockIsTitleLike(b: { readonly text: string }): boolean {
  return titleLike(b.text, blockWords(b));
}

function titleLike(text: string, words: number): boolean {
  if (words < TITLE_MIN_WORDS || words > TITLE_MAX_WORDS) return false;
  return !(endsSentence(text) && FULL_STOP_END.test(text));
}
