import type { Element } from 'domhandler';
import { HTML_HIDDEN_CLASS, HTML_HIDDEN_STYLE, HTML_QUESTION_END, READ_MORE } from '../lexicon/patterns.js';
import { attr, collapse, isElement, nextElement, NON_TEXT, type PageDocument } from './dom.js';
import { visibleChars } from './stats.js';

/**
 * A <button> is never read (dom.NON_TEXT): "Add to cart", "Menu", "Show more" are controls. But
 * the button that opens a panel names it: an FAQ's question above its answer, an accordion's
 * "Size & fit" above the sizes. The page shows that label with the panel, so such a button is
 * read as what HTML has for it, a <summary>, which every stage reads as text (and html/prune
 * takes for the toggle of the closed panel after it). A "Read more" button stays a control.
 */

/** A label is a line: a question or a section's name, not a paragraph set in a button. */
const LABEL_MIN_CHARS = 3;
const LABEL_MAX_CHARS = 200;
/** The panel's text outside links, as html/prune asks of a closed panel: an answer, not a folded menu. */
const PANEL_MIN_CHARS = 20;
const PANEL_MAX_LINKS = 0.3;

/** Renames the buttons of `doc` that open a panel to <summary>; returns how many. */
export function readToggles(doc: PageDocument): number {
  let n = 0;
  for (const button of doc.buttons) {
    if (!button.parent || !isToggleButton(button)) continue;
    button.name = 'summary';
    n++;
  }
  return n;
}

/**
 * A disclosure toggle: a short label, a panel right after it (or after the heading or wrapper it
 * is the one element of), and one sign that it opens that panel: it declares so (aria-expanded,
 * aria-controls), the panel is hidden until the click, or the label is a question.
 */
function isToggleButton(button: Element): boolean {
  const label = labelOf(button);
  const chars = visibleChars(label);
  // "Read more" unfolds the rest of a text: the rest is content, the control is not.
  if (chars < LABEL_MIN_CHARS || chars > LABEL_MAX_CHARS || READ_MORE.test(label)) return false;
  const panel = panelAfter(button);
  if (panel === null || !holdsProse(panel)) return false;
  const declared = attr(button, 'aria-expanded') !== undefined || attr(button, 'aria-controls') !== undefined;
  return declared || HTML_QUESTION_END.test(label) || isHidden(panel) || isHidden(firstElement(panel));
}

/** The button's text, icons and scripts left out; stops once past a label's length. */
function labelOf(button: Element): string {
  const out: string[] = [];
  let length = 0;
  const visit = (el: Element): void => {
    for (const c of el.children) {
      if (length > LABEL_MAX_CHARS * 2) return;
      if (c.type === 'text') {
        out.push(c.data);
        length += c.data.length;
      } else if (isElement(c) && (c.name === 'button' || !NON_TEXT.has(c.name))) visit(c);
    }
  };
  visit(button);
  return collapse(out.join(' '));
}

/** The element a toggle opens: the one after it, or after the heading or wrapper it is the one element of. */
export function panelAfter(button: Element): Element | null {
  const next = nextElement(button);
  if (next) return next;
  const parent = button.parent;
  if (!parent || !isElement(parent) || parent.name === 'body') return null;
  for (const c of parent.children) if (isElement(c) && c !== button) return null;
  return nextElement(parent) ?? null;
}

/** PANEL_MIN_CHARS of text outside links at a link density of PANEL_MAX_LINKS or less (read up to a few hundred characters). */
function holdsProse(panel: Element): boolean {
  let chars = 0;
  let linkChars = 0;
  const visit = (el: Element, inLink: boolean): void => {
    for (const c of el.children) {
      if (chars >= PANEL_MIN_CHARS * 20) return;
      if (c.type === 'text') {
        const n = visibleChars(c.data);
        chars += n;
        if (inLink) linkChars += n;
      } else if (isElement(c) && !NON_TEXT.has(c.name)) visit(c, inLink || c.name === 'a');
    }
  };
  visit(panel, panel.name === 'a');
  return chars - linkChars >= PANEL_MIN_CHARS && linkChars <= PANEL_MAX_LINKS * chars;
}

function isHidden(el: Element | null): boolean {
  if (el === null) return false;
  if (attr(el, 'hidden') !== undefined || attr(el, 'aria-hidden') === 'true') return true;
  const style = attr(el, 'style');
  const cls = attr(el, 'class');
  return (style !== undefined && HTML_HIDDEN_STYLE.test(style)) || (cls !== undefined && HTML_HIDDEN_CLASS.test(cls));
}

function firstElement(el: Element): Element | null {
  for (const c of el.children) if (isElement(c)) return c;
  return null;
}
