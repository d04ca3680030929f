import type { AnyNode, Element } from 'domhandler';
import { attr, cardKey, isElement, nextElement, NON_TEXT, pathOf, textOf, walk } from './dom.js';
import { clip, type RemovalLog } from '../rules/rule.js';
import { CART_CONTROL, LOYALTY_OFFER, MEDIA_CONTROL, OTHER_PRODUCTS_LABEL, PRICE_LINE, PRICE_TEXT, REVIEW_SUMMARY_HEADING, REVIEW_SUMMARY_LABEL, SHIPPING_OFFER, SHOP_PITCH_HEADING, SHOP_SERVICE_LINE, STOCK_LINE, STORE_POLICY_HEADING } from '../lexicon/patterns.js';
import { blockWords, wordCount } from '../lexicon/features.js';
import type { Block } from '../types.js';
import type { NodeStatsMap } from './stats.js';
import { subtractPruned } from './prune.js';
import { panelAfter } from './toggles.js';

/**
 * Other products' offers on a product page: a carousel or grid of like tiles, each a link to
 * another item and its price ("similar items", "sponsored", "the seller's other items"). The
 * page's own product is one item; its variants are buttons and options, not linked tiles.
 */

/** A row of offers holds at least this many tiles... */
const MIN_TILES = 3;
/**
 * ...each a link and a price (or a cart button of its own, which says the same), and short: another item's title, its price and a line more
 * (delivery, rating, seller). A name and a price alone ("Laptop From $599") is a shop's range of
 * models, the page's own content when a catalogue is read as a product. The 50 was set on the
 * WCXB dev pages between one such catalogue (tiles of 31–45 characters) and the offers rows
 * whose removal helped (56 and up).
 */
const TILE_MIN_CHARS = 50;
const TILE_MAX_CHARS = 300;

export function offerTiles(root: Element, pruned: ReadonlySet<AnyNode>, stats: NodeStatsMap): Element[] {
  const found: Element[] = [];
  walk(root, (node) => {
    if (!isElement(node) || pruned.has(node) || NON_TEXT.has(node.name)) return false;
    if (node.children.length < MIN_TILES) return true;
    const groups = new Map<string, Element[]>();
    for (const c of node.children) {
      if (!isElement(c) || pruned.has(c)) continue;
      const s = stats.get(c);
      if (!s || s.chars < TILE_MIN_CHARS || s.chars > TILE_MAX_CHARS) continue;
      const key = cardKey(c);
      const g = groups.get(key);
      if (g) g.push(c);
      else groups.set(key, [c]);
    }
    const rows = new Set<string>();
    for (const [key, g] of groups) {
      if (g.length < MIN_TILES) continue;
      const priced = g.filter((c) => isOffer(c, pruned));
      if (priced.length >= MIN_TILES && priced.length * 2 >= g.length) {
        found.push(...g);
        rows.add(key);
      }
    }
    if (rows.size === 0) return true;
    found.push(...setApart(groups, rows, pruned));
    return false;
  });
  return found;
}

/**
 * A row's tile that carries a class of its own (the slide in view, a featured tile) groups apart
 * from the rest: the same element with a price and a link out is one more offer of the row.
 */
function setApart(groups: ReadonlyMap<string, readonly Element[]>, rows: ReadonlySet<string>, pruned: ReadonlySet<AnyNode>): Element[] {
  const tags = new Set<string>();
  for (const [key, g] of groups) if (rows.has(key)) tags.add((g[0] as Element).name);
  const apart: Element[] = [];
  for (const [key, g] of groups) {
    if (rows.has(key) || g.length >= MIN_TILES) continue;
    for (const c of g) if (tags.has(c.name) && isOffer(c, pruned)) apart.push(c);
  }
  return apart;
}

/** A tile that sells another item: a price (or a cart button of its own) and a link to another page. */
function isOffer(tile: Element, pruned: ReadonlySet<AnyNode>): boolean {
  return (PRICE_TEXT.test(textOf(tile, pruned)) || buysItself(tile, pruned)) && linksOut(tile);
}

/** Prunes the offers; returns their text outside links, which the page's prose no longer counts. */
export function dropOfferTiles(root: Element, pruned: Set<AnyNode>, stats: NodeStatsMap, log: RemovalLog): number {
  let prose = 0;
  const tiles = offerTiles(root, pruned, stats);
  for (const el of tiles) {
    pruned.add(el);
    const s = stats.get(el);
    if (s) prose += s.chars - s.linkChars;
    log.drop({ text: textOf(el, undefined, 200), where: pathOf(el) }, 'html/offers', `one of several linked tiles with a price (${s?.chars ?? 0} characters): another product's offer`);
  }
  subtractPruned(root, stats, tiles);
  return prose;
}

/**
 * Whether the tile holds a cart control of its own ("Add to cart", "Buy now"): it sells another
 * item, as a price would say. The page's own product has one buy box, not a row of them.
 */
function buysItself(tile: Element, pruned: ReadonlySet<AnyNode>): boolean {
  let found = false;
  walk(tile, (node) => {
    if (found || !isElement(node) || pruned.has(node)) return false;
    if (node.name === 'a' || node.name === 'button') found = CART_CONTROL.test(textOf(node, pruned).trim());
    return !found;
  });
  return found;
}

/** Whether the tile holds a link to another page (its title, or an empty overlay link over the whole tile). */
function linksOut(tile: Element): boolean {
  let found = false;
  walk(tile, (node) => {
    if (found || !isElement(node)) return false;
    if (node.name === 'a' && attr(node, 'href')) found = true;
    return !found;
  });
  return found;
}

/**
 * A product page's lines that are only a price ("$24.99", "Sale price €19,99", "$85 - $115"): the
 * buy box's figures, not the product's description. A price said in a sentence or a table row stays.
 */
export function dropPriceLines(blocks: readonly Block[], log: RemovalLog): Block[] {
  return blocks.filter((b) => {
    if (b.text.length > PRICE_LINE_MAX_CHARS || !PRICE_LINE.test(b.text)) return true;
    log.drop(b, 'html/price-line', `a line that is only a price: "${clip(b.text)}"`);
    return false;
  });
}

/**
 * A product page's lines (headings too) that are only a stock status, a cart control or a delivery offer ("In
 * stock!", "Low in stock, only 2 left", "Add to bag", "Qty:", "Free shipping over $50"): the buy
 * box's, like its price. (In a dump such lines stay: the text path's bounds lean on them as the
 * edge of the description.)
 */
export function dropBuyBoxLines(blocks: readonly Block[], log: RemovalLog): Block[] {
  return blocks.filter((b) => {
    if (b.text.length > PRICE_LINE_MAX_CHARS) return true;
    const what = buyBoxLine(b);
    if (what === null) return true;
    log.drop(b, 'html/buy-box', `a line that is only ${what}: "${clip(b.text)}"`);
    return false;
  });
}

function buyBoxLine(b: Block): string | null {
  if (STOCK_LINE.test(b.text)) return 'a stock status';
  if (CART_CONTROL.test(b.text)) return 'a cart control';
  if (MEDIA_CONTROL.test(b.text)) return "a picture viewer's control";
  if (LOYALTY_OFFER.test(b.text)) return 'a loyalty offer';
  if (SHOP_SERVICE_LINE.test(b.text)) return "the shop's help, service or ad label";
  // A tab's or a toggle's label for the shop's terms ("Shipping & Returns") whose panel the page
  // did not print; with a colon it names a field whose value follows ("Returns: 30 days").
  if (b.kind !== 'heading' && isTermsLabel(b.text.trim())) return "a label of the shop's terms";
  // A table keeps its terms: a spec sheet may state the shipping.
  return b.kind !== 'table' && SHIPPING_OFFER.test(b.text) ? 'a delivery offer' : null;
}

/**
 * A product page's label over other products ("Customers also bought", "The seller's other items",
 * "Featured products"), heading or line: its tiles went (html/offers, html/link-block) or are
 * another product's name and price, and the label left alone names no part of this product.
 */
export function dropOffersLabels(blocks: readonly Block[], log: RemovalLog): Block[] {
  return blocks.filter((b) => {
    if (b.text.length > PRICE_LINE_MAX_CHARS || !OTHER_PRODUCTS_LABEL.test(b.text.trim())) return true;
    log.drop(b, 'html/offers-label', `a label over other products: "${clip(b.text)}"`);
    return false;
  });
}

/** Longer than any price line with its label. */
const PRICE_LINE_MAX_CHARS = 60;

/**
 * A product page's section under a heading that names the shop's terms ("Shipping & Returns",
 * "Warranty Info"): the same text stands on every product the shop sells, so it is the shop's,
 * not this product's description. The section runs to the next heading of its level or higher;
 * a longer one than a shop's terms take is kept (its headings are more likely misnested).
 */
export function dropStorePolicy(blocks: readonly Block[], log: RemovalLog): Block[] {
  return dropSections(blocks, log, STORE_POLICY_HEADING, POLICY_MAX_WORDS, 'html/store-policy', "the shop's terms, not the product");
}

/** A line that only names the shop's terms, not a field whose value follows it (a colon). */
const isTermsLabel = (text: string): boolean => !text.endsWith(':') && STORE_POLICY_HEADING.test(text);

/**
 * A product page's section under a heading that sells the shop rather than the product ("Why buy
 * from us?", "Why <shop> is the best place to buy", "What makes our advisers great?"): the shop
 * says it beside every product it sells. Runs like dropStorePolicy's sections, up to PITCH_MAX_WORDS.
 */
export function dropShopPitch(blocks: readonly Block[], log: RemovalLog): Block[] {
  return dropSections(blocks, log, SHOP_PITCH_HEADING, PITCH_MAX_WORDS, 'html/shop-pitch', 'the shop selling itself, not the product');
}

/**
 * A shop's summary of its reviews (lexicon REVIEW_SUMMARY_HEADING, _LABEL): the section under a
 * "Customers say" heading (the summary, the topics shoppers mention, the quotes behind each), up
 * to SUMMARY_MAX_WORDS, and the summary's label line ("AI-generated from customer reviews") wherever
 * it stands; without the heading the summary's own sentences stay. html/reviews prunes the reviews
 * by their markup's class words; a summary set in plainly named markup escapes it.
 */
export function dropReviewSummary(blocks: readonly Block[], log: RemovalLog): Block[] {
  const kept = dropSections(blocks, log, REVIEW_SUMMARY_HEADING, SUMMARY_MAX_WORDS, 'html/review-summary', "a summary of the shoppers' reviews, not the product");
  return kept.filter((b) => {
    if (b.kind === 'heading' || !REVIEW_SUMMARY_LABEL.test(b.text.trim())) return true;
    log.drop(b, 'html/review-summary', `the label of a summary of the shoppers' reviews: "${clip(b.text)}"`);
    return false;
  });
}

/** A review summary with a quote or two under each topic it names; a misnested heading would hold the rest of the page. */
const SUMMARY_MAX_WORDS = 2000;

/** A shop's pitch for its staff and services is longer than its terms, but not a description's length. */
const PITCH_MAX_WORDS = 500;

/** Drops each section under a heading that `heading` matches, to the next heading of its level or higher, when it holds at most `maxWords`. */
function dropSections(blocks: readonly Block[], log: RemovalLog, heading: RegExp, maxWords: number, rule: 'html/store-policy' | 'html/shop-pitch' | 'html/review-summary', what: string): Block[] {
  const drop = new Set<number>();
  for (let i = 0; i < blocks.length; i++) {
    const head = blocks[i] as Block;
    if (head.kind !== 'heading' || !heading.test(head.text.trim())) continue;
    let end = i + 1;
    let words = 0;
    for (; end < blocks.length; end++) {
      const b = blocks[end] as Block;
      if (b.kind === 'heading' && (b.level ?? 6) <= (head.level ?? 6)) break;
      words += blockWords(b);
    }
    if (words > maxWords) continue;
    for (let j = i; j < end; j++) {
      if (drop.has(j)) continue;
      drop.add(j);
      log.drop(blocks[j] as Block, rule, `under the heading "${clip(head.text)}" (${words} words): ${what}`);
    }
    i = end - 1;
  }
  return drop.size === 0 ? [...blocks] : blocks.filter((_, i) => !drop.has(i));
}

/** More words than a shop's shipping, returns or warranty terms take on a product page. */
const POLICY_MAX_WORDS = 250;

/**
 * The shop's terms set in a disclosure: a <summary> (or a toggle button read as one: html/toggles)
 * labelled as shipping, returns or warranty, and the panel it opens (the rest of its <details>, or
 * the element after it). Such a label makes no heading block, so dropStorePolicy cannot see the
 * section: it is pruned here, before the container is chosen. Returns the pruned elements.
 */
export function dropPolicyPanels(root: Element, pruned: Set<AnyNode>, stats: NodeStatsMap, log: RemovalLog): Element[] {
  const found: Element[] = [];
  walk(root, (node) => {
    if (!isElement(node) || pruned.has(node) || NON_TEXT.has(node.name)) return false;
    if (node.name !== 'summary') return true;
    const label = textOf(node, pruned);
    if (!STORE_POLICY_HEADING.test(label)) return false;
    const parts = policySection(node);
    const words = parts.reduce((n, el) => n + wordCount(textOf(el, pruned)), 0);
    if (parts.length === 0 || words > POLICY_MAX_WORDS) return false;
    for (const el of parts) {
      if (pruned.has(el)) continue;
      log.drop({ text: textOf(el, pruned, 200), where: pathOf(el) }, 'html/store-policy', `a disclosure labelled "${clip(label)}" (${words} words): the shop's terms, not the product`);
      pruned.add(el);
      found.push(el);
    }
    return false;
  });
  subtractPruned(root, stats, found);
  return found;
}

/** The elements that hold a disclosure's label and panel: its <details>, else the label (or its one-child wrapper) and the panel after it. */
function policySection(summary: Element): Element[] {
  const parent = summary.parent;
  if (parent && isElement(parent) && parent.name === 'details') return [parent];
  const panel = panelAfter(summary);
  if (panel === null) return [];
  const label = nextElement(summary) === panel || !parent || !isElement(parent) ? summary : parent;
  return [label, panel];
}
