import type { AnyNode, Element } from 'domhandler';
import { authorsOf } from '../lexicon/names.js';
import { BYLINE_NAME_END, PAGE_BYLINE, PAGE_BYLINE_OTHERS, PAGE_LABEL_ALONE, PAGE_LABEL_START } from '../lexicon/patterns.js';
import { collapse, isElement, markupWords, nextElement, NON_TEXT, textOf } from './dom.js';

/**
 * The last source of a story's author: a labelled byline anywhere in the page ("This post was
 * written by Jane Doe, MD, …", "Posted By: jdoe" in an entry footer, "Author Jane Doe" beside
 * the story), read only when nothing else names anyone (html/metadata). A page whose labelled
 * bylines name two or more people lists other works' authors, so it names no one. A label whose
 * whole text is a link ("By Manufacturer", "Author Styleguide") is a menu entry, not a signature;
 * a name inside comments, reviews or teasers of other stories is theirs.
 */
export function pageByline(root: AnyNode): string | undefined {
  const names = new Map<string, string>();
  const stack: AnyNode[] = [root];
  let seen = 0;
  while (stack.length > 0 && seen < MAX_LABELS) {
    const node = stack.pop() as AnyNode;
    if (node.type === 'text') {
      const el = node.parent;
      if (el !== null && isElement(el) && PAGE_LABEL_START.test(node.data)) {
        seen++;
        const name = labelledName(el);
        if (name !== undefined) names.set(name.toLowerCase(), name);
        if (names.size > 1) return undefined;
      }
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'root') continue;
    if (node.type === 'tag' && (NON_TEXT.has(node.name) || SKIPPED.has(node.name))) continue;
    const children = node.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as AnyNode);
  }
  return names.size === 1 ? [...names.values()][0] : undefined;
}

/** The one person the element's text signs with a label, when it is no link, no control and no other story's. */
function labelledName(el: Element): string | undefined {
  const text = collapse(textOf(el, undefined, MAX_TEXT + 1));
  if (text.length > MAX_TEXT) return undefined;
  // "<h3>Author</h3><p>Jane Doe</p>": a label alone is read with the next element's text.
  const next = PAGE_LABEL_ALONE.test(text) ? nextElement(el) : undefined;
  const rest = next === undefined ? PAGE_BYLINE.exec(text)?.[1] : collapse(textOf(next, undefined, MAX_TEXT + 1));
  // Case-insensitive \p{Lu} matches any letter: the name's capital is tested on its own.
  if (rest === undefined || rest.length > MAX_TEXT || !/^\p{Lu}/u.test(rest) || wholeLink(el, text) || othersStory(el)) return undefined;
  const parts = (rest.split(BYLINE_NAME_END)[0] ?? '').split(',');
  // The longest run of comma parts that is one person keeps the credentials ("Jane Doe, MD, surgeon" → "Jane Doe, MD").
  for (let k = Math.min(parts.length, MAX_PARTS); k > 0; k--) {
    const people = authorsOf(parts.slice(0, k).join(','));
    if (people.length === 1) return people[0];
  }
  return undefined;
}

function holdsHeadline(el: Element): boolean {
  const stack: AnyNode[] = [...el.children];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (!isElement(node)) continue;
    if (node.name === 'h1') return true;
    stack.push(...node.children);
  }
  return false;
}

/** Whether a link holds the element's whole text, or the element sits in one. */
function wholeLink(el: Element, text: string): boolean {
  for (let a: AnyNode | null = el; a !== null && isElement(a); a = a.parent) if (a.name === 'a') return true;
  const stack: AnyNode[] = [...el.children];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (!isElement(node)) continue;
    if (node.name === 'a') {
      if (collapse(textOf(node, undefined, MAX_TEXT + 1)) === text) return true;
      continue;
    }
    stack.push(...node.children);
  }
  return false;
}

/**
 * Whether an ancestor below <body> marks comments, reviews, replies, sidebars or teasers of other
 * stories. A region that holds the headline is the story's own ("content-sidebar-wrap" wraps both).
 */
function othersStory(el: Element): boolean {
  let depth = 0;
  for (let a: AnyNode | null = el; a !== null && isElement(a) && a.name !== 'body' && depth < MAX_ANCESTORS; a = a.parent, depth++) {
    const words = markupWords(a);
    if (words !== '' && PAGE_BYLINE_OTHERS.test(words) && !holdsHeadline(a)) return true;
  }
  return false;
}

/** Form controls and navigation: "By Category", "By continuing…" are no signatures. */
const SKIPPED: ReadonlySet<string> = new Set(['nav', 'select', 'option', 'button', 'form', 'label']);
const MAX_TEXT = 110;
const MAX_PARTS = 4;
const MAX_LABELS = 200;
const MAX_ANCESTORS = 25;
