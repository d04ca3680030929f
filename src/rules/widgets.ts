import { findDate } from '../lexicon/dates.js';
import { COUNTER, DIGITS_ONLY, FILLER_TEXT, POST_STATS, SHARE_WORDS, SKIP_LINK_LINE, SORT_LABEL, TEMPLATE_PLACEHOLDER, THREAD_LABEL } from '../lexicon/patterns.js';
import type { Block } from '../types.js';
import type { Rule } from './rule.js';

/** The tiny-line reasons, one string each: a page of thousands of glyph lines shares them. */
const TINY_LINE = ['line of 0 character(s)', 'line of 1 character(s)', 'line of 2 character(s)'];

/** Share bars, counters and other widget labels that land on their own lines. */
export const WIDGET_RULES = [
  {
    id: 'widget/tiny-line',
    describe: 'a line of one or two characters (share-bar glyphs, "TT" font-size toggles)',
    // Two code points are at most four code units: longer lines are never spread into an array.
    test: (b) => (b.kind !== 'heading' && b.text.length <= 4 && [...b.text].length <= 2 ? TINY_LINE[[...b.text].length] ?? null : null),
  },
  {
    id: 'widget/number-only',
    describe: 'a line that is only a number (share or comment counters, page numbers), not a date ("06.18.2025" is the story\'s stamp: meta/timestamp reads it)',
    test: (b) => (DIGITS_ONLY.test(b.text) && !dateAlone(b.text) ? `number alone: "${b.text}"` : null),
  },
  {
    id: 'widget/counter',
    describe: 'a counter such as "12 Comments", "3 likes", "5 min read"; in a dump a dotted date ("17.05.2021") is a timestamp, no counter',
    test: (b) => (b.text.length <= 40 && COUNTER.test(b.text) && !dumpDate(b) ? `counter: "${b.text}"` : null),
  },
  {
    id: 'widget/post-stats',
    describe: 'a poster\'s or a thread\'s statistics on a line of their own ("1,204 posts", "Posts: 1,204", "Reaction score", "Viewed 11k times")',
    test: (b) => (b.text.length <= 40 && POST_STATS.test(b.text) ? `post statistics: "${b.text}"` : null),
  },
  {
    id: 'widget/thread-label',
    describe: 'a thread\'s control or label on a line of its own ("Click to expand...", "Member", "Original poster", "Similar threads", "Advertisement")',
    test: (b) => (b.text.length <= 40 && THREAD_LABEL.test(b.text) ? `thread label: "${b.text}"` : null),
  },
  {
    id: 'widget/sort-label',
    describe: 'a sort or filter control\'s label alone on a line ("Sorted by:", "Sort by", "Filter & Sort"), or with its current choice ("Sort: Best Match", "View: 24"); a heading is left alone',
    test: (b) => (b.kind !== 'heading' && b.text.length <= 40 && SORT_LABEL.test(b.text) ? `sort or filter label: "${b.text}"` : null),
  },
  {
    id: 'widget/skip-link',
    describe: 'in HTML, a line made only of skip links ("Skip to product list", "Skip to content Skip to footer"), that a reader with a mouse never sees; a dump keeps them (its page bounds read them as a header\'s first lines)',
    test: (b) => (b.kind !== 'heading' && b.kind !== 'line' && b.text.length <= 80 && SKIP_LINK_LINE.test(b.text) ? `skip link: "${b.text}"` : null),
  },
  {
    id: 'widget/placeholder',
    describe: 'in HTML, a line made only of template placeholders no script filled in ("{{ item.message }}", "{% csrf_token %}"); code the author set as code keeps them, and a dump keeps them all (a template tutorial\'s code lines are unmarked there)',
    test: (b) => (b.text.startsWith('{') && TEMPLATE_PLACEHOLDER.test(b.text) && readAsText(b) ? `unfilled template placeholder: "${b.text.slice(0, 60)}"` : null),
  },
  {
    id: 'widget/filler-text',
    describe: 'a line of Latin filler left where a template\'s text should go ("Lorem ipsum dolor sit amet…", "Lorem ipsum 2", "Lorem Ipsum is simply dummy text…"): no page\'s own words; code keeps it',
    test: (b) => (FILLER_TEXT.test(b.text) ? `filler text: "${b.text.slice(0, 40)}"` : null),
  },
  {
    id: 'widget/share-bar',
    describe: 'a line made only of share-bar labels ("Share", "Tweet", "Email", "Print")',
    test: (b) => (b.text.length <= 120 && SHARE_WORDS.test(b.text) ? `share-bar labels: "${b.text}"` : null),
  },
] as const satisfies readonly Rule<string>[];

/**
 * The whole line is one printed day ("06.18.2025", "19/12/2025"); a range, a version's row
 * ("2.53.0 2026-02-02") or a machine stamp with its time ("2019-10-02 17:00:00 +00:00", a
 * comment's microdata) is not.
 */
function dateAlone(text: string): boolean {
  const found = findDate(text);
  return found !== null && !found.hasTime && text.slice(0, found.start).trim() === '' && text.slice(found.end).trim() === '';
}

/**
 * A line from markup (not a dump's line: kind 'line') that the author did not set as code (a manual's
 * `{{ field.label }}` term is literal text). A dump's lines carry no code marking: there a template
 * tutorial's code lines cannot be told from an unfilled slot.
 */
/**
 * A dump's line that reads as a date: meta/timestamp takes it (a dump has no markup to date the
 * story by). In HTML the markup and the header scan date the story, and a lone dotted date in
 * the body stays dropped as before.
 */
function dumpDate(b: Block): boolean {
  return b.kind === 'line' && findDate(b.text) !== null;
}

function readAsText(b: Block): boolean {
  return b.kind !== 'line' && b.shape?.inline?.some((run) => run.type === 'code') !== true;
}
