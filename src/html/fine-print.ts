import type { AnyNode, Element } from 'domhandler';
import type { RemovalLog } from '../rules/rule.js';
import { HTML_FINE_PRINT_WORDS } from '../lexicon/patterns.js';
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
