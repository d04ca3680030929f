import { blockWords } from '../lexicon/features.js';
import { ERROR_PAGE_LINE, LOGIN_LINE } from '../lexicon/patterns.js';
import type { Block, StoryDraft } from '../types.js';

/** Lines this short or shorter, all of them, make a list of links or a menu rather than a story. */
const LINK_LINE_WORDS = 6;

/**
 * Why a dump gave no story, in the reader's terms: an error page, a login or paywall form, a
 * list of short lines (links, a menu), or lines that all read as furniture. Names the line or
 * the measure that says so.
 */
export function noStoryReason(drafts: readonly StoryDraft[]): string {
  const blocks: Block[] = drafts.flatMap((d) => d.blocks);
  const error = blocks.find((b) => b.text.length <= 120 && ERROR_PAGE_LINE.test(b.text));
  if (error) return `no story found: the dump is an error page ("${error.text}")`;
  const login = blocks.find((b) => b.text.length <= 120 && LOGIN_LINE.test(b.text));
  if (login) return `no story found: the dump is a login or subscription form ("${login.text}")`;
  let words = 0;
  let longest = 0;
  for (const b of blocks) {
    const n = blockWords(b);
    words += n;
    longest = Math.max(longest, n);
  }
  if (blocks.length > 0 && longest <= LINK_LINE_WORDS) return `no story found: the dump is a list of ${blocks.length} short lines (links or a menu, ${longest} words at most) with no prose`;
  return `no story found: every line of the dump (${blocks.length} lines, ${words} words) was judged page furniture`;
}
