import type { Block } from '../types.js';

/**
 * Invisible characters that only get in the way of comparing and counting words: zero-width
 * spaces, word joiners, BOMs and soft hyphens. Zero-width (non-)joiners carry meaning in emoji
 * and in Indic and Persian scripts, so they stay.
 */
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad]/g;
const SPACES = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;

/** One line as a reader sees it: invisible characters gone, runs of spaces collapsed. */
export function normalizeLine(line: string): string {
  return line.replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

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
    blocks.push({ id: firstId + blocks.length, kind: 'line', text: line, where: `line ${lineNo}`, linkDensity: 0, gapBefore: gap });
    gap = false;
  }
  return blocks;
}
