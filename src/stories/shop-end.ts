/**
 * Where a shop page's description ends in a dump (story/shop-end): at a label over shoppers'
 * reviews, other products or the shop's terms, whatever prose follows it — reviews are prose, and
 * so are the cards of a "Customers also bought" row and the shipping and returns policy, so the
 * terminator's test of the prose below does not hold here.
 */
import { blockWords, wordCount } from '../lexicon/features.js';
import { CART_CONTROL, DESCRIPTION_HEADING, NONZERO_DIGIT, PRICE_LINE, SHOP_END_LABEL, STORE_POLICY_HEADING, WHOLE_COUNT } from '../lexicon/patterns.js';
import { goodWords, type Quality } from '../rules/quality.js';
import type { Block } from '../types.js';
import { inContents, inRepeatedMenu, lineIndex, TERMINATOR_AFTER_CHARS } from './terminator.js';

/**
 * A dump that sells what it shows: a cart control ("Add to cart", "Qty:") and a line that is only
 * a price other than nothing ("$0.00" is an empty basket's total, printed on every page of a shop's site).
 */
export function isShopDump(all: readonly Block[]): boolean {
  let cart = false;
  let price = false;
  for (const b of all) {
    cart ||= CART_CONTROL.test(b.text);
    // The digit first: most lines hold none, and the price's expression costs more.
    price ||= NONZERO_DIGIT.test(b.text) && PRICE_LINE.test(b.text);
    if (cart && price) return true;
  }
  return false;
}

/**
 * A heading over the shop's terms ("Shipping & Returns", "Warranty Info", "Shipping and return
 * policies"): the same text stands under every product the shop sells (html/store-policy drops
 * that section on the HTML path). Not a field label with its value beside it ("Shipping:",
 * "Returns:" in a buy box), nor one word alone ("Shipping", "Refund"): a filter, a rating's
 * criterion or one tab of a row as often as a section's heading.
 */
export function isPolicyHeading(text: string): boolean {
  const t = text.trim();
  return STORE_POLICY_HEADING.test(t) && !t.endsWith(':') && wordCount(t) >= 2;
}

/**
 * Index of the first shop end label ("Customer reviews", "Recently viewed", "Shipping & Returns") after 500+ characters
 * of the body's good blocks, at `from` or below, or `end`: not an entry of a tab bar or table of contents whose
 * sections follow, nor a second copy of a menu, nor a label with the description below it.
 */
export function shopEndCut(blocks: readonly Block[], labels: readonly Quality[], start: number, end: number, all: readonly Block[], from = start): number {
  let before = 0;
  for (let i = start; i < end; i++) {
    const b = blocks[i] as Block;
    if (i >= from && before >= TERMINATOR_AFTER_CHARS && (SHOP_END_LABEL.test(b.text) || isPolicyHeading(b.text)) && !inContents(all, b) && !inRepeatedMenu(all, b) && !descriptionBelow(all, b) && !tableRow(all, b)) return i;
    if (labels[i] === 'good') before += b.text.length;
  }
  return end;
}

/**
 * A short-line body's good words below its end label are this share of its words at most: the
 * label closes the grid or the spec list at the page's end. Higher up, a grid's cards print such
 * words as badges ("Free returns") and a row of other products can stand above the grid.
 */
const SHORT_BODY_TAIL_SHARE = 0.25;

/**
 * Where a short-line body's last part begins (stories/short-lines: a grid, a spec list): the first
 * line with at most SHORT_BODY_TAIL_SHARE of the body's good words from it on. A shop end label
 * ends such a body only there.
 */
export function shortBodyTail(blocks: readonly Block[], labels: readonly Quality[], start: number, end: number): number {
  const total = goodWords(blocks, labels, start, end);
  let below = total;
  for (let i = start; i < end; i++) {
    if (below <= SHORT_BODY_TAIL_SHARE * total) return i;
    if (labels[i] === 'good') below -= blockWords(blocks[i] as Block);
  }
  return end;
}

/**
 * The product's description is printed below the label at `b` (a heading "Description", "About
 * this game", "Product details" further down): the label is the buy box's or a tab's, above the
 * description, not the end of it.
 */
function descriptionBelow(all: readonly Block[], b: Block): boolean {
  const at = lineIndex(all, b);
  for (let j = at + 1; j < all.length; j++) if (DESCRIPTION_HEADING.test((all[j] as Block).text)) return true;
  return false;
}

/**
 * The label at `b` heads a row of a comparison table: the two lines under it are bare counts
 * ("Reviews", "509", "119", then "Price", ...), one per product compared.
 */
function tableRow(all: readonly Block[], b: Block): boolean {
  const at = lineIndex(all, b);
  const first = all[at + 1]?.text;
  const second = all[at + 2]?.text;
  return first !== undefined && second !== undefined && WHOLE_COUNT.test(first) && WHOLE_COUNT.test(second);
}
