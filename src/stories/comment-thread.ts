import { findDate, isTimestampLine } from '../lexicon/dates.js';
import { endsSentence, wordCount } from '../lexicon/features.js';
import { COMMENT_SAYS, COMMENTS_HEADING, POSTED_BY, RELATIVE_AGE } from '../lexicon/patterns.js';
import type { Quality } from '../rules/quality.js';
import type { Block } from '../types.js';

/**
 * A reader comment thread under an article in a text dump: a comments heading ("36 Comments",
 * "59 Comments on “…”") with posts below it that open the way blog software prints a post's
 * header — "Name says", "Posted by: Name at <date and time>", or a short name line over a
 * timestamp with its time ("July 14, 2015 at 3:53 pm", "1 year ago"). The thread ends the body
 * at its heading however much prose the posts hold (story/terminator keeps a heading with most
 * of the prose below it, which a long thread is). A forum's own replies do not carry that header
 * (a score line, a handle, "answered …" above the post): their threads stay.
 */

/** Good prose above the heading, in characters, before a thread can end the body (as for story/terminator). */
const THREAD_AFTER_CHARS = 500;
/** A comments heading is short ("12 Comments on “<the headline>”"). */
const HEADING_MAX_CHARS = 200;
/** The first post header sits within this many lines below the heading. */
const FIRST_HEADER_WITHIN = 12;
/** Post headers are counted over this many lines below the heading. */
const THREAD_REACH = 40;
/** Post headers a thread shows at least: one alone may be a byline. */
const MIN_HEADERS = 2;
/** The name line over a post's timestamp. */
const NAME_MAX_WORDS = 5;

/**
 * Index of the first kept block under a comments heading that opens a thread, or `end` when no
 * thread follows. The heading is looked for among all the story's lines: the line rules often
 * took it out already (a counter "36 Comments", a share-bar label "Comments").
 */
export function commentThreadCut(blocks: readonly Block[], labels: readonly Quality[], start: number, end: number, all: readonly Block[]): number {
  if (start >= end) return end;
  const first = (all[0] as Block | undefined)?.id ?? 0;
  const last = (blocks[end - 1] as Block).id - first;
  let i = start;
  let before = 0;
  for (let k = (blocks[start] as Block).id - first; k < last; k++) {
    // Good prose of the kept blocks up to line k.
    while (i < end && (blocks[i] as Block).id - first <= k) {
      if (labels[i] === 'good') before += (blocks[i] as Block).text.length;
      i++;
    }
    if (before < THREAD_AFTER_CHARS) continue;
    const text = (all[k] as Block).text;
    if (text.length <= HEADING_MAX_CHARS && headingStart(text) && COMMENTS_HEADING.test(text) && threadBelow(all, k)) return i;
  }
  return end;
}

/** The first letters a comments heading opens with (a count, "one", "no", "ein", "keine", or the word): most lines skip the pattern. */
function headingStart(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  const lower = c | 0x20;
  return lower === 99 || lower === 100 || lower === 101 || lower === 107 || lower === 110 || lower === 111 || lower === 114;
}

/** Post headers in the story's lines below the heading at `at`: the first one soon, two at least. */
function threadBelow(all: readonly Block[], at: number): boolean {
  let headers = 0;
  const stop = Math.min(all.length, at + 1 + THREAD_REACH);
  for (let k = at + 1; k < stop; k++) {
    if (!postHeader(all, k)) continue;
    if (headers === 0 && k > at + FIRST_HEADER_WITHIN) return false;
    if (++headers >= MIN_HEADERS) return true;
  }
  return false;
}

/** The line at `k` opens a post: "Name says", "Posted by Name at <time>", or a timestamp with its time under a name line. */
function postHeader(all: readonly Block[], k: number): boolean {
  const text = (all[k] as Block).text;
  if (COMMENT_SAYS.test(text)) return text.endsWith(':') || isTimestampLine((all[k + 1] as Block | undefined)?.text ?? '');
  if (RELATIVE_AGE.test(text)) return nameAbove(all, k);
  const found = findDate(text);
  if (!found?.hasTime || !isTimestampLine(text, found)) return false;
  return POSTED_BY.test(text.slice(0, found.start)) || nameAbove(all, k);
}

function nameAbove(all: readonly Block[], k: number): boolean {
  const name = (all[k - 1] as Block | undefined)?.text;
  return name !== undefined && wordCount(name) <= NAME_MAX_WORDS && !endsSentence(name);
}
