import { blockWords, endsSentence } from '../lexicon/features.js';
import { addWords, cosine, type TopicVector } from '../lexicon/vocabulary.js';
import { findDate } from '../lexicon/dates.js';
import { isCommentForm, isCommentMark } from '../lexicon/patterns.js';
import { isEndLabel } from '../rules/end-labels.js';
import type { Quality } from '../rules/quality.js';
import type { Block } from '../types.js';

/**
 * A related label in the middle of a story ("Related stories", "Mehr zum Thema") with a short
 * list of teaser headlines under it, after which the story's own prose resumes: the paragraph
 * below the list shares the body's vocabulary. A real tail's label is followed by teasers and
 * furniture, or by prose on other subjects.
 */

/** A line of a related list, not a card's date, a second end label or a comment form (a tail's furniture). */
function teaserLine(text: string): boolean {
  return findDate(text) === null && !isEndLabel(text) && !isCommentForm(text) && !isCommentMark(text);
}

/** Teaser lines under the label at most before the story's paragraph. */
const MAX_TEASERS = 6;
/** A teaser headline is this many words at most. */
const TEASER_MAX_WORDS = 20;
/** The paragraph that resumes the story is this long at least (the prior art's related-heading paragraph). */
const RESUME_WORDS = 25;
/**
 * Content-word cosine of that paragraph with the body above the label, at least (topic-tail's
 * limit). Measured: trafilatura dev dumps F1 0.8937 → 0.8943 (tp +4, fp +1, 4 pages, odd half
 * only); WCXB dumps even 0.8184 → 0.8196, odd 0.8347 → 0.8350 (article pages whose story goes
 * on under a related list). 0.1 gains one trafilatura page more and adds two fp; 0.3 keeps two.
 */
const MIN_RESUME_COSINE = 0.2;

/** The index of the paragraph where the story resumes under the label at `i`, or undefined. */
export function storyResumes(blocks: readonly Block[], labels: readonly Quality[], start: number, i: number, end: number): number | undefined {
  let j = i + 1;
  while (j < end && j - i - 1 <= MAX_TEASERS) {
    const b = blocks[j] as Block;
    if (labels[j] === 'good' && blockWords(b) >= RESUME_WORDS) break;
    if (blockWords(b) > TEASER_MAX_WORDS || endsSentence(b.text) || !teaserLine(b.text)) return undefined;
    j++;
  }
  if (j >= end || j - i - 1 > MAX_TEASERS) return undefined;
  // A line the line rules took out among the teasers (a card's date, a byline, a share bar) marks a tail's cards.
  if ((blocks[j] as Block).id - (blocks[i] as Block).id !== j - i) return undefined;
  const body: TopicVector = new Map();
  for (let k = start; k < i; k++) if (labels[k] === 'good') addWords(body, (blocks[k] as Block).text);
  return cosine(addWords(new Map(), (blocks[j] as Block).text), body) >= MIN_RESUME_COSINE ? j : undefined;
}
