import { Buffer } from 'node:buffer';
import { Tokenizer } from 'htmlparser2';
import { tagName } from './names.js';
import { asBuffer } from '../input/decode.js';
import { FOREIGN, FORMATTING, INTEGRATION, OPEN_IMPLIES_CLOSE, VOID } from './parser-rules.js';
import { PageMarkup } from './markup.js';
import { bump, keptUtf8, scanMarkup, type Edit } from './slim.js';

/**
 * declutter's limits by design, in one place, and the markup pre-pass that enforces the nesting
 * limits before any HTML parser sees a page (and slims it on the way: see limitForParse).
 *
 * Why a pre-pass: both HTML parsers we run are quadratic in nesting depth. htmlparser2 keeps its
 * open-element stack with unshift/shift and looks end tags up with indexOf (100,000 nested <div>
 * take 7.6 s; 100,000 stray end tags under them 27 s); parse5 (jsdom, for the Readability
 * fallback) scans the stack for every start tag (100,000 nested <div>: 160 s) and rebuilds every
 * still-active formatting element (<b>, <font>, …) after each paragraph (a 35 KB page of 200
 * unclosed <b class=…> and 4,000 paragraphs: 2 s and 800,000 elements). Recursive tree code
 * overflows the stack on the same pages. Browsers cap the tree depth (Chromium: 512); so do we.
 */

/**
 * Deepest element nesting handed to the HTML parser. Deeper start tags first close the element
 * at the limit, so they become its siblings (Chromium does the same at 512). On the 990 pages of
 * the trafilatura evaluation set the deepest page reaches 42 levels (median 17, 99th percentile 30).
 */
export const MAX_DEPTH = 256;
/**
 * Formatting elements (<b>, <font>, <a>, …) left open at once. Beyond it their start and end
 * tags are dropped (their text stays): only inline formatting is lost. No page of the evaluation
 * set leaves more than 8 open; each one parse5 keeps active is rebuilt after every paragraph.
 */
export const MAX_OPEN_FORMATTING = 16;
/**
 * Attributes kept per element; the rest of the tag is dropped. parse5 checks each new attribute
 * against all earlier ones (one <div> with 60,000 attributes: 58 s in jsdom).
 */
export const MAX_ATTRIBUTES = 128;

export interface LimitedMarkup {
  /** the markup to parse, in the pieces the parser reads (html/markup): the input slimmed (see limitForParse), and limited where it reached a limit */
  markup: PageMarkup;
  /** start tags that had to close the element at MAX_DEPTH first */
  flattened: number;
  /** formatting start and end tags dropped */
  droppedFormatting: number;
  /** elements whose attributes past MAX_ATTRIBUTES were dropped */
  trimmedAttributes: number;
  /** deepest nesting reached (at most maxDepth + 1: the start tag that was flattened) */
  deepest: number;
}



/**
 * limitMarkup's edits, in typed arrays: a page flattened at every tag has hundreds of thousands of
 * them. As objects they all outlived the young generation (the collector copied each one: a 4×
 * page cost 5.8× the time), and even arrays of numbers cost 100+ ns a push once they are large.
 * What an edit inserts is '' or an end tag, kept once each in `texts`.
 */
class EditList {
  length = 0;
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  /** each edit's insert, as an index into `texts` */
  inserts = new Int32Array(64);
  readonly texts: string[] = [''];
  private readonly textIds = new Map<string, number>([['', 0]]);

  cut(start: number, end: number): void {
    this.add(start, end, 0);
  }
  /** `</name>` put before `at`. */
  endTag(at: number, name: string): void {
    let id = this.textIds.get(name);
    if (id === undefined) {
      id = this.texts.push(`</${name}>`) - 1;
      this.textIds.set(name, id);
    }
    this.add(at, at, id);
  }
  private add(start: number, end: number, insert: number): void {
    if (this.length === this.starts.length) this.grow();
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.inserts[this.length] = insert;
    this.length++;
  }
  private grow(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const inserts = new Int32Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    inserts.set(this.inserts);
    this.starts = starts;
    this.ends = ends;
    this.inserts = inserts;
  }
}

/** The open-element stack as htmlparser2 will hold it, with O(1) "is a <name> open?". */
class StackModel {
  readonly names: string[] = [];
  readonly foreign: boolean[] = [false];
  private readonly counts = new Map<string, number>();

  get depth(): number {
    return this.names.length;
  }
  top(): string | undefined {
    return this.names[this.names.length - 1];
  }
  push(name: string): void {
    this.names.push(name);
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    if (FOREIGN.has(name)) this.foreign.push(true);
    else if (INTEGRATION.has(name)) this.foreign.push(false);
  }
  pop(): void {
    const name = this.names.pop();
    if (name !== undefined) this.counts.set(name, (this.counts.get(name) ?? 1) - 1);
  }
  /** How many elements on top of the stack have names in `names` (what an implied close pops). */
  runOnTop(names: ReadonlySet<string>): number {
    let n = 0;
    while (n < this.names.length && names.has(this.names[this.names.length - 1 - n] as string)) n++;
    return n;
  }
  has(name: string): boolean {
    return (this.counts.get(name) ?? 0) > 0;
  }
  /** An end tag: leaves foreign context for svg/math and their integration points; pops to the nearest match. */
  close(name: string): void {
    if (FOREIGN.has(name) || INTEGRATION.has(name)) this.foreign.pop();
    if (VOID.has(name) || !this.has(name)) return;
    while (this.names.length > 0 && this.names[this.names.length - 1] !== name) this.pop();
    this.pop();
  }
  inForeign(): boolean {
    return this.foreign[this.foreign.length - 1] === true;
  }
}

/**
 * Caps the markup's nesting at `maxDepth`, its open formatting elements at `maxFormatting` and
 * each element's attributes at `maxAttributes`, in one linear pass over htmlparser2's own
 * tokenizer. Text is never dropped.
 */
export function limitMarkup(
  html: string,
  maxDepth = MAX_DEPTH,
  maxFormatting = MAX_OPEN_FORMATTING,
  maxAttributes = MAX_ATTRIBUTES,
): LimitedMarkup {
  const stack = new StackModel();
  const edits = new EditList();
  /** open formatting elements per name, and start tags dropped and not yet matched by an end tag */
  const fmtOpen = new Map<string, number>();
  const fmtDropped = new Map<string, number>();
  let fmtTotal = 0;
  let deepest = 0;
  let flattened = 0;
  let droppedFormatting = 0;
  let trimmedAttributes = 0;
  /** the start tag being read: its name, where its "<" is, whether it is dropped, its attributes */
  let tag = { name: '', lt: 0, drop: false, attributes: 0, cutFrom: -1 };

  const openTag = (name: string, lt: number): void => {
    tag = { name, lt, drop: false, attributes: 0, cutFrom: -1 };
    if (FORMATTING.has(name)) {
      // parse5 ends an open <a> when a new one starts (adoption agency).
      if (name === 'a' && (fmtOpen.get('a') ?? 0) > 0) {
        bump(fmtOpen, 'a', -1);
        fmtTotal--;
      }
      if (fmtTotal >= maxFormatting) {
        tag.drop = true;
        bump(fmtDropped, name, 1);
        return;
      }
      bump(fmtOpen, name, 1);
      fmtTotal++;
    }
    const closes = OPEN_IMPLIES_CLOSE.get(name);
    const depth = stack.depth - (closes ? stack.runOnTop(closes) : 0);
    if (!VOID.has(name) && depth >= maxDepth) {
      // The parser reads our end tag before this start tag: close first, then its implied closes.
      const top = stack.top() as string;
      edits.endTag(lt, top);
      if ((fmtOpen.get(top) ?? 0) > 0) {
        bump(fmtOpen, top, -1);
        fmtTotal--;
      }
      stack.close(top);
      flattened++;
    }
    while (closes && stack.depth > 0 && closes.has(stack.top() as string)) stack.pop();
    if (VOID.has(name)) return;
    deepest = Math.max(deepest, depth + 1);
    stack.push(name);
  };
  const endOfStartTag = (end: number, selfClosing: boolean): void => {
    if (tag.drop) {
      edits.cut(tag.lt, end + 1);
      droppedFormatting++;
      return;
    }
    if (tag.cutFrom >= 0) {
      // Up to the "/>" or ">" that ends the tag, so the tag still ends the same way.
      edits.cut(tag.cutFrom, selfClosing ? end - 1 : end);
      trimmedAttributes++;
    }
    if (selfClosing && stack.inForeign() && stack.top() === tag.name) stack.pop();
  };
  const attribute = (start: number): void => {
    if (++tag.attributes === maxAttributes + 1) tag.cutFrom = start;
  };
  const closeTag = (name: string, lt: number, end: number): void => {
    if ((fmtDropped.get(name) ?? 0) > 0) {
      bump(fmtDropped, name, -1);
      edits.cut(lt, end + 1);
      droppedFormatting++;
      return;
    }
    if ((fmtOpen.get(name) ?? 0) > 0) {
      bump(fmtOpen, name, -1);
      fmtTotal--;
    }
    stack.close(name);
  };

  const tokenizer = new Tokenizer(
    { xmlMode: false, decodeEntities: false },
    {
      onopentagname: (start, end) => openTag(tagName(html, start, end), start - 1),
      onopentagend: (end) => endOfStartTag(end, false),
      onselfclosingtag: (end) => endOfStartTag(end, true),
      onclosetag: (start, end) => {
        const gt = html.indexOf('>', end);
        closeTag(tagName(html, start, end), html.lastIndexOf('<', start), gt < 0 ? html.length - 1 : gt);
      },
      onattribdata: () => {},
      onattribentity: () => {},
      onattribend: () => {},
      onattribname: (start) => attribute(start),
      oncdata: () => {},
      oncomment: () => {},
      ondeclaration: () => {},
      onend: () => {},
      onprocessinginstruction: () => {},
      ontext: () => {},
      ontextentity: () => {},
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  return { markup: new PageMarkup(applyEdits(html, edits)), flattened, droppedFormatting, trimmedAttributes, deepest };
}

/**
 * The limits htmlparser2 needs (nesting; open formatting elements), enforced cheaply: a hand scan
 * gives upper bounds of both, and only a page whose bounds reach a limit takes the exact tokenizer
 * pass. The attribute limit protects parse5 alone (htmlparser2 keeps attributes in an object), so
 * the Readability fallback applies `limitMarkup` itself before jsdom.
 *
 * The same scan slims the page: it cuts the text of <style> and of scripts other than
 * READ_SCRIPT_TYPE, comments, and the inside of each outermost <svg> (the element and its
 * attributes stay). That is over 40% of the characters of the dev set (scripts 24%, styles 16%,
 * SVG 5%, comments 2%), which no stage reads (dom.NON_TEXT) but which the parser would still
 * tokenise into nodes and attribute objects. An <svg> whose inside holds an end tag of an element
 * opened outside it is kept whole: htmlparser2 would close the <svg> there, and a cut would change
 * the tree.
 *
 * The scan reads UTF-8 bytes (input/decode's `utf8`; a string is encoded first): all the markup it
 * looks for is ASCII, which never occurs inside a multi-byte sequence, and only the bytes kept are
 * decoded, in pieces (html/markup). No string of the whole page is made: V8 places each string
 * over about 128 KB in its large-object space, and on our machines making one costs over a
 * millisecond of CPU, more than the scan itself.
 */
export function limitForParse(source: string | Uint8Array): LimitedMarkup {
  const bytes = typeof source === 'string' ? Buffer.from(source, 'utf8') : asBuffer(source);
  const cuts: Edit[] = [];
  const bound = scanMarkup(bytes, cuts);
  const markup = new PageMarkup(keptUtf8(bytes, cuts));
  if (bound.depth < MAX_DEPTH && bound.formatting <= MAX_OPEN_FORMATTING) {
    return { markup, flattened: 0, droppedFormatting: 0, trimmedAttributes: 0, deepest: bound.depth };
  }
  return limitMarkup(markup.text);
}

/** Pieces joined at a time: one array of every piece of a page with 200,000 edits costs more than the edits. */
const EDIT_CHUNK = 2048;

/**
 * The markup with the edits applied, in pieces (html/markup reads them in order). Edits come in
 * document order and never overlap. Each run of EDIT_CHUNK pieces is joined on its own: a page
 * flattened at every tag has hundreds of thousands of pieces, and one array of them all (and one
 * string of the whole page) grew the cost faster than the input (a 4× page: 4.4× the time).
 */
function applyEdits(html: string, edits: EditList): string[] {
  if (edits.length === 0) return [html];
  const chunks: string[] = [];
  let parts: string[] = [];
  let at = 0;
  for (let i = 0; i < edits.length; i++) {
    parts.push(html.slice(at, edits.starts[i]), edits.texts[edits.inserts[i] as number] as string);
    at = edits.ends[i] as number;
    if (parts.length >= EDIT_CHUNK) {
      chunks.push(parts.join(''));
      parts = [];
    }
  }
  parts.push(html.slice(at));
  chunks.push(parts.join(''));
  return chunks;
}

/** The warning `clean()` reports when a limit changed the markup. */
export function limitWarning(limited: LimitedMarkup): string | undefined {
  const parts: string[] = [];
  if (limited.flattened > 0) {
    parts.push(`${limited.flattened} elements nested past level ${MAX_DEPTH} became siblings instead of children`);
  }
  if (limited.droppedFormatting > 0) {
    parts.push(`${limited.droppedFormatting} formatting tags dropped past ${MAX_OPEN_FORMATTING} open at once (their text kept)`);
  }
  if (limited.trimmedAttributes > 0) {
    parts.push(`${limited.trimmedAttributes} elements kept only their first ${MAX_ATTRIBUTES} attributes`);
  }
  return parts.length ? `markup limits: ${parts.join('; ')}` : undefined;
}
