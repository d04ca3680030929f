/**
 * Guessing the legacy encoding of bytes that are not UTF-8 and declare nothing usable.
 *
 * Each candidate decoding is scored by how much of its non-ASCII text reads like words of one
 * script: a Polish page read as windows-1252 shows "wy³¹czyæ" (symbols inside a word), a Russian
 * page read as windows-1252 shows "Ïðèâåò" (a Latin word made only of accented letters), a GBK
 * page read as Big5 shows rare ideographs instead of the most common ones. Ties go to the earlier
 * candidate, so windows-1252 (what browsers fall back to for Western pages) wins unless another
 * encoding is clearly better. Hand-written rather than a chardet port: the dev set needs only the
 * Western and Central European guesses, and this stays small, dependency-free and explainable.
 */

/**
 * windows-1252's 0x80-0x9F, which Node 20's TextDecoder gets wrong: it decodes 'windows-1252'
 * as ISO-8859-1, turning curly quotes, dashes and the euro sign into C1 controls. (The five
 * bytes windows-1252 leaves undefined map to themselves, as in the WHATWG table.)
 */
export const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const C1 = /[\u0080-\u009f]/g;

/** `new TextDecoder(label).decode(bytes)`, with windows-1252 decoded correctly on every Node. */
export function decodeAs(label: string, bytes: Uint8Array): string {
  const decoder = new TextDecoder(label);
  const text = decoder.decode(bytes);
  if (decoder.encoding !== 'windows-1252') return text;
  return text.replace(C1, (ch) => CP1252_HIGH.charAt(ch.charCodeAt(0) - 0x80));
}

/** Order matters: on equal scores the earlier one wins. */
const SINGLE_BYTE = ['windows-1252', 'windows-1250', 'iso-8859-2', 'windows-1251', 'koi8-r', 'windows-1253', 'windows-1254', 'windows-1257'] as const;
const MULTI_BYTE = ['gbk', 'big5', 'shift_jis', 'euc-jp', 'euc-kr'] as const;

/** How much text the guess looks at: enough words, bounded cost on huge pages. */
const SAMPLE_BYTES = 256 * 1024;

/** Punctuation that legacy pages use between words; it neither helps nor hurts a candidate. */
const NEUTRAL = /[\u00a0\u00ab\u00bb\u00b7\u00a9\u00ae\u00b0\u00a7\u00d7\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2022\u2026\u20ac\u2122\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]/u;
const LETTER = /[\p{L}\p{M}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const TOKEN = /[\p{L}\p{M}\u0080-\uffff]+/gu;

/** The most frequent characters of Chinese (both forms), Japanese kana and Korean syllables. */
const COMMON_CJK = new Set(
  '的一是不了在人有我他这個个们們中来來上大为為和国國地到以说說时時要就出会會也你对對生能而子那得于於着著下自之年过過发發后後作里裡用道行所然家种種事成方多经經么麼去法学學如都同现現当當没沒动動面起看定天分还還进進好小部其些主样樣理心她本前开開但因只从從想实實日' +
    'のにはをたがでてとしれさあいうかなるこもすくっ' +
    '이의가에는을를고다하지한로서대기도'
);

type Script = 'latin' | 'cyrillic' | 'greek' | 'cjk' | 'hangul' | 'other';

function scriptOf(ch: string): Script {
  const c = ch.codePointAt(0) ?? 0;
  if (c < 0x250 || (c >= 0x1e00 && c < 0x1f00)) return 'latin';
  if (c >= 0x370 && c < 0x400) return 'greek';
  if (c >= 0x400 && c < 0x530) return 'cyrillic';
  if ((c >= 0x3040 && c < 0x3100) || (c >= 0x4e00 && c < 0xa000) || (c >= 0x3400 && c < 0x4dc0) || (c >= 0xff66 && c < 0xffa0)) return 'cjk';
  if (c >= 0xac00 && c < 0xd7b0) return 'hangul';
  return 'other';
}

/**
 * One token's worth: +n when its n non-ASCII characters read as a plausible word, -n when not.
 * Plausible: only letters, one script, and (for Latin) mostly ASCII letters with a few accented
 * ones; non-Latin scripts do not share a word with ASCII letters (except CJK, which runs on).
 */
function tokenScore(token: string): number {
  let nonAscii = 0;
  let ascii = 0;
  let bad = false;
  let prevAscii = false;
  let common = 0;
  let prevLower = false;
  const scripts = new Set<Script>();
  for (const ch of token) {
    // "рТЙЧЕФ" (KOI8-R read as windows-1251): a capital after a small letter inside a word.
    if (prevLower && UPPER.test(ch) && !(ch < '\u0080' && prevAscii)) bad = true;
    prevLower = LOWER.test(ch);
    prevAscii = ch < '\u0080';
    if (ch < '\u0080') {
      ascii++;
      continue;
    }
    if (NEUTRAL.test(ch)) continue;
    nonAscii++;
    if (!LETTER.test(ch)) bad = true;
    else scripts.add(scriptOf(ch));
    if (COMMON_CJK.has(ch)) common++;
  }
  // A lone character ("©" or "Š", "à" or "ŕ") says little about the encoding.
  if (nonAscii === 0 || (nonAscii === 1 && ascii === 0)) return 0;
  const [script] = scripts;
  if (bad || scripts.size !== 1 || script === 'other') return -nonAscii;
  if (script === 'latin' && nonAscii >= 3 && nonAscii > ascii) return -nonAscii;
  if ((script === 'cyrillic' || script === 'greek') && ascii > 0) return -nonAscii;
  return nonAscii + common;
}

function scoreText(text: string): number {
  let score = 0;
  for (const m of text.matchAll(TOKEN)) score += tokenScore(m[0]);
  // Bytes a candidate cannot map (U+FFFD) or maps to C1 controls are strong evidence against it.
  for (const ch of text) if (ch === '\ufffd' || (ch >= '\u0080' && ch <= '\u009f')) score -= 4;
  return score;
}

const isBreak = (b: number): boolean => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0x3c || b === 0x3e;

/**
 * Only the words that hold non-ASCII bytes matter, so scoring looks at those alone: each run of
 * bytes between whitespace or tag brackets that holds a byte >= 0x80, joined by spaces. (No
 * legacy multi-byte encoding uses these bytes inside a character, so no character is cut.)
 */
function wordsWithHighBytes(bytes: Uint8Array): Uint8Array {
  const out: number[] = [];
  let start = 0;
  let high = false;
  for (let i = 0; i <= bytes.length; i++) {
    const b = i < bytes.length ? (bytes[i] as number) : 0x20;
    if (isBreak(b)) {
      if (high) {
        for (let k = start; k < i; k++) out.push(bytes[k] as number);
        out.push(0x20);
      }
      start = i + 1;
      high = false;
    } else if (b >= 0x80) high = true;
  }
  return Uint8Array.from(out);
}

function decodeStrict(label: string, sample: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(sample, { stream: true });
  } catch {
    return null;
  }
}

export interface Guess {
  encoding: string;
  score: number;
}

/**
 * The most plausible legacy encoding for `bytes` (never UTF-8: the caller has tried it).
 * `prefer` (a declared but doubtful charset) joins the candidates first.
 */
export function guessLegacy(bytes: Uint8Array, prefer?: string): Guess {
  const sample = wordsWithHighBytes(bytes.subarray(0, SAMPLE_BYTES));
  const labels: string[] = prefer ? [prefer] : [];
  for (const l of [...SINGLE_BYTE, ...MULTI_BYTE]) if (!labels.includes(l)) labels.push(l);
  let best: Guess = { encoding: 'windows-1252', score: -Infinity };
  for (const label of labels) {
    // Multi-byte candidates must decode cleanly; single-byte ones always decode.
    const text = (MULTI_BYTE as readonly string[]).includes(label) ? decodeStrict(label, sample) : decodeAs(label, sample);
    if (text === null) continue;
    const score = scoreText(text);
    if (score > best.score) best = { encoding: new TextDecoder(label).encoding, score };
  }
  return best;
}
