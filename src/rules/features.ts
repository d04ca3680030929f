import { ELLIPSIS_END, SENTENCE_END, WORD } from './patterns.js';

/** Shallow text features the rules share (boilerpipe: shallow features beat DOM-heavy ones). */

/**
 * Features are asked of the same block text many times by different stages; V8 caches a
 * string's hash, so a Map keyed by the text is a cheap memo. Capped so memory stays bounded:
 * at 100,000 entries the four memos held 75 MB after 990 dev pages (still growing, per worker,
 * the bulk of a JSONL stream's 500 MB); at 2,000 the heap stays flat at ~21 MB, same speed.
 */
const MEMO_CAP = 2_000;
function memo<T>(fn: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
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

/*
 * ASCII fast paths. In ASCII text WORD's \p{L}\p{N} are exactly [A-Za-z0-9] (Han and kana are not
 * ASCII), so a hand scan finds the same words as the regular expression without its Unicode
 * property tests; any other text takes the regular expression.
 */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

const isAsciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** Where the WORD match that starts at `i` (an ASCII letter or digit) ends, in ASCII text. */
export function asciiWordEnd(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length && isAsciiAlnum(text.charCodeAt(j))) j++;
  // (?:['’-][\p{L}\p{N}]+)*: an apostrophe or hyphen joins only when a letter or digit follows.
  for (let c = text.charCodeAt(j); (c === 39 || c === 45) && isAsciiAlnum(text.charCodeAt(j + 1)); c = text.charCodeAt(j)) {
    j += 2;
    while (j < text.length && isAsciiAlnum(text.charCodeAt(j))) j++;
  }
  return j;
}

/** The words of `text` as WORD finds them, scanned by hand when the text is ASCII; null otherwise. */
export function asciiWords(text: string): string[] | null {
  if (!isAscii(text)) return null;
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isAsciiAlnum(text.charCodeAt(i))) continue;
    const end = asciiWordEnd(text, i);
    out.push(text.slice(i, end));
    i = end - 1;
  }
  return out;
}

export const wordCount = memo((text: string): number => {
  if (isAscii(text)) {
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      if (!isAsciiAlnum(text.charCodeAt(i))) continue;
      n++;
      i = asciiWordEnd(text, i) - 1;
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

/** Comparison key: lower case, digits to 0, punctuation and spacing dropped. */
export const normKey = memo((text: string): string => {
  const lower = text.toLowerCase();
  return isAscii(lower) ? asciiKey(lower) : lower.replace(/\d/g, '0').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
});

/** normKey of lower-case ASCII: runs of letters copied, digits as 0, anything else one space between words. */
function asciiKey(lower: string): string {
  let out = '';
  for (let i = 0; i < lower.length; ) {
    const c = lower.charCodeAt(i);
    const letter = c >= 97 && c <= 122;
    if (!letter && !(c >= 48 && c <= 57)) {
      i++;
      continue;
    }
    // A run of letters, or of digits; a separator before it unless it continues the last word.
    let j = i + 1;
    while (j < lower.length && (letter ? isLowerAscii(lower.charCodeAt(j)) : isDigit(lower.charCodeAt(j)))) j++;
    if (out !== '' && !isAsciiAlnum(lower.charCodeAt(i - 1))) out += ' ';
    out += letter ? lower.slice(i, j) : '0'.repeat(j - i);
    i = j;
  }
  return out;
}

const isLowerAscii = (c: number): boolean => c >= 97 && c <= 122;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
