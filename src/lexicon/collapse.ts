/**
 * A line as a reader sees it: whitespace runs to one space, invisible characters dropped,
 * trimmed — by replace, by one scan for long texts, or not at all when the text is clean already.
 */
import { INVISIBLE_CHARS, isSpace, WHITESPACE_RUN } from './patterns.js';

/**
 * Whitespace runs to one space, invisible characters dropped, trimmed: a line as a reader sees it
 * (html/dom's text and text/lines' dump lines alike).
 */
export function collapse(text: string): string {
  if (isCollapsed(text)) return text;
  if (text.length > LONG_COLLAPSE) return collapseLong(text);
  return text.replace(INVISIBLE_CHARS, '').replace(WHITESPACE_RUN, ' ').trim();
}

/**
 * Above this `collapse` copies character codes instead of replacing: a regular expression's
 * replace keeps a piece per match until it joins them, and on a 1 MB block of one word per line
 * those ~200k pieces made each young-generation collection copy them all (bench:scaling,
 * html/many-lines: the collections took more time than the rest of the page).
 */
const LONG_COLLAPSE = 65_536;
/** Characters per String.fromCharCode call (well under the engine's argument limit). */
const CHUNK = 8192;

/** `collapse` by one scan: invisible characters dropped, each whitespace run one space, trimmed. */
function collapseLong(text: string): string {
  const buf = new Uint16Array(CHUNK);
  const parts: string[] = [];
  let n = 0;
  let space = false;
  const put = (c: number): void => {
    if (n === CHUNK) {
      parts.push(String.fromCharCode(...buf));
      n = 0;
    }
    buf[n++] = c;
  };
  let started = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isInvisible(c)) continue;
    if (isSpace(c)) {
      space = started;
      continue;
    }
    if (space) put(32);
    space = false;
    started = true;
    put(c);
  }
  parts.push(String.fromCharCode(...buf.subarray(0, n)));
  return parts.join('');
}

/** INVISIBLE_CHARS, by code. */
function isInvisible(c: number): boolean {
  return c === 0xad || c === 0x200b || c === 0x2060 || c === 0xfeff;
}

/**
 * True when `collapse` would return the text unchanged: single spaces between other characters,
 * no other whitespace and no invisible characters. One scan instead of two replaces for the many
 * texts that are already clean.
 */
function isCollapsed(text: string): boolean {
  return isCollapsedSpan(text, 0, text.length);
}

/** isCollapsed of `text.slice(from, to)`, read in place (a dump's lines, before any is cut out). */
export function isCollapsedSpan(text: string, from: number, to: number): boolean {
  let prevSpace = true;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return false;
      prevSpace = true;
      continue;
    }
    prevSpace = false;
    if (c < 32 || (c >= 0x7f && mayBeSpace(c))) return false;
  }
  return !prevSpace || to === from;
}

/**
 * A run of characters `collapse` keeps as they are, single spaces between them (no control
 * character, no space or invisible character of mayBeSpace's, no space at either end), read
 * from lastIndex: where it stops is where isCollapsedSpan would find its first fault. No u flag:
 * UTF-16 units, as charCodeAt reads them.
 */
const COLLAPSED_RUN = /(?:[^\x00-\x20\x85\xa0\xad\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]+(?: [^\x00-\x20\x85\xa0\xad\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]+)*)?/y;

/**
 * Where the collapsed run from `from` ends: `text.slice(from, to)` is collapsed (isCollapsedSpan)
 * exactly when the run reaches `to` and `to` holds no character the run could take (a line
 * break, or the text's end). The scan is the expression's compiled code, not a charCodeAt loop.
 */
export function collapsedEnd(text: string, from: number): number {
  COLLAPSED_RUN.lastIndex = from;
  COLLAPSED_RUN.test(text);
  return COLLAPSED_RUN.lastIndex;
}

/** Every character \s or INVISIBLE_CHARS holds above ASCII falls in these (some others too: those take the slow path). */
function mayBeSpace(c: number): boolean {
  return c === 0xa0 || c === 0xad || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff || c === 0x85;
}
