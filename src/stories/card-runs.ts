import { blockKey, blockWords, shapeKey, wordCount } from '../lexicon/features.js';
import { CODE_LINE, GLUE_POINT_ONE } from '../lexicon/patterns.js';
import { isEndLabel } from '../rules/end-labels.js';
import type { Quality } from '../rules/quality.js';
import type { Block } from '../types.js';
import { furnitureLine } from './short-lines.js';

/**
 * A page made of cards (a listing's teasers, a directory, a price list, a catalogue) prints them
 * in a dump as a run of short lines the prose judge takes for a menu. Inside the body such a run
 * is the page's content when it is what the page is made of, told by four things together:
 * - each card repeats its fields (a price, a rating count, "Units: 3"): a line shape that recurs;
 * - each card prints its own title: most words sit on lines printed nowhere else in the story
 *   (a card listed again in another of the grid's sections counts once), where a menu printed in
 *   header and footer repeats;
 * - titles are teaser-like: several lines of 4–20 words with at most one number among them;
 * - it outweighs the prose above it in the body: a listing opens with an intro, an article's
 *   related box comes after the article.
 * A run under a related label, holding code, or whose lines carry the glue of a mega-menu
 * ("WebinarsLive talks") is not a grid.
 */
/** Lines in a run at least: a few short lines between paragraphs are subheads. */
const MIN_RUN_LINES = 6;
/** A field recurs this many times at least (three cards). */
const MIN_FIELD_REPEATS = 3;
/**
 * Of the run's words, this share at least sits on lines printed nowhere outside the run. (Counting
 * a card repeated inside the grid as a repeat: WCXB dumps summed F1 -0.74 on 7 pages.)
 */
const ONCE_SHARE = 0.5;
/**
 * Of the run's lines, this share at least reads as a teaser title. Measured on the WCXB dev
 * dumps (with the weight below): 0.3 → all 0.8188 → 0.8203, 0.5 → 0.8199; trafilatura dumps'
 * false positives unchanged at 0.3.
 */
const TEASER_SHARE = 0.3;
/** A teaser title's words. */
const TEASER_MIN_WORDS = 4;
const TEASER_MAX_WORDS = 20;
/**
 * The run holds this many times the words of the body's prose above it at least. On the dev
 * dumps: 0.5 and 1 let the related lists under short articles in (10 and 3 more false snippets
 * on the trafilatura dumps), 2 none; 3 kept less (0.8201 against 0.8203).
 */
const RUN_OVER_PROSE = 2;
/** Lines holding a glue point (a mega-menu's label glued to its blurb) under this share of the run. */
const GLUED_SHARE = 0.3;

/**
 * Marks the lines of each card grid inside the body (a run of non-good lines between two good
 * blocks) as good, save the site's furniture lines among them; returns the indexes it marked.
 */
export function cardRuns(blocks: readonly Block[], labels: Quality[], bodyStart: number, bodyEnd: number, all: readonly Block[]): number[] {
  const marked: number[] = [];
  let counts: Map<string, number> | undefined;
  let prose = 0;
  let i = bodyStart;
  while (i < bodyEnd) {
    if (labels[i] === 'good') {
      prose += blockWords(blocks[i] as Block);
      i++;
      continue;
    }
    let j = i;
    while (j < bodyEnd && labels[j] !== 'good') j++;
    if (j < bodyEnd && j - i >= MIN_RUN_LINES && runWords(blocks, i, j) >= RUN_OVER_PROSE * prose) {
      counts ??= lineCounts(all);
      if (isCardGrid(blocks.slice(i, j), counts, prose)) {
        for (let k = i; k < j; k++) {
          if (furnitureLine((blocks[k] as Block).text) !== undefined) continue;
          labels[k] = 'good';
          marked.push(k);
        }
      }
    }
    i = j;
  }
  return marked;
}

function runWords(blocks: readonly Block[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) n += blockWords(blocks[k] as Block);
  return n;
}

function lineCounts(all: readonly Block[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const b of all) {
    const key = blockKey(b);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** The four cues together, and none of the three that say the run is something else. */
function isCardGrid(lines: readonly Block[], counts: ReadonlyMap<string, number>, proseAbove: number): boolean {
  const shapes = new Map<string, number>();
  let field = 0;
  let words = 0;
  let once = 0;
  let teasers = 0;
  let glued = 0;
  // A card printed in two of the grid's sections ("Top rated", then "All recipes") is the grid's own:
  // a line counts as printed once when no copy of it sits outside the run.
  const inRun = lineCounts(lines);
  for (const b of lines) {
    const text = b.text;
    const n = wordCount(text);
    words += n;
    const key = blockKey(b);
    if ((counts.get(key) ?? 0) <= (inRun.get(key) ?? 0)) once += n;
    const shape = shapeKey(text);
    const seen = (shapes.get(shape) ?? 0) + 1;
    shapes.set(shape, seen);
    if (seen > field) field = seen;
    if (isTeaser(text, n)) teasers++;
    if (GLUE_POINT_ONE.test(text)) glued++;
  }
  const grid = field >= MIN_FIELD_REPEATS && once >= ONCE_SHARE * words && teasers >= TEASER_SHARE * lines.length && words >= RUN_OVER_PROSE * proseAbove && glued < GLUED_SHARE * lines.length;
  // The costlier tests last, only for a run that passed the counts.
  return grid && !lines.some((b) => isEndLabel(b.text) || CODE_LINE.test(b.text));
}

const DIGIT = /\d/;

/** A teaser title: 4–20 words, at most one of them holding a digit ("20 Quick Soups for Busy Nights"). */
export function isTeaser(text: string, words: number): boolean {
  if (words < TEASER_MIN_WORDS || words > TEASER_MAX_WORDS) return false;
  let digits = 0;
  for (const token of text.split(/\s+/)) if (DIGIT.test(token) && ++digits > 1) return false;
  return true;
}
