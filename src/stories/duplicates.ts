import { blockKey, blockWords, copiesByKey } from '../lexicon/features.js';
import { CART_CONTROL, endsInLabelColon } from '../lexicon/patterns.js';
import { clip, isDisabled, type RemovalLog } from '../rules/rule.js';
import type { Block } from '../types.js';

/**
 * story/duplicate-block: within a story, a block whose text, after case, spacing and punctuation
 * are normalised, equals an earlier block's goes; the first copy stays. Numbers count: lines that
 * share a pattern but not their figures (results, court lists, changelogs) are not repeats.
 *
 * An item's field is not a repeat: the cards of a catalogue and the entries of a comparison print
 * the same labels, often the same values ("Weight:" "0.7 lb", "Best for:" …), once per item. A
 * label (a few words ending in its colon, printed for MIN_ITEMS items at least) with its value right
 * under it, and that short value, stay when a line new to the story that is no field (the next
 * item's name) sits between them and their previous copy: a card's second copy (its slot for small
 * screens) still goes. `withFields` false: every repeat goes (a forum's posts: their labels,
 * "Posts:", "Jane said:", are the posters' furniture).
 */
export function dropDuplicates(blocks: readonly Block[], log: RemovalLog, disable: readonly string[], withFields = true): Block[] {
  if (isDisabled('story/duplicate-block', disable)) return [...blocks];
  const fields = withFields ? itemFields(blocks) : new Set<number>();
  const first = new Map<string, number>();
  // One reason per original: a line repeated thousands of times shares it (each would hold a copy).
  const reasons = new Map<number, string>();
  return blocks.filter((b, i) => {
    const key = blockKey(b);
    const k = first.get(key);
    if (key === '' || k === undefined) {
      first.set(key, i);
      return true;
    }
    if (fields.has(i)) return true;
    let reason = reasons.get(k);
    if (reason === undefined) {
      const original = blocks[k] as Block;
      reason = `repeats block ${k + 1} (${original.where}): "${clip(original.text)}"`;
      reasons.set(k, reason);
    }
    log.drop(b, 'story/duplicate-block', reason);
    return false;
  });
}

/** A field's label and its value: this many words at most each ("Heel to Toe Drop:", "Regular, Wide"). */
const FIELD_MAX_WORDS = 6;
/** Items that print a label at least: a grid's or a comparison's, not a text printed twice. */
const MIN_ITEMS = 3;

/**
 * The indexes of the repeated blocks that are an item's field label or value (see dropDuplicates):
 * between such a block and its previous copy, a line new to the story that is no field itself.
 */
export function itemFields(blocks: readonly Block[]): Set<number> {
  const fields = new Set<number>();
  // A field is a label or the value under one: with no label among the blocks there is none, and no text need be counted.
  if (!blocks.some(isLabel)) return fields;
  const counts = copiesByKey(blocks);
  const often = (j: number): boolean => (counts.get(blockKey(blocks[j] as Block)) ?? 0) >= MIN_ITEMS;
  // How many blocks up to each index are new items' lines, and where each text was last.
  const itemsUpTo: number[] = [];
  const last = new Map<string, number>();
  blocks.forEach((b, i) => {
    const key = blockKey(b);
    const previous = last.get(key);
    last.set(key, i);
    const field = isLabel(b) ? hasValue(blocks, i) && often(i) : isValue(b) && labelAbove(blocks, i) && often(i - 1);
    itemsUpTo.push((itemsUpTo[i - 1] ?? 0) + (previous === undefined && !field ? 1 : 0));
    // Copies with no new item between them are one item's two copies, or a list printed twice.
    if (field && previous !== undefined && itemsUpTo[i] !== itemsUpTo[previous]) fields.add(i);
  });
  return fields;
}

/** A cart's control ("Qty:", "Add to cart") is a button's words in every card, no field of the item. */
function isLabel(b: Block): boolean {
  return endsInLabelColon(b.text) && blockWords(b) <= FIELD_MAX_WORDS && !CART_CONTROL.test(b.text);
}

function isValue(b: Block): boolean {
  return !endsInLabelColon(b.text) && blockWords(b) <= FIELD_MAX_WORDS && !CART_CONTROL.test(b.text);
}

/** The next block is the page's next (nothing dropped between: a label whose value went is furniture) and no label. */
function hasValue(blocks: readonly Block[], i: number): boolean {
  const next = blocks[i + 1];
  return next !== undefined && next.id === (blocks[i] as Block).id + 1 && !endsInLabelColon(next.text);
}

/** The block above is the page's block right above, and a label. */
function labelAbove(blocks: readonly Block[], i: number): boolean {
  const above = blocks[i - 1];
  return above !== undefined && above.id + 1 === (blocks[i] as Block).id && isLabel(above);
}
