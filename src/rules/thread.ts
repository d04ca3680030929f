import { ATTACHMENT_STATS, EDIT_NOTE, JOINED_LINE, MEMBER_RANK, QUOTE_HEADER, REACTION_LINE, STATS_RUN, THREAD_NOTICE, THREAD_STARTER, YEAR_WORD } from '../lexicon/patterns.js';
import type { Block } from '../types.js';
import { hasYearDigits } from '../lexicon/dates.js';
import { stampDate } from './metadata-lines.js';
import type { Rule } from './rule.js';

/** Longest line a thread rule reads: a poster's card line, a note or a prompt is short; a post's sentence that quotes one is longer. */
const THREAD_LINE_MAX = 200;
/**
 * A join date or a rank is a poster's card only where the page prints this many such lines at
 * least: a thread repeats its posters' cards; one "Joined Feb 1999" is a shop's seller box or a
 * profile's own line, which a product's or a person's page keeps.
 */
const CARD_LINES_MIN = 2;
/** Longest poster's card line: a label and a day, or a rank of a few words. */
const CARD_LINE_MAX = 60;

/**
 * A forum thread's furniture around its posts, on lines of their own: the poster's card (join date,
 * rank), counts run together, edit notes, a quoted post's header, the notices about taking part,
 * an attachment's download count. The posts themselves (a question, its replies) stay.
 */
export const THREAD_RULES = [
  {
    id: 'thread/poster-card',
    describe: 'a line of a poster\'s card beside a post, where the page prints two such lines or more: the join date ("Joined: Mar 4, 2019", "Join Date: Aug 2008", "Registered: 2016-07-02") or a rank ("Senior Member")',
    test: (b, ctx) => {
      if (b.text.length > THREAD_LINE_MAX || b.kind === 'heading' || !isCardLine(b.text)) return null;
      const n = cardLines(ctx.blocks);
      return n >= CARD_LINES_MIN ? `poster's card line "${b.text}", one of ${n} on the page` : null;
    },
  },
  {
    id: 'thread/stats-run',
    describe: 'a thread\'s or a poster\'s counts run together on one line ("6.3K views 23 replies 14 participants last post by jdoe", "12 Posts 5 Posters 3.2k Views", "410 posts · Joined 2002")',
    test: (b) => (b.text.length <= THREAD_LINE_MAX && opensWith(b.text, COUNT_OPENS) && STATS_RUN.test(b.text) ? `counts run together: "${b.text}"` : null),
  },
  {
    id: 'thread/edit-note',
    describe: 'a post\'s edit note ("Last edited by jdoe on 12 Sep 2024, edited 4 times in total.", "Edited May 22, 2024 by jdoe"); an "Edited by" credit without a day stays, and a note that reads as a timestamp line is meta/timestamp\'s (its date is evidence)',
    test: (b) => (b.text.length <= THREAD_LINE_MAX && opensWith(b.text, NOTE_OPENS) && EDIT_NOTE.test(b.text) && stampDate(b.text) === undefined ? `edit note: "${b.text.slice(0, 60)}"` : null),
  },
  {
    id: 'thread/quote-header',
    describe: 'a quoted post\'s header with its age or day ("3 hours ago, jdoe said:", "On 4/19/2024 at 3:10 PM, jdoe said:") or its label ("Originally Posted by jdoe", "Quote:"); a bare "jdoe said:" stays',
    test: (b) => (b.text.length <= THREAD_LINE_MAX && opensWith(b.text, QUOTE_OPENS) && QUOTE_HEADER.test(b.text) ? `quoted post's header: "${b.text}"` : null),
  },
  {
    id: 'thread/notice',
    describe: 'a thread\'s notice about taking part: a log-in prompt ("You must log in or register to reply here."), posting permissions, a closed thread\'s notice, who is viewing, the board\'s clock, a Q&A site\'s call to ask',
    test: (b) => (b.text.length <= THREAD_LINE_MAX && opensWith(b.text, NOTICE_OPENS) && THREAD_NOTICE.test(b.text) ? `thread notice: "${b.text.slice(0, 60)}"` : null),
  },
  {
    id: 'thread/reactions',
    describe: 'who reacted to a post ("Reactions: jdoe, asmith and 3 others", "jdoe, asmith and 4 others like this.")',
    test: (b) => (b.text.length <= THREAD_LINE_MAX && mayReact(b.text) && REACTION_LINE.test(b.text) ? `reactions: "${b.text.slice(0, 60)}"` : null),
  },
  {
    id: 'thread/attachment',
    describe: 'an attachment\'s size and download count under a post ("(95.79 KiB) Downloaded 478 times")',
    test: (b) => (b.text.length <= THREAD_LINE_MAX && opensWith(b.text, ATTACHMENT_OPENS) && ATTACHMENT_STATS.test(b.text) ? `attachment count: "${b.text}"` : null),
  },
  {
    id: 'thread/starter',
    describe: 'in HTML, the thread starter\'s label ("Thread starter jdoe", "jdoe Discussion starter"): the markup names the page\'s author; a dump reads the line as its byline (meta/byline)',
    test: (b) => (b.kind !== 'line' && b.kind !== 'heading' && b.text.length <= THREAD_LINE_MAX && THREAD_STARTER.test(b.text) ? `thread starter's label: "${b.text}"` : null),
  },
] as const satisfies readonly Rule<string>[];

/** A table of the ASCII characters a line may open with (letters in lower case: a line's first letter is read case-folded). */
function opening(chars: string): Uint8Array {
  const table = new Uint8Array(128);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}
const DIGITS = '0123456789';
const COUNT_OPENS = opening(DIGITS);
const NOTE_OPENS = opening('lwep');
const QUOTE_OPENS = opening(`ojytqzc${DIGITS}`);
const ATTACHMENT_OPENS = opening(`(${DIGITS}`);
const JOINED_OPENS = opening('jrmdil');
const NOTICE_OPENS = opening('(ypslrcjahbitumnfe[');

/** The line's first character is one its rule's expression can open with (an ASCII letter read in lower case): most lines skip the expression. */
function opensWith(text: string, table: Uint8Array): boolean {
  const c = text.charCodeAt(0);
  const folded = c >= 65 && c <= 90 ? c | 32 : c;
  return folded < 128 && table[folded] === 1;
}

/**
 * A join date holding a year, or a rank. Every line of a page is asked: the expressions run only
 * on a short line that opens like a join date's label and holds four digits in a row, or that
 * ends in "r" (a rank's "member" or "user").
 */
function isCardLine(text: string): boolean {
  if (text.length > CARD_LINE_MAX || text.length === 0) return false;
  if ((text.charCodeAt(text.length - 1) | 32) === 114 && MEMBER_RANK.test(text)) return true;
  if (!opensWith(text, JOINED_OPENS) || !hasYearDigits(text)) return false;
  const joined = JOINED_LINE.exec(text);
  return joined !== null && YEAR_WORD.test(joined[1] ?? '');
}

/**
 * A reaction line opens with its label ("R") or ends on "like this" ("s" or "."): only those are
 * given to REACTION_LINE, whose list of names backtracks over the whole line.
 */
function mayReact(text: string): boolean {
  if ((text.charCodeAt(0) | 32) === 114) return true;
  const end = text.charCodeAt(text.length - 1) === 46 ? text.length - 1 : text.length;
  // "like this": its "l", the space before "this" and its "s".
  return end >= 9 && (text.charCodeAt(end - 1) | 32) === 115 && text.charCodeAt(end - 5) === 32 && (text.charCodeAt(end - 9) | 32) === 108;
}

/** Card lines per block list, counted once: every line of a thread asks. */
const CARD_COUNTS = new WeakMap<readonly Block[], number>();

function cardLines(blocks: readonly Block[]): number {
  let n = CARD_COUNTS.get(blocks);
  if (n === undefined) {
    n = 0;
    for (const b of blocks) if (b.text.length <= THREAD_LINE_MAX && b.kind !== 'heading' && isCardLine(b.text)) n++;
    CARD_COUNTS.set(blocks, n);
  }
  return n;
}
