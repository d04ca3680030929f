import { blockKey, blockWords, endsSentence, hasDigit } from '../lexicon/features.js';
import type { Block } from '../types.js';

/**
 * A catalogue or a listing prints its items as tiles of a few short lines each ("brand / name /
 * spec / price"), every tile the same shape: one of its lines (the brand over each name, a badge,
 * "Add to cart") recurs once per tile, a tile's length apart. A run of such tiles is the page's
 * content; the menus above it and the footer's link lists below it are not, though they are short
 * lines too. A forum's posts recur the same way (the poster's "Joined" and "Messages" fields) but
 * hold sentences: a tile holds no prose (a short-line body's grid) or one paragraph at most (a
 * listing's blurb, stories/tile-run); a longer stretch of prose ends the run of tiles.
 */
/** A line printed this often at least, each copy a new item apart, may be a line each of a grid's cards prints. */
const MIN_COPIES = 3;
/** Tiles in a grid at least: fewer is a menu's repeated label or a box of two or three cards. */
const MIN_TILES = 4;
/** A tile's lines at most (the gap between two copies of its recurring line). */
const MAX_TILE_LINES = 12;
/** A line of a tile has this many words at most; a longer line is a post's or an article's. */
const TILE_LINE_MAX_WORDS = 16;
/** A line ending a sentence of this many words is prose: no tile holds one. */
const TILE_PROSE_WORDS = 10;

export interface TileGrid {
  /** index in the story's lines of the grid's first line */
  start: number;
  /** exclusive */
  end: number;
  /** the tiles counted (copies of the line recurring in every tile) */
  tiles: number;
  /** the lines each tile prints (the median gap between copies) */
  period: number;
}

/** The runs of copies of MIN_TILES copies at least whose every gap `tile` accepts as a tile. */
function tileRuns(copies: readonly number[], minTiles: number, tile: (from: number, to: number) => boolean): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  for (const c of copies) {
    if (run.length > 0 && !tile(run[run.length - 1] as number, c)) {
      if (run.length >= minTiles) runs.push(run);
      run = [];
    }
    run.push(c);
  }
  if (run.length >= minTiles) runs.push(run);
  return runs;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/**
 * Two lines of the same shape in two tiles: both a blurb (prose), or both short, holding a number
 * or neither, a word apart at most.
 */
function likeLines(all: readonly Block[], a: number, b: number): boolean {
  const [x, y] = [all[a], all[b]];
  if (x === undefined || y === undefined) return false;
  if (proseLine(x) || proseLine(y)) return proseLine(x) && proseLine(y);
  return hasDigit(x.text) === hasDigit(y.text) && Math.abs(blockWords(x) - blockWords(y)) <= 1;
}

/** A line no tile prints: a long line, or a sentence of prose. */
function proseLine(b: Block): boolean {
  const words = blockWords(b);
  return words > TILE_LINE_MAX_WORDS || (words >= TILE_PROSE_WORDS && endsSentence(b.text));
}

/**
 * The grid of the most tiles among the story's lines `all`, told by the lines its cards print once
 * each (`recurring`: their places by key, short-lines cardLines), or undefined when none is found.
 * The first tile may open above the recurring line, and the last end below it: the grid reaches
 * up to a tile's length on each side, over lines shaped like those of the tile beside it.
 */
export function tileGrid(all: readonly Block[], recurring: readonly (readonly [string, readonly number[]])[], prosePerTile = 0, minTiles = MIN_TILES): TileGrid | undefined {
  let best: TileGrid | undefined;
  // A tile: a tile's length at most from one copy to the next, and prosePerTile lines of prose at most.
  const tile = (from: number, to: number): boolean => {
    if (to - from > MAX_TILE_LINES) return false;
    let prose = 0;
    for (let i = from; i < to; i++) if (proseLine(all[i] as Block)) prose++;
    return prose <= prosePerTile;
  };
  for (const [, copies] of recurring) {
    for (const run of tileRuns(copies, minTiles, tile)) {
      const first = run[0] as number;
      const last = run[run.length - 1] as number;
      const period = median(run.slice(1).map((c, k) => c - (run[k] as number)));
      // The first tile opens above its copy when the lines there are like those above the next copy.
      const second = run[1] as number;
      const before = run[run.length - 2] as number;
      let start = first;
      while (start > 0 && first - start < period - 1 && likeLines(all, start - 1, second - (first - start) - 1)) start--;
      let end = last + 1;
      while (end < all.length && end - last < period && likeLines(all, end, before + (end - last))) end++;
      // The line every tile prints counts the most tiles; a value some tiles share recurs in fewer.
      const more = best === undefined || run.length > best.tiles || (run.length === best.tiles && end - start > best.end - best.start);
      if (more) best = { start, end, tiles: run.length, period };
    }
  }
  return best;
}

/** The grid's introduction: a sentence of this many words at least above its first tile. */
const INTRO_WORDS = 10;
/** The introduction lies this many of the body's lines above the grid at most (a heading, a category list between). */
const INTRO_REACH = 25;

/**
 * Where a body holding a grid starts: at the collection's introduction above the grid (a sentence
 * under its heading, `kept` index of the heading when one stands over it), else at the grid's first tile.
 */
export function gridStart(kept: readonly Block[], first: number, good: (i: number) => boolean): number {
  let intro = -1;
  for (let i = first - 1; i >= 0 && first - i <= INTRO_REACH; i--) {
    const b = kept[i] as Block;
    if (good(i) && blockWords(b) >= INTRO_WORDS && endsSentence(b.text)) intro = i;
  }
  if (intro < 0) return first;
  const above = kept[intro - 1];
  return above !== undefined && good(intro - 1) && !endsSentence(above.text) && blockWords(above) < INTRO_WORDS ? intro - 1 : intro;
}

/**
 * The lines a grid's cards print once each (a template line, a shared value): printed this often
 * at least, each copy a new item apart from the next (a line printed once between them). Their
 * places, by key.
 */
export function cardLines(all: readonly Block[], seen: ReadonlyMap<string, number>): [string, number[]][] {
  // How many lines printed once (new items) lie up to each line.
  const once: number[] = [];
  all.forEach((b, i) => once.push((once[i - 1] ?? 0) + (seen.get(blockKey(b)) === 1 ? 1 : 0)));
  const at = linesByKey(all, (key) => (seen.get(key) ?? 0) >= MIN_COPIES);
  return [...at].filter(([, copies]) => copies.every((c, k) => k === 0 || (once[c] ?? 0) > (once[copies[k - 1] as number] ?? 0)));
}

/** The places of the lines whose key `wanted` accepts, by key, in order. */
export function linesByKey(blocks: readonly Block[], wanted: (key: string) => boolean): Map<string, number[]> {
  const at = new Map<string, number[]>();
  blocks.forEach((b, i) => {
    const key = blockKey(b);
    if (!wanted(key)) return;
    const copies = at.get(key);
    if (copies === undefined) at.set(key, [i]);
    else copies.push(i);
  });
  return at;
}

