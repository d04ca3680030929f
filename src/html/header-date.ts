import type { AnyNode, Element } from 'domhandler';
import { findDate, isTimestampLine } from '../lexicon/dates.js';
import { HTML_POPUP_WORDS, HTML_STANDFIRST_WORDS, UPDATE_WORD } from '../lexicon/patterns.js';
import { isElement, markupWords, NON_TEXT } from './dom.js';

/**
 * The date a story shows next to its headline: the first timestamp line ("March 17, 2025",
 * "Updated 5 Feb 2024 · 3 min read") among the short texts right after the <h1>, or just above
 * it (a kicker date). What the reader sees there is the story's own date, unlike a date in the
 * markup of a page template, a related story's or a comment's.
 */

/** How far to look: text nodes and characters after the headline, and before it. */
const AFTER_NODES = 24;
const AFTER_CHARS = 600;
const BEFORE_NODES = 4;
const BEFORE_CHARS = 160;
/** A longer text is prose (the body has started), not a header line. */
const HEADER_TEXT = 120;
/** A standfirst (dek) is at most this long: longer is the body's first paragraph. */
const STANDFIRST = 400;
/** Standfirsts passed over: a template may print a second copy (a fallback, a mobile version). */
const STANDFIRSTS = 2;

export interface HeaderDate {
  iso: string;
  /** the line says "updated" / "modified" rather than "published" */
  updated: boolean;
}

export function headerDate(h1: Element): HeaderDate | undefined {
  return scan(h1, 'after')[0] ?? scan(h1, 'before')[0];
}

/** Every timestamp line the header shows, after the headline first ("Published …", "Updated …"). */
export function headerDates(h1: Element): HeaderDate[] {
  return [...scan(h1, 'after', MAX_SHOWN), ...scan(h1, 'before', MAX_SHOWN)];
}

const MAX_SHOWN = 4;

function scan(h1: Element, direction: 'after' | 'before', most = 1): HeaderDate[] {
  const found: HeaderDate[] = [];
  // A label and its date often sit in sibling elements ("Last updated" | "Aug 04, 2025").
  let previous = '';
  for (const { text } of shortTexts(h1, direction, false)) {
    const date = findDate(text);
    if (date && isTimestampLine(text, date)) {
      found.push({ iso: date.iso, updated: UPDATE_WORD.test(text) || (direction === 'after' && UPDATE_WORD.test(previous)) });
      if (found.length >= most) return found;
    }
    // A text with its own date is a stamp, not the label of the next one.
    previous = date ? '' : text;
  }
  return found;
}

/**
 * The short texts beside the headline, in one direction, until prose (a text over HEADER_TEXT;
 * a standfirst right under the headline is no prose yet: the byline and date may follow it), the
 * node or character budget, or (with `stopAtHeading`) the next heading.
 */
function* shortTexts(h1: Element, direction: 'after' | 'before', stopAtHeading: boolean): Generator<{ node: AnyNode; text: string }> {
  const maxNodes = direction === 'after' ? AFTER_NODES : BEFORE_NODES;
  const maxChars = direction === 'after' ? AFTER_CHARS : BEFORE_CHARS;
  let chars = 0;
  let nodes = 0;
  for (let node = step(h1, direction, true); node && nodes < maxNodes && chars < maxChars; node = step(node, direction, false)) {
    if (stopAtHeading && node.type === 'tag' && NEXT_HEADING.has(node.name)) return;
    if (node.type !== 'text') continue;
    const text = node.data.trim();
    if (text === '') continue;
    nodes++;
    if (text.length > HEADER_TEXT) {
      if (direction === 'after' && nodes <= STANDFIRSTS && text.length <= STANDFIRST && isStandfirst(node)) continue;
      // An author's bio in a hover card beside the byline: hidden until asked for, so the header goes on.
      if (marked(node, HTML_POPUP_WORDS)) continue;
      return;
    }
    chars += text.length;
    yield { node, text };
  }
}

/** Headings that open another block (a card's title, a section): the headline's header has ended. */
const NEXT_HEADING: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * The texts the headline's header shows, as the date scan reads them: the short texts right
 * after the <h1> (a standfirst passed over) until prose or the next heading, and the few just
 * above it. A byline among them signs the story the headline names.
 */
export function headerTexts(h1: Element): AnyNode[] {
  const out: AnyNode[] = [];
  for (const direction of ['after', 'before'] as const) for (const { node } of shortTexts(h1, direction, true)) out.push(node);
  return out;
}

/** A text whose element (or that element's parent) the markup names a standfirst or the story's header. */
function isStandfirst(text: AnyNode): boolean {
  return marked(text, HTML_STANDFIRST_WORDS);
}

/** A text whose element, or that element's parent, the markup names with one of `words`. */
function marked(text: AnyNode, words: RegExp): boolean {
  const el = text.parent;
  if (!el || !isElement(el)) return false;
  const parent = el.parent;
  return words.test(markupWords(el)) || (parent !== null && isElement(parent) && words.test(markupWords(parent)));
}

/**
 * The next (or previous) node in document order, not entering `from`'s own subtree when
 * `skipInside` (the headline's words are not its date), nor scripts, styles or templates.
 */
function step(from: AnyNode, direction: 'after' | 'before', skipInside: boolean): AnyNode | null {
  if (!skipInside && from.type === 'tag' && !NON_TEXT.has(from.name) && from.children.length > 0) {
    return (direction === 'after' ? from.children[0] : from.children[from.children.length - 1]) ?? null;
  }
  for (let node: AnyNode | null = from; node; node = node.parent) {
    const next = direction === 'after' ? node.next : node.prev;
    if (next) return next;
  }
  return null;
}
