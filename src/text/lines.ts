import { collapse } from '../lexicon/features.js';
import type { Block, BlockHint } from '../types.js';

/** One line as a reader sees it: invisible characters gone, runs of spaces collapsed (lexicon/features' collapse). */
export const normalizeLine = collapse;

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
