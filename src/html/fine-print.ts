/**
 * A product page's fine print, the same beside every item of the shop or maker and not about this one:
 * html/fine-print prunes the elements the markup names as such (before the container is chosen),
 * html/legal-notice drops the blocks whose words are a legal notice (after).
 */
import type { AnyNode, Element } from 'domhandler';
import { clip, type RemovalLog } from '../rules/rule.js';
import { HTML_FINE_PRINT_WORDS, LEGAL_NOTICE_KINDS } from '../lexicon/patterns.js';
import { blockWords } from '../lexicon/features.js';
import type { Block } from '../types.js';
import { subtractPruned } from './prune.js';
import { isElement, markupWords, NON_TEXT, pathOf, textOf, walk } from './dom.js';
import type { NodeStatsMap } from './stats.js';

/**
 * html/fine-print: on a product page, the elements that the markup names as fine print (class or
 * id words "disclaimer", "footnotes", "fine print"): the shop's legal small print and the notes
 * its marketing claims point to ("Based on internal lab tests…", "Offer valid while supplies
 * last…"). They qualify the shop's offer, the same beside every product it sells; they do not
 * describe this one. html/ad already takes such a box unless it reads as story prose, and the
 * long notes do. An element that holds the page's headline (an <h1>) or most of its text is a
 * wrapper named for what it contains, not the fine print: the walk goes into it instead.
 */
export function dropFinePrint(root: Element, pruned: Set<AnyNode>, stats: NodeStatsMap, log: RemovalLog): Element[] {
  const found: Element[] = [];
  const pageChars = stats.get(root)?.chars ?? 0;
  walk(root, (node) => {
    if (!isElement(node) || pruned.has(node) || NON_TEXT.has(node.name)) return false;
    const own = stats.get(node);
    if (own === undefined || own.chars === 0) return false;
    const m = HTML_FINE_PRINT_WORDS.exec(markupWords(node));
    if (m === null || own.h1 > 0 || own.chars > pageChars / 2) return true;
    log.drop({ text: textOf(node, pruned, 200), where: pathOf(node) }, 'html/fine-print', `class/id word "${m[0].trim()}" (${own.chars} characters): the shop's small print, not the product`);
    pruned.add(node);
    found.push(node);
    return false;
  });
  subtractPruned(root, stats, found);
  return found;
}

/**
 * html/legal-notice: on a product page, the maker's or publisher's legal fine print (copyright,
 * trademarks, licence and account terms, privacy policy). It is the same boilerplate on every item
 * of that maker and says nothing about the item itself. A block is fine print when its text holds
 * two kinds of legal wording (LEGAL_NOTICE_KINDS): one alone is a fact of the item ("Requires
 * agreement to a third-party EULA"). The notice's other lines go with it (lines a <br> breaks
 * apart, paragraphs side by side: the blocks next to it whose element has the same path): a
 * notice states only some of its terms in those words.
 */

/** Two kinds of legal wording make a notice; one is a sentence that mentions a term. */
const MIN_KINDS = 2;
/** A notice's run is fine print, not a description's length (longer ones stay whole). */
const NOTICE_MAX_WORDS = 600;

/** Another line of the notice: not a heading, and set in an element at the same place (one path). */
const sameContainer = (other: Block, notice: Block): boolean => other.kind !== 'heading' && other.where !== '' && other.where === notice.where;

const legalKinds = (text: string): number => LEGAL_NOTICE_KINDS.reduce((n, kind) => (kind.test(text) ? n + 1 : n), 0);

/** Drops each legal notice of a product's blocks with the lines of its container, up to NOTICE_MAX_WORDS. */
export function dropLegalNotices(blocks: readonly Block[], log: RemovalLog): Block[] {
  const drop = new Set<number>();
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    if (drop.has(i) || b.kind === 'heading' || legalKinds(b.text) < MIN_KINDS) continue;
    // The run of blocks in the notice's container (its other lines, its sibling paragraphs).
    let start = i;
    while (start > 0 && sameContainer(blocks[start - 1] as Block, b)) start--;
    let end = i + 1;
    while (end < blocks.length && sameContainer(blocks[end] as Block, b)) end++;
    let words = 0;
    for (let j = start; j < end; j++) words += blockWords(blocks[j] as Block);
    if (words > NOTICE_MAX_WORDS) continue;
    for (let j = start; j < end; j++) {
      if (drop.has(j)) continue;
      drop.add(j);
      log.drop(blocks[j] as Block, 'html/legal-notice', `in a legal notice of ${words} words ("${clip(b.text)}"): fine print, not the product`);
    }
  }
  return drop.size === 0 ? [...blocks] : blocks.filter((_, i) => !drop.has(i));
}
