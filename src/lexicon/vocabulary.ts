import { memo } from './memo.js';
import { isStopword, tokensOutsideStoplists } from './languages.js';
import { NUMBER } from './patterns.js';

/**
 * Topic vectors over content words (TextTiling's lexical cohesion, with function words left out:
 * counted with them, "that", "with", "this" made any two English texts look alike).
 */
export type TopicVector = Map<string, number>;

const MIN_CONTENT_WORD = 3;
/** Content words the memo holds at most per document (see lexicon/features `memo`). */
const CONTENT_WORDS_HELD = 300_000;

export function isContentWord(t: string): boolean {
  return t.length >= MIN_CONTENT_WORD && !isStopword(t) && !NUMBER.test(t);
}

/** A text's content words, tokenised once: the boundary finders weigh the same blocks many times. */
export const contentWords = memo(
  (text: string): readonly string[] => tokensOutsideStoplists(text, MIN_CONTENT_WORD),
  (words) => words.length,
  CONTENT_WORDS_HELD,
);

/** Adds (sign 1) or takes away (sign -1) the content words of a text to `v`. */
export function addWords(v: TopicVector, text: string, sign: 1 | -1 = 1): TopicVector {
  for (const t of contentWords(text)) v.set(t, (v.get(t) ?? 0) + sign);
  return v;
}

export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, x] of a) {
    na += x * x;
    const y = b.get(k);
    if (y !== undefined) dot += x * y;
  }
  for (const y of b.values()) nb += y * y;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}
