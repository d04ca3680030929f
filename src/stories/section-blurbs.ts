import { blockWords, endsSentence } from '../lexicon/features.js';
import { isEndLabel } from '../rules/end-labels.js';
import { judge, type Quality } from '../rules/quality.js';
import type { Block } from '../types.js';
import { furnitureLine } from './short-lines.js';
import { DIGIT, MAX_WORDS as HEAD_MAX_WORDS, MIN_HEAD_WORDS } from './subheads.js';

/**
 * A page made of sections (a service's features, a product's selling points) prints each as a
 * heading over a one-sentence blurb ("Verified data migration" / "We check every record moved …").
 * In a dump the headings are short lines in a row with the blurbs between them, so the context
 * pass reads the headings as a menu run and turns the blurbs, near-good on their own (a sentence
 * with a fair share of stopwords, which marketing copy seldom reaches), bad as well. Inside the
 * settled body, such a sentence right under a heading is the page's: body. Its heading then comes
 * back with story/card-heads.
 */
const BLURB_MIN_WORDS = 8;

/** Marks the body's section blurbs good; returns the indexes it marked. */
export function sectionBlurbs(blocks: readonly Block[], labels: Quality[], bodyStart: number, bodyEnd: number, lang: string | undefined): number[] {
  const marked: number[] = [];
  for (let i = bodyStart + 1; i < bodyEnd; i++) {
    if (labels[i] === 'good') continue;
    const b = blocks[i] as Block;
    if (!endsSentence(b.text) || blockWords(b) < BLURB_MIN_WORDS || !isHeading(blocks[i - 1] as Block, b)) continue;
    if (judge(b, lang) !== 'near-good') continue;
    // A blurb's own heading test reads the blocks, not the labels: marking it at once changes no other test.
    labels[i] = 'good';
    marked.push(i);
  }
  return marked;
}

/**
 * The line right above the blurb in the story heads it: 2-12 words, no sentence end, no digit (a
 * post's age, a list number, a count: a card's or a thread's fields), neither site furniture nor a
 * related label.
 */
function isHeading(head: Block, blurb: Block): boolean {
  if (blurb.id !== head.id + 1) return false;
  const text = head.text.trim();
  const words = blockWords(head);
  return words >= MIN_HEAD_WORDS && words <= HEAD_MAX_WORDS && !endsSentence(text) && !DIGIT.test(text) && furnitureLine(text) === undefined && !isEndLabel(text);
}
