import { isSpace } from '../lexicon/features.js';
import { INVISIBLE_CHARS, WHITESPACE_RUN } from '../lexicon/patterns.js';
import type { Block, BlockHint } from '../types.js';

/** One line as a reader sees it: invisible characters gone, runs of spaces collapsed. */
export function normalizeLine(line: string): string {
  return isNormal(line) ? line : line.replace(INVISIBLE_CHARS, '').replace(WHITESPACE_RUN, ' ').trim();
}

/**
 * A line the three steps leave as it is (most lines): no invisible character, and no white space
 * but single spaces between other characters. One scan instead of two expressions and a trim.
 */
function isNormal(line: string): boolean {
  // true at the start: a leading space is trimmed
  let afterSpace = true;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 32) {
      if (afterSpace) return false;
      afterSpace = true;
    } else if (c === 0xad || c === 0x200b || c === 0x2060 || isSpace(c)) return false;
    else afterSpace = false;
  }
  return !afterSpace;
}

/** Two cells with a tab between them: a browser prints a table's row so. */
const TABLE_CELLS = /\S[ \t]*\t[ \t]*\S/;
const ROW: readonly BlockHint[] = ['row'];

/**
 * A plain-text dump to blocks: one block per non-empty line. A blank line before a line sets
 * `gapBefore`. CR, CRLF and LF all end a line, so CRLF and LF input give the same blocks.
 */
export function textToBlocks(text: string, firstId = 0): Block[] {
  const blocks: Block[] = [];
  let gap = true;
  let lineNo = 0;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    lineNo++;
    const line = normalizeLine(raw);
    if (line === '') {
      gap = true;
      continue;
    }
    const block: Block = { id: firstId + blocks.length, kind: 'line', text: line, where: `line ${lineNo}`, linkDensity: 0, gapBefore: gap };
    // The pattern needs a tab: most lines hold none and skip it.
    if (raw.includes('\t') && TABLE_CELLS.test(raw)) block.hints = ROW;
    blocks.push(block);
    gap = false;
  }
  return blocks;
}
