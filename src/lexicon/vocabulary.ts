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

/**
 * Two topic vectors over one page's content words, read by `cosine` as the words come and go:
 * counts per word id, and the sums the cosine reads (each side's sum of squares, their dot
 * product) kept as each count changes. The counts are whole numbers, so the sums are exact and
 * the cosine is the one `cosine` gives the same two vectors, without a pass over them or a
 * string-keyed table per vector.
 */
export class VectorPair {
  private readonly ids = new Map<string, number>();
  private readonly sides: [number[], number[]] = [[], []];
  private readonly squares = [0, 0];
  private dot = 0;

  /** Adds (sign 1) or takes away (sign -1) the content words of `text` to side 0 or side 1. */
  add(side: 0 | 1, text: string, sign: 1 | -1 = 1): void {
    const own = this.sides[side];
    const other = this.sides[1 - side] as number[];
    for (const word of contentWords(text)) {
      let id = this.ids.get(word);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(word, id);
        own.push(0);
        other.push(0);
      }
      const x = own[id] as number;
      this.squares[side] = (this.squares[side] as number) + sign * (2 * x + sign);
      this.dot += sign * (other[id] as number);
      own[id] = x + sign;
    }
  }

  /** Empties side 0 or side 1. */
  clear(side: 0 | 1): void {
    this.sides[side].fill(0);
    this.squares[side] = 0;
    this.dot = 0;
  }

  /** Every count of side 0 or side 1 is 0 (its sum of squares is). */
  isEmpty(side: 0 | 1): boolean {
    return this.squares[side] === 0;
  }

  /** `cosine(side 0, side 1)`. */
  cosine(): number {
    const [a, b] = this.squares as [number, number];
    return a === 0 || b === 0 ? 0 : this.dot / Math.sqrt(a * b);
  }
}
