import { ATTACHMENT_STATS, EDIT_NOTE, JOINED_LINE, MEMBER_RANK, QUOTE_HEADER, REACTION_LINE, STATS_RUN, THREAD_NOTICE, THREAD_STARTER } from '../lexicon/patterns.js';
import type { Block } from '../types.js';
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
const YEAR = /\b(?:19|20)\d\d\b/;

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
    test: (b) => (b.text.length <= THREAD_LINE_MAX && STATS_RUN.test(b.text) ? `counts run together: "${b.text}"` : null),
  },
  {
    id: 'thread/edit-note',
    describe: 'a post\'s edit note ("Last edited by jdoe on 12 Sep 2024, edited 4 times in total.", "Edited May 22, 2024 by jdoe"); an "Edited by" credit without a day stays, and a note that reads as a timestamp line is meta/timestamp\'s (its date is evidence)',
    test: (b) => (b.text.length <= THREAD_LINE_MAX && EDIT_NOTE.test(b.text) && stampDate(b.text) === undefined ? `edit note: "${b.text.slice(0, 60)}"` : null),
  },
  {
    id: 'thread/quote-header',
    describe: 'a quoted post\'s header with its age or day ("3 hours ago, jdoe said:", "On 4/19/2024 at 3:10 PM, jdoe said:") or its label ("Originally Posted by jdoe", "Quote:"); a bare "jdoe said:" stays',
    test: (b) => (b.text.length <= THREAD_LINE_MAX && QUOTE_HEADER.test(b.text) ? `quoted post's header: "${b.text}"` : null),
  },
  {
    id: 'thread/notice',
    describe: 'a thread\'s notice about taking part: a log-in prompt ("You must log in or register to reply here."), posting permissions, a closed thread\'s notice, who is viewing, the board\'s clock, a Q&A site\'s call to ask',
    test: (b) => (b.text.length <= THREAD_LINE_MAX && THREAD_NOTICE.test(b.text) ? `thread notice: "${b.text.slice(0, 60)}"` : null),
  },
  {
    id: 'thread/reactions',
    describe: 'who reacted to a post ("Reactions: jdoe, asmith and 3 others", "jdoe, asmith and 4 others like this.")',
    test: (b) => (b.text.length <= THREAD_LINE_MAX && REACTION_LINE.test(b.text) ? `reactions: "${b.text.slice(0, 60)}"` : null),
  },
  {
    id: 'thread/attachment',
    describe: 'an attachment\'s size and download count under a post ("(95.79 KiB) Downloaded 478 times")',
    test: (b) => (b.text.length <= THREAD_LINE_MAX && ATTACHMENT_STATS.test(b.text) ? `attachment count: "${b.text}"` : null),
  },
  {
    id: 'thread/starter',
    describe: 'in HTML, the thread starter\'s label ("Thread starter jdoe", "jdoe Discussion starter"): the markup names the page\'s author; a dump reads the line as its byline (meta/byline)',
    test: (b) => (b.kind !== 'line' && b.kind !== 'heading' && b.text.length <= THREAD_LINE_MAX && THREAD_STARTER.test(b.text) ? `thread starter's label: "${b.text}"` : null),
  },
] as const satisfies readonly Rule<string>[];

/** A join date holding a year, or a rank. */
function isCardLine(text: string): boolean {
  const joined = JOINED_LINE.exec(text);
  return (joined !== null && YEAR.test(joined[1] ?? '')) || MEMBER_RANK.test(text);
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
