import { Buffer } from 'node:buffer';
import { MAX_CHUNK_BYTES } from './markup.js';
import { COMMON_TAGS } from './names.js';
import { FOREIGN, FORMATTING, INTEGRATION, VOID } from './parser-rules.js';

/**
 * The byte scan of html/limits' pre-pass: upper bounds of the nesting depth and of the open
 * formatting elements, and the cuts that slim a page (styles, unread scripts, comments, the inside
 * of each outermost <svg>) before the parser reads it. limits decides what to do with them.
 */

/** One change to the markup: drop [start, end) and put `insert` there. */
export interface Edit {
  start: number;
  end: number;
  insert: string;
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
export function keptUtf8(bytes: Buffer, cuts: readonly Edit[]): string[] {
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

export function bump(m: Map<string, number>, k: string, by: number): void {
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
export function scanMarkup(b: Buffer, cuts: Edit[] | null): { depth: number; formatting: number } {
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

