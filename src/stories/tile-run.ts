import { blockKey, blockWords, copiesByKey } from '../lexicon/features.js';
import type { Quality } from '../rules/quality.js';
import type { Block } from '../types.js';
import { furnitureLine } from './short-lines.js';
import { cardLines, tileGrid } from './tile-grid.js';

/** A tile of a listing holds one paragraph at most (its blurb); more is a post or an article's section. */
const PROSE_PER_TILE = 1;
/** Tiles at least: a mega-menu's columns or a box of teasers print fewer. */
const MIN_TILES = 6;
/** The body reaches this many tiles past its bounds at most, to a tile whose blurb the prose judge dropped. */
const REACH_TILES = 2;
/** One tile in this many at least holds one of the body's paragraphs (the prose judge takes a short blurb for furniture). */
const BLURB_TILES = 3;
/** The blurbs hold this share of the body's words at least: the body is the grid. */
const BODY_SHARE = 0.5;

/**
 * A listing whose tiles carry a blurb each (a store's games, a code host's projects) leaves its
 * blurbs to the prose judge and its tiles' short lines (the name, the tags, the release date) to
 * the furniture: the body reads as paragraphs with the names between them gone. Inside a grid
 * of such tiles (stories/tile-grid) that overlaps the body, a line printed once in the story that
 * is no site furniture is the tile's, and stays; the lines every tile prints (its template) go as
 * before. Returns the indexes it marked good, the body's new bounds with them.
 */
export function tileRun(blocks: readonly Block[], labels: Quality[], bounds: { bodyStart: number; bodyEnd: number; title: number | undefined }, all: readonly Block[]): { marked: number[]; start: number; end: number } | undefined {
  const { bodyStart, bodyEnd } = bounds;
  const seen = copiesByKey(all);
  const grid = tileGrid(all, cardLines(all, seen), PROSE_PER_TILE, MIN_TILES);
  if (grid === undefined) return undefined;
  const [from, to] = [(all[grid.start] as Block).id, (all[grid.end - 1] as Block).id];
  let inside = 0;
  let [words, within] = [0, 0];
  for (let i = bodyStart; i < bodyEnd; i++) {
    const b = blocks[i] as Block;
    if (labels[i] !== 'good') continue;
    words += blockWords(b);
    if (b.id < from || b.id > to) continue;
    inside++;
    within += blockWords(b);
  }
  // The body's paragraphs are the tiles' blurbs: a third of the tiles hold one at least, and they
  // are most of the body (an article's related teasers hold little of it).
  if (BLURB_TILES * inside < grid.tiles || within < BODY_SHARE * words) return undefined;
  const marked: number[] = [];
  const reach = REACH_TILES * grid.period;
  blocks.forEach((b, i) => {
    // Not above the story's headline: the page's header is no tile of its grid.
    if (i < bodyStart - reach || i >= bodyEnd + reach || i <= (bounds.title ?? -1)) return;
    if (labels[i] === 'good' || b.id < from || b.id > to || seen.get(blockKey(b)) !== 1 || furnitureLine(b.text) !== undefined) return;
    labels[i] = 'good';
    marked.push(i);
  });
  if (marked.length === 0) return undefined;
  return { marked, start: Math.min(bodyStart, marked[0] as number), end: Math.max(bodyEnd, (marked[marked.length - 1] as number) + 1) };
}
