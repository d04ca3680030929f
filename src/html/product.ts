import type { Block } from '../types.js';
import { normKey } from '../lexicon/features.js';
import { collapse } from './dom.js';
import { flattenLd, parseLd, typesOf } from './jsonld.js';
import { decodeEntities } from './meta-values.js';

/**
 * A product page's description as its JSON-LD `Product` states it. Shops write it for search
 * engines from the same text the page shows, but the page often sets it in a tab, an accordion or
 * a script-rendered block the container choice misses.
 */

const PRODUCT_TYPES: ReadonlySet<string> = new Set(['product', 'productgroup', 'individualproduct', 'productmodel']);
/** Shorter than this, a "description" is a slogan or a placeholder, not the product's text. */
const MIN_DESCRIPTION_CHARS = 80;
/** The body already tells it when it holds this share of the description's words. */
const COVERED_SHARE = 0.5;

/** The longest `description` of a Product node in the page's JSON-LD scripts, as plain text. */
export function productDescription(scripts: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const node of flattenLd(scripts.flatMap(parseLd))) {
    const text = node['description'];
    if (typeof text !== 'string' || !typesOf(node).some((t) => PRODUCT_TYPES.has(t))) continue;
    const plain = collapse(decodeEntities(unescapeUrl(text).replace(/<[^>]*>/g, ' ')));
    if (plain.length >= MIN_DESCRIPTION_CHARS && plain.length > (best?.length ?? 0)) best = plain;
  }
  return best;
}

/** Some shops store the text URL-encoded ("An%20elegant%20sofa"): one long token without spaces. */
function unescapeUrl(text: string): string {
  if (/\s/.test(text) || !/%[0-9A-Fa-f]{2}/.test(text)) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Lower-case runs of letters and digits: normKey's words. */
function wordsOf(text: string): string[] {
  const key = normKey(text);
  return key === '' ? [] : key.split(' ');
}

/**
 * The blocks with the description put first when they hold under COVERED_SHARE of its words
 * (a product's description leads its page); otherwise the blocks as they are.
 */
export function withDescription(blocks: readonly Block[], description: string): Block[] {
  const have = new Set<string>();
  for (const b of blocks) for (const w of wordsOf(b.text)) have.add(w);
  const words = wordsOf(description);
  const covered = words.filter((w) => have.has(w)).length;
  if (words.length === 0 || covered >= COVERED_SHARE * words.length) return [...blocks];
  // Ids count up from 0 in the document: -1 is free, and says the block stands before them all.
  const block: Block = { id: -1, kind: 'paragraph', text: description, where: 'JSON-LD Product description', linkDensity: 0, gapBefore: true };
  return [block, ...blocks];
}
