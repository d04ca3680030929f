import { DomHandler, type Document, type Element, type ParentNode } from 'domhandler';
import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { Parser } from 'htmlparser2';
import { INLINE, isElement, NON_TEXT } from './dom.js';

/**
 * htmlparser2's tree, built more cheaply than its own `parseDocument` builds the same tree:
 * - Character references are decoded as `decodeEntities: true` would, but with decoding off the
 *   tokenizer skips through text and attribute values to the next "<" or quote instead of visiting
 *   every character (a third of the parse on the dev set); only the texts and values that hold an
 *   "&" are decoded here, with the same decoder (the `entities` package: legacy rules in text,
 *   attribute rules in values).
 * - Whitespace-only text that no reader can see is left out: right after a block element (every
 *   stage already ends a line of text there) or first in a block element (trimmed everywhere).
 *   That is about a third of the dev set's 1.77 million nodes, which every stage's walk visited.
 *   Whitespace between inline elements ("<b>a</b> <i>b</i>") stays.
 */
export function parseHtml(html: string): Document {
  const handler = new DecodingHandler();
  new Parser(handler, { xmlMode: false, decodeEntities: false }).end(html);
  return handler.root;
}

/** Raw-text elements whose text htmlparser2 never decodes (<title> is decoded: it is RCDATA). */
const RAW_TEXT: ReadonlySet<string> = new Set(['script', 'style', 'textarea', 'xmp']);

class DecodingHandler extends DomHandler {
  override onopentag(name: string, attribs: { [key: string]: string }): void {
    for (const key in attribs) {
      const value = attribs[key] as string;
      if (value.includes('&')) attribs[key] = decodeHTMLAttribute(value);
    }
    super.onopentag(name, attribs);
  }

  override ontext(data: string): void {
    const parent = this.tagStack[this.tagStack.length - 1] as ParentNode;
    if (isBlank(data) && this.lastNode === null && invisibleSpace(parent)) return;
    if (data.includes('&') && !('name' in parent && RAW_TEXT.has(parent.name))) data = decodeHTML(data);
    super.ontext(data);
  }
}

/** Only the tokenizer's five whitespace characters (a no-break space is text). */
function isBlank(data: string): boolean {
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13 && c !== 12) return false;
  }
  return true;
}

/** Whitespace added under `parent` now would follow a block element, or open a block element. */
function invisibleSpace(parent: ParentNode): boolean {
  const prev = parent.children[parent.children.length - 1];
  if (prev === undefined) return parent.type === 'root' || (isElement(parent) && isBlock(parent));
  return isElement(prev) && isBlock(prev);
}

/** Ends a line of text for every stage: neither inline, nor <br>, nor skipped unseen (dom.NON_TEXT). */
function isBlock(el: Element): boolean {
  return !INLINE.has(el.name) && !NON_TEXT.has(el.name) && el.name !== 'br';
}
