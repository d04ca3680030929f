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

/**
 * The vectors stories/topic-tail weighs, as counts per word id over one table of ids, with the
 * sums the cosines read kept as counts change (as VectorPair does for two): the body so far
 * against the good blocks below it, and the stretch since the last gap against the body above
 * that stretch. The blocks below are the whole body's words less the body so far's, so their sums
 * are read off the whole's: a block moving from below to above is read once, not twice. Counts
 * are whole numbers, so every sum is exact and each cosine is the one `cosine` gives the same two
 * string-keyed vectors.
 */
export class TailVectors {
  private readonly ids = new Map<string, number>();
  /** counts per word id: every good block's, the body so far's, the stretch's, the body above the stretch's */
  private readonly whole: number[] = [];
  private readonly above: number[] = [];
  private readonly stretch: number[] = [];
  private readonly before: number[] = [];
  private wholeSquares = 0;
  private aboveSquares = 0;
  /** above · whole */
  private aboveWhole = 0;
  private stretchSquares = 0;
  private beforeSquares = 0;
  /** stretch · before */
  private stretchBefore = 0;
  /** the word ids of each text added whole, by its number (addWhole) */
  private readonly read: number[][] = [];

  private idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(word, id);
      this.whole.push(0);
      this.above.push(0);
      this.stretch.push(0);
      this.before.push(0);
    }
    return id;
  }

  /**
   * A good block of the body (topicTail adds them all before it steps over any). Returns the
   * text's number (0 for the first text added whole, and so on): `step` and `join` given it read
   * the text's word ids as read here, not its words again.
   */
  addWhole(text: string): number {
    const ids = this.idsOf(text);
    for (const id of ids) {
      const x = this.whole[id] as number;
      this.wholeSquares += 2 * x + 1;
      this.aboveWhole += this.above[id] as number;
      this.whole[id] = x + 1;
    }
    return this.read.push(ids) - 1;
  }

  private idsOf(text: string): number[] {
    return contentWords(text).map((word) => this.idOf(word));
  }

  /** The next good block joins the body so far (leaving the blocks below) and the stretch; `whole`: its number from addWhole, if it was added whole. */
  step(text: string, whole = -1): void {
    for (const id of this.read[whole] ?? this.idsOf(text)) {
      const a = this.above[id] as number;
      this.aboveSquares += 2 * a + 1;
      this.aboveWhole += this.whole[id] as number;
      this.above[id] = a + 1;
      const s = this.stretch[id] as number;
      this.stretchSquares += 2 * s + 1;
      this.stretchBefore += this.before[id] as number;
      this.stretch[id] = s + 1;
    }
  }

  /** A block of the stretch joins the body above the next one; `whole` as for step. */
  join(text: string, whole = -1): void {
    for (const id of this.read[whole] ?? this.idsOf(text)) {
      const b = this.before[id] as number;
      this.beforeSquares += 2 * b + 1;
      this.stretchBefore += this.stretch[id] as number;
      this.before[id] = b + 1;
    }
  }

  clearStretch(): void {
    this.stretch.fill(0);
    this.stretchSquares = 0;
    this.stretchBefore = 0;
  }

  /** The cosine of the body so far and the good blocks below it: below = whole - above, so below·above and |below|² follow from the kept sums. */
  tailCosine(): number {
    const a = this.aboveSquares;
    const b = this.wholeSquares - 2 * this.aboveWhole + a;
    return a === 0 || b === 0 ? 0 : (this.aboveWhole - a) / Math.sqrt(a * b);
  }

  beforeEmpty(): boolean {
    return this.beforeSquares === 0;
  }

  /** The cosine of the stretch and the body above it. */
  stretchCosine(): number {
    const a = this.stretchSquares;
    const b = this.beforeSquares;
    return a === 0 || b === 0 ? 0 : this.stretchBefore / Math.sqrt(a * b);
  }
}
