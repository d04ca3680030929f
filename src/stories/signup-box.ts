import { blockWords, wordCount } from '../lexicon/features.js';
import { SIGNUP_MORE_WORDS, SIGNUP_WORDS } from '../lexicon/patterns.js';
import { goodWords, type Quality } from '../rules/quality.js';
import type { Block } from '../types.js';

/**
 * A sign-up or consent box under a story ("Join 10,000 readers: get our newsletter", "By
 * submitting this form you agree to our privacy policy") ends the body at its first sentence. A
 * box spreads its words over several short blocks ("Want the news in your inbox?" / "Sign up to
 * get our emails" / "Email address"), so a block holding one such word opens the box when the
 * blocks below it hold another; the wider words ("emails", "create an account") count only when
 * the story above does not speak of them itself (a post about newsletters).
 *
 * The box sits among the body's last this many good blocks (4 and 5 tried on the WCXB dumps: they reach story paragraphs that name "email newsletters", and a privacy policy's last paragraphs).
 */
const REACH = 3;
/** A box's block is this long at most. */
const MAX_WORDS = 70;
/** A box spread over blocks holds a short line ("Continue with email"): one of them this long at most (not so a privacy section's two sentences). */
const SHORT_LINE_WORDS = 16;
/** Sign-up words the box holds at least ("subscribe to our newsletter"): one alone is often the story's. */
const MIN_WORDS = 2;
/** The story above the box holds at least this many times the words the cut takes. */
const BODY_SHARE = 3;
/** The story above the box speaks of signing up when its good blocks hold this many sign-up words. */
const TOPIC_WORDS = 3;
/** Short lines not ending a sentence right above the box are its heading ("Get our best stories"): this many at most, of this many words. */
const HEADING_LINES = 2;
const HEADING_WORDS = 12;

interface Candidate {
  at: number;
  /** words of the good blocks from here to the body's end */
  below: number;
  /** the block holds the box's words on its own, counting only the narrow words */
  narrow: boolean;
}

const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;

/** Where the body ends before a sign-up box among its last blocks, or `end` when there is none. */
export function signupCut(blocks: readonly Block[], labels: readonly Quality[], start: number, end: number): number {
  const found = candidates(blocks, labels, start, end);
  const first = found.at(-1);
  if (first === undefined) return end;
  const topic = signupWords(blocks, labels, start, first.at) >= TOPIC_WORDS;
  // The earliest box start whose story above stays the larger part: a page whose prose is mostly its sign-up box keeps it.
  for (let k = found.length - 1; k >= 0; k--) {
    const c = found[k] as Candidate;
    if ((c.narrow || !topic) && goodWords(blocks, labels, start, c.at) >= BODY_SHARE * c.below) return heading(blocks, labels, start, c.at);
  }
  return end;
}

/** The body's last good blocks that may open a box, from the end up. */
function candidates(blocks: readonly Block[], labels: readonly Quality[], start: number, end: number): Candidate[] {
  const out: Candidate[] = [];
  let seen = 0;
  let below = 0;
  let run = 0;
  let short = false;
  for (let i = end - 1; i > start && seen < REACH; i--) {
    if (labels[i] !== 'good') continue;
    seen++;
    const text = (blocks[i] as Block).text;
    const words = wordCount(text);
    below += words;
    if (words > MAX_WORDS) continue;
    const narrow = count(text, SIGNUP_WORDS);
    const wide = narrow + count(text, SIGNUP_MORE_WORDS);
    if (wide === 0) continue;
    run += wide;
    if (words <= SHORT_LINE_WORDS) short = true;
    if (narrow >= MIN_WORDS || (run >= MIN_WORDS && short)) out.push({ at: i, below, narrow: narrow >= MIN_WORDS });
  }
  return out;
}

function signupWords(blocks: readonly Block[], labels: readonly Quality[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (labels[i] === 'good') n += count((blocks[i] as Block).text, SIGNUP_WORDS) + count((blocks[i] as Block).text, SIGNUP_MORE_WORDS);
  return n;
}

/** The box's start moved up over its heading lines. */
function heading(blocks: readonly Block[], labels: readonly Quality[], start: number, at: number): number {
  let cut = at;
  for (let k = 0; k < HEADING_LINES; k++) {
    let j = cut - 1;
    while (j > start && labels[j] !== 'good') j--;
    if (j <= start) break;
    const b = blocks[j] as Block;
    if (blockWords(b) > HEADING_WORDS || /[.!:;]$/u.test(b.text.trim())) break;
    cut = j;
  }
  return cut;
}
