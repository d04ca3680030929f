/**
 * A shopper's review on a product page whose text html/comments took: what is left of its card
 * (the reviewer's masked name, "Verified purchase", "Past month", a star count) says nothing about
 * the product either, and it repeats once per review.
 */
import type { AnyNode, Element } from 'domhandler';
import { isElement, pathOf, textOf } from './dom.js';
import type { RemovalLog } from '../rules/rule.js';
import { subtractPruned } from './prune.js';
import type { NodeStatsMap } from './stats.js';

/** A review card's own lines besides its text: a name, a date, a badge; more is a post of its own. */
const REMAINS_MAX_CHARS = 250;
/** How far above the comment's text its card may sit. */
const CARD_DEPTH = 4;

/** Prunes the cards (list items) of the comments html/comments took, when little else is left in them. */
export function dropReviewRemains(body: Element, comments: readonly Element[], pruned: Set<AnyNode>, stats: NodeStatsMap, log: RemovalLog): void {
  const found = new Set<Element>();
  for (const c of comments) {
    const card = cardOf(c, body, pruned);
    if (card === null || pruned.has(card) || found.has(card)) continue;
    const s = stats.get(card);
    if (!s || s.chars === 0 || s.chars > REMAINS_MAX_CHARS) continue;
    found.add(card);
  }
  for (const card of found) {
    log.drop({ text: textOf(card, pruned, 200), where: pathOf(card) }, 'html/review-remains', `what is left of a review whose text went (${stats.get(card)?.chars ?? 0} characters)`);
    pruned.add(card);
  }
  subtractPruned(body, stats, [...found]);
}

/** The list item the comment sits in, within CARD_DEPTH levels; null when there is none or something above it is pruned already. */
function cardOf(el: Element, body: Element, pruned: ReadonlySet<AnyNode>): Element | null {
  let card: Element | null = null;
  let n = 0;
  for (let a = el.parent; a && isElement(a) && a !== body; a = a.parent, n++) {
    if (card !== null && pruned.has(a)) return null;
    if (card === null && n < CARD_DEPTH && a.name === 'li') card = a;
  }
  return card;
}
