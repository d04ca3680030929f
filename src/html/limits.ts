import { Buffer } from 'node:buffer';
import { Tokenizer } from 'htmlparser2';
import { COMMON_TAGS, tagName } from './names.js';
import { asBuffer } from '../input/decode.js';
import { FOREIGN, INTEGRATION, OPEN_IMPLIES_CLOSE, VOID } from './parser-rules.js';
import { MAX_CHUNK_BYTES, PageMarkup } from './markup.js';

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

/** The HTML spec's formatting elements: parse5 keeps them active and rebuilds them. */
const FORMATTING = new Set(['a', 'b', 'big', 'code', 'em', 'font', 'i', 'nobr', 's', 'small', 'strike', 'strong', 'tt', 'u']);

/** One change to the markup: drop [start, end) and put `insert` there. */
interface Edit {
  start: number;
  end: number;
  insert: string;
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

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const COMMENT_END = Buffer.from('-->');
const CDATA_START = Buffer.from('<![CDATA[');
const CDATA_END = Buffer.from(']]>');
const END_TAG_OPEN = Buffer.from('</');

/**
 * Where a raw-text element's end tag starts: "</name" in any ASCII case, then ">" or one of
 * htmlparser2's five whitespace characters (not "/", not other spaces); -1 when none follows.
 */
function rawTextEnd(b: Buffer, name: string, from: number): number {
  const len = name.length;
  for (let i = b.indexOf(END_TAG_OPEN, from); i >= 0 && i + len + 2 < b.length; i = b.indexOf(END_TAG_OPEN, i + 1)) {
    let k = 0;
    // Raw-text names are letters: "| 32" lower-cases a letter and maps no other byte onto one.
    while (k < len && ((b[i + 2 + k] as number) | 32) === name.charCodeAt(k)) k++;
    if (k === len && endsRawTextName(b[i + 2 + len] as number)) return i;
  }
  return -1;
}

function endsRawTextName(c: number): boolean {
  return c === 62 || c === 32 || c === 10 || c === 9 || c === 13 || c === 12;
}

/** htmlparser2's raw-text elements (its tokenizer's special sequences). */
const RAW_TEXT: ReadonlySet<string> = new Set(['script', 'style', 'textarea', 'title', 'xmp']);

/** When a ">" ended the tag inside a quoted attribute value (`title="a>b"`): `from`…`end` are its attributes. */
function cutInsideQuotes(b: Buffer, from: number, end: number): boolean {
  // Only the tag's own characters are read: a look for "=" from each tag would run on to the
  // next one in the page, past every attribute-less tag before it (quadratic on plain markup).
  for (let i = from; i < end; i++) {
    if (b[i] !== EQUALS) continue;
    let j = i + 1;
    while (j < end && (b[j] as number) <= 32) j++;
    if (j >= end) continue;
    const q = b[j];
    if (q !== DOUBLE_QUOTE && q !== SINGLE_QUOTE) continue;
    const close = b.indexOf(q, j + 1);
    if (close < 0 || close >= end) return true;
    i = close;
  }
  return false;
}

/** What ends a tag name for htmlparser2's tokenizer: its five whitespace characters, "/" and ">". */
function endsTagName(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 47 || c === 62;
}

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Where a tag really ends when a ">" sits inside a quoted value: the index of its ">", or -1 (never). */
function quotedTagEnd(b: Buffer, from: number): number {
  for (let k = from; k < b.length; k++) {
    const c = b[k];
    if (c === GT) return k;
    if (c !== EQUALS) continue;
    let j = k + 1;
    while (j < b.length && (b[j] as number) <= 32) j++;
    const q = b[j];
    if (q !== DOUBLE_QUOTE && q !== SINGLE_QUOTE) continue;
    k = b.indexOf(q, j + 1);
    if (k < 0) return -1;
  }
  return -1;
}

/** Upper bounds of htmlparser2's nesting depth and of the open formatting elements (see `scanMarkup`). */
export function quickBound(html: string): { depth: number; formatting: number } {
  return scanMarkup(Buffer.from(html, 'utf8'), null);
}

/** The lower-case tag name at bytes [start, end) (ASCII delimiters bound it: never part of a character). */
function byteTagName(b: Buffer, start: number, end: number): string {
  return COMMON_TAGS.findBytes(b, start, end) ?? b.toString('utf8', start, end).toLowerCase();
}

/**
 * The UTF-8 text of `bytes` without the cuts (which insert nothing and fall between whole
 * characters), in pieces of at most MAX_CHUNK_BYTES that each end on a whole character.
 */
function keptUtf8(bytes: Buffer, cuts: readonly Edit[]): string[] {
  let kept = bytes;
  if (cuts.length > 0) {
    let size = bytes.byteLength;
    for (const c of cuts) size -= c.end - c.start;
    kept = Buffer.allocUnsafe(size);
    let at = 0;
    let from = 0;
    for (const c of cuts) {
      kept.set(bytes.subarray(from, c.start), at);
      at += c.start - from;
      from = c.end;
    }
    kept.set(bytes.subarray(from), at);
  }
  const chunks: string[] = [];
  for (let start = 0; start < kept.length || chunks.length === 0; ) {
    const limit = Math.min(kept.length, start + MAX_CHUNK_BYTES);
    // Back off continuation bytes (10xxxxxx): a piece never splits a character.
    let end = limit;
    while (end < kept.length && end > start && ((kept[end] as number) & 0xc0) === 0x80) end--;
    if (end === start) end = limit;
    chunks.push(kept.toString('utf8', start, end));
    start = end;
  }
  return chunks;
}

/**
 * Script types whose text the extractor reads: JSON-LD (metadata) and HTML templates (parsed in
 * place, html/extract). Every other script's text is code or data no stage looks at.
 */
const READ_SCRIPT_TYPE = /\btype\s*=\s*["']?[^"'>]*(?:ld\+json|template)/i;

function bump(m: Map<string, number>, k: string, by: number): void {
  m.set(k, (m.get(k) ?? 0) + by);
}

function newSvgState(): SvgState {
  return { depth: 0, start: 0, safe: true, inner: new Map() };
}

interface SvgState {
  /** open <svg> elements (0: outside any) */
  depth: number;
  /** where the outermost one's inside starts */
  start: number;
  /** no end tag inside closes an element opened outside */
  safe: boolean;
  /** elements opened inside, by name */
  inner: Map<string, number>;
}

/**
 * Upper bounds of htmlparser2's nesting depth and of the open formatting elements. Sound by
 * construction: an end tag only closes a name this scan holds open (so the scan's open elements
 * always include the parser's), "/>" closes only in svg/math as in htmlparser2, raw text, comments
 * (including "<!-->"), CDATA and bogus comments end where its tokenizer ends them, and a ">"
 * inside a quoted attribute value does not end the tag. Implied end tags are ignored, so the
 * bounds can only over-count. test/invariants checks the bound on tag soup.
 * With `cuts`, the same scan lists what slimming removes, as edits that insert nothing (see
 * `limitForParse`); their offsets are byte offsets.
 */
function scanMarkup(b: Buffer, cuts: Edit[] | null): { depth: number; formatting: number } {
  // A hand scan (no match arrays or captured strings per tag). Each "<" is the first that fits of
  // "<!--", "<![CDATA[", "<!…>"/"<?…>" (to the next ">"), "<name…>"/"</name…>"; else it is text.
  const open = new Map<string, number>();
  const foreign: boolean[] = [false];
  const svg = newSvgState();
  let depth = 0;
  let deepest = 0;
  let formatting = 0;
  let mostFormatting = 0;
  const n = b.length;
  for (let lt = b.indexOf(LT), at = 0; lt >= 0; lt = b.indexOf(LT, at)) {
    const c = b[lt + 1];
    if (c === 33 || c === 63) {
      let end: number;
      if (c === 33 && b[lt + 2] === 0x2d && b[lt + 3] === 0x2d) {
        end = b.indexOf(COMMENT_END, lt + 2);
        if (end < 0) break;
        at = end + 3;
        // "<!--/$-->" closes a streamed segment's fallback (html/streamed reads it).
        if (cuts && svg.depth === 0 && !(end === lt + 6 && b[lt + 4] === SLASH && b[lt + 5] === 0x24)) cuts.push({ start: lt, end: at, insert: '' });
      } else if (lt + CDATA_START.length <= n && b.compare(CDATA_START, 0, CDATA_START.length, lt, lt + CDATA_START.length) === 0 && foreign[foreign.length - 1] === true) {
        // Outside SVG and MathML html/parse ends a CDATA opener at its first ">", as browsers do.
        end = b.indexOf(CDATA_END, lt + 9);
        if (end < 0) break;
        at = end + 3;
      } else {
        end = b.indexOf(GT, lt + 2);
        at = end < 0 ? n : end + 1;
      }
      continue;
    }
    const closing = c === SLASH;
    const nameStart = closing ? lt + 2 : lt + 1;
    if (!isLetter(b[nameStart] as number)) {
      at = lt + 1;
      continue;
    }
    let nameEnd = nameStart + 1;
    while (nameEnd < n && !endsTagName(b[nameEnd] as number)) nameEnd++;
    let gt = b.indexOf(GT, nameEnd);
    if (gt < 0) break; // an unterminated tag: the rest of the page is inside it
    if (cutInsideQuotes(b, nameEnd, gt)) {
      gt = quotedTagEnd(b, nameEnd);
      if (gt < 0) break;
    }
    at = gt + 1;
    const name = byteTagName(b, nameStart, nameEnd);
    if (closing) {
      if (FOREIGN.has(name) || INTEGRATION.has(name)) foreign.pop();
      const k = open.get(name) ?? 0;
      if (k === 0) continue;
      if (svg.depth > 0) closeInSvg(svg, name, lt, cuts);
      open.set(name, k - 1);
      depth--;
      if (FORMATTING.has(name)) formatting--;
      continue;
    }
    if (RAW_TEXT.has(name)) {
      const found = rawTextEnd(b, name, at);
      if (found < 0) break;
      if (cuts && svg.depth === 0 && found > at && (name === 'style' || (name === 'script' && !READ_SCRIPT_TYPE.test(b.toString('latin1', nameEnd, gt))))) {
        cuts.push({ start: at, end: found, insert: '' });
      }
      at = found + name.length + 3;
      continue;
    }
    if (FOREIGN.has(name)) foreign.push(true);
    else if (INTEGRATION.has(name)) foreign.push(false);
    const selfClosing = gt > nameEnd && b[gt - 1] === SLASH;
    if (VOID.has(name) || (selfClosing && foreign[foreign.length - 1] === true)) continue;
    open.set(name, (open.get(name) ?? 0) + 1);
    deepest = Math.max(deepest, ++depth);
    if (FORMATTING.has(name)) mostFormatting = Math.max(mostFormatting, ++formatting);
    if (name === 'svg') {
      if (svg.depth++ === 0) {
        svg.start = at;
        svg.safe = true;
        svg.inner.clear();
      }
    } else if (svg.depth > 0) bump(svg.inner, name, 1);
  }
  return { depth: deepest, formatting: mostFormatting };
}

/** An end tag inside an <svg> (one the scan holds open): the svg's own, an inner one, or one that closes the svg early. */
function closeInSvg(svg: SvgState, name: string, lt: number, cuts: Edit[] | null): void {
  if (name === 'svg') {
    if (--svg.depth === 0 && svg.safe && cuts && lt > svg.start) cuts.push({ start: svg.start, end: lt, insert: '' });
  } else if ((svg.inner.get(name) ?? 0) > 0) bump(svg.inner, name, -1);
  else svg.safe = false;
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
