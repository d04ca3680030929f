import type { Element } from 'domhandler';
import { attr, isElement, textOf } from './dom.js';

/**
 * A footnote's call mark: a superscript number or sign that links to a note further down the same
 * page ("battery life<sup><a href="#fn-1">1</a></sup>"). It points the reader to the note and is
 * no word of the sentence; left in, it glues onto the word before it ("life1", "Galaxy24"). A
 * superscript that links nowhere in the page (an exponent, "m²", "1st") stays.
 */

/**
 * A footnote's mark: a number, a range or list of them, or a note sign. A citation in brackets
 * ("[2]") stays: it prints apart from the word before it, and a reference list's readers quote it.
 */
const FOOTNOTE_MARK = /^(?:\d{1,3}(?:\s*[,–-]\s*\d{1,3}){0,3}|[*†‡§¶]{1,3})$/u;

/** Why `el` is a footnote's call mark, or null. */
export function footnoteMark(el: Element): string | null {
  if (el.name !== 'sup') return null;
  const text = textOf(el).trim();
  if (!FOOTNOTE_MARK.test(text) || !linksInPage(el)) return null;
  return `a footnote's mark ("${text}") linking to a note in the page`;
}

/** Whether the mark is, holds or sits in a link to an anchor of the page itself ("#note-3"). */
function linksInPage(el: Element): boolean {
  const inPage = (n: Element): boolean => n.name === 'a' && (attr(n, 'href') ?? '').startsWith('#');
  for (let p = el.parent; p && isElement(p); p = p.parent) {
    if (inPage(p)) return true;
    if (p.name !== 'span') break;
  }
  const stack: Element[] = [el];
  while (stack.length > 0) {
    const n = stack.pop() as Element;
    if (inPage(n)) return true;
    for (const c of n.children) if (isElement(c)) stack.push(c);
  }
  return false;
}
