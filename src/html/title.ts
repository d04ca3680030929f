import type { AnyNode, Element } from 'domhandler';
import { isElement, walk } from './dom.js';

/** The h1 elements of the page that survived pruning, in document order. */
export function headlines(body: Element, pruned: ReadonlySet<AnyNode>): Element[] {
  const found: Element[] = [];
  walk(body, (node) => {
    if (!isElement(node) || pruned.has(node)) return false;
    if (node.name === 'h1') {
      found.push(node);
      return false;
    }
    return true;
  });
  return found;
}
