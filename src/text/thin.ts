import { blockWordsUnkept, bodyWordsUpTo, wordCountUpTo } from '../lexicon/features.js';
import type { Block, Story, StoryDraft } from '../types.js';

/**
 * A whole dump under this many words is itself the warning: a page that renders its content with
 * script leaves only its furniture in the text (on the WCXB dev dumps, two of the six lost bodies
 * that had no warning were dumps of 128 and 138 words against references of 462 and 1,871).
 */
const SHORT_DUMP_WORDS = 150;
/**
 * The main story keeping under this share of the dump's words: on pages whose content is short
 * lines (listings, product grids, link lists, forum threads) the text path keeps little, and a
 * body that small is more often a fragment than the page's content.
 */
const THIN_SHARE = 0.15;

/**
 * A warning when the main story keeps only a small part of the dump's words; none otherwise.
 * `apart`: where the lines are that were set apart from the story as such (a reader comment
 * thread under it): they are accounted for, not lost, and do not count.
 */
export function thinBodyWarning(drafts: readonly StoryDraft[], stories: readonly Story[], bodies: ReadonlyMap<Story, readonly Block[]>, apart?: ReadonlySet<string>): string | undefined {
  let total = 0;
  for (const d of drafts) for (const b of d.blocks) if (apart === undefined || !apart.has(b.where)) total += blockWordsUnkept(b);
  if (total < SHORT_DUMP_WORDS) return `the dump holds only ${total} words: a page that renders its content with script leaves little more than its furniture in a text dump`;
  const main = stories.find((s) => s.role !== 'appended');
  // Counted only up to the share: a body that reaches it needs no exact count. The body's blocks
  // (finishStory keeps them in `bodies`, a Map of this page's: a module's WeakMap kept three times
  // the bytes alive through young collections) hold their counts already: the joined body is not counted again.
  const cap = Math.ceil(THIN_SHARE * total);
  const blocks = main && bodies.get(main);
  const kept = !main ? 0 : blocks ? bodyWordsUpTo(blocks, cap) : wordCountUpTo(main.body, cap);
  if (kept >= THIN_SHARE * total) return undefined;
  return `the main story keeps ${kept} of the dump's ${total} words (under ${Math.round(THIN_SHARE * 100)}%): the page's content may be short lines (a listing, a thread, a product grid) that the text path judged furniture`;
}
