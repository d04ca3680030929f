import type { AnyNode, Element } from 'domhandler';
import { INLINE, isElement, textOf } from './dom.js';
import { visibleChars, type StatsOf } from './stats.js';

/**
 * A phrase printed twice in a row inside one line of text: the second copy is for another reader
 * (a screen reader's clipped copy, "Seller's other items<span class="clipped">Seller's other
 * items</span>") or another screen (a call to action's small-screen twin beside the wide one), and
 * the page shows it once. Glued together they read "EUR 20.99EUR 20.99" in the body.
 */

/** Shorter phrases repeat by design ("Talk Talk", "Bye bye")... */
const TWIN_MIN_CHARS = 4;
/** ...and the copies are labels, prices and buttons, not sentences. */
const TWIN_MAX_CHARS = 80;

/** The text node or inline element right before `el`, skipping blank text; null when a block element or nothing is there. */
function phraseBefore(el: Element): AnyNode | null {
  for (let p = el.prev; p; p = p.prev) {
    if (p.type === 'text') {
      if (visibleChars(p.data) > 0) return p;
      continue;
    }
    if (isElement(p)) return INLINE.has(p.name) ? p : null;
    // A comment between the copies changes nothing.
  }
  return null;
}

/** Why `el` is the second copy of the phrase right before it, or null. */
export function twinOfPrevious(el: Element, chars: number, stats: StatsOf): string | null {
  if (!INLINE.has(el.name) || chars < TWIN_MIN_CHARS || chars > TWIN_MAX_CHARS) return null;
  const before = phraseBefore(el);
  if (before === null) return null;
  const beforeChars = before.type === 'text' ? visibleChars((before as { data: string }).data) : (isElement(before) ? stats.get(before)?.chars : undefined);
  if (beforeChars !== chars) return null;
  const text = textOf(el);
  if (textOf(before) !== text || inCode(el)) return null;
  return `repeats the phrase right before it ("${text.length > 40 ? `${text.slice(0, 39)}…` : text}")`;
}

/** A code block's tokens repeat on purpose ("logging" twice in a row is two highlighted names). */
function inCode(el: Element): boolean {
  for (let p = el.parent; p && isElement(p); p = p.parent) if (p.name === 'pre' || p.name === 'code') return true;
  return false;
}
