/**
 * Where a text story's body ends at a terminating block (stories/bounds): a related heading or an
 * end label far enough into the story, or a comment's reply button or form — unless the label is
 * a teaser line inside the story, a repeated menu's or a table of contents' entry, or the story's
 * prose resumes under it.
 */
import { blockWords } from '../lexicon/features.js';
import { isEndLabel, isInlineTeaser } from '../rules/end-labels.js';
import { COMMENTS_HEADING, isCommentForm, isCommentMark, POST_FILED } from '../lexicon/patterns.js';
import type { Quality } from '../rules/quality.js';
import { isDisabled } from '../rules/rule.js';
import type { Block } from '../types.js';
import { storyResumes } from './story-resumes.js';

/** Prior art: a related heading ends the article only when it starts this far into the content. */
export const TERMINATOR_AFTER_CHARS = 500;
/** A "related" heading is only a block to drop, not the end, when a paragraph this long follows. */
export const PARAGRAPH_AFTER_TERMINATOR = 25;

/** What kind of end marker a block is, if any. */
function endMarker(text: string): 'heading' | 'comment' | undefined {
  if (isEndLabel(text) || POST_FILED.test(text)) return 'heading';
  if (isCommentForm(text) || isCommentMark(text)) return 'comment';
  return undefined;
}

/** A comment's text sits above its reply button: this many good blocks at most. */
const COMMENT_REACH = 3;

/**
 * Index where a terminating block ("Related", "Comments", a comment's "Reply") ends the body,
 * or `end` when none does (boilerpipe's terminating blocks, the prior art's related-heading rule).
 */
export function terminatorCut(
  blocks: readonly Block[],
  labels: readonly Quality[],
  start: number,
  end: number,
  disable: readonly string[],
  all: readonly Block[],
  endLabels: number[],
): number {
  if (isDisabled('story/terminator', disable)) return end;
  const goodChars = blocks.map((b, i) => (labels[i] === 'good' ? b.text.length : 0));
  const total = goodChars.slice(start, end).reduce((a, b) => a + b, 0);
  let before = 0;
  let thread: boolean | undefined;
  for (let i = start; i < end; i++) {
    const b = blocks[i] as Block;
    const found = endMarker(b.text);
    if (found === 'heading') endLabels.push(i);
    // Replies that outweigh the text above the first reply button are a thread (a forum page):
    // its posts are the content. Decided once, at the first button.
    if (found === 'comment') thread ??= total - before > before;
    const marker = before >= TERMINATOR_AFTER_CHARS ? found : undefined;
    // A heading that is followed by most of the page's prose is a teaser list inside the story.
    if (marker === 'heading' && !paragraphFollows(blocks, labels, i, end) && total - before < before && !storyGoesOn(blocks, labels, i, end, disable) && !inRepeatedMenu(all, b) && !inContents(all, b) && !resumes(blocks, labels, start, i, end, disable)) return i;
    if (marker === 'comment' && !thread) return commentStart(blocks, labels, i, start);
    before += goodChars[i] as number;
  }
  return end;
}

/** Where `b` stands among the story's lines `all` (block ids run on without gaps within a story). */
export function lineIndex(all: readonly Block[], b: Block): number {
  return b.id - ((all[0] as Block | undefined)?.id ?? 0);
}

/**
 * The label at `b` sits in a second copy of a menu the dump printed above: it and the lines right
 * before and after it are all printed higher up among the story's lines ("News & Events", "Top
 * Stories", "Announcements" once in the header's menu and again in a mega-menu further down).
 */
export function inRepeatedMenu(all: readonly Block[], b: Block): boolean {
  const at = lineIndex(all, b);
  const prev = all[at - 1]?.text;
  const next = all[at + 1]?.text;
  if (prev === undefined || next === undefined) return false;
  let found = 0;
  const want = [prev, b.text, next];
  for (let k = 0; k < at - 1 && found !== 7; k++) {
    const text = (all[k] as Block).text;
    for (let w = 0; w < 3; w++) if (text === want[w]) found |= 1 << w;
  }
  return found === 7;
}

/**
 * The label at `b` is an entry of the page's table of contents: it and the line before it are
 * both printed again further down, in the same order ("Specifications", "See also" listed under
 * "In this article", then the sections themselves): the real heading comes later.
 */
export function inContents(all: readonly Block[], b: Block): boolean {
  const at = lineIndex(all, b);
  const prev = all[at - 1]?.text;
  if (prev === undefined) return false;
  let seenPrev = false;
  for (let k = at + 1; k < all.length; k++) {
    const text = (all[k] as Block).text;
    if (text === prev) seenPrev = true;
    else if (seenPrev && text === b.text) return true;
  }
  return false;
}

/** Prior art: a related heading followed by a paragraph of 25+ words is only a block to drop. */
function paragraphFollows(blocks: readonly Block[], labels: readonly Quality[], i: number, end: number): boolean {
  for (let j = i + 1; j < end; j++) {
    if (labels[j] === 'short') continue;
    return labels[j] === 'good' && blockWords(blocks[j] as Block) >= PARAGRAPH_AFTER_TERMINATOR;
  }
  return false;
}

/** The story's prose resumes under the related label at `i` after a short teaser list (story/related-read). */
function resumes(blocks: readonly Block[], labels: readonly Quality[], start: number, i: number, end: number, disable: readonly string[]): boolean {
  return !isDisabled('story/related-read', disable) && storyResumes(blocks, labels, start, i, end) !== undefined;
}

/** Lines below an inline teaser within which the story's next paragraph shows it goes on. */
const TEASER_REACH = 3;

/** An inline teaser ("Read more: …") with the story's prose right below it is a line to drop, not the story's end. */
function storyGoesOn(blocks: readonly Block[], labels: readonly Quality[], i: number, end: number, disable: readonly string[]): boolean {
  if (isDisabled('story/inline-teaser', disable) || !isInlineTeaser((blocks[i] as Block).text)) return false;
  for (let j = i + 1; j < end && j <= i + TEASER_REACH; j++) if (labels[j] === 'good') return true;
  return false;
}

/**
 * The comment holding a reply button at `i` starts after the last non-good block above it; a
 * comments heading right above the first comment ("11 responses to “…”") goes with the thread.
 */
function commentStart(blocks: readonly Block[], labels: readonly Quality[], i: number, start: number): number {
  const at = firstCommentLine(blocks, labels, i, start);
  const above = blocks[at - 1];
  return at - 1 > start && above !== undefined && above.text.length <= COMMENTS_HEADING_MAX_CHARS && COMMENTS_HEADING.test(above.text) ? at - 1 : at;
}

/** A comments heading with its post's title ("3 thoughts on “…”") is about this long at most. */
const COMMENTS_HEADING_MAX_CHARS = 200;

function firstCommentLine(blocks: readonly Block[], labels: readonly Quality[], i: number, start: number): number {
  if (!isCommentMark((blocks[i] as Block).text) || /[:]$/.test((blocks[i] as Block).text)) return i;
  let j = i;
  let good = 0;
  while (j - 1 > start && labels[j - 1] === 'good' && good < COMMENT_REACH) {
    j--;
    good++;
  }
  return labels[j - 1] === 'good' ? i : j;
}
