import { createRequire } from 'node:module';
import { simpleWords } from './features.js';
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

/** A function word of any language we hold a stoplist for (what topic vectors leave out). */
export function isStopword(word: string): boolean {
  return INDEX.has(word);
}

const MIN_TOKENS = 20;
/** Enough text to tell the language; more only costs time. */
const SAMPLE_CHARS = 20000;
const MIN_COVERAGE = 0.15;

export function tokens(text: string): string[] {
  const lower = text.toLowerCase();
  return simpleWords(lower) ?? lower.match(WORD) ?? [];
}

export interface DetectedLang {
  lang: string;
  /** share of tokens in that language's stoplist */
  coverage: number;
}

/** The page's language from a sample of its text, or undefined when too little text says. */
export function detectLang(text: string): DetectedLang | undefined {
  const toks = tokens(text.slice(0, SAMPLE_CHARS));
  if (toks.length < MIN_TOKENS) return undefined;
  const hits = new Array<number>(LANGS.length).fill(0);
  for (const t of toks) for (const li of INDEX.get(t) ?? []) hits[li] = (hits[li] as number) + 1;
  let best = 0;
  hits.forEach((h, li) => {
    if (h > (hits[best] as number)) best = li;
  });
  const coverage = (hits[best] as number) / toks.length;
  return coverage >= MIN_COVERAGE ? { lang: LANGS[best] as string, coverage } : undefined;
}

/** The language of a run of blocks, read from their first SAMPLE_CHARS characters only. */
export function detectLangOf(blocks: readonly { text: string }[]): DetectedLang | undefined {
  const parts: string[] = [];
  let size = 0;
  for (const b of blocks) {
    if (size >= SAMPLE_CHARS) break;
    parts.push(b.text);
    size += b.text.length + 1;
  }
  return detectLang(parts.join('\n'));
}

/**
 * The language a stage works in, with one precedence for every stage: the caller's (options.lang,
 * already normalised), then what the page or story states, then detection over `blocks`.
 */
export function chooseLang(given: string | undefined, stated: readonly (string | undefined)[], blocks?: readonly { text: string }[]): string | undefined {
  if (given !== undefined) return given;
  for (const lang of stated) if (lang !== undefined) return lang;
  return blocks === undefined ? undefined : detectLangOf(blocks)?.lang;
}

/** Stopword tokens ÷ tokens for one block, in the given language; undefined without a stoplist. */
export function stopwordDensity(text: string, lang: string | undefined): number | undefined {
  const list = lang ? STOPLISTS.get(lang) : undefined;
  if (!list) return undefined;
  const toks = tokens(text);
  if (toks.length === 0) return 0;
  let hits = 0;
  for (const t of toks) if (list.has(t)) hits++;
  return hits / toks.length;
}
