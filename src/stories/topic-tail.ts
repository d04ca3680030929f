import { blockShapeKey, blockWords } from '../lexicon/features.js';
import { TailVectors } from '../lexicon/vocabulary.js';
import type { Quality } from '../rules/quality.js';
import type { Block } from '../types.js';

/**
 * Where a dump's article ends when nothing says so: below the article a page prints more prose —
 * teasers of other stories, a newsletter box, an author's other work, comments on other subjects —
 * and the body, running to the last good block, takes it in. A run of non-body lines followed by
 * prose that shares almost no content words with the body so far (TextTiling's cohesion, as the
 * page finder in text/pages measures it) ends the body there, when what follows is a tail: at
 * most half as long as the body above it, and when the body above is one subject: the stretch
 * just above the gap shares vocabulary with the body before it (a page of items on different
 * subjects — a store's games, a list of restaurants — gives no tail to tell from another item).
 */

/** Lines between the two stretches: a heading and a widget are not enough, a block of furniture is. */
const MIN_GAP_LINES = 3;
/** Words of body above the cut, so that an intro and its list are never weighed alone. */
const MIN_BODY_WORDS = 150;
/** The tail holds at most this share of the body's words above it. */
const MAX_TAIL_SHARE = 0.5;
/**
 * Cosine of content-word vectors below which the tail is about something else. Measured on the
 * dev dumps, 0.1 → 0.2: trafilatura snippet F1 0.8911 → 0.8920 (fp −12, tp −5; both file halves up),
 * WCXB dumps even 0.8165 → 0.8173, odd 0.8315 → 0.8325; 0.25 gains more trafilatura snippets
 * (0.8931) but cuts more of WCXB's documentation and listing sections.
 */
const MAX_TAIL_COSINE = 0.2;
/** The stretch above the gap shares at least this much vocabulary with the body before it. */
const MIN_BODY_COHESION = 0.1;
/** Runs weighed per story at most (each weighing reads both vectors once). */
const MAX_WEIGHED = 32;

export interface TailCut {
  /** index of the first line of the tail: the body ends here */
  at: number;
  cosine: number;
  tailWords: number;
}

/** The first gap in [start, end) after which the prose is a tail on another subject, if any. */
export function topicTail(blocks: readonly Block[], labels: readonly Quality[], start: number, end: number): TailCut | undefined {
  const words: number[] = [];
  let total = 0;
  for (let i = start; i < end; i++) {
    const n = labels[i] === 'good' ? blockWords(blocks[i] as Block) : 0;
    words.push(n);
    total += n;
  }
  // Vectors are read only when some gap sits where a tail could start (most bodies have none).
  if (!hasCandidate(labels, words, start, end, total)) return undefined;
  const v = new TailVectors();
  // Each block's number among those added whole (-1: not added), so that stepping over it and
  // joining it read its word ids as added, not its words again.
  const whole = new Int32Array(end - start).fill(-1);
  for (let i = start; i < end; i++) if ((words[i - start] as number) > 0) whole[i - start] = v.addWhole((blocks[i] as Block).text);
  const gapLines = new Set<string>();
  let above = 0;
  let weighed = 0;
  let lastGood = -1;
  let stretchFrom = -1;
  for (let i = start; i < end && weighed < MAX_WEIGHED; i++) {
    if (labels[i] !== 'good') continue;
    if (lastGood >= 0 && i - lastGood - 1 >= MIN_GAP_LINES) {
      // A gap that repeats a line of an earlier gap (a price, "Add to cart", "Google Maps") separates items.
      const separator = repeatsEarlierGap(blocks, lastGood + 1, i, gapLines);
      if (!separator && above >= MIN_BODY_WORDS && total - above <= MAX_TAIL_SHARE * above) {
        weighed++;
        const sim = v.tailCosine();
        const cohesive = v.beforeEmpty() || v.stretchCosine() >= MIN_BODY_COHESION;
        if (sim < MAX_TAIL_COSINE && cohesive) return { at: lastGood + 1, cosine: sim, tailWords: total - above };
      }
      // The stretch joins the body above it; a new one starts here.
      for (let k = stretchFrom; k < i; k++) if (labels[k] === 'good') v.join((blocks[k] as Block).text, whole[k - start]);
      v.clearStretch();
      stretchFrom = i;
    }
    if (stretchFrom < 0) stretchFrom = i;
    v.step((blocks[i] as Block).text, whole[i - start]);
    above += words[i - start] as number;
    lastGood = i;
  }
  return undefined;
}

/** Whether a line of the gap [from, to) has the shape of a line in an earlier gap; adds the gap's lines. */
function repeatsEarlierGap(blocks: readonly Block[], from: number, to: number, seen: Set<string>): boolean {
  let repeats = false;
  for (let k = from; k < to; k++) {
    const key = blockShapeKey(blocks[k] as Block);
    if (seen.has(key)) repeats = true;
  }
  for (let k = from; k < to; k++) seen.add(blockShapeKey(blocks[k] as Block));
  return repeats;
}

/** Whether a gap of MIN_GAP_LINES sits below MIN_BODY_WORDS of body with a tail short enough after it. */
function hasCandidate(labels: readonly Quality[], words: readonly number[], start: number, end: number, total: number): boolean {
  let above = 0;
  let lastGood = -1;
  for (let i = start; i < end; i++) {
    if (labels[i] !== 'good') continue;
    if (lastGood >= 0 && i - lastGood - 1 >= MIN_GAP_LINES && above >= MIN_BODY_WORDS && total - above <= MAX_TAIL_SHARE * above) return true;
    above += words[i - start] as number;
    lastGood = i;
  }
  return false;
}
