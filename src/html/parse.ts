import { Comment, ProcessingInstruction, Text, type ChildNode, type Element, type ParentNode } from 'domhandler';
import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { INLINE, isElement, NON_TEXT, PageDocument, PageElement, READ_ATTRIBUTES } from './dom.js';
import { PageMarkup } from './markup.js';
import { NameTable, tagName } from './names.js';
import { FOREIGN, INTEGRATION, OPEN_IMPLIES_CLOSE, VOID } from './parser-rules.js';

/**
 * htmlparser2's tree (domhandler nodes), built more cheaply than its own `parseDocument` builds
 * the same tree: htmlparser2's tokenizer reads the markup, and TreeBuilder below takes the place of
 * its Parser and DomHandler (the same stack rules, html/parser-rules), matches common tag names in
 * place (html/names) and keeps only the attributes stages read (dom.READ_ATTRIBUTES). On the dev
 * set that took the parse from 1.27 to 0.85 ms a page.
 * - Character references are decoded as `decodeEntities: true` would, but with decoding off the
 *   tokenizer skips through text and attribute values to the next "<" or quote instead of visiting
 *   every character (a third of the parse on the dev set); only the texts and values that hold an
 *   "&" are decoded here, with the same decoder (the `entities` package: legacy rules in text,
 *   attribute rules in values).
 * - Whitespace-only text that no reader can see is left out: right after a block element (every
 *   stage already ends a line of text there) or first in a block element (trimmed everywhere).
 *   That is about a third of the dev set's 1.77 million nodes, which every stage's walk visited.
 *   Whitespace between inline elements ("<b>a</b> <i>b</i>") stays.
 * test/invariants checks that what every stage reads of the tree is what htmlparser2's
 * `parseDocument(html, { decodeEntities: true })` gives.
 */
export function parseHtml(html: string | PageMarkup): PageDocument {
  if (typeof html === 'string' || html.chunks.length === 1) return parsePage(typeof html === 'string' ? html : html.text).builder.root;
  const builder = build(html);
  // A stray CDATA opener is rare: that page is read again whole (parsePage).
  return builder.strayCdata.length === 0 ? builder.root : parsePage(html.text).builder.root;
}

/**
 * Outside SVG and MathML a browser reads "<![CDATA[" as a bogus comment that ends at the first
 * ">"; htmlparser2 runs it to "]]>", which a stray one in a page's markup rarely has, so the rest
 * of the page became one comment. Such a page is read again with those openers turned into
 * declarations of the same length ("<!_CDATA["), which end at the first ">" as browsers do.
 */
function parsePage(source: string): { builder: TreeBuilder; html: string } {
  let html = source;
  let builder = build(html);
  for (let pass = 0; builder.strayCdata.length > 0 && pass < MAX_CDATA_PASSES; pass++) {
    for (const at of builder.strayCdata) html = `${html.slice(0, at)}${CDATA_AS_DECLARATION}${html.slice(at + CDATA_OPEN.length)}`;
    builder = build(html);
  }
  return { builder, html };
}

/** The page as html/parse reads it: stray CDATA openers written as the declarations browsers take them for. */
export function browserCdata(html: string): string {
  return parsePage(html).html;
}

function build(html: string | PageMarkup): TreeBuilder {
  const markup = typeof html === 'string' ? new PageMarkup([html]) : html;
  const builder = new TreeBuilder(markup);
  const tokenizer = new Tokenizer({ xmlMode: false, decodeEntities: false }, builder);
  markup.chunks.forEach((chunk, i) => {
    builder.reading(i);
    tokenizer.write(chunk);
  });
  tokenizer.end();
  return builder;
}

const CDATA_OPEN = '<![CDATA[';
const CDATA_AS_DECLARATION = '<!_CDATA[';
/** Each pass can uncover the next stray opener the previous one swallowed; a few are plenty. */
const MAX_CDATA_PASSES = 4;

/** Raw-text elements whose text htmlparser2 never decodes (<title> is decoded: it is RCDATA). */
const RAW_TEXT: ReadonlySet<string> = new Set(['script', 'style', 'textarea', 'xmp']);
/** The attributes kept (dom.READ_ATTRIBUTES). */
const KEPT_ATTRIBUTES = new NameTable(READ_ATTRIBUTES);
const KEPT_SET: ReadonlySet<string> = new Set(READ_ATTRIBUTES);

/**
 * A name outside ASCII can still lower-case to a kept one (the Kelvin sign is a "k"): such names
 * take the slow path, so that what is kept is exactly what `toLowerCase` would give.
 */
function keptByUnicodeCase(html: string, start: number, end: number): string {
  for (let i = start; i < end; i++) {
    if (html.charCodeAt(i) >= 128) {
      const name = html.slice(start, end).toLowerCase();
      return KEPT_SET.has(name) ? name : '';
    }
  }
  return '';
}

/** What ends a processing instruction's name (htmlparser2's Parser). */
const INSTRUCTION_NAME_END = /\s|\//;

/**
 * The attributes of every element that has none kept: one shared, frozen object (no stage writes
 * attributes). Attribute objects have no prototype: V8 keeps such objects as dictionaries, all
 * of one shape, so each `attr` read is one hash lookup; objects of `{}` took a new shape for every
 * order of attribute names, and the reads of all stages went through V8's megamorphic caches.
 * (No kept name is a property of Object.prototype, so every read gives what it gave.)
 */
const NO_ATTRIBUTES: Record<string, string> = Object.freeze(Object.create(null) as Record<string, string>);

/**
 * htmlparser2 10's Parser (HTML mode: lower-cased names, "/>" closes only in foreign content)
 * and DomHandler (no indices), as one set of tokenizer callbacks. Two stacks, as there: the open
 * names, which implied and explicit end tags pop, and the open nodes, which nodes are added to;
 * they differ only when the page ends inside a start tag.
 */
class TreeBuilder implements TokenizerCallbacks {
  readonly root = new PageDocument([]);
  /** open element names, innermost last */
  private readonly names: string[] = [];
  /** whether each foreign or integration element opened foreign context, innermost last */
  private readonly foreign: boolean[] = [false];
  /** open nodes, innermost last */
  private readonly nodes: ParentNode[] = [this.root];
  /**
   * The children of every open node, in one list: each open node's run starts at its entry in
   * `firstKid` and ends at `kidCount`. A node's children array is made when it closes, at its
   * exact length: pushing a first child grows an array to 17 slots, which the tree kept (and
   * garbage collection copied) for every element, most of which hold one or two children.
   */
  private readonly kids: ChildNode[] = [];
  private kidCount = 0;
  private readonly firstKid: number[] = [0];
  /** the text node the next text joins (htmlparser2 joins adjacent text events) */
  private lastText: Text | null = null;
  /** the start tag being read */
  private tagName = '';
  /** a start tag is being read; its kept attributes, made at the first one (most elements have none kept) */
  private inStartTag = false;
  private attribs: Record<string, string> | null = null;
  private attribName = '';
  private attribValue = '';
  /** where "<![CDATA[" opened outside SVG and MathML and ran past a ">" (parsePage) */
  readonly strayCdata: number[] = [];

  /** the piece the tokenizer reads now, and where it starts in the whole markup */
  private piece = '';
  private base = 0;
  /** text the tokenizer gave and the builder has not added yet: a text split between pieces is read whole */
  private textStart = -1;
  private textEnd = -1;

  constructor(private readonly markup: PageMarkup) {}

  /** The tokenizer is given piece `i` next. */
  reading(i: number): void {
    this.piece = this.markup.chunks[i] as string;
    this.base = this.markup.starts[i] as number;
  }

  /** The source [start, end): in the piece being read (nearly always), else joined from earlier pieces. */
  private slice(start: number, end: number): string {
    // An abruptly closed comment ("<!-->") ends before it starts (htmlparser2 reports end − offset < start):
    // its data is empty, and a negative end must not count from the piece's end.
    if (end <= start) return '';
    return start >= this.base ? this.piece.slice(start - this.base, end - this.base) : this.markup.slice(start, end);
  }

  private tagNameAt(start: number, end: number): string {
    if (start >= this.base) return tagName(this.piece, start - this.base, end - this.base);
    const name = this.slice(start, end);
    return tagName(name, 0, name.length);
  }

  private keptAttributeAt(start: number, end: number): string {
    let text = this.piece;
    let from = start - this.base;
    if (from < 0) {
      text = this.slice(start, end);
      from = 0;
    }
    const to = from + end - start;
    return KEPT_ATTRIBUTES.find(text, from, to) ?? keptByUnicodeCase(text, from, to);
  }

  onopentagname(start: number, end: number): void {
    this.flushText();
    this.openName(this.tagNameAt(start, end));
  }

  onopentagend(): void {
    this.endStartTag();
  }

  onselfclosingtag(): void {
    if (this.foreign[this.foreign.length - 1] === true) this.closeCurrentTag();
    else this.endStartTag();
  }

  onattribname(start: number, end: number): void {
    this.attribName = this.keptAttributeAt(start, end);
  }

  onattribdata(start: number, end: number): void {
    if (this.attribName !== '') this.attribValue += this.slice(start, end);
  }

  onattribend(): void {
    const value = this.attribValue;
    this.attribValue = '';
    if (!this.inStartTag || this.attribName === '') return;
    if (this.attribs === null) this.attribs = Object.create(null) as Record<string, string>; // (see NO_ATTRIBUTES)
    else if (Object.prototype.hasOwnProperty.call(this.attribs, this.attribName)) return;
    this.attribs[this.attribName] = value.includes('&') ? decodeHTMLAttribute(value) : value;
  }

  onclosetag(start: number, end: number): void {
    this.flushText();
    const name = this.tagNameAt(start, end);
    if (FOREIGN.has(name) || INTEGRATION.has(name)) this.foreign.pop();
    if (!VOID.has(name)) {
      const at = this.names.lastIndexOf(name);
      if (at >= 0) {
        while (this.names.length > at) this.popName();
      } else if (name === 'p') {
        // "</p>" with no <p> open is an empty paragraph.
        this.openName('p');
        this.closeCurrentTag();
      }
    } else if (name === 'br') {
      // "</br>" is a line break.
      this.addNode(new PageElement('br', NO_ATTRIBUTES));
    }
  }

  ontext(start: number, end: number): void {
    if (this.textStart >= 0 && start === this.textEnd) {
      this.textEnd = end;
      return;
    }
    this.flushText();
    this.textStart = start;
    this.textEnd = end;
  }

  /** Adds the text given since the last tag, comment or declaration. */
  private flushText(): void {
    if (this.textStart < 0) return;
    let data = this.slice(this.textStart, this.textEnd);
    this.textStart = -1;
    const last = this.lastText;
    if (last !== null) {
      last.data += decodeText(data, last.parent);
      return;
    }
    const parent = this.nodes[this.nodes.length - 1] as ParentNode;
    if (isBlank(data) && invisibleSpace(parent, this.lastKid())) return;
    data = decodeText(data, parent);
    const node = new Text(data);
    this.addNode(node);
    this.lastText = node;
  }

  oncomment(start: number, end: number, offset: number): void {
    this.flushText();
    this.addNode(new Comment(this.slice(start, end - offset)));
  }

  oncdata(start: number, end: number, offset: number): void {
    // In HTML, CDATA sections are comments; a browser ends one outside SVG and MathML at its first ">".
    this.flushText();
    const at = start - CDATA_OPEN.length;
    const inForeign = this.foreign[this.foreign.length - 1] === true;
    const inner = this.slice(start, end - offset);
    if (!inForeign && inner.includes('>') && this.slice(at, start) === CDATA_OPEN) this.strayCdata.push(at);
    this.addNode(new Comment(`[CDATA[${inner}]]`));
  }

  ondeclaration(start: number, end: number): void {
    this.flushText();
    this.instruction('!', this.slice(start, end));
  }

  onprocessinginstruction(start: number, end: number): void {
    this.flushText();
    this.instruction('?', this.slice(start, end));
  }

  onend(): void {
    this.flushText();
    while (this.names.length > 0) this.popName();
    // Every element closed with its name (one more name than node is open when the page ends in a start tag).
    this.closeNode(this.root);
  }

  onattribentity(): void {
    // Entities are decoded by the builder (the tokenizer's decoding is off).
  }

  ontextentity(): void {
    // As onattribentity.
  }

  /** A start tag's name: implied end tags first, then the name goes on the stack unless void. */
  private openName(name: string): void {
    const closes = OPEN_IMPLIES_CLOSE.get(name);
    if (closes) {
      while (this.names.length > 0 && closes.has(this.names[this.names.length - 1] as string)) this.popName();
    }
    if (!VOID.has(name)) {
      this.names.push(name);
      if (FOREIGN.has(name)) this.foreign.push(true);
      else if (INTEGRATION.has(name)) this.foreign.push(false);
    }
    this.tagName = name;
    this.inStartTag = true;
    this.attribs = null;
  }

  /** The start tag's ">": its element is added and opened (a void one is closed at once). */
  private endStartTag(): void {
    if (this.inStartTag) {
      const element = new PageElement(this.tagName, this.attribs ?? NO_ATTRIBUTES);
      this.addNode(element);
      if (!VOID.has(this.tagName)) {
        this.nodes.push(element);
        this.firstKid.push(this.kidCount);
      }
      if (this.tagName === 'button') this.root.buttons.push(element);
      this.inStartTag = false;
      this.attribs = null;
    }
    this.tagName = '';
  }

  /** A start tag closed by "/>" in foreign content, or an implied "<p>" for a stray "</p>". */
  private closeCurrentTag(): void {
    const name = this.tagName;
    this.endStartTag();
    if (this.names[this.names.length - 1] === name) this.popName();
  }

  private popName(): void {
    this.names.pop();
    this.lastText = null;
    // The page can end inside a start tag: its name is open, its node never was.
    if (this.nodes.length > 1) this.closeNode(this.nodes.pop() as ParentNode);
  }

  /** A node leaves the open ones: its children, gathered in `kids`, become its array. */
  private closeNode(node: ParentNode): void {
    const first = this.firstKid.pop() as number;
    if (this.kidCount > first) {
      node.children = this.kids.slice(first, this.kidCount);
      this.kidCount = first;
    }
  }

  /** The last child added to the innermost open node, if any. */
  private lastKid(): ChildNode | undefined {
    return this.kidCount > (this.firstKid[this.firstKid.length - 1] as number) ? this.kids[this.kidCount - 1] : undefined;
  }

  private instruction(mark: '!' | '?', value: string): void {
    const end = value.search(INSTRUCTION_NAME_END);
    const name = (end < 0 ? value : value.slice(0, end)).toLowerCase();
    this.addNode(new ProcessingInstruction(mark + name, mark + value));
  }

  private addNode(node: ChildNode): void {
    const parent = this.nodes[this.nodes.length - 1] as ParentNode;
    const prev = this.lastKid();
    this.kids[this.kidCount++] = node;
    if (prev) {
      node.prev = prev;
      prev.next = node;
    }
    node.parent = parent;
    this.lastText = null;
  }
}

function decodeText(data: string, parent: ParentNode | null): string {
  if (!data.includes('&') || (parent !== null && 'name' in parent && RAW_TEXT.has(parent.name))) return data;
  return decodeHTML(data);
}

/** Only the tokenizer's five whitespace characters (a no-break space is text). */
function isBlank(data: string): boolean {
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13 && c !== 12) return false;
  }
  return true;
}

/** Whitespace added under `parent` now (after `prev`, its last child) would follow a block element, or open a block element. */
function invisibleSpace(parent: ParentNode, prev: ChildNode | undefined): boolean {
  if (prev === undefined) return parent.type === 'root' || (isElement(parent) && isBlock(parent));
  return isElement(prev) && isBlock(prev);
}

/** Ends a line of text for every stage: neither inline, nor <br>, nor skipped unseen (dom.NON_TEXT). */
function isBlock(el: Element): boolean {
  return !INLINE.has(el.name) && !NON_TEXT.has(el.name) && el.name !== 'br';
}
