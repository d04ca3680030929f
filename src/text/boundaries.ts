import { findDate, isTimestampLine } from '../lexicon/dates.js';
import { BYLINE, DIGITS_ONLY } from '../lexicon/patterns.js';
import { blockIsProse, blockIsTitleLike, blockShapeKey, blockWords, creditOf, letterCount, nonSpaceLength } from '../lexicon/features.js';
import { mayShareKey } from '../lexicon/key-edges.js';
import type { Block } from '../types.js';
import { addWords, cosine, type TopicVector } from '../lexicon/vocabulary.js';

/**
 * Where appended articles start in a text dump. Structure proposes a boundary — a title-like
 * line followed closely by its own header furniture (its echo, a caption, a widget) and then by
 * prose — and vocabulary confirms it: the text after must not share most of its content words
 * with the text before. Lexical change alone never splits (prior art: a cohesion-only splitter
 * split 7–12% of single articles).
 */

/** How far below a candidate headline its furniture may sit. */
const FURNITURE_REACH = 10;
/** Words of prose a story needs before another may start, and after a start for it to count. */
const MIN_STORY_WORDS = 60;
/** An appended story is a whole article: this many words of prose at least. */
const MIN_APPENDED_WORDS = 80;
/** A headline that starts an appended article has a few words at least (not "Rob G"). */
const MIN_HEADLINE_WORDS = 4;
const LETTER_SHARE = 0.7;
/** Furniture score (see furnitureBelow) that proposes a boundary. */
const MIN_FURNITURE = 2;
/** Cosine of content-word vectors (segment/vocabulary) at or above which two stretches are one story. */
const SAME_STORY_COSINE = 0.1;
/** With this much furniture (four kinds) the headline is a story's start unless the vocabulary is close. */
const STRONG_FURNITURE = 3;
const SAME_STORY_COSINE_STRONG = 0.15;
/** A story's vocabulary is read from at most this many blocks after its start. */
const LOOKAHEAD = 400;

export interface Boundary {
  /** index of the new story's first block */
  at: number;
  /** what proposed it and the measured cosine that confirmed it */
  evidence: string;
}

/**
 * The furniture under a candidate headline at `i`, scored one per kind: its echo (the headline
 * repeated), a caption (a repeated line or a credited one), a widget line, a byline or timestamp.
 * A real appended article brings its echo plus another kind, or a picture with a byline or
 * timestamp; a subhead, a comment (author + time) or a list item with a photo brings less.
 */
interface Furniture {
  score: number;
  kinds: string[];
}

/**
 * At most two characters (code points): what `[...text].length <= 2` says, without spreading a
 * long line into an array of its characters to learn it (a code point is one or two units).
 */
function atMostTwoChars(text: string): boolean {
  if (text.length <= 2) return true;
  return text.length <= 4 && [...text].length <= 2;
}

/** Facts of a dump's lines by index, each made when first asked: candidate windows overlap. */
interface Lines {
  /** the shape key (undefined past either end) */
  key(j: number): string | undefined;
  /** key(i) === key(j), told without making the keys when the lines' edges differ (lexicon/key-edges mayShareKey) */
  same(i: number, j: number): boolean;
  /** the furniture kind of the line under any headline, the echo aside */
  kind(j: number): string | undefined;
  /** the line's kind when it is a caption's (captionKind), else undefined */
  caption(j: number): string | undefined;
}

/** What kind of header furniture line `j` is under the headline at `i`, if any. */
function kindOf(lines: Lines, i: number, j: number): string | undefined {
  if (lines.same(j, i)) return 'headline echo';
  return lines.kind(j);
}

/**
 * What kind of header furniture line `j` is under any headline, its echo aside, when it is a
 * caption's: a line of a caption pair, or a credited caption. A line's kind is read from these
 * first, then from otherKind.
 */
function captionKind(blocks: readonly Block[], same: Lines['same'], j: number): string | undefined {
  const b = blocks[j] as Block;
  // The second line of a caption pair is the pair's too.
  if ((same(j + 1, j) || same(j - 1, j)) && blockWords(b) >= 3) return 'caption pair';
  if (creditOf(b.text) !== undefined) return 'credited caption';
  return undefined;
}

/** A line's kinds after the captions: a widget, a byline or a timestamp. */
function otherKind(b: Block): string | undefined {
  if (atMostTwoChars(b.text) || DIGITS_ONLY.test(b.text)) return 'widget';
  if (BYLINE.test(b.text) || (b.text.length <= 80 && isTimestampLine(b.text))) return 'byline or timestamp';
  return undefined;
}

/** Prose of this many words ends the furniture under a headline (a line of no kind). */
const BODY_LINE_WORDS = 15;

/** A line that ends the furniture under a headline when it is of no kind. */
function isBodyLine(b: Block): boolean {
  return blockIsProse(b) && blockWords(b) >= BODY_LINE_WORDS;
}

/** No furniture: the score of a headline with neither its echo nor a caption below it (its kinds are not listed). */
const NONE: Furniture = { score: 0, kinds: [] };

/**
 * Whether the furniture below `i` holds its echo or a caption, read up to where furnitureBelow
 * stops: without either it scores 0, and its other lines' kinds (widget, byline, timestamp) need
 * not be read. A line of prose is read whole, since its kind decides where the furniture ends.
 */
function echoOrCaption(blocks: readonly Block[], lines: Lines, i: number): boolean {
  for (let j = i + 1; j < blocks.length && j <= i + FURNITURE_REACH; j++) {
    if (lines.same(j, i) || lines.caption(j) !== undefined) return true;
    if (isBodyLine(blocks[j] as Block) && lines.kind(j) === undefined) return false;
  }
  return false;
}

function furnitureBelow(blocks: readonly Block[], lines: Lines, i: number): Furniture {
  if (!echoOrCaption(blocks, lines, i)) return NONE;
  const kinds = new Set<string>();
  for (let j = i + 1; j < blocks.length && j <= i + FURNITURE_REACH; j++) {
    const kind = kindOf(lines, i, j);
    if (kind !== undefined) kinds.add(kind);
    else if (isBodyLine(blocks[j] as Block)) break;
  }
  const list = [...kinds];
  const captions = list.filter((k) => k.includes('caption')).length;
  // Comments bring an author and a timestamp too; an article brings its picture or its headline again.
  const echo = kinds.has('headline echo');
  if (!echo && !(captions > 0 && kinds.has('byline or timestamp'))) return { score: 0, kinds: list };
  return { score: list.length - Math.max(0, captions - 1), kinds: list };
}

/** A headline that can open an appended article: title-like, a few words, mostly letters, not a date or byline. */
function isHeadline(b: Block): boolean {
  const text = b.text;
  // The cached tests first (proseWordPrefix read every line's): a prose line skips isTitleLike's patterns.
  if (blockWords(b) < MIN_HEADLINE_WORDS || blockIsProse(b) || !blockIsTitleLike(b)) return false;
  if (letterCount(text) < LETTER_SHARE * nonSpaceLength(text)) return false;
  return !findDate(text) && !BYLINE.test(text);
}

/** Non-prose lines a stretch of prose may hold (a caption, a subhead) and still be one stretch. */
const STRETCH_GAP = 2;

/**
 * For each index, the prose words of the stretch that starts there (prose lines with at most
 * STRETCH_GAP other lines between them); 0 where the line is no prose. One backward pass.
 */
function proseStretchFrom(blocks: readonly Block[]): Int32Array {
  const out = new Int32Array(blocks.length + 1);
  let words = 0;
  let gap = 0;
  for (let k = blocks.length - 1; k >= 0; k--) {
    const b = blocks[k] as Block;
    if (blockIsProse(b)) {
      if (gap > STRETCH_GAP) words = 0;
      words += blockWords(b);
      gap = 0;
      out[k] = words;
    } else gap++;
  }
  return out;
}

/** Lines between a headline and its body that are no header furniture (a kicker, a section label) at most. */
const MAX_OTHER_LINES = 2;

/**
 * Words of the first stretch of prose under a headline's furniture: an appended article's body
 * starts there. 0 when other lines stand between them (a list of teasers: more headlines).
 */
function bodyBelow(blocks: readonly Block[], lines: Lines, stretch: Int32Array, i: number): number {
  let other = 0;
  for (let j = i + 1; j < blocks.length && j <= i + FURNITURE_REACH + 1; j++) {
    if ((stretch[j] as number) > 0) return stretch[j] as number;
    if (kindOf(lines, i, j) === undefined && ++other > MAX_OTHER_LINES) return 0;
  }
  return 0;
}

/** Prefix sums of prose words, so that any stretch's count is one subtraction (no quadratic scans). */
function proseWordPrefix(blocks: readonly Block[]): number[] {
  const sums = [0];
  let n = 0;
  for (const b of blocks) {
    if (blockIsProse(b)) n += blockWords(b);
    sums.push(n);
  }
  return sums;
}

function vector(blocks: readonly Block[], from: number, to: number, v: TopicVector = new Map()): TopicVector {
  for (let k = from; k < to; k++) {
    const b = blocks[k] as Block;
    if (blockIsProse(b)) addWords(v, b.text);
  }
  return v;
}

/** Keys and kinds are read only around candidate headlines: made when first asked, not for every line. */
function linesOf(blocks: readonly Block[]): Lines {
  const keys = new Array<string | undefined>(blocks.length);
  // false: the line was read and is no furniture (not null, which `??=` would read as not yet read).
  const kinds = new Array<string | false | undefined>(blocks.length);
  const key = (j: number): string | undefined => (j < 0 || j >= blocks.length ? undefined : (keys[j] ??= blockShapeKey(blocks[j] as Block)));
  const inside = (j: number): boolean => j >= 0 && j < blocks.length;
  const same = (i: number, j: number): boolean =>
    inside(i) && inside(j) && !mayShareKey((blocks[i] as Block).text, (blocks[j] as Block).text, true) ? false : key(i) === key(j);
  // A line's caption kind, read before the rest of its kind.
  const captions = new Array<string | false | undefined>(blocks.length);
  const caption = (j: number): string | undefined => {
    const kind = (captions[j] ??= captionKind(blocks, same, j) ?? false);
    return kind === false ? undefined : kind;
  };
  return {
    key,
    same,
    kind: (j) => {
      const kind = (kinds[j] ??= caption(j) ?? otherKind(blocks[j] as Block) ?? false);
      return kind === false ? undefined : kind;
    },
    caption,
  };
}

/** Story boundaries in a text dump (the first story starts at 0 and is not listed). */
export function findBoundaries(blocks: readonly Block[]): Boundary[] {
  const found: Boundary[] = [];
  const sums = proseWordPrefix(blocks);
  const stretch = proseStretchFrom(blocks);
  const lines = linesOf(blocks);
  // Each line is read as a headline once, and each headline's furniture once, however many
  // candidates look ahead past it (and the scan then meets it again).
  const headlines = new Int8Array(blocks.length);
  const headlineAt = (j: number): boolean => {
    if (headlines[j] === 0) headlines[j] = isHeadline(blocks[j] as Block) ? 1 : 2;
    return headlines[j] === 1;
  };
  const seen = new Array<Furniture | undefined>(blocks.length);
  const furnitureAt = (j: number): Furniture => (seen[j] ??= furnitureBelow(blocks, lines, j));
  const proseWords = (from: number, to: number): number => (sums[to] as number) - (sums[from] as number);
  let storyStart = 0;
  // The story-so-far vector grows with i; rebuilding it from storyStart for every candidate was
  // quadratic (a 114 KB dump repeated to 20 MB: 195 s).
  let before = new Map<string, number>();
  let beforeEnd = 0;
  for (let i = 1; i < blocks.length; i++) {
    if (proseWords(storyStart, i) < MIN_STORY_WORDS || !headlineAt(i)) continue;
    const furniture = furnitureAt(i);
    if (furniture.score < MIN_FURNITURE) continue;
    // The body comes right under the headline's furniture, in one stretch: a headline in a list
    // of teasers has its prose (if any) far below or in scraps.
    if (bodyBelow(blocks, lines, stretch, i) < MIN_APPENDED_WORDS) continue;
    const nextStart = nextCandidateEnd(blocks.length, i, (j) => headlineAt(j) && furnitureAt(j).score >= MIN_FURNITURE);
    before = vector(blocks, beforeEnd, i, before);
    beforeEnd = i;
    const sim = cosine(before, vector(blocks, i, nextStart));
    if (sim >= (furniture.score >= STRONG_FURNITURE ? SAME_STORY_COSINE_STRONG : SAME_STORY_COSINE)) continue;
    found.push({ at: i, evidence: `${furniture.kinds.join(', ')} below a headline; vocabulary cosine ${sim.toFixed(2)} with the story before` });
    storyStart = i;
    before = new Map();
  }
  return found;
}

/** The stretch a new story may own for the vocabulary test: up to the next candidate (a headline with furniture) among the dump's `lines`. */
function nextCandidateEnd(lines: number, i: number, candidate: (j: number) => boolean): number {
  const limit = Math.min(lines, i + LOOKAHEAD);
  for (let j = i + FURNITURE_REACH + 1; j < limit; j++) if (candidate(j)) return j;
  return limit;
}
