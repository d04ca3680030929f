import { createRequire } from 'node:module';
import { forEachWord, isSimple, isWordChar, noteWordCount, simpleWordEnd, simpleWords } from './features.js';
import { memo, type Memo } from './memo.js';
import { NUMBER, WORD } from './patterns.js';

/**
 * Language by stopwords: the language whose stoplist covers the most tokens of the page wins.
 * Good enough to pick a stoplist for jusText-style stopword density, and to report `lang`.
 */
const require = createRequire(import.meta.url);
const ISO = require('stopwords-iso/stopwords-iso.json') as Record<string, string[]>;

/** Languages we detect and hold stoplists for; the dev set's pages are mostly these. */
const LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'da', 'no', 'fi', 'cs', 'hu', 'ru', 'uk', 'tr'] as const;

const STOPLISTS = new Map<string, ReadonlySet<string>>(
  LANGS.map((l) => [l, new Set((ISO[l] ?? []).filter((w) => /\p{L}/u.test(w)).map((w) => w.toLowerCase()))]),
);

/** word → indexes (in LANGS) of the stoplists holding it: one lookup per token for all languages. */
const INDEX = new Map<string, number[]>();
[...STOPLISTS.values()].forEach((list, li) => {
  for (const w of list) {
    const at = INDEX.get(w);
    if (at) at.push(li);
    else INDEX.set(w, [li]);
  }
});

/*
 * The stopwords again, in an open-addressing table read straight from a text's characters: a
 * simple text's tokens (features: isSimple) are looked up where they stand, lower-cased by table,
 * without a string made for each. In simple text every character lower-cases to one simple
 * character of the same class, so these are the words and keys `tokens` and INDEX give.
 */
const LOWER = new Uint16Array(0x2070);
for (let c = 0; c < 0x2070; c++) LOWER[c] = String.fromCharCode(c).toLowerCase().charCodeAt(0);
const STOP_MASK = (1 << Math.ceil(Math.log2(INDEX.size * 2 + 1))) - 1;
/**
 * Per slot two numbers side by side: its key's full hash (0: empty), read before anything else (a
 * miss, most tokens, touches only this), and the key's entry. The table is numbers only: a hit
 * reads a slot, an entry and the key's characters, not a string, its languages' array and their
 * numbers scattered over the heap (on a whole page's run the lookups were most of the time).
 */
const STOP_SLOTS = new Int32Array(2 * (STOP_MASK + 1));
/** STOP_ENTRIES and STOP_CHARS as they are filled: per entry three numbers (its languages as bits, bit li: LANGS[li]; where its characters start in STOP_CHARS; how many there are), and the keys' characters. */
const entries: number[] = [];
const chars: number[] = [];
let longestStopword = 0;

/** A string hash of char codes (lower-cased by LOWER), never 0. */
function hashOf(text: string, from: number, to: number): number {
  let h = 0;
  for (let k = from; k < to; k++) h = (Math.imul(h, 31) + (LOWER[text.charCodeAt(k)] as number)) | 0;
  return (h ^ (h >>> 15)) | 1;
}

for (const [w, langs] of INDEX) {
  if (!isSimple(w)) continue;
  const h = hashOf(w, 0, w.length);
  let i = h & STOP_MASK;
  while (STOP_SLOTS[2 * i] !== 0) i = (i + 1) & STOP_MASK;
  STOP_SLOTS[2 * i] = h;
  STOP_SLOTS[2 * i + 1] = entries.length;
  entries.push(langs.reduce((bits, li) => bits | (1 << li), 0), chars.length, w.length);
  for (let k = 0; k < w.length; k++) chars.push(w.charCodeAt(k));
  longestStopword = Math.max(longestStopword, w.length);
}
/**
 * Two bits per stopword's hash in a table small enough to stay in the nearest cache: a token with
 * either bit clear is no stopword and is answered without the table's slots (content words, half
 * a page's tokens, each read a slot far from the last one read: most of the lookups' time).
 */
const STOP_BITS = new Uint32Array(1 << 12);
const STOP_BIT_MASK = (1 << 17) - 1;
const bitOne = (h: number): number => h & STOP_BIT_MASK;
const bitTwo = (h: number): number => (Math.imul(h, 0x9e3779b1) >>> 15) & STOP_BIT_MASK;
const hasBit = (bit: number): boolean => ((STOP_BITS[bit >>> 5] as number) & (1 << (bit & 31))) !== 0;
const setBit = (bit: number): void => void (STOP_BITS[bit >>> 5] = (STOP_BITS[bit >>> 5] as number) | (1 << (bit & 31)));
for (let i = 0; i <= STOP_MASK; i++) {
  const h = STOP_SLOTS[2 * i] as number;
  if (h === 0) continue;
  setBit(bitOne(h));
  setBit(bitTwo(h));
}
const STOP_ENTRIES = Int32Array.from(entries);
const STOP_CHARS = Uint16Array.from(chars);

/**
 * INDEX.get of simple text's lower-cased word at [from, to), read in place, given its hashOf `h`
 * (the word no longer than longestStopword): the languages holding it as bits (bit li: LANGS[li]), 0 for none.
 */
function probe(text: string, from: number, to: number, h: number): number {
  if (!hasBit(bitOne(h)) || !hasBit(bitTwo(h))) return 0;
  for (let i = h & STOP_MASK; ; i = (i + 1) & STOP_MASK) {
    const at = STOP_SLOTS[2 * i] as number;
    if (at === 0) return 0;
    if (at !== h) continue;
    const e = STOP_SLOTS[2 * i + 1] as number;
    if (sameLower(STOP_ENTRIES[e + 1] as number, STOP_ENTRIES[e + 2] as number, text, from, to)) return STOP_ENTRIES[e] as number;
  }
}

/** The stopword whose `length` characters start at `start` in STOP_CHARS is text[from, to) lower-cased. */
function sameLower(start: number, length: number, text: string, from: number, to: number): boolean {
  if (length !== to - from) return false;
  for (let k = 0; k < length; k++) if (STOP_CHARS[start + k] !== LOWER[text.charCodeAt(from + k)]) return false;
  return true;
}

/** Adds one to `hits` for each language whose bit is set in `bits` (probe's answer). */
function addHits(hits: Int32Array, bits: number): void {
  for (let rest = bits; rest !== 0; rest &= rest - 1) {
    const li = 31 - Math.clz32(rest & -rest);
    hits[li] = (hits[li] as number) + 1;
  }
}

/**
 * `tokens(text)` without the words a stoplist holds, numbers (NUMBER) and words under
 * `minLength` characters, in order. In simple text only the words kept become strings (a simple
 * text lower-cases character for character, so a word sits where it sat), and each token is
 * hashed for the stoplist table while its end is found (as countSimple does).
 */
export function tokensOutsideStoplists(text: string, minLength: number): string[] {
  if (!isSimple(text)) return tokens(text).filter((t) => t.length >= minLength && !INDEX.has(t) && !NUMBER.test(t));
  const out: string[] = [];
  let lower: string | undefined;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (!isWordChar(c)) continue;
    let h = 0;
    let j = i;
    // Lower-casing keeps a digit a digit and a letter a letter: NUMBER reads the same here.
    let number = true;
    for (;;) {
      while (isWordChar(c)) {
        if (c < 48 || c > 57) number = false;
        h = (Math.imul(h, 31) + (LOWER[c] as number)) | 0;
        c = text.charCodeAt(++j);
      }
      if ((c === 39 || c === 45 || c === 0x2019) && isWordChar(text.charCodeAt(j + 1))) {
        number = false;
        h = (Math.imul(h, 31) + c) | 0;
        c = text.charCodeAt(++j);
      } else break;
    }
    if (j - i >= minLength && !number && (j - i > longestStopword || probe(text, i, j, (h ^ (h >>> 15)) | 1) === 0)) {
      out.push((lower ??= text.toLowerCase()).slice(i, j));
    }
    i = j - 1;
  }
  return out;
}

/**
 * Words (lower case) looked for among a simple text's tokens by hash, in one pass over the text:
 * `heldIn` is true whenever a token of the text, lower-cased, is one of the words (a token whose
 * hash a word shares also passes; the caller reads the text's words to be sure). A word that is
 * not simple is never a simple text's token (simple text lower-cases into simple text) and is
 * not kept. Words may be taken out again (`drop`) as the caller finds them.
 */
export class SimpleWordHashes {
  /** hashOf of each word kept (cut to 30 bits: a small integer, not a boxed number) → how many kept words have it */
  private readonly held = new Map<number, number>();
  /** one bit per low 16 bits of a kept hash: most tokens' bit is clear, and they skip the Map */
  private readonly bits = new Uint32Array(1 << 11);

  add(word: string): void {
    if (!isSimple(word)) return;
    const h = smallHash(word, 0, word.length);
    this.held.set(h, (this.held.get(h) ?? 0) + 1);
    this.bits[(h >>> 5) & 0x7ff] = (this.bits[(h >>> 5) & 0x7ff] as number) | (1 << (h & 31));
  }

  /** Takes a word out (its bit stays: the bits only spare the Map a lookup). */
  drop(word: string): void {
    if (!isSimple(word)) return;
    const h = smallHash(word, 0, word.length);
    const n = this.held.get(h);
    if (n === undefined) return;
    if (n > 1) this.held.set(h, n - 1);
    else this.held.delete(h);
  }

  /** Some token of `text` (which must be simple) has the hash of a word kept. */
  heldIn(text: string): boolean {
    if (this.held.size === 0) return false;
    for (let i = 0; i < text.length; i++) {
      if (!isWordChar(text.charCodeAt(i))) continue;
      const j = simpleWordEnd(text, i);
      const h = smallHash(text, i, j);
      if (((this.bits[(h >>> 5) & 0x7ff] as number) & (1 << (h & 31))) !== 0 && this.held.has(h)) return true;
      i = j - 1;
    }
    return false;
  }
}

/** hashOf in 30 bits, a small integer for a Map's key. */
const smallHash = (text: string, from: number, to: number): number => hashOf(text, from, to) & 0x3fffffff;

/** A function word of any language we hold a stoplist for (what topic vectors leave out). */
export function isStopword(word: string): boolean {
  return INDEX.has(word);
}

const MIN_TOKENS = 20;
/** Words the `tokens` memo holds at most (a few MB of text): pages beyond it are read again rather than held. */
const WORDS_HELD = 300_000;
/** Enough text to tell the language; more only costs time. */
const SAMPLE_CHARS = 20000;
const MIN_COVERAGE = 0.15;

/**
 * The words of a text, lower case; memoised: the quality judge, language detection and topic
 * vectors read the same blocks. Up to WORDS_HELD words in all per document (see `memo`).
 */
export const tokens = memo(
  (text: string): readonly string[] => {
    const lower = text.toLowerCase();
    return simpleWords(lower) ?? lower.match(WORD) ?? [];
  },
  (words) => words.length,
  WORDS_HELD,
);

export interface DetectedLang {
  lang: string;
  /** share of tokens in that language's stoplist */
  coverage: number;
}

/** The page's language from a sample of its text, or undefined when too little text says. */
export function detectLang(text: string): DetectedLang | undefined {
  const counted = countHits([{ text }], SAMPLE_CHARS);
  return counted ? bestOf(counted) : undefined;
}

/** What countHits read: per language the tokens a stoplist holds, the tokens, and the whole blocks' own counts. */
interface Counted {
  hits: Int32Array;
  tokens: number;
  /** the whole blocks of at least SEEDED_CHARS characters that the sample held */
  texts: string[];
  /** per text in `texts`, LANGS.length + 1 numbers: its tokens, then its hits per language */
  own: number[];
}

/**
 * Blocks this long at least have their stopword density kept when the language is chosen: the
 * quality judge (rules/quality) asks the density only of blocks of 70 characters or more. Only
 * what is kept depends on this, never a value: a kept density is the one densityIn gives.
 */
const SEEDED_CHARS = 70;

/**
 * Per language, how many tokens of a sample are in its stoplist, and how many tokens there are;
 * undefined under MIN_TOKENS. The sample is the first blocks, joined by line breaks, until
 * `enough` characters are reached, and cut at SAMPLE_CHARS. It is read block by block: a token
 * never spans the line break joining two blocks, so each whole block's (memoised) tokens are the
 * sample's, and only a block the cut falls in is tokenised again. A whole block's own counts are
 * what stopwordDensity and wordCount would count again: the word count of a simple one is noted
 * (features' memo), and the long ones' counts returned for `seedDensities`.
 */
function countHits(blocks: readonly { text: string }[], enough: number): Counted | undefined {
  const hits = new Int32Array(LANGS.length);
  const counted: Counted = { hits, tokens: 0, texts: [], own: [] };
  // The hits before a long whole block: what it adds is its own.
  const before = new Int32Array(LANGS.length);
  let n = 0;
  let at = 0;
  for (const b of blocks) {
    if (at >= enough || at >= SAMPLE_CHARS) break;
    const room = SAMPLE_CHARS - at;
    const whole = b.text.length <= room;
    const text = whole ? b.text : b.text.slice(0, room);
    const seeded = whole && text.length >= SEEDED_CHARS;
    // Kept for every block: a block countSimple gives up on has its hits taken back.
    before.set(hits);
    let k = countSimple(text, hits);
    if (k >= 0) {
      if (whole) noteWordCount(text, k);
    } else {
      hits.set(before);
      const toks = tokens(text);
      k = toks.length;
      for (const t of toks) {
        const langs = INDEX.get(t);
        if (langs !== undefined) for (const li of langs) hits[li] = (hits[li] as number) + 1;
      }
    }
    if (seeded) {
      counted.own.push(k);
      for (let li = 0; li < LANGS.length; li++) counted.own.push((hits[li] as number) - (before[li] as number));
      counted.texts.push(text);
    }
    n += k;
    at += b.text.length + 1;
  }
  counted.tokens = n;
  return n < MIN_TOKENS ? undefined : counted;
}

/**
 * The tokens of simple text, counted, and for each the stoplists holding it counted in `hits`:
 * the tokens `tokens` finds, each looked up in the table (probe), in one pass: a token is hashed
 * (as hashOf) while its end is found (as features' simpleWordEnd finds it). -1 when the text is
 * not simple (features' isSimple), found on the way: every character that is no word character
 * is read here (a word's end stops at it), and every word character is simple; `hits` then holds
 * a part of the text's hits, which the caller takes back.
 */
function countSimple(text: string, hits: Int32Array): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      if (c >= 0x100 && (c < 0x2000 || c >= 0x2070)) return -1;
      continue;
    }
    n++;
    let h = 0;
    let j = i;
    for (;;) {
      while (isWordChar(c)) {
        h = (Math.imul(h, 31) + (LOWER[c] as number)) | 0;
        c = text.charCodeAt(++j);
      }
      // An apostrophe or hyphen joins only when a letter or digit follows (simpleWordEnd).
      if ((c === 39 || c === 45 || c === 0x2019) && isWordChar(text.charCodeAt(j + 1))) {
        h = (Math.imul(h, 31) + c) | 0;
        c = text.charCodeAt(++j);
      } else break;
    }
    if (j - i <= longestStopword) {
      const bits = probe(text, i, j, (h ^ (h >>> 15)) | 1);
      if (bits !== 0) addHits(hits, bits);
    }
    i = j - 1;
  }
  return n;
}

function bestOf({ hits, tokens: n }: Counted): DetectedLang | undefined {
  let best = 0;
  hits.forEach((h, li) => {
    if (h > (hits[best] as number)) best = li;
  });
  const coverage = (hits[best] as number) / n;
  return coverage >= MIN_COVERAGE ? { lang: LANGS[best] as string, coverage } : undefined;
}

/** The language of a run of blocks, read from their first SAMPLE_CHARS characters only. */
export function detectLangOf(blocks: readonly { text: string }[]): DetectedLang | undefined {
  const counted = countHits(blocks, SAMPLE_CHARS);
  const found = counted ? bestOf(counted) : undefined;
  if (counted && found) seedDensities(counted, found.lang);
  return found;
}

/**
 * The language a stage works in, with one precedence for every stage: the caller's (options.lang,
 * already normalised), then what the page or story states, then detection over `blocks`. What a
 * page states is only a prior: themes ship `<html lang="en">` on pages in any language, so when the
 * text clearly reads as another language we hold a stoplist for, the text wins.
 */
export function chooseLang(given: string | undefined, stated: readonly (string | undefined)[], blocks?: readonly { text: string }[]): string | undefined {
  if (given !== undefined) return given;
  const declared = stated.find((l) => l !== undefined);
  if (blocks === undefined) return declared;
  if (declared === undefined) return detectLangOf(blocks)?.lang;
  if (!STOPLISTS.has(declared)) return declared;
  // One tokenisation serves both the detection and the declared language's own coverage.
  const counted = countHits(blocks, CHECK_CHARS);
  const found = counted ? bestOf(counted) : undefined;
  if (!counted || !found) return declared;
  const declaredCoverage = (counted.hits[LANGS.indexOf(declared as (typeof LANGS)[number])] ?? 0) / counted.tokens;
  const lang = found.lang === declared || found.coverage - declaredCoverage < DISAGREE_MARGIN ? declared : found.lang;
  seedDensities(counted, lang);
  return lang;
}

/**
 * Keeps, in `lang`'s density memo, the stopword density of each long whole block the sample
 * held: the counts countHits made are the ones densityIn would make (the same tokens, and a token
 * is in the language's stoplist exactly when INDEX lists the language for it).
 */
function seedDensities(counted: Counted, lang: string): void {
  const li = LANGS.indexOf(lang as (typeof LANGS)[number]);
  if (li < 0) return;
  const density = densityOf(lang, li);
  const width = LANGS.length + 1;
  counted.texts.forEach((text, k) => {
    const n = counted.own[k * width] as number;
    density.seed(text, n === 0 ? 0 : (counted.own[k * width + 1 + li] as number) / n);
  });
}

/** Enough text to check a declared language; the check runs on every HTML story. */
const CHECK_CHARS = 4000;
/** Stoplist coverage the text's language must lead the declared one by (Spanish text: ~0.4 vs ~0.1 English). */
const DISAGREE_MARGIN = 0.15;

/** Stopword tokens ÷ tokens for one block, in the given language; undefined without a stoplist. */
export function stopwordDensity(text: string, lang: string | undefined): number | undefined {
  if (!lang || !STOPLISTS.has(lang)) return undefined;
  return densityOf(lang, LANGS.indexOf(lang as (typeof LANGS)[number]))(text);
}

/** `lang`'s density memo (`li`: its index in LANGS), made when first asked. */
function densityOf(lang: string, li: number): Memo<number> {
  let density = DENSITIES.get(lang);
  if (density === undefined) {
    const list = STOPLISTS.get(lang) as ReadonlySet<string>;
    DENSITIES.set(lang, (density = memo((t: string) => densityIn(t, list, li))));
  }
  return density;
}

/**
 * Per language, each block's stopword share, memoised: the quality judge asks it of the same
 * blocks in several stages, and a number is all it needs to keep (not the block's words).
 */
const DENSITIES = new Map<string, Memo<number>>();

/**
 * Above this a block's words are counted as they are scanned, never listed: a block this long is
 * judged once or twice, and its word list (a string per word) is what made a page of one huge
 * block cost more than its size (bench:scaling, html/many-lines).
 */
const LONG_TEXT = SAMPLE_CHARS;

function densityIn(text: string, list: ReadonlySet<string>, li: number): number {
  let n = 0;
  let hits = 0;
  const counts = new Int32Array(LANGS.length);
  const simple = countSimple(text, counts);
  if (simple >= 0) {
    n = simple;
    hits = counts[li] as number;
  } else if (text.length > LONG_TEXT) {
    forEachWord(text.toLowerCase(), (w) => {
      n++;
      if (list.has(w)) hits++;
    });
  } else {
    for (const t of tokens(text)) {
      n++;
      if (list.has(t)) hits++;
    }
  }
  return n === 0 ? 0 : hits / n;
}
