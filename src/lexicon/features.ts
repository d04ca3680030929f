import { ELLIPSIS_END, FULL_STOP_END, SENTENCE_END, WORD } from './patterns.js';

/** Shallow text features the rules share (boilerpipe: shallow features beat DOM-heavy ones). */

/**
 * Features are asked of the same block text many times by different stages; V8 caches a
 * string's hash, so a Map keyed by the text is a cheap memo. A memo serves one document: the
 * pipeline calls `forgetTexts` when a document is done. Kept across documents, its keys (slices
 * of a page's text, which hold the whole page string) kept pages alive past their call: after
 * 990 dev pages 14 page strings (3 MB) were still held, and each page a scavenge met was
 * promoted to the old generation, to be collected by a full mark-compact later. The cap bounds
 * memory within one huge document; it must exceed the distinct texts of a large page, because
 * every stage walks all the blocks in order: once a page has more texts than the cap, each pass
 * clears the memo before it comes round again and every call misses (a 1 MB text dump of 2,800
 * paragraphs took 2.5x as long as one under the cap would, 4x the input 5.4x the time).
 */
const MEMO_CAP = 100_000;
const MEMOS: Map<string, unknown>[] = [];
function memo<T>(fn: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  MEMOS.push(cache);
  return (text) => {
    let v = cache.get(text);
    if (v === undefined) {
      if (cache.size >= MEMO_CAP) cache.clear();
      v = fn(text);
      cache.set(text, v);
    }
    return v;
  };
}

/** Drops what the memos hold (a memo is pure: forgetting costs only a recomputation). */
export function forgetTexts(): void {
  for (const cache of MEMOS) cache.clear();
}

/** How many texts the memos hold now (for tests). */
export function heldTexts(): number {
  return MEMOS.reduce((n, cache) => n + cache.size, 0);
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

/** True when every character is Latin-1 or general punctuation (the table knows it). */
function isSimple(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x100 && (c < 0x2000 || c >= 0x2070)) return false;
  }
  return true;
}

/** A letter or digit, in simple text (NaN past the end reads as 0: not one). */
const isWordChar = (c: number): boolean => WORD_CHAR[c] === 1;

/** Where the WORD match that starts at `i` (a letter or digit) ends, in simple text. */
function simpleWordEnd(text: string, i: number): number {
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
  for (let i = 0; i < text.length; i++) {
    if (!isWordChar(text.charCodeAt(i))) continue;
    const end = simpleWordEnd(text, i);
    out.push(text.slice(i, end));
    i = end - 1;
  }
  return out;
}

export const wordCount = memo((text: string): number => {
  if (isSimple(text)) {
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      if (!isWordChar(text.charCodeAt(i))) continue;
      n++;
      i = simpleWordEnd(text, i) - 1;
    }
    return n;
  }
  WORD.lastIndex = 0;
  let n = 0;
  // test(), not exec(): the same matches without a match array and substring per word.
  while (WORD.test(text)) n++;
  return n;
});

/** Ends like a sentence (and not in "..."): the C4 line test's first half. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text) && !ELLIPSIS_END.test(text);
}

/** C4 line rule: sentence punctuation at the end and at least 5 words. */
export const isProse = memo((text: string): boolean => endsSentence(text) && wordCount(text) >= 5);

/**
 * Comparison key: lower case, punctuation and spacing dropped. Digits stay: lines that differ
 * only in their numbers ("Witness 4 told…", "Witness 5 told…") are different lines.
 */
export const normKey = memo((text: string): string => {
  const lower = text.toLowerCase();
  return isSimple(lower) ? simpleKey(lower) : lower.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
});

/** The runs of letters and digits of simple text, one space between them. */
function simpleKey(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (!isWordChar(text.charCodeAt(i))) continue;
    let j = i + 1;
    while (isWordChar(text.charCodeAt(j))) j++;
    out += out === '' ? text.slice(i, j) : ` ${text.slice(i, j)}`;
    i = j;
  }
  return out;
}

/** A headline: a few words, not a sentence ending in a full stop. */
const TITLE_MIN_WORDS = 2;
export const TITLE_MAX_WORDS = 30;

export function isTitleLike(text: string): boolean {
  const words = wordCount(text);
  if (words < TITLE_MIN_WORDS || words > TITLE_MAX_WORDS) return false;
  return !(endsSentence(text) && FULL_STOP_END.test(text));
}
