import { createRequire } from 'node:module';
import { forEachWord, isSimple, isWordChar, memo, simpleWordEnd, simpleWords } from './features.js';
import { WORD } from './patterns.js';

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
/** Each slot's full hash (0: empty), read before its key: a miss (most tokens) touches only this array. */
const STOP_HASHES = new Int32Array(STOP_MASK + 1);
const STOP_KEYS = new Array<string>(STOP_MASK + 1).fill('');
const STOP_LANGS = new Array<readonly number[]>(STOP_MASK + 1);
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
  while (STOP_HASHES[i] !== 0) i = (i + 1) & STOP_MASK;
  STOP_HASHES[i] = h;
  STOP_KEYS[i] = w;
  STOP_LANGS[i] = langs;
  longestStopword = Math.max(longestStopword, w.length);
}

/** INDEX.get of simple text's lower-cased word at [from, to), read in place. */
function stoplistsAt(text: string, from: number, to: number): readonly number[] | undefined {
  if (to - from > longestStopword) return undefined;
  const h = hashOf(text, from, to);
  for (let i = h & STOP_MASK; ; i = (i + 1) & STOP_MASK) {
    const at = STOP_HASHES[i] as number;
    if (at === 0) return undefined;
    if (at === h && sameLower(STOP_KEYS[i] as string, text, from, to)) return STOP_LANGS[i];
  }
}

function sameLower(key: string, text: string, from: number, to: number): boolean {
  if (key.length !== to - from) return false;
  for (let k = 0; k < key.length; k++) if (key.charCodeAt(k) !== LOWER[text.charCodeAt(from + k)]) return false;
  return true;
}

/**
 * Visits each token of simple text, as `tokens` finds them, with the stoplists that hold it
 * (INDEX's entry; undefined for none). Returns how many tokens there are.
 */
function visitSimpleTokens(text: string, visit: (langs: readonly number[] | undefined) => void): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isWordChar(text.charCodeAt(i))) continue;
    const end = simpleWordEnd(text, i);
    visit(stoplistsAt(text, i, end));
    n++;
    i = end - 1;
  }
  return n;
}

/**
 * `tokens(text)` without the words a stoplist holds and those under `minLength` characters, in
 * order. In simple text only the words kept become strings (a simple text lower-cases character
 * for character, so a word sits where it sat).
 */
export function tokensOutsideStoplists(text: string, minLength: number): string[] {
  if (!isSimple(text)) return tokens(text).filter((t) => t.length >= minLength && !INDEX.has(t));
  const out: string[] = [];
  let lower: string | undefined;
  for (let i = 0; i < text.length; i++) {
    if (!isWordChar(text.charCodeAt(i))) continue;
    const end = simpleWordEnd(text, i);
    if (end - i >= minLength && stoplistsAt(text, i, end) === undefined) out.push((lower ??= text.toLowerCase()).slice(i, end));
    i = end - 1;
  }
  return out;
}

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

/**
 * Per language, how many tokens of a sample are in its stoplist, and how many tokens there are;
 * undefined under MIN_TOKENS. The sample is the first blocks, joined by line breaks, until
 * `enough` characters are reached, and cut at SAMPLE_CHARS. It is read block by block: a token
 * never spans the line break joining two blocks, so each whole block's (memoised) tokens are the
 * sample's, and only a block the cut falls in is tokenised again.
 */
function countHits(blocks: readonly { text: string }[], enough: number): { hits: number[]; tokens: number } | undefined {
  const hits = new Array<number>(LANGS.length).fill(0);
  let n = 0;
  let at = 0;
  const count = (langs: readonly number[] | undefined): void => {
    if (langs !== undefined) for (const li of langs) hits[li] = (hits[li] as number) + 1;
  };
  for (const b of blocks) {
    if (at >= enough || at >= SAMPLE_CHARS) break;
    const room = SAMPLE_CHARS - at;
    const text = b.text.length <= room ? b.text : b.text.slice(0, room);
    if (isSimple(text)) n += visitSimpleTokens(text, count);
    else {
      const toks = tokens(text);
      n += toks.length;
      for (const t of toks) count(INDEX.get(t));
    }
    at += b.text.length + 1;
  }
  return n < MIN_TOKENS ? undefined : { hits, tokens: n };
}

function bestOf({ hits, tokens: n }: { hits: number[]; tokens: number }): DetectedLang | undefined {
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
  return counted ? bestOf(counted) : undefined;
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
  if (!counted || !found || found.lang === declared) return declared;
  const declaredCoverage = (counted.hits[LANGS.indexOf(declared as (typeof LANGS)[number])] ?? 0) / counted.tokens;
  return found.coverage - declaredCoverage >= DISAGREE_MARGIN ? found.lang : declared;
}

/** Enough text to check a declared language; the check runs on every HTML story. */
const CHECK_CHARS = 4000;
/** Stoplist coverage the text's language must lead the declared one by (Spanish text: ~0.4 vs ~0.1 English). */
const DISAGREE_MARGIN = 0.15;

/** Stopword tokens ÷ tokens for one block, in the given language; undefined without a stoplist. */
export function stopwordDensity(text: string, lang: string | undefined): number | undefined {
  const list = lang ? STOPLISTS.get(lang) : undefined;
  if (!list || !lang) return undefined;
  let density = DENSITIES.get(lang);
  if (density === undefined) {
    const li = LANGS.indexOf(lang as (typeof LANGS)[number]);
    DENSITIES.set(lang, (density = memo((t: string) => densityIn(t, list, li))));
  }
  return density(text);
}

/**
 * Per language, each block's stopword share, memoised: the quality judge asks it of the same
 * blocks in several stages, and a number is all it needs to keep (not the block's words).
 */
const DENSITIES = new Map<string, (text: string) => number>();

/**
 * Above this a block's words are counted as they are scanned, never listed: a block this long is
 * judged once or twice, and its word list (a string per word) is what made a page of one huge
 * block cost more than its size (bench:scaling, html/many-lines).
 */
const LONG_TEXT = SAMPLE_CHARS;

function densityIn(text: string, list: ReadonlySet<string>, li: number): number {
  let n = 0;
  let hits = 0;
  if (isSimple(text)) {
    n = visitSimpleTokens(text, (langs) => {
      if (langs?.includes(li)) hits++;
    });
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
