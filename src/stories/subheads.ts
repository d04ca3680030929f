import { blockIsProse, blockWords, endsSentence, isSentenceCase } from '../lexicon/features.js';
import type { Quality } from '../rules/quality.js';
import type { Block } from '../types.js';
import { printedOnce } from './body-lists.js';

/**
 * A section's heading sits right above the paragraph it heads ("Execute with speed and
 * precision" over the feature's paragraph): inside the body, a short line the prose judge dropped,
 * with a paragraph judged good directly under it, is a subhead when written in sentence case. Not
 * a line printed again in the story (a credit under each picture, a poster's "Originally posted
 * by"), one holding a digit (a date, a count, a price: a card's or a post's field), nor a
 * title-case line (a teaser's headline over its summary: with title case allowed, the WCXB
 * dumps' odd-id half lost 0.0003).
 */
const MIN_WORDS = 3;
const MAX_WORDS = 12;
/** The paragraph under it holds this many words at least. */
const PARAGRAPH_WORDS = 15;
const DIGIT = /\d/u;
const CAPITAL_START = /^\p{Lu}/u;

/** Marks the body's subheads good; returns the indexes it marked. */
export function subheads(blocks: readonly Block[], labels: Quality[], bodyStart: number, bodyEnd: number, all: readonly Block[]): number[] {
  const candidates: number[] = [];
  for (let i = bodyStart; i + 1 < bodyEnd; i++) {
    if (labels[i] === 'good' || labels[i + 1] !== 'good') continue;
    const b = blocks[i] as Block;
    const under = blocks[i + 1] as Block;
    if (isHeading(b) && blockWords(under) >= PARAGRAPH_WORDS && blockIsProse(under)) candidates.push(i);
  }
  if (candidates.length === 0) return [];
  const marked = printedOnce(blocks, candidates, all);
  for (const i of marked) labels[i] = 'good';
  return marked;
}

function isHeading(b: Block): boolean {
  const text = b.text.trim();
  const words = blockWords(b);
  return words >= MIN_WORDS && words <= MAX_WORDS && CAPITAL_START.test(text) && isSentenceCase(text) && !DIGIT.test(text) && !endsSentence(text);
}
