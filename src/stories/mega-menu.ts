import { blockIsProse, endsSentence, wordCount } from '../lexicon/features.js';
import { CATEGORY_ALL_LINE } from '../lexicon/patterns.js';
import type { Block } from '../types.js';

/**
 * A dump prints a shop's or a magazine's mega-menu as a long run of short lines: each column's
 * heading, its links, and a link to the whole category ("All Tents", "All Men's Shoes"). Such
 * "All …" lines are almost never content, on any kind of page (README "How it works" has the count).
 * A run is the lines between two blank lines or longer lines; its short lines are menu, whatever
 * the rest of the story weighs (a short-line body would keep a menu printed once).
 */
const MIN_CATEGORY_LINES = 2;
/** A menu's line: a label of this many words at most, no sentence end. */
const MENU_LINE_WORDS = 6;

function menuLine(b: Block): boolean {
  return wordCount(b.text) <= MENU_LINE_WORDS && !endsSentence(b.text);
}

/** The indexes of a story's mega-menu lines, with why, or undefined when it prints none. */
export function megaMenuLines(blocks: readonly Block[]): Map<number, string> | undefined {
  // Most stories print no such line: the runs are read only where two could make a menu.
  let lines = 0;
  for (const b of blocks) if (CATEGORY_ALL_LINE.test(b.text) && ++lines >= MIN_CATEGORY_LINES) break;
  if (lines < MIN_CATEGORY_LINES) return undefined;
  let found: Map<number, string> | undefined;
  for (let i = 0; i < blocks.length; ) {
    if (!menuLine(blocks[i] as Block)) {
      i++;
      continue;
    }
    let end = i + 1;
    let all = CATEGORY_ALL_LINE.test((blocks[i] as Block).text) ? 1 : 0;
    for (; end < blocks.length; end++) {
      const b = blocks[end] as Block;
      if (b.gapBefore || !menuLine(b)) break;
      if (CATEGORY_ALL_LINE.test(b.text)) all++;
    }
    if (all >= MIN_CATEGORY_LINES) {
      // The line right above a paragraph is the story's headline as often as a menu's last link (a dump with no blank line between them).
      const headline = end < blocks.length && blockIsProse(blocks[end] as Block) && !CATEGORY_ALL_LINE.test((blocks[end - 1] as Block).text);
      const why = `one of ${end - i} short lines in a row holding ${all} "All …" category links (a mega-menu)`;
      for (let k = i; k < (headline ? end - 1 : end); k++) (found ??= new Map()).set(k, why);
    }
    i = end;
  }
  return found;
}
