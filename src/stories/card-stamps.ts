import { findDate, isCalendarWord } from '../lexicon/dates.js';
import { blockIsProse, endsSentence, wordCount } from '../lexicon/features.js';
import { STAMP_PREFIX, UPDATE_WORD } from '../lexicon/patterns.js';
import { stampDate } from '../rules/metadata-lines.js';
import type { RemovalLog } from '../rules/rule.js';
import type { Block } from '../types.js';
import { isTeaser } from './card-runs.js';

/**
 * A dump of cards (a blog's index, a news feed, a price report) prints each card's date on a
 * line of its own beside the card's title: the card's field, which the page's content keeps, not
 * the story's stamp. A date line is a card's when a teaser title (4–20 words, no sentence end,
 * not prose) sits within CARD_REACH lines on either side of it, and the story holds MIN_CARDS such
 * date lines at least, and only a line that names something beside its date (a source, a place,
 * an author: bare dates are a blog index's decoration as often as its content) and has no post
 * number after it (a thread's "jdoe May 2, 2025, 7:33pm 3"). The lines are held out of the
 * bounds, which weigh the story as before, and go back into the body when MIN_CARDS of them, the
 * story's first stamp line aside (its own, under its headline), sit between two body lines.
 */
const CARD_REACH = 2;
const MIN_CARDS = 3;

/** The indexes of the story's card date lines, or undefined when the story is no run of cards. */
export function cardStamps(blocks: readonly Block[]): Set<number> | undefined {
  let found: Set<number> | undefined;
  blocks.forEach((b, i) => {
    if (stampDate(b.text) === undefined || !saysMore(b.text) || !titleNear(blocks, i)) return;
    (found ??= new Set()).add(i);
  });
  return found !== undefined && found.size >= MIN_CARDS ? found : undefined;
}

function titleNear(blocks: readonly Block[], at: number): boolean {
  for (let k = Math.max(0, at - CARD_REACH); k <= Math.min(blocks.length - 1, at + CARD_REACH); k++) {
    if (k === at) continue;
    const b = blocks[k] as Block;
    if (isCardTitle(b.text)) return true;
  }
  return false;
}

function isCardTitle(text: string): boolean {
  return isTeaser(text, wordCount(text)) && !endsSentence(text) && !blockIsProse({ text }) && stampDate(text) === undefined;
}

/** What follows a post's stamp in a thread: the post's number. */
const POST_NUMBER = /^\s*#?\d+\s*$/u;

/** The line names something beside its date (a source, a place, a poster, a section), not a bare or labelled date. */
function saysMore(text: string): boolean {
  const line = text.replace(STAMP_PREFIX, ' ');
  const found = findDate(line);
  // "jdoe May 2, 2025, 7:33pm 3": a thread's post header, its number after the stamp.
  if (found === null || POST_NUMBER.test(line.slice(found.end))) return false;
  const rest = `${line.slice(0, found.start)} ${line.slice(found.end)}`.replace(UPDATE_WORD, ' ');
  return (rest.match(/\p{L}{2,}/gu) ?? []).some((w) => !isCalendarWord(w) && !/^(?:on|at|by|am|pm|utc)$/iu.test(w));
}

/**
 * The held card date lines that sit between two of the body's blocks go back into the body in
 * their place; the others go as the stamp rule said (the bounds never saw them).
 */
export function placeCardStamps(held: readonly { block: Block; reason: string }[], all: readonly Block[], body: Block[], log: RemovalLog): Block[] {
  const at = new Map<Block, number>();
  all.forEach((b, i) => at.set(b, i));
  const first = body.length > 0 ? (at.get(body[0] as Block) ?? -1) : -1;
  const last = body.length > 0 ? (at.get(body[body.length - 1] as Block) ?? -1) : -1;
  // The first stamp line is the story's own (under its headline) as often as a first card's.
  const inside = held.slice(1).map((h) => h.block).filter((b) => {
    const i = at.get(b) ?? -1;
    return i > first && i < last;
  });
  const back = inside.length >= MIN_CARDS ? new Set(inside) : new Set<Block>();
  for (const { block, reason } of held) if (!back.has(block)) log.drop(block, 'meta/timestamp', reason);
  if (back.size === 0) return body;
  return [...body, ...back].sort((a, b) => (at.get(a) ?? 0) - (at.get(b) ?? 0));
}
