import { stopwordDensity } from '../lexicon/languages.js';
import { blockIsProse, blockWords, endsSentence } from '../lexicon/features.js';
import type { Block } from '../types.js';

/**
 * Body quality in the manner of jusText (Pomikálek): classify each block from its own
 * features, then relabel short and near-good blocks from their neighbours.
 */
export type Quality = 'good' | 'near-good' | 'short' | 'bad';

/** Words of the good blocks in [from, to). */
export function goodWords(blocks: readonly Block[], labels: readonly Quality[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (labels[i] === 'good') n += blockWords(blocks[i] as Block);
  return n;
}

/** jusText: blocks under 70 characters are "short" and judged by context. */
export const SHORT_CHARS = 70;
/** jusText stopword densities; our stoplists are larger than jusText's, so we sit a little higher. */
export const SD_GOOD = 0.32;
export const SD_NEAR = 0.3;
export const LONG_CHARS = 200;
/** jusText: link density over 0.2 makes a block bad. */
export const MAX_LINK_DENSITY = 0.2;
/** A short heading is kept when a good block starts within this many characters after it. */
export const HEADING_REACH = 200;

/**
 * A block's label from its own features. Only the label is returned: no stage reads why (the
 * removal reasons carry the measured values), and a reason string built for every block of a
 * page, twice on the text path, cost more than the test.
 */
export function judge(block: Block, lang: string | undefined): Quality {
  const len = block.text.length;
  if (block.linkDensity > MAX_LINK_DENSITY) return 'bad';
  if (len < SHORT_CHARS) return 'short';
  const sd = stopwordDensity(block.text, lang);
  const sentence = endsSentence(block.text);
  if (sd === undefined) {
    if (blockIsProse(block)) return 'good';
    return blockWords(block) >= 10 ? 'near-good' : 'bad';
  }
  if (sd >= SD_GOOD && (len > LONG_CHARS || sentence)) return 'good';
  if (sd >= SD_NEAR || (sentence && sd >= SD_NEAR - 0.1)) return 'near-good';
  return 'bad';
}

/**
 * jusText's context pass. Near-good blocks next to a good one become good; short blocks take
 * the label of their neighbours (document edges count as bad); a short heading-like block with
 * a good block right after it is kept.
 */
export function relabel(blocks: readonly Block[], input: Quality[]): Quality[] {
  const labels = shortRunsBad(blocks, input);
  const out = [...labels];
  const n = labels.length;
  const decided = (q: Quality): boolean => q === 'good' || q === 'bad';
  const before = nearest(labels, decided, -1);
  const after = nearest(labels, decided, 1);
  for (let i = 0; i < n; i++) {
    if (labels[i] === 'near-good') out[i] = before[i] === 'good' || after[i] === 'good' ? 'good' : 'bad';
  }
  const settled = [...out];
  const notShort = (q: Quality): boolean => q !== 'short';
  const prevs = nearest(settled, notShort, -1);
  const nexts = nearest(settled, notShort, 1);
  for (let i = 0; i < n; i++) {
    if (settled[i] !== 'short') continue;
    const prev = prevs[i];
    const next = nexts[i];
    if (prev === 'good' && next === 'good') out[i] = 'good';
    // A short sentence (C4: sentence end, 5+ words) next to the body is body, even at its edge.
    else if ((prev === 'good' || next === 'good') && blockIsProse(blocks[i] as Block)) out[i] = 'good';
    else if (next === 'good' && headingBefore(blocks, settled, i)) out[i] = 'good';
    else out[i] = 'bad';
  }
  return out;
}

/**
 * For every block, the label of the nearest block before it (step -1) or after it (step 1)
 * whose label `counts`, near-good read as bad; 'bad' past the document's edge. One pass, so a
 * long run of short blocks costs its length, not its length squared.
 */
function nearest(labels: readonly Quality[], counts: (q: Quality) => boolean, step: -1 | 1): Quality[] {
  const n = labels.length;
  const out = new Array<Quality>(n);
  let last: Quality = 'bad';
  for (let k = 0; k < n; k++) {
    const i = step === 1 ? n - 1 - k : k;
    out[i] = last;
    const q = labels[i] as Quality;
    if (counts(q)) last = q === 'near-good' ? 'bad' : q;
  }
  return out;
}

/** A short block is a heading of what follows when a good block starts within HEADING_REACH chars. */
function headingBefore(blocks: readonly Block[], labels: readonly Quality[], i: number): boolean {
  let chars = 0;
  for (let j = i + 1; j < blocks.length && chars <= HEADING_REACH; j++) {
    if (labels[j] === 'good') return blockWords(blocks[i] as Block) <= 15;
    chars += (blocks[j] as Block).text.length;
  }
  return false;
}

/**
 * Text dumps carry no link markup, so a menu or a list of related headlines shows up as a run
 * of short lines. A run of SHORT_RUN or more short lines that are not sentences is a list of
 * links, not body: subheads and short quotes come one or two at a time. Measured on the dev
 * set's text dumps (F1): runs of 3 → 0.825, 4 → 0.820, 6 → 0.811, no run rule → 0.779.
 */
export const SHORT_RUN = 3;

function shortRunsBad(blocks: readonly Block[], labels: readonly Quality[]): Quality[] {
  const out = [...labels];
  let i = 0;
  while (i < labels.length) {
    if (labels[i] !== 'short' || blockIsProse(blocks[i] as Block)) {
      i++;
      continue;
    }
    // Line i is short and no sentence: the run goes on from the line after it.
    let j = i + 1;
    while (j < labels.length && labels[j] === 'short' && !blockIsProse(blocks[j] as Block)) j++;
    if (j - i >= SHORT_RUN) for (let k = i; k < j; k++) out[k] = 'bad';
    i = j;
  }
  return out;
}
