import type { AnyNode, Element } from 'domhandler';
import { isElement, textOf, walk } from './dom.js';
import type { PageMarkup } from './markup.js';
import { visibleChars } from './stats.js';

/**
 * Some sites serve an application shell and put the page itself, for readers without scripts, in
 * a <noscript> (Discourse's and Flarum's crawler views: every post of the thread). A browser with
 * scripts off shows it. Such a <noscript> is read as an ordinary element when it holds
 * MIN_CHARS of text with block markup and more text than the rest of the page; the usual
 * <noscript> (a tracking pixel, a lazy image, "please enable JavaScript") is left unseen.
 */
const MIN_CHARS = 200;
const BLOCK_MARKUP: ReadonlySet<string> = new Set(['p', 'div', 'article', 'section', 'li', 'h1', 'h2', 'h3', 'table', 'pre']);

/** Renames qualifying <noscript> elements under `body` to <div>; returns how many. */
export function revealNoscript(body: Element, html: PageMarkup): number {
  if (!html.includes('<noscript')) return 0;
  const found: { el: Element; chars: number }[] = [];
  walk(body, (node: AnyNode) => {
    if (!isElement(node)) return false;
    if (node.name !== 'noscript') return true;
    if (hasBlocks(node)) found.push({ el: node, chars: innerChars(node) });
    return false;
  });
  const hidden = found.reduce((n, f) => n + f.chars, 0);
  if (hidden < MIN_CHARS) return 0;
  // Text the page shows anyway: the noscript elements are not counted by textOf.
  const shown = visibleChars(textOf(body, undefined, hidden + 1));
  if (shown >= hidden) return 0;
  let n = 0;
  for (const f of found) {
    if (f.chars < MIN_CHARS) continue;
    f.el.name = 'div';
    n++;
  }
  return n;
}

function hasBlocks(el: Element): boolean {
  for (const c of el.children) if (isElement(c) && BLOCK_MARKUP.has(c.name)) return true;
  return false;
}

function innerChars(el: Element): number {
  let n = 0;
  for (const c of el.children) n += c.type === 'text' ? visibleChars(c.data) : isElement(c) ? visibleChars(textOf(c)) : 0;
  return n;
}
