import type { AnyNode, Element } from 'domhandler';
import { clip, type RemovalLog } from '../rules/rule.js';
import { isEndLabel } from '../rules/end-labels.js';
import { contains } from './choose.js';
import { subtractPruned } from './prune.js';
import { END_LABEL_MAX_CHARS } from './filter.js';
import { HEADING_TAGS, INLINE, isElement, NON_TEXT, pathOf, textOf, walk } from './dom.js';
import type { NodeStatsMap } from './stats.js';

/**
 * html/empty-shelf: on a product page, a heading that labels other pages ("You may also like",
 * "Related products") over a box that holds nothing: the shop's script fills the shelf after the
 * page loads, or html/offers took its tiles. Such a label labels nothing the page shows, and the
 * text after it is the page's next section (the product's features, its materials), not the
 * shelf's items: it goes alone, so that html/end-label does not cut that section with it.
 * A shelf that still holds text keeps its label for html/end-label.
 */


/** Prunes the labels of empty shelves; returns them. */
export function dropEmptyShelfLabels(root: Element, pruned: Set<AnyNode>, stats: NodeStatsMap, log: RemovalLog): Element[] {
  const found: Element[] = [];
  walk(root, (node) => {
    if (!isElement(node) || pruned.has(node) || NON_TEXT.has(node.name)) return false;
    if (!HEADING_TAGS.has(node.name)) return true;
    const label = textOf(node, pruned);
    // As html/filter reads an end label: a line, not a sentence that mentions related things.
    if (label === '' || label.length > END_LABEL_MAX_CHARS || !isEndLabel(label)) return false;
    const shelf = emptyShelf(node, pruned, stats);
    if (shelf === null) return false;
    log.drop({ text: label, where: pathOf(node) }, 'html/empty-shelf', `"${clip(label)}" labels an empty box (${pathOf(shelf)}): its items are not on the page`);
    pruned.add(node);
    found.push(node);
    return false;
  });
  subtractPruned(root, stats, found);
  return found;
}

/**
 * The label's section: its highest ancestor that holds no text but the label's. It is a shelf
 * when it also holds a block-level box (not a control, an icon or a phrasing element) with no
 * text left; the box is returned, or null.
 */
function emptyShelf(label: Element, pruned: ReadonlySet<AnyNode>, stats: NodeStatsMap): Element | null {
  const chars = stats.get(label)?.chars ?? 0;
  let section: Element = label;
  for (let p = label.parent; p && isElement(p) && (stats.get(p)?.chars ?? 0) === chars; p = p.parent) section = p;
  if (section === label) return null;
  let box: Element | null = null;
  walk(section, (node) => {
    if (box !== null || !isElement(node) || node === label) return false;
    if (node === section || contains(node, label)) return true;
    if (NON_TEXT.has(node.name) || INLINE.has(node.name)) return false;
    if (pruned.has(node) || (stats.get(node)?.chars ?? 0) === 0) box = node;
    return false;
  });
  return box;
}
