import type { AnyNode, Element } from 'domhandler';
import { attr, cardKey, isElement, NON_TEXT, walk } from './dom.js';
import type { StatsOf } from './stats.js';

/**
 * Cards of a grid, as the pruning rules see them: like siblings (one tag and class) that each hold
 * a link. Inside one, a class word or an aria-hidden names a part of the card (its stars, the price
 * it shows), not the page's furniture.
 */

/** How far above an element its card may be, and how many like cards make a grid. */
const CARD_DEPTH = 5;
const GRID_CARDS = 3;

/** Whether one of the CARD_DEPTH ancestors of `el` is a card of a grid (isGridCard). */
export function inGridCard(el: Element, stats: StatsOf): boolean {
  let card: AnyNode | null = el.parent;
  for (let depth = 0; card && isElement(card) && depth < CARD_DEPTH; depth++, card = card.parent) {
    if (isGridCard(card, stats)) return true;
  }
  return false;
}

/** Whether `el` and at least GRID_CARDS - 1 like siblings (one tag and class) each hold a link. */
function isGridCard(el: Element, stats: StatsOf): boolean {
  const parent = el.parent;
  if (!parent || !isElement(parent) || parent.children.length < GRID_CARDS) return false;
  const key = cardKey(el);
  let n = 0;
  for (const c of parent.children) {
    if (!isElement(c) || cardKey(c) !== key) continue;
    const st = stats.get(c);
    if (st && st.linkChars > 0 && ++n >= GRID_CARDS) return true;
  }
  return false;
}


/** A page has one masthead and one footer (two with a mobile copy); a class worn this often names a part of each item. */
const REPEATED_PART = 3;

/**
 * Whether `el` is one part of each of the page's repeated items: its tag and class attribute recur
 * REPEATED_PART times or more, and never side by side (twins side by side are the columns of one
 * footer or the rows of one masthead).
 */
export function isItemPart(el: Element, twins: (el: Element) => number): boolean {
  const cls = attr(el, 'class');
  if (cls === undefined || twins(el) < REPEATED_PART) return false;
  return !(el.parent?.children ?? []).some((c) => c !== el && isElement(c) && c.name === el.name && attr(c, 'class') === cls);
}

/** Counts the page's elements by tag and class attribute, on the first question only. */
export function twinCounter(body: Element): (el: Element) => number {
  // By tag, then by class attribute: two plain lookups, no key string made per element.
  let counts: Map<string, Map<string, number>> | null = null;
  return (el) => {
    if (counts === null) {
      const m = new Map<string, Map<string, number>>();
      walk(body, (node) => {
        if (!isElement(node)) return false;
        const cls = attr(node, 'class');
        if (cls !== undefined) {
          let byClass = m.get(node.name);
          if (byClass === undefined) m.set(node.name, (byClass = new Map()));
          byClass.set(cls, (byClass.get(cls) ?? 0) + 1);
        }
        return true;
      });
      counts = m;
    }
    return counts.get(el.name)?.get(attr(el, 'class') ?? '') ?? 0;
  };
}

/** A catalogue's grid: this many like items at least... */
const CATALOGUE_ITEMS = 6;
/** ...each a link with text of its own beside it (a price, a colour, a size): a menu's items are links alone. */
const ITEM_OWN_CHARS = 2;

/**
 * Whether `el` holds a grid of items: CATALOGUE_ITEMS like siblings that each hold a link and some
 * text outside it. A menu or a pager is links only; a shop's grid shows each item's price or colour
 * beside its linked name.
 */
export function holdsItemGrid(el: Element, stats: StatsOf): boolean {
  let found = false;
  walk(el, (node) => {
    if (found || !isElement(node) || NON_TEXT.has(node.name)) return false;
    found = hasLikeItems(node, stats, CATALOGUE_ITEMS, ITEM_OWN_CHARS);
    return !found;
  });
  return found;
}

/** Whether `cards` of el's children are alike (one tag and class) and each hold a link and `ownChars` of text outside links. */
export function hasLikeItems(el: Element, stats: StatsOf, cards: number, ownChars: number): boolean {
  if (el.children.length < cards) return false;
  const groups = new Map<string, number>();
  for (const c of el.children) {
    if (!isElement(c)) continue;
    const st = stats.get(c);
    if (!st || st.linkChars === 0 || st.chars - st.linkChars < ownChars) continue;
    const key = cardKey(c);
    const n = (groups.get(key) ?? 0) + 1;
    if (n >= cards) return true;
    groups.set(key, n);
  }
  return false;
}
