import { blockIsProse, blockWords, endsSentence, isSentenceCase } from '../lexicon/features.js';
import { findDate } from '../lexicon/dates.js';
import { STAMP_PART } from '../lexicon/patterns.js';
import type { Quality } from '../rules/quality.js';
import type { Block } from '../types.js';
import { isEndLabel } from '../rules/end-labels.js';
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
/** A subhead's, a card's or a section's heading: this many words at most (story/section-blurbs too). */
export const MAX_WORDS = 12;
/** The paragraph under it holds this many words at least. */
const PARAGRAPH_WORDS = 15;
export const DIGIT = /\d/u;
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

/** A heading's digits are a count or a price in its words ("Sells 5 Properties for $198 Million"), not a field's value (a poster's "30.5k1818 gold badges", "Windows 10 x64"). */
const MAX_DIGIT_SHARE = 0.2;

function digitShare(text: string): number {
  const chars = text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  return chars === 0 ? 0 : (text.match(/\p{N}/gu)?.length ?? 0) / chars;
}

/** A body of cards or sections prints this many such headings at least: one alone is as often a box's label or a teaser's headline. */
const MIN_HEADS = 2;

/** A card's or a section's heading: this many words at least (story/section-blurbs too). */
export const MIN_HEAD_WORDS = 2;

/**
 * Once the body's bounds and cuts are settled, a short line the judge dropped right above one of
 * the body's good lines is that line's heading whatever its case or digits: a listing's card title
 * over its summary ("Hotel Group Sells 5 Properties"), a service's feature name over its blurb.
 * Marked after the tail and box cuts, so those cuts weigh the body as the judge left it (marked
 * before them, more good lines held related teasers and carts inside the body). Not a line
 * printed again in the story, one ending a sentence, or one holding a date or a relative age
 * (a post's or a card's stamp line). Returns the indexes it marked.
 */
export function cardHeads(blocks: readonly Block[], labels: Quality[], bodyStart: number, bodyEnd: number, all: readonly Block[]): number[] {
  const candidates: number[] = [];
  for (let i = bodyStart; i + 1 < bodyEnd; i++) {
    if (labels[i] === 'good' || labels[i + 1] !== 'good') continue;
    const b = blocks[i] as Block;
    const words = blockWords(b);
    const text = b.text.trim();
    if (words >= MIN_HEAD_WORDS && words <= MAX_WORDS && !endsSentence(text) && !STAMP_PART.test(text) && findDate(text) === null && digitShare(text) <= MAX_DIGIT_SHARE && !isEndLabel(text)) candidates.push(i);
  }
  if (candidates.length < MIN_HEADS) return [];
  const marked = printedOnce(blocks, candidates, all);
  if (marked.length < MIN_HEADS) return [];
  for (const i of marked) labels[i] = 'good';
  return marked;
}
