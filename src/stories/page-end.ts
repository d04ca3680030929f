/**
 * Where a dump's page ends (story/page-end): at its footer's copyright notice. A browser prints a
 * page from top to bottom, and what it prints after the footer is what the page holds out of
 * sight — a dialog's text (an engraving or delivery offer, a country chooser, a sign-up offer),
 * a menu's panels, fine print — not more of the story, however much prose it holds. Nor is a
 * body made only of the page's closing lines a story: the dump held nothing else of the page.
 */
import { COPYRIGHT_LINE, COPYRIGHT_NOTICE, FOOTNOTE_LINE, PAGE_FOOTER_LINE } from '../lexicon/patterns.js';
import { goodWords, type Quality } from '../rules/quality.js';
import type { Block } from '../types.js';
import { lineIndex } from './terminator.js';

/** A footer's line is short; a longer line that quotes a notice is a paragraph or a code listing's. */
const FOOTER_LINE_MAX_CHARS = 150;
/** The footer's other closing lines (legal links) stand this near its notice, among the story's lines. */
const FOOTER_REACH = 6;
/** Notes in a run of fine print at least: one marked line alone is an aside under a table or a price. */
const FINE_PRINT_MIN_NOTES = 2;

/**
 * Index among the story's lines `all` of its last copyright notice, when it is the page's footer:
 * another closing line (a privacy policy, the terms of use, an imprint) stands beside it. A notice
 * printed alone is a program's banner or a quoted licence, not the page's end. -1 when there is none.
 */
function footerNotice(all: readonly Block[]): number {
  for (let k = all.length - 1; k >= 0; k--) {
    const text = (all[k] as Block).text;
    if (text.length <= FOOTER_LINE_MAX_CHARS && COPYRIGHT_NOTICE.test(text)) return legalBeside(all, k) ? k : -1;
  }
  return -1;
}

function legalBeside(all: readonly Block[], at: number): boolean {
  for (let k = Math.max(0, at - FOOTER_REACH); k <= Math.min(all.length - 1, at + FOOTER_REACH); k++) {
    const text = (all[k] as Block).text;
    if (k !== at && text.length <= FOOTER_LINE_MAX_CHARS && PAGE_FOOTER_LINE.test(text) && !COPYRIGHT_NOTICE.test(text)) return true;
  }
  return false;
}

/**
 * Where the body in [start, end) ends at the page's end, with why, or undefined: the first body
 * line below the footer's copyright notice, when the body above the notice is the larger part (a
 * page printed with its footer first, as a phone's layout may, has its story below the notice);
 * or the body's start, when every good block of the body is a closing line (a copyright line).
 */
export function pageEndCut(blocks: readonly Block[], labels: readonly Quality[], start: number, end: number, all: readonly Block[]): { at: number; why: string } | undefined {
  if (closingOnly(blocks, labels, start, end)) return { at: start, why: "the body held only the page's closing lines (copyright, legal links)" };
  const notice = footerNotice(all);
  if (notice < 0) return undefined;
  let at = start;
  while (at < end && lineIndex(all, blocks[at] as Block) <= notice) at++;
  if (at >= end || goodWords(blocks, labels, at, end) > goodWords(blocks, labels, start, at)) return undefined;
  return { at, why: `below the page's footer ("${(all[notice] as Block).text}")` };
}

function closingOnly(blocks: readonly Block[], labels: readonly Quality[], start: number, end: number): boolean {
  let any = false;
  for (let i = start; i < end; i++) {
    if (labels[i] !== 'good') continue;
    if (!COPYRIGHT_LINE.test((blocks[i] as Block).text)) return false;
    any = true;
  }
  return any;
}

/**
 * Where the page's fine print opens in the body [start, end), with why, or undefined: the first
 * line opening with a footnote mark that has another below it (a run of notes, not one line's
 * aside), when the body above it is the larger part (a plan table's notes under a price sit
 * high on the page, and the page goes on below them).
 */
export function finePrintCut(blocks: readonly Block[], labels: readonly Quality[], start: number, end: number): { at: number; why: string } | undefined {
  let first = -1;
  let notes = 0;
  for (let i = start; i < end; i++) {
    if (!FOOTNOTE_LINE.test((blocks[i] as Block).text)) continue;
    if (first < 0 && goodWords(blocks, labels, start, i) >= goodWords(blocks, labels, i, end)) first = i;
    if (first >= 0) notes++;
  }
  if (first < 0 || notes < FINE_PRINT_MIN_NOTES) return undefined;
  return { at: first, why: `the page's fine print: ${notes} notes opening with a footnote mark, the first "${(blocks[first] as Block).text.slice(0, 40)}"` };
}
