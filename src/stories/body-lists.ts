import { blockKey, blockShapeKey, isSentenceCase, isSimple } from '../lexicon/features.js';
import { KeyEdges } from '../lexicon/key-edges.js';
import { SimpleWordHashes } from '../lexicon/languages.js';
import { contentWords } from '../lexicon/vocabulary.js';
import { isEndLabel, isInlineTeaser } from '../rules/end-labels.js';
import type { Quality } from '../rules/quality.js';
import type { Block } from '../types.js';
import { furnitureLine } from './short-lines.js';

/**
 * Lists inside a dump's body that the prose judge takes for menus, found by what announces or
 * numbers them. Only inside the body: neither cue can stretch the body's bounds.
 *
 * A body line that ends in a colon announces what follows ("You will need:", "The steps are:"):
 * the short lines between it and the next good block are its list, items the prose judge takes
 * for a menu. Only inside the body: a colon line cannot stretch the body's bounds.
 */
const INTRO_END = /:\s*$/;

/**
 * A label on a line of its own right under a paragraph ("What you will learn:", "Cons:") announces
 * a list as well, though the prose judge took it for a short line: it and the lines up to the next
 * good block are the list when they are a list's length and hold no related label. A longer run
 * under such a label is the page's next region (a press contact box, a teaser rail). Measured on
 * the WCXB dev dumps and the trafilatura dumps: 5, 8 and 12 lines tried, 12 kept the most on both.
 */
const LABELLED_LIST_MAX_LINES = 12;

/** Marks the lines of each list a good body line or a label under one introduces as good; returns the indexes it marked. */
export function introducedLists(blocks: readonly Block[], labels: Quality[], bodyStart: number, bodyEnd: number): number[] {
  const marked: number[] = [];
  let i = bodyStart;
  while (i < bodyEnd) {
    const good = labels[i] === 'good';
    if (!(good || (i > bodyStart && labels[i - 1] === 'good')) || !INTRO_END.test((blocks[i] as Block).text)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < bodyEnd && labels[j] !== 'good') j++;
    // A list runs up to the body's next good block; one that runs off the body's end is the page's.
    if (j < bodyEnd && (good || labelledList(blocks, i, j))) {
      for (let k = good ? i + 1 : i; k < j; k++) {
        labels[k] = 'good';
        marked.push(k);
      }
    }
    i = j;
  }
  return marked;
}

/** The lines under the label at `i` up to `j` are a list's: few enough, and no related label among them. */
function labelledList(blocks: readonly Block[], i: number, j: number): boolean {
  if (j - i - 1 > LABELLED_LIST_MAX_LINES) return false;
  for (let k = i + 1; k < j; k++) if (isEndLabel((blocks[k] as Block).text)) return false;
  return true;
}

/** "1. ", "2) ": a list number opening a line. */
const LIST_NUMBER = /^(\d{1,2})[.)]\s+\S/;

/**
 * Marks the numbered lines inside the body whose number continues the one before or after it
 * (n after n-1, or n before n+1, whatever lies between: a step's paragraph) as good; a lone
 * "2024. That was the year…" or a ranking number pasted into a menu has no neighbour in sequence.
 */
export function numberedItems(blocks: readonly Block[], labels: Quality[], bodyStart: number, bodyEnd: number): number[] {
  const numbers = new Map<number, number>();
  for (let i = bodyStart; i < bodyEnd; i++) {
    const m = LIST_NUMBER.exec((blocks[i] as Block).text);
    if (m) numbers.set(i, Number(m[1]));
  }
  const at = [...numbers.keys()];
  const marked: number[] = [];
  at.forEach((i, k) => {
    const n = numbers.get(i) as number;
    const before = k > 0 ? numbers.get(at[k - 1] as number) : undefined;
    const after = k + 1 < at.length ? numbers.get(at[k + 1] as number) : undefined;
    if (labels[i] !== 'good' && (before === n - 1 || after === n + 1)) {
      labels[i] = 'good';
      marked.push(i);
    }
  });
  return marked;
}

/**
 * On a page its URL files as documentation, the body is made of short lines as much as of prose:
 * steps, option and field names, headings, table cells and code, all of which the prose judge
 * takes for menu lines. Inside the body every line stays but the site's furniture (menu, social,
 * skip and legal lines: stories/short-lines). On the WCXB dev dumps the lines the judge dropped
 * inside documentation bodies held 58% reference words (articles 48%, products 22%), and keeping
 * them there moved documentation 0.890 -> 0.899. Marks those lines good; returns the indexes it marked.
 */
export function docsLines(blocks: readonly Block[], labels: Quality[], bodyStart: number, bodyEnd: number): number[] {
  const marked: number[] = [];
  for (let i = bodyStart; i < bodyEnd; i++) {
    if (labels[i] === 'good' || furnitureLine((blocks[i] as Block).text) !== undefined) continue;
    labels[i] = 'good';
    marked.push(i);
  }
  return marked;
}

/** "Founded: 2017", "Location: Barcelona, Spain": a short label, a colon, then its value. */
const KEY_VALUE = /^[^:]{1,30}:\s+\S/u;
/** A line of code ("id: number;", "if (x) {") has a key and a value too. */
const CODE_END = /[;{]$/u;
const URL_START = /^[a-z][a-z+.-]*:\/\//iu;
/** Key-value lines in a run at least, and this share of its lines. */
const MIN_KEY_VALUES = 2;
const KEY_VALUE_SHARE = 0.5;

/**
 * Fact sheets between two good blocks of the body, which the prose judge takes for a menu: two
 * or more "Label: value" lines ("Founded: 2017", "Location: Barcelona"), half the lines from the
 * first to the last of them or more. Marks those lines good; returns the indexes it marked.
 */
export function factRuns(blocks: readonly Block[], labels: Quality[], bodyStart: number, bodyEnd: number): number[] {
  const marked: number[] = [];
  eachRun(labels, bodyStart, bodyEnd, (i, j) => {
    let pairs = 0;
    let first = -1;
    let last = -1;
    for (let k = i; k < j; k++) {
      const text = (blocks[k] as Block).text;
      if ((KEY_VALUE.test(text) && !URL_START.test(text) && !CODE_END.test(text)) || (blocks[k] as Block).hints?.includes('row') === true) {
        pairs++;
        if (first < 0) first = k;
        last = k;
      }
    }
    // Only between two good blocks (a run at the body's edge is the page's), and only the stretch
    // from the first to the last pair: links printed under a fact sheet are not its facts.
    if (j < bodyEnd && i > bodyStart && pairs >= MIN_KEY_VALUES && pairs >= KEY_VALUE_SHARE * (last - first + 1)) markGood(labels, first, last + 1, marked);
  });
  return marked;
}

/** Calls `visit(i, j)` for each run [i, j) of lines not judged good in [start, end), in order. */
function eachRun(labels: readonly Quality[], start: number, end: number, visit: (i: number, j: number) => void): void {
  let i = start;
  while (i < end) {
    if (labels[i] === 'good') {
      i++;
      continue;
    }
    let j = i;
    while (j < end && labels[j] !== 'good') j++;
    visit(i, j);
    i = j;
  }
}

function markGood(labels: Quality[], from: number, to: number, marked: number[]): void {
  for (let k = from; k < to; k++) {
    labels[k] = 'good';
    marked.push(k);
  }
}

/** The candidates (indexes into `blocks`) whose line the story's whole run `all` prints once: a menu repeats in header and footer. */
export function printedOnce(blocks: readonly Block[], candidates: readonly number[], all: readonly Block[]): number[] {
  const times = new Map<string, number>();
  const edges = new KeyEdges();
  for (const i of candidates) {
    const key = blockKey(blocks[i] as Block);
    times.set(key, 0);
    edges.add(key);
  }
  for (const b of all) {
    // A line whose edges rule out every candidate's key is passed over without making its key.
    if (!edges.mayHold(b.text)) continue;
    const key = blockKey(b);
    const n = times.get(key);
    if (n !== undefined) times.set(key, n + 1);
  }
  return candidates.filter((i) => (times.get(blockKey(blocks[i] as Block)) ?? 0) <= 1);
}

/** Of a line's content words, this share at least must be words of the body's good blocks. */
const SHARED_WORDS = 0.5;

/**
 * Lines of the story the prose judge took for a menu (subheads, list items, pros and cons):
 * inside the body, a line in sentence case ("Wall charger not included"), printed once in the
 * story (a menu repeats in header and footer), whose content words are mostly the body's own.
 * Each cue alone was under break-even on the trafilatura dumps, the three together above it.
 * Marks those lines good; returns the indexes it marked.
 */
export function bodyLines(blocks: readonly Block[], labels: Quality[], bodyStart: number, bodyEnd: number, all: readonly Block[]): number[] {
  const candidates: number[] = [];
  for (let i = bodyStart; i < bodyEnd; i++) if (labels[i] !== 'good' && isSentenceCase((blocks[i] as Block).text)) candidates.push(i);
  // Most bodies have none: the vocabulary and the repeat counts are read only when one has.
  if (candidates.length === 0) return [];
  const once = printedOnce(blocks, candidates, all);
  if (once.length === 0) return [];
  // Which of the candidates' content words the body's good blocks hold (content words are
  // memoised): a content word is among a block's words exactly when it is among the block's
  // content words. Only the candidates' words are kept, not the body's whole vocabulary.
  const wanted = new Set<string>();
  for (const i of once) for (const w of contentWords((blocks[i] as Block).text)) wanted.add(w);
  // The wanted words not found yet, by hash: a simple block none of whose tokens has one of their
  // hashes holds none of them among its content words, and its words need not be read.
  const missing = new SimpleWordHashes();
  for (const w of wanted) missing.add(w);
  const found = new Set<string>();
  for (let i = bodyStart; i < bodyEnd && found.size < wanted.size; i++) {
    if (labels[i] !== 'good') continue;
    const text = (blocks[i] as Block).text;
    if (!(isSimple(text) ? missing.heldIn(text) : holdsMissing(text.toLowerCase(), wanted, found))) continue;
    for (const w of contentWords(text)) {
      if (!wanted.has(w) || found.has(w)) continue;
      found.add(w);
      missing.drop(w);
    }
  }
  const marked: number[] = [];
  for (const i of once) {
    const words = contentWords((blocks[i] as Block).text);
    let shared = 0;
    for (const w of words) if (found.has(w)) shared++;
    if (words.length > 0 && shared >= SHARED_WORDS * words.length) marked.push(i);
  }
  for (const i of marked) labels[i] = 'good';
  return marked;
}

/**
 * Some word of `wanted` not yet `found` is a piece of `lower` (a text lower-cased). Every content
 * word of a text is a piece of its lower-cased copy, so a text failing this adds nothing to
 * `found`, and its words need not be read.
 */
function holdsMissing(lower: string, wanted: ReadonlySet<string>, found: ReadonlySet<string>): boolean {
  for (const w of wanted) if (!found.has(w) && lower.includes(w)) return true;
  return false;
}

/**
 * Lines between two of the body's good blocks this many at most make one section's heading and
 * card lines. On the WCXB dev dumps with root URLs: 3 lines gave even/odd +0.0004/+0.0005, 6 gave
 * +0.0006/+0.0007 (services and listings), the trafilatura dumps level at both.
 */
const FRONT_RUN_MAX_LINES = 6;

/**
 * A dump whose story prints no date line and no byline is no news story (on the WCXB dev dumps a
 * date is found on 70% of articles, 8-23% of services, products, listings and collections): it is
 * made of sections as a front page is, when at least this many runs pass the same tests. Measured
 * (WCXB dumps summed F1 / trafilatura dumps tp, fp): 1 run +2.6 / +5, +10; 2 runs +2.4 / +4, +4;
 * 3 runs +2.0 / +3, +2. One run alone is as often a news page's teaser lines.
 */
export const UNDATED_MIN_RUNS = 2;

/** A run between two good blocks of the body, short enough to be a section's heading and cards. */
function shortRun(i: number, j: number, bodyStart: number, bodyEnd: number): boolean {
  return i > bodyStart && j < bodyEnd && j - i <= FRONT_RUN_MAX_LINES;
}

/**
 * A site's front page (its root URL) is made of sections, not a story: a heading, a line or two of
 * cards, a paragraph, the next section. The short lines between two of its paragraphs are those
 * headings and cards, which the prose judge takes for menu lines: a run of at most
 * FRONT_RUN_MAX_LINES is kept, unless a line's shape was met in an earlier run (the same
 * "Learn more", price or date between every section is a widget's), a line is site furniture, or
 * the run holds a related label. With `minRuns`, only when at least that many runs pass (a page
 * made of sections shows several). Marks those lines good; returns the indexes it marked.
 */
export function frontSections(blocks: readonly Block[], labels: Quality[], bodyStart: number, bodyEnd: number, minRuns = 1): number[] {
  const marked: number[] = [];
  // Most stories hold fewer short runs than asked for: their lines' shapes need not be read.
  if (minRuns > 1) {
    let short = 0;
    eachRun(labels, bodyStart, bodyEnd, (i, j) => {
      if (shortRun(i, j, bodyStart, bodyEnd)) short++;
    });
    if (short < minRuns) return marked;
  }
  const shapes = new Set<string>();
  const runs: [number, number][] = [];
  eachRun(labels, bodyStart, bodyEnd, (i, j) => {
    let keep = shortRun(i, j, bodyStart, bodyEnd);
    const keys: string[] = [];
    for (let k = i; k < j; k++) {
      const text = (blocks[k] as Block).text;
      const key = blockShapeKey(blocks[k] as Block);
      if (shapes.has(key) || furnitureLine(text) !== undefined || isEndLabel(text) || isInlineTeaser(text)) keep = false;
      keys.push(key);
    }
    for (const key of keys) shapes.add(key);
    if (keep) runs.push([i, j]);
  });
  if (runs.length >= minRuns) for (const [i, j] of runs) markGood(labels, i, j, marked);
  return marked;
}
