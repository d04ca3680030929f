import { tokens } from '../metadata/lang.js';
import { CREDIT_TAIL } from '../rules/patterns.js';
import { isProse, normKey, wordCount } from '../rules/features.js';
import { isTitleLike } from '../text/story.js';
import type { Block } from '../types.js';

/**
 * Where appended articles start in a text dump. Structure proposes a boundary — a title-like
 * line followed closely by its own header furniture (its echo, a caption, a widget) and then by
 * prose — and vocabulary confirms it: the text after must not share most of its content words
 * with the text before. Lexical change alone never splits (PRIOR-ART: a cohesion-only splitter
 * split 7–12% of single articles).
 */

/** How far below a candidate headline its furniture may sit. */
const FURNITURE_REACH = 10;
/** Words of prose a story needs before another may start, and after a start for it to count. */
const MIN_STORY_WORDS = 60;
/** Cosine of content-word vectors above which two stretches are one story. */
const SAME_STORY_COSINE = 0.5;
const MIN_CONTENT_WORD = 4;
/** A story's vocabulary is read from at most this many blocks after its start. */
const LOOKAHEAD = 400;

export interface Boundary {
  /** index of the new story's first block */
  at: number;
  /** what proposed it and the measured cosine that confirmed it */
  evidence: string;
}

/** The furniture under a candidate headline at `i`: its echo, a caption, a tiny widget line. */
function furnitureBelow(blocks: readonly Block[], i: number): string | null {
  const key = normKey((blocks[i] as Block).text);
  for (let j = i + 1; j < blocks.length && j <= i + FURNITURE_REACH; j++) {
    const b = blocks[j] as Block;
    if (normKey(b.text) === key) return `headline repeated ${j - i} lines below`;
    const next = blocks[j + 1];
    if (next && normKey(next.text) === normKey(b.text) && wordCount(b.text) >= 3) return `caption pair ${j - i} lines below`;
    if (CREDIT_TAIL.test(b.text) && !isProse(b.text.replace(CREDIT_TAIL, ''))) return `credited caption ${j - i} lines below`;
    if (isProse(b.text) && wordCount(b.text) >= 15) return null;
  }
  return null;
}

/** Prefix sums of prose words, so that any stretch's count is one subtraction (no quadratic scans). */
function proseWordPrefix(blocks: readonly Block[]): number[] {
  const sums = [0];
  let n = 0;
  for (const b of blocks) {
    if (isProse(b.text)) n += wordCount(b.text);
    sums.push(n);
  }
  return sums;
}

function vector(blocks: readonly Block[], from: number, to: number): Map<string, number> {
  const v = new Map<string, number>();
  for (let k = from; k < to; k++) {
    const b = blocks[k] as Block;
    if (!isProse(b.text)) continue;
    for (const t of tokens(b.text)) if (t.length >= MIN_CONTENT_WORD) v.set(t, (v.get(t) ?? 0) + 1);
  }
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

/** Story boundaries in a text dump (the first story starts at 0 and is not listed). */
export function findBoundaries(blocks: readonly Block[]): Boundary[] {
  const found: Boundary[] = [];
  const sums = proseWordPrefix(blocks);
  const proseWords = (from: number, to: number): number => (sums[to] as number) - (sums[from] as number);
  let storyStart = 0;
  for (let i = 1; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    if (!isTitleLike(b.text) || isProse(b.text)) continue;
    if (proseWords(storyStart, i) < MIN_STORY_WORDS) continue;
    const furniture = furnitureBelow(blocks, i);
    if (!furniture) continue;
    const nextStart = nextCandidateEnd(blocks, i);
    if (proseWords(i, nextStart) < MIN_STORY_WORDS) continue;
    const sim = cosine(vector(blocks, storyStart, i), vector(blocks, i, nextStart));
    if (sim >= SAME_STORY_COSINE) continue;
    found.push({ at: i, evidence: `${furniture}; vocabulary cosine ${sim.toFixed(2)} with the story before` });
    storyStart = i;
  }
  return found;
}

/** The stretch a new story may own for the vocabulary test: up to the next candidate headline with furniture. */
function nextCandidateEnd(blocks: readonly Block[], i: number): number {
  const limit = Math.min(blocks.length, i + LOOKAHEAD);
  for (let j = i + FURNITURE_REACH + 1; j < limit; j++) {
    const b = blocks[j] as Block;
    if (isTitleLike(b.text) && !isProse(b.text) && furnitureBelow(blocks, j)) return j;
  }
  return limit;
}
