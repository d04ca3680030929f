import { FACTS_OF, type FactsSlot } from '../lexicon/features.js';
import { collapse, collapsedEnd } from '../lexicon/collapse.js';
import type { Block, BlockHint } from '../types.js';

/** One line as a reader sees it: invisible characters gone, runs of spaces collapsed (lexicon/features' collapse). */
export const normalizeLine = collapse;

/** Two cells with a tab between them: a browser prints a table's row so. */
const TABLE_CELLS = /\S[ \t]*\t[ \t]*\S/;
const ROW: readonly BlockHint[] = ['row'];

/**
 * A plain-text dump to blocks: one block per non-empty line. A blank line before a line sets
 * `gapBefore`. CR, CRLF and LF all end a line, so CRLF and LF input give the same blocks.
 * Each line's text is a string of its own (LineCopies), not a slice of the dump.
 */
export function textToBlocks(text: string, firstId = 0): Block[] {
  const blocks: Block[] = [];
  const copies = new LineCopies(text);
  let gap = true;
  let lineNo = 0;
  // The pieces text.split(/\r\n|\r|\n/) gives, the empty one after a final line break included.
  for (let from = 0, to = 0; from <= text.length; from = nextLine(text, to)) {
    lineNo++;
    // Most lines need no collapsing: read in place, they are copied out once, and no other
    // piece of them is made. A line with a tab is never collapsed already. The collapsed run
    // from the line's start stops at its end exactly when the line is collapsed (a run takes no
    // line break); only other lines are scanned on to their end.
    const stop = collapsedEnd(text, from);
    const clean = isLineEnd(text, stop);
    to = clean ? stop : lineEnd(text, stop);
    const raw = clean ? undefined : text.slice(from, to);
    const line = raw === undefined ? '' : normalizeLine(raw);
    if (raw === undefined ? from === to : line === '') {
      gap = true;
      continue;
    }
    const own = raw === undefined ? copies.of(from, to) : copyOf(line);
    const block: Block & FactsSlot = { id: firstId + blocks.length, kind: 'line', text: own, where: `line ${lineNo}`, linkDensity: 0, gapBefore: gap, [FACTS_OF]: undefined };
    // The pattern needs a tab: most lines hold none and skip it.
    if (raw !== undefined && raw.includes('\t') && TABLE_CELLS.test(raw)) block.hints = ROW;
    blocks.push(block);
    gap = false;
  }
  return blocks;
}

/** `at` is a line's end: a CR or LF, or the end of the text. */
function isLineEnd(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return at >= text.length || c === 10 || c === 13;
}

/** Where the line starting at `from` ends: its first CR or LF, or the end of the text. */
function lineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

/** Where the line after the one ending at `to` starts (past the text's end when none does). */
function nextLine(text: string, to: number): number {
  return to + (text.charCodeAt(to) === 13 && text.charCodeAt(to + 1) === 10 ? 2 : 1);
}

/**
 * Shorter slices are copies already: the engine makes a slice this long or longer a view into
 * its parent string, which every later character read goes through.
 */
const COPIED_SLICE = 13;
/** Characters of the dump held in the copying buffer at a time. */
const WINDOW = 1 << 15;
/** One buffer for every dump: textToBlocks runs to its end before another call can start. */
const SCRATCH = Buffer.allocUnsafe(2 * WINDOW);

/**
 * A dump's lines as strings of their own, copied out of a window of the dump's UTF-16 code
 * units. Each later stage reads every line's characters several times (word scans, keys, the
 * pattern table); a slice of the dump is read through the dump, and a dump holding one curly
 * quote anywhere makes every slice of it two bytes a character, where a copy of a line in
 * Latin-1 is one (the engine picks the narrow form when the units fit).
 */
class LineCopies {
  /** the window: the text's characters [start, end) */
  private start = 0;
  private end = 0;

  constructor(private readonly text: string) {}

  /** The text's characters [from, to), as a string of its own; asked line after line, in order. */
  of(from: number, to: number): string {
    if (to - from < COPIED_SLICE) return this.text.slice(from, to);
    if (to - from > WINDOW) return copyOf(this.text.slice(from, to));
    if (to > this.end) {
      this.start = from;
      this.end = Math.min(this.text.length, from + WINDOW);
      SCRATCH.write(this.text.slice(this.start, this.end), 0, 'utf16le');
    }
    return SCRATCH.toString('utf16le', 2 * (from - this.start), 2 * (to - this.start));
  }
}

/** A string of its own with the characters of `text` (a collapsed line: a slice or a rewrite of it). */
function copyOf(text: string): string {
  return text.length < COPIED_SLICE ? text : Buffer.from(text, 'utf16le').toString('utf16le');
}
