import { Document, Element, type AnyNode } from 'domhandler';
import { collapse } from '../lexicon/collapse.js';
import { ELEMENT_BREAK, FIRST_WORD } from '../lexicon/patterns.js';

export { collapse };

/**
 * Small helpers over htmlparser2's tree (domhandler nodes). The extractor walks the tree itself
 * instead of running CSS selectors: one walk per stage keeps a page at a few milliseconds.
 */

/**
 * Every attribute a stage reads, and the only ones html/parse keeps on elements: most of a modern
 * page's attributes (data-*, srcset, event handlers, ARIA labels…) are read by no stage, and
 * building each one cost the parse a string and a store. Stages read them through `attr`, whose
 * type admits only these names, so a new rule cannot read one the parse dropped.
 */
export const READ_ATTRIBUTES = [
  'class', 'id', 'role', 'style', 'hidden', 'aria-hidden', 'href', 'rel', 'type', 'lang', 'xml:lang',
  'itemprop', 'itemtype', 'itemid', 'content', 'datetime', 'pubdate', 'property', 'name', 'http-equiv',
  'data-url', 'data-href', 'data-permalink', 'data-canonical', 'data-share-url',
  // A thread's post authors (html/metadata).
  'data-author', 'data-author-username', 'data-username', 'data-poster-name', 'author',
  // Structured output: images, list numbering, tracking pixels.
  'src', 'data-src', 'alt', 'start', 'width', 'height',
  // A disclosure toggle: the hidden panel after it is content shown on a click (html/prune).
  'aria-expanded', 'aria-controls',
  // A popover (an app-install card, a notifications prompt) is hidden until opened (html/prune).
  'popover',
] as const;
export type ReadAttribute = (typeof READ_ATTRIBUTES)[number];

/** An attribute's value (undefined when absent). */
export function attr(el: Element, name: ReadAttribute): string | undefined {
  return el.attribs[name];
}

/** Elements, including <script> and <style>, which domhandler types apart from 'tag'. */
export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/**
 * The elements html/parse builds: domhandler's, with room for their class/id words, which several
 * stages ask for. A field rather than a WeakMap keyed by element: the WeakMap made garbage
 * collection markedly slower (BENCHMARKS.md, "Design measurements").
 */
export const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * The parsed page, with the <button> elements html/parse met on the way (html/toggles reads the
 * ones that open a panel), so no stage walks the page again to find them.
 */
export class PageDocument extends Document {
  readonly buttons: Element[] = [];
}

export class PageElement extends Element {
  words: string | undefined = undefined;
  /** html/stats: this element's measures and the measure() they belong to (see NodeStatsMap) */
  stats: unknown = undefined;
  statsOf = 0;
}

/**
 * Class and id words of an element, lower case, joined by single spaces:
 * "article-body mainContent" → "article body main content". Computed once per PageElement.
 * An anchor made from a heading's text is no role: a heading's id, and an id of ANCHOR_WORDS or
 * more words ("receive-and-reply-to-an-sms-section"), are left out.
 */
export function markupWords(el: Element): string {
  // The stored words first: every stage asks, and no stage changes an element's attributes or
  // renames one to or from a heading (html/noscript, html/toggles rename to div and summary).
  const page = el instanceof PageElement;
  if (page && el.words !== undefined) return el.words;
  const cls = attr(el, 'class');
  const id = HEADING_TAGS.has(el.name) ? undefined : attr(el, 'id');
  let words = '';
  if (cls || id) {
    const idWords = id ? splitWords(id) : '';
    const role = wordCount(idWords) >= ANCHOR_WORDS ? '' : idWords;
    words = cls ? (role === '' ? splitWords(cls) : `${splitWords(cls)} ${role}`) : role;
  }
  if (page) el.words = words;
  return words;
}

const ANCHOR_WORDS = 5;

function wordCount(words: string): number {
  if (words === '') return 0;
  let n = 1;
  for (let i = words.indexOf(' '); i >= 0; i = words.indexOf(' ', i + 1)) n++;
  return n;
}

/**
 * One pass instead of regular expressions: this runs on every element of every page. Runs of
 * lower-case letters and digits are copied as one slice; a separator is only written before the
 * next word character.
 */
function splitWords(raw: string): string {
  let out = '';
  let prevLower = false;
  let gap = false;
  for (let i = 0; i < raw.length; ) {
    const c = raw.charCodeAt(i);
    if (isLowerOrDigit(c)) {
      let j = i + 1;
      while (j < raw.length && isLowerOrDigit(raw.charCodeAt(j))) j++;
      if (gap) out += ' ';
      out += raw.slice(i, j);
      prevLower = raw.charCodeAt(j - 1) >= 97;
      gap = false;
      i = j;
      continue;
    }
    if (c >= 65 && c <= 90) {
      if (gap || prevLower) out += ' ';
      out += String.fromCharCode(c + 32);
      gap = false;
    } else if (out !== '') gap = true;
    prevLower = false;
    i++;
  }
  return out;
}

const isLowerOrDigit = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** "div#main.article-body": the element as a reader would name it in a removal record. */
export function describe(el: Element): string {
  const id = attr(el, 'id');
  const cls = firstWord(attr(el, 'class'));
  return `${el.name}${id ? `#${id}` : ''}${cls ? `.${cls}` : ''}`;
}

/** The first whitespace-separated word of a class attribute ("a b" → "a"), without splitting it all. */
function firstWord(cls: string | undefined): string | undefined {
  if (cls === undefined) return undefined;
  const m = FIRST_WORD.exec(cls);
  return m ? m[0] : '';
}

/** A short path of the element and up to three ancestors: "main > article#x > div.body > p". */
export function pathOf(el: Element): string {
  const parts: string[] = [];
  let cur: Element | null = el;
  while (cur && parts.length < 4) {
    parts.unshift(describe(cur));
    cur = cur.parent && isElement(cur.parent) ? cur.parent : null;
  }
  return parts.join(' > ');
}

/**
 * Depth-first walk without recursion (deeply nested markup must not overflow the stack).
 * `enter` returns false to skip a node's children; `exit` runs after its children.
 * It follows domhandler's parent/next pointers instead of keeping a stack: every stage walks the
 * tree, and the stack arrays were a good part of the garbage per page. (No stage edits the tree
 * while walking it.)
 */
export function walk(root: AnyNode, enter: (node: AnyNode) => boolean, exit?: (node: AnyNode) => void): void {
  if (!enter(root) || !('children' in root)) return;
  if (root.children.length === 0) {
    exit?.(root);
    return;
  }
  let cur = root.children[0] as AnyNode;
  for (;;) {
    if (enter(cur) && 'children' in cur) {
      const first = cur.children[0];
      if (first !== undefined) {
        cur = first;
        continue;
      }
      exit?.(cur);
    }
    // Next sibling, else climb: each parent left behind is exited, up to the root.
    for (;;) {
      const next = cur.next;
      if (next !== null) {
        cur = next;
        break;
      }
      const parent = cur.parent as AnyNode;
      exit?.(parent);
      if (parent === root) return;
      cur = parent;
    }
  }
}

/** The element after `el` among its siblings (text and comments skipped). */
export function nextElement(el: Element): Element | undefined {
  for (let n = el.next; n !== null; n = n.next) if (isElement(n)) return n;
  return undefined;
}

/**
 * Where one element's text ends and another's begins with nothing between, whether the case says a
 * new word starts there (lexicon ELEMENT_BREAK: a small letter before a capital, a word in capitals
 * before a capitalised one, a number before a capital): two words the stylesheet sets apart
 * ("Trek|Starvos", "HOKA|Clifton", "64|MSRP"). Read on two characters either side.
 */
export function wordsMeet(before: string, after: string): boolean {
  return ELEMENT_BREAK.test(`${before.slice(-2).padStart(2, ' ')}${after.slice(0, 2)}`);
}

/**
 * All text under a node, with a space at block element boundaries so words never run together.
 * `caseBreak`: also where two elements' texts meet as two words (wordsMeet: "Black
 * Edition<span>Complete meal</span>", a span the stylesheet sets on a line of its own).
 */
export function textOf(node: AnyNode, skip?: ReadonlySet<AnyNode>, limit = Infinity, caseBreak = false): string {
  const out: string[] = [];
  let length = 0;
  let lastText: AnyNode | undefined;
  walk(
    node,
    (n) => {
      if (length > limit || skip?.has(n)) return false;
      if (n.type === 'text') {
        if (caseBreak) {
          if (lastText !== undefined && lastText.parent !== n.parent && wordsMeet(out[out.length - 1] ?? '', n.data)) out.push(' ');
          if (n.data !== '') lastText = n;
        }
        out.push(n.data);
        length += n.data.length;
        return false;
      }
      if (n.type !== 'tag') return n.type === 'root';
      if (NON_TEXT.has(n.name)) return false;
      // A block element starts a line as well as ending one ("Home<p>News" reads "Home News").
      if (!INLINE.has(n.name)) out.push(' ');
      return true;
    },
    (n) => {
      if (n.type === 'tag' && !INLINE.has(n.name)) out.push(' ');
    },
  );
  const text = collapse(out.join(''));
  return length > limit ? text.slice(0, limit) : text;
}

/** Elements whose text never shows: they are not counted or extracted anywhere. */
export const NON_TEXT: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed', 'video',
  'audio', 'map', 'title', 'meta', 'link', 'select', 'option', 'textarea', 'input', 'button',
  // Ruby annotations (reading aids over CJK text) are not part of the sentence.
  'rt', 'rp',
]);

/** Phrasing elements: they do not end a block of text. */
export const INLINE: ReadonlySet<string> = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'mark', 'q',
  'rp', 'rt', 'ruby', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u',
  'var', 'wbr', 'label', 'big', 'del', 'ins', 'img', 'picture', 'source', 'abbr', 'acronym', 'nobr',
]);

/** The nearest ancestor (or the element itself) whose tag is in `tags`. */
export function closest(el: Element, tags: ReadonlySet<string>): Element | null {
  let cur: Element | null = el;
  while (cur) {
    if (tags.has(cur.name)) return cur;
    cur = cur.parent && isElement(cur.parent) ? cur.parent : null;
  }
  return null;
}

/**
 * What makes siblings "like" cards: the tag and the first class name without a digit. CMSs add
 * per-item classes to each card (WordPress "post-1234 category-news", shop "product_cat-cups
 * first"), so the whole class attribute differs from card to card while the leading kind stays.
 */
export function cardKey(el: Element): string {
  const cls = attr(el, 'class');
  if (!cls) return el.name;
  let start = 0;
  let digit = false;
  for (let i = 0; i <= cls.length; i++) {
    const c = i < cls.length ? cls.charCodeAt(i) : 32;
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12) {
      if (i > start && !digit) return `${el.name}.${cls.slice(start, i)}`;
      start = i + 1;
      digit = false;
    } else if (c >= 48 && c <= 57) digit = true;
  }
  return el.name;
}
