import { isTimestampLine } from '../lexicon/dates.js';
import { blockWords, isSpace, wordCount } from '../lexicon/features.js';
import { ELLIPSIS_END, isCommentForm, isCommentMark, PERIOD_END, READ_MORE, THREAD_STAMP } from '../lexicon/patterns.js';
import type { Quality } from '../rules/quality.js';
import type { Block } from '../types.js';

/**
 * Other stories' teasers under a story ("Latest News", or no label at all): a run of cards, each a
 * headline over one short paragraph, each marked as a link to elsewhere — a date line beside the
 * headline, a "Read more" under the paragraph, or a paragraph cut off mid-sentence. The run is
 * related reading when the prose above it is far longer than a card: the story, then the list.
 * A body made of such cards from its start (press releases, a changelog, a news ticker: dated
 * sections of like size) is the content itself and keeps every card.
 */

/** A teaser's paragraph holds this many words at least (a caption or a tag line is no card). */
const CARD_MIN_WORDS = 10;
/** ...and at most this many: a teaser is an excerpt, a section of the story runs on. */
const CARD_MAX_WORDS = 90;
/** A card's headline holds this many words. */
const HEAD_MIN_WORDS = 3;
const HEAD_MAX_WORDS = 20;
/** Lines of the dump around a card's headline and paragraph where its date or "Read more" sits. */
const MARK_REACH = 2;
/** A post's buttons and header lines sit further from its text (share, edit, "answered …", the poster's name and score). */
const REPLY_REACH = 6;
/** Prose below the run at most: the run's words, or this share of the story's. */
const AFTER_STORY_SHARE = 0.5;
/** The story holds at least this share of the run's words (a listing's intro over its cards does not). */
const RUN_STORY_SHARE = 0.5;
/** Cards in a run at least. */
const MIN_CARDS = 2;
/** Words of story above the run at least. */
const MIN_STORY_WORDS = 150;
/** The story above holds at least this many times the words of the run's average card. */
const STORY_CARD_RATIO = 4;

interface Card {
  /** index of the headline */
  head: number;
  /** index of the teaser paragraph */
  teaser: number;
  words: number;
}

export interface RelatedRun {
  /** the body ends here: the first line after its last paragraph above the run */
  at: number;
  cards: number;
}

/** The related-reading run in [start, end) the body should end before, if any. */
export function relatedRun(blocks: readonly Block[], labels: readonly Quality[], start: number, end: number, all: readonly Block[]): RelatedRun | undefined {
  const isPara = paragraphTest(blocks, labels);
  const cards = findCards(blocks, isPara, start, end, all);
  let story = 0;
  let k = 0;
  for (let i = start; i < end; i++) {
    const card = cards[k];
    if (card !== undefined && card.head === i) {
      const run = runFrom(cards, k, isPara);
      const mean = run.words / run.count;
      if (run.count >= MIN_CARDS && story >= MIN_STORY_WORDS && story >= STORY_CARD_RATIO * mean) {
        // The list closes the story: little prose below it, and the story outweighs it.
        let after = 0;
        for (let j = (cards[run.next - 1] as Card).teaser + 1; j < end; j++) if (isPara(j)) after += blockWords(blocks[j] as Block);
        if (after <= Math.max(run.words, AFTER_STORY_SHARE * story) && story >= RUN_STORY_SHARE * run.words) return { at: afterLastGood(labels, start, i), cards: run.count };
      }
      // A lone card, or cards of the story's own size: sections of the content. Skip past the run.
      k = run.next;
      i = (cards[k - 1] as Card).teaser;
      continue;
    }
    // The story's prose runs paragraph after paragraph; a card's teaser stands alone under its headline.
    if (isPara(i) && (isPara(i - 1) || isPara(i + 1))) story += blockWords(blocks[i] as Block);
  }
  return undefined;
}

/** The run of cards from `k` on, with no good block between one card and the next; `next` is the first card after it. */
function runFrom(cards: readonly Card[], k: number, isPara: (i: number) => boolean): { count: number; words: number; next: number } {
  let j = k;
  let words = (cards[k] as Card).words;
  while (j + 1 < cards.length && !paragraphBetween(isPara, (cards[j] as Card).teaser + 1, (cards[j + 1] as Card).head)) {
    j++;
    words += (cards[j] as Card).words;
  }
  return { count: j - k + 1, words, next: j + 1 };
}

function paragraphBetween(isPara: (i: number) => boolean, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isPara(i)) return true;
  return false;
}

/** A good block of some length that is no headline (the context pass makes a card's headline good too). */
function isParagraph(blocks: readonly Block[], labels: readonly Quality[], i: number): boolean {
  const b = blocks[i];
  return b !== undefined && labels[i] === 'good' && blockWords(b) >= CARD_MIN_WORDS && !isHeadline(b.text);
}

/** isParagraph for the story's blocks, each block judged once (the scan asks of a line up to four times). */
function paragraphTest(blocks: readonly Block[], labels: readonly Quality[]): (i: number) => boolean {
  const seen = new Int8Array(blocks.length);
  return (i) => {
    if (i < 0 || i >= blocks.length) return false;
    if (seen[i] === 0) seen[i] = isParagraph(blocks, labels, i) ? 1 : 2;
    return seen[i] === 1;
  };
}

/** The index after the last good block in [start, at), or `at` when there is none. */
function afterLastGood(labels: readonly Quality[], start: number, at: number): number {
  for (let i = at - 1; i >= start; i--) if (labels[i] === 'good') return i + 1;
  return at;
}

/**
 * Every card in [start, end): a headline right above one short paragraph, marked as a teaser.
 * None when fewer than MIN_CARDS have the shape (no run can be made of them): the lines around
 * them are not read for marks.
 */
function findCards(blocks: readonly Block[], isPara: (i: number) => boolean, start: number, end: number, all: readonly Block[]): Card[] {
  const cards: Card[] = [];
  const shaped: number[] = [];
  for (let i = start + 1; i < end; i++) if (cardShaped(blocks, isPara, i, end)) shaped.push(i);
  if (shaped.length < MIN_CARDS) return cards;
  const first = (all[0] as Block | undefined)?.id ?? 0;
  const lines = lineMarks(all);
  for (const i of shaped) {
    const teaser = blocks[i] as Block;
    const head = blocks[i - 1] as Block;
    const words = blockWords(teaser);
    const mark = marked(lines, head.id - first, teaser.id - first);
    if (mark === 'reply') continue;
    if (mark === 'link' || ELLIPSIS_END.test(teaser.text)) cards.push({ head: i - 1, teaser: i, words });
  }
  return cards;
}

/** A card's shape at `i`: a paragraph of a teaser's length under a headline, and no paragraph right under it (one paragraph a card). */
function cardShaped(blocks: readonly Block[], isPara: (i: number) => boolean, i: number, end: number): boolean {
  if (!isPara(i) || !isHeadline((blocks[i - 1] as Block).text)) return false;
  return blockWords(blocks[i] as Block) <= CARD_MAX_WORDS && !(i + 1 < end && isPara(i + 1));
}

/** A headline of a few words; it may ask or announce ("…?", "5 reasons:") but never ends on a full stop. */
function isHeadline(text: string): boolean {
  const words = wordCount(text);
  return words >= HEAD_MIN_WORDS && words <= HEAD_MAX_WORDS && !PERIOD_END.test(text);
}

/** Buttons on one line at most this many. */
const BUTTON_ROW_MAX_WORDS = 4;

/** A comment's buttons, alone or run together on one line ("Reply", "Reply Quote Like"). */
function isButtonRow(text: string): boolean {
  // Counted before the split: most lines the scan reads are paragraphs, an array of words each.
  if (spaceRunsOver(text, BUTTON_ROW_MAX_WORDS)) return false;
  return text.trim().split(/\s+/u).some((w) => isCommentMark(w));
}

/** The text holds more than `max` runs of non-space characters (\s as JavaScript reads it). */
function spaceRunsOver(text: string, max: number): boolean {
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inRun && ++runs > max) return true;
    inRun = !space;
  }
  return false;
}

/**
 * What the dump's lines around the card [from, to] mark it as: a link to another story (a date
 * line, a "Read more"), or a post of a thread (a reply or quote button, a comment form, a post's
 * number or reply verb: its date is the post's).
 */
function marked(lines: LineMarks, from: number, to: number): 'link' | 'reply' | undefined {
  let found: 'link' | undefined;
  for (let k = Math.max(0, from - REPLY_REACH); k <= Math.min(lines.count - 1, to + REPLY_REACH); k++) {
    if (lines.reply(k)) return 'reply';
    if (k < from - MARK_REACH || k > to + MARK_REACH) continue;
    if (lines.link(k)) found = 'link';
  }
  return found;
}

/** What marks a card, per line of the dump, each line read once: neighbouring cards' windows overlap. */
interface LineMarks {
  count: number;
  /** a post's buttons, the comment form or a post header */
  reply(k: number): boolean;
  /** a "Read more" or a date line */
  link(k: number): boolean;
}

function lineMarks(all: readonly Block[]): LineMarks {
  // 0: not read yet, 1: yes, 2: no.
  const replies = new Int8Array(all.length);
  const links = new Int8Array(all.length);
  const text = (k: number): string => (all[k] as Block).text;
  return {
    count: all.length,
    reply: (k) => {
      if (replies[k] === 0) replies[k] = isButtonRow(text(k)) || isCommentForm(text(k)) || THREAD_STAMP.test(text(k)) ? 1 : 2;
      return replies[k] === 1;
    },
    link: (k) => {
      if (links[k] === 0) links[k] = (text(k).length <= 80 && READ_MORE.test(text(k))) || isTimestampLine(text(k)) ? 1 : 2;
      return links[k] === 1;
    },
  };
}
