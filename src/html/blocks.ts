import type { AnyNode, Element, Text } from 'domhandler';
import { HTML_BYLINE_WORDS, HTML_CAPTION_WORDS, HTML_CELL_EDGE, HTML_DATE_WORDS, HTML_HEADING_TAG } from '../lexicon/patterns.js';
import type { Block, BlockHint, BlockKind, Container } from '../types.js';
import { attr, collapse, INLINE, isElement, markupWords, NON_TEXT, pathOf, textOf, walk, wordsMeet } from './dom.js';
import { ShapeBuilder } from './shape.js';
import { visibleChars } from './stats.js';

/**
 * The chosen subtree as the same `Block[]` the text path produces: one block per paragraph,
 * heading, list item, quote, code block and table row (cells joined by " | "), with the path of
 * the element it came from, its link density and hints from the markup (captions, bylines, dates).
 */

/** Hints from class/id words only mark short blocks: a byline or a date is never a paragraph. */
const BYLINE_MAX_CHARS = 100;
/** A "caption" this long is a paragraph set in a figure (teasers, slideshow text): it stays in the body. */
const CAPTION_MAX_CHARS = 250;
const DATE_MAX_CHARS = 80;
export const CELL_SEPARATOR = ' | ';

const LIST_TAGS: ReadonlySet<string> = new Set(['li', 'dt', 'dd']);
const CELL_TAGS: ReadonlySet<string> = new Set(['td', 'th']);

interface Pending {
  parts: string[];
  chars: number;
  linkChars: number;
  /** the innermost block-level element the text sits in */
  el: Element | null;
  /** <br> count since the last text, to split "a<br><br>b" into two paragraphs */
  breaks: number;
  /** `chars` when the last cell separator was written: an empty cell writes none */
  sepChars: number;
  /** the element holding the last text with a visible character */
  lastParent: AnyNode | null;
}

interface Context {
  kind: BlockKind;
  level?: number;
  hints: Set<BlockHint>;
  /** the lists, items, quotes, tables and figures it sits in (shared until one is entered) */
  path: readonly Container[];
  /** the <figure> it sits in */
  figure?: number;
}

/** Containers nested deeper than this are flattened into the one above. */
const MAX_PATH = 12;
const LIST_CONTAINERS: ReadonlySet<string> = new Set(['ul', 'ol', 'dl', 'menu']);
const NO_PATH: readonly Container[] = [];

export function toBlocks(parts: readonly Element[], pruned: ReadonlySet<AnyNode>, firstId = 0): Block[] {
  const blocks: Block[] = [];
  const shape = new ShapeBuilder();
  const ids = { next: 0 };
  const where = pathNames();
  for (const part of parts) collect(part, pruned, blocks, firstId, shape, ids, where);
  const left = shape.leftoverImages();
  const last = blocks[blocks.length - 1];
  if (last && left.length > 0) (last.shape ??= { path: NO_PATH }).imagesAfter = left;
  return blocks;
}

function hasOnlyPhrasing(el: Element): boolean {
  for (const c of el.children) if (isElement(c) && !INLINE.has(c.name) && c.name !== 'br') return false;
  return true;
}

const CELL_PARAGRAPHS: ReadonlySet<string> = new Set(['p', 'div']);

/**
 * The one <p> or <div> of phrasing a data cell wraps its text in, in a row that holds a header
 * cell (a shop's attribute table: "<th>Material</th><td><p>Wool</p></td>"): the row is a label and
 * its value, one line of the table. Null for any other cell (a layout table's cells hold
 * paragraphs and sections: page layout, not data).
 */
function soleCellParagraph(cell: Element): Element | null {
  let sole: Element | null = null;
  for (const c of cell.children) {
    if (!isElement(c) || INLINE.has(c.name) || c.name === 'br') continue;
    if (sole !== null || !CELL_PARAGRAPHS.has(c.name) || !hasOnlyPhrasing(c)) return null;
    sole = c;
  }
  const row = cell.parent;
  if (sole === null || row === null || !isElement(row) || row.name !== 'tr') return null;
  return row.children.some((c) => isElement(c) && c.name === 'th') ? sole : null;
}

/**
 * `pathOf` for the blocks of one page: an element that flushes several blocks (text around its
 * child blocks) is described once, and paths that read alike share one string, so a page of a
 * hundred thousand blocks holds one copy of each distinct path (every block keeps its `where`).
 */
function pathNames(): (el: Element) => string {
  const seen = new Map<string, string>();
  let lastEl: Element | undefined;
  let last = '';
  return (el) => {
    if (el !== lastEl) {
      const path = pathOf(el);
      const known = seen.get(path);
      if (known === undefined) seen.set(path, path);
      last = known ?? path;
      lastEl = el;
    }
    return last;
  };
}

function collect(root: Element, pruned: ReadonlySet<AnyNode>, blocks: Block[], firstId: number, shape: ShapeBuilder, ids: { next: number }, whereOf: (el: Element) => string): void {
  const pending: Pending = { parts: [], chars: 0, linkChars: 0, el: root, breaks: 0, sepChars: 0, lastParent: null };
  const stack: Context[] = [{ kind: 'paragraph', hints: new Set(), path: NO_PATH }];
  let linkDepth = 0;
  // Inside code a capital after a small letter is an identifier's ("getElementById" in highlighter spans).
  let codeDepth = 0;
  const flush = (): void => {
    // Every block element flushes on entry and exit; most find nothing pending.
    if (pending.parts.length > 0) {
      push(collapse(pending.parts.join('')));
      pending.parts.length = 0;
    } else shape.reset();
    pending.chars = 0;
    pending.linkChars = 0;
    pending.breaks = 0;
    pending.sepChars = 0;
    pending.lastParent = null;
  };
  const push = (text: string): void => {
    const ctx = stack[stack.length - 1] as Context;
    if (text === '' || text === '|') {
      shape.reset();
      return;
    }
    const block: Block = {
      id: firstId + blocks.length,
      kind: ctx.kind,
      text: text.includes('|') ? text.replace(HTML_CELL_EDGE, '') : text,
      where: pending.el ? whereOf(pending.el) : '',
      linkDensity: pending.chars === 0 ? 0 : Math.min(1, pending.linkChars / pending.chars),
      gapBefore: true,
    };
    if (ctx.level !== undefined) block.level = ctx.level;
    const hints = shortHints(ctx.hints, text);
    if (hints.length > 0) block.hints = hints;
    const blockShape = shape.take(ctx.path, ctx.kind === 'code');
    if (blockShape) block.shape = blockShape;
    blocks.push(block);
  };
  const cellMode = (el: Element): boolean => CELL_TAGS.has(el.name) && (hasOnlyPhrasing(el) || soleCellParagraph(el) !== null);
  // The one paragraph a labelled row's cell wraps its value in reads as the cell's own text.
  const inCell = (el: Element): boolean => el.parent !== null && isElement(el.parent) && CELL_TAGS.has(el.parent.name) && soleCellParagraph(el.parent) === el;
  walk(
    root,
    (node) => {
      if (node.type === 'text') {
        const t = node.data;
        // Visible characters, as html/stats counts them: the same text split into several nodes
        // (around a comment, say) measures the same.
        const n = visibleChars(t);
        if (pending.breaks >= 2 && n !== 0) flush();
        if (n !== 0) {
          pending.breaks = 0;
          if (codeDepth === 0 && caseBreak(pending, node)) {
            pending.parts.push(' ');
            shape.text(' ');
          }
        }
        pending.parts.push(t);
        shape.text(t);
        pending.chars += n;
        if (linkDepth > 0) pending.linkChars += n;
        return false;
      }
      if (!isElement(node) || pruned.has(node) || NON_TEXT.has(node.name)) return false;
      const name = node.name;
      if (name === 'br') {
        pending.breaks++;
        pending.parts.push(' ');
        shape.br();
        return false;
      }
      if (name === 'a') linkDepth++;
      if (CODE_TAGS.has(name)) codeDepth++;
      if (INLINE.has(name)) {
        shape.enter(node, (stack[stack.length - 1] as Context).figure);
        return true;
      }
      if (inCell(node)) return true;
      if (cellMode(node)) {
        shape.cell(node);
        // A separator only after a cell that held text: empty cells ("1. | | Team | | sec.") leave no trace.
        if (pending.chars > pending.sepChars) {
          pending.parts.push(CELL_SEPARATOR);
          pending.sepChars = pending.chars;
        }
        return true;
      }
      flush();
      pending.el = node;
      stack.push(contextFor(node, stack[stack.length - 1] as Context, ids));
      if (name === 'pre') shape.enterPre(node);
      return true;
    },
    (node) => {
      if (!isElement(node)) return;
      if (node.name === 'a') linkDepth--;
      if (CODE_TAGS.has(node.name)) codeDepth--;
      if (INLINE.has(node.name)) {
        shape.exit(node);
        return;
      }
      if (node.name === 'br' || cellMode(node) || inCell(node)) return;
      flush();
      if (node.name === 'pre') shape.exitPre();
      stack.pop();
      pending.el = node.parent && isElement(node.parent) ? node.parent : null;
    },
  );
  flush();
}

const CODE_TAGS: ReadonlySet<string> = new Set(['pre', 'code', 'kbd', 'samp', 'var', 'tt']);

/**
 * Where two elements' texts meet with nothing between and the case says a new word starts
 * (html/dom wordsMeet), they are two words the stylesheet sets apart: a grid's tag chips, a
 * brand over its product's name ("Trek|Starvos", "HOKA|Clifton"), a price and its label. Text
 * nodes of one element never split ("iPhone").
 */
function caseBreak(pending: Pending, node: Text): boolean {
  const before = pending.parts[pending.parts.length - 1];
  const other = pending.lastParent !== null && pending.lastParent !== node.parent;
  pending.lastParent = node.parent;
  return other && before !== undefined && wordsMeet(before, node.data);
}

function contextFor(el: Element, outer: Context, ids: { next: number }): Context {
  const hints = ownHints(el, outer.hints);
  const path = pathFor(el, outer.path, ids);
  const figure = el.name === 'figure' ? (path[path.length - 1]?.id ?? outer.figure) : outer.figure;
  const ctx = { path, figure };
  const h = HTML_HEADING_TAG.exec(el.name);
  if (h) return { kind: 'heading', level: Number(h[1]), hints, ...ctx };
  if (LIST_TAGS.has(el.name)) return { kind: 'list-item', hints, ...ctx };
  if (el.name === 'blockquote') return { kind: 'quote', hints, ...ctx };
  if (el.name === 'pre') return { kind: 'code', hints, ...ctx };
  if (el.name === 'tr' || el.name === 'table') return { kind: 'table', hints, ...ctx };
  // A cell holding paragraphs is page layout (tables as grids), not table data.
  if (CELL_TAGS.has(el.name)) return { kind: 'paragraph', hints, ...ctx };
  if (el.name === 'figcaption' || el.name === 'caption') return { kind: 'caption', hints, ...ctx };
  // A heading's toggle (<h3><button>, read as a <summary>: html/toggles) is the heading's text.
  if (el.name === 'summary' && outer.kind === 'heading') return { kind: 'heading', level: outer.level ?? 2, hints, ...ctx };
  // A paragraph inside a list item is still the list item's text.
  return { kind: outer.kind === 'heading' ? 'paragraph' : outer.kind, hints, ...ctx };
}

/** The outer path, plus the container this element opens (lists, items, quotes, tables, figures). */
function pathFor(el: Element, outer: readonly Container[], ids: { next: number }): readonly Container[] {
  const name = el.name;
  let c: Container | null = null;
  if (LIST_CONTAINERS.has(name)) {
    const start = name === 'ol' ? Number.parseInt(attr(el, 'start') ?? '', 10) : Number.NaN;
    c = Number.isFinite(start) && start >= 0 && start !== 1 ? { kind: 'list', id: ids.next++, ordered: true, start } : { kind: 'list', id: ids.next++, ordered: name === 'ol' };
  } else if (LIST_TAGS.has(name)) c = { kind: 'item', id: ids.next++ };
  else if (name === 'blockquote') c = { kind: 'quote', id: ids.next++ };
  else if (name === 'table') c = { kind: 'table', id: ids.next++ };
  else if (name === 'figure') c = { kind: 'figure', id: ids.next++ };
  if (c === null || outer.length >= MAX_PATH) return outer;
  return [...outer, c];
}

/**
 * The outer context's hints plus what this element says. The outer set itself when it adds
 * nothing (most elements): contexts never change their set after this.
 */
function ownHints(el: Element, outer: Set<BlockHint>): Set<BlockHint> {
  const words = markupWords(el);
  // (No word pattern matches an empty string: elements without class/id words skip them.)
  // Text inside a <figure> belongs to its image: a caption or a credit line.
  const caption = (el.name === 'figure' && !isCardFigure(el)) || el.name === 'figcaption' || el.name === 'caption' || (words !== '' && HTML_CAPTION_WORDS.test(words) && !HTML_HEADING_TAG.test(el.name) && !holdsHeading(el));
  const byline = (words !== '' && HTML_BYLINE_WORDS.test(words) && (outer.has('byline') || !holdsStory(el))) || attr(el, 'rel') === 'author' || attr(el, 'itemprop') === 'author';
  const date = (words !== '' && HTML_DATE_WORDS.test(words)) || el.name === 'time';
  if ((!caption || outer.has('caption')) && (!byline || outer.has('byline')) && (!date || outer.has('date'))) return outer;
  const hints = new Set(outer);
  if (caption) hints.add('caption');
  if (byline) hints.add('byline');
  if (date) hints.add('date');
  return hints;
}

/**
 * A <figure> whose text is a heading or a link outside its <figcaption> is a card (a product tile, a
 * teaser: picture, linked title, price), not a picture with its caption. A credit's link ("Photo:
 * Agency") is shorter than a card's title.
 */
const CARD_TITLE_MIN_CHARS = 12;
function isCardFigure(figure: Element): boolean {
  let card = false;
  walk(figure, (node) => {
    if (card || !isElement(node) || node.name === 'figcaption' || NON_TEXT.has(node.name)) return false;
    if (node !== figure && (HTML_HEADING_TAG.test(node.name) || node.name === 'a') && visibleChars(textOf(node)) >= CARD_TITLE_MIN_CHARS) {
      card = true;
      return false;
    }
    return true;
  });
  return card;
}

/**
 * A "caption" by class that holds a heading is a card's text block (a product tile's name, SKU and
 * price under its picture), not the words under a photo. On a heading itself the word is a type
 * size ("text-caption") or its place in a card ("card-caption-heading"): a heading is a title.
 */
export function holdsHeading(el: Element): boolean {
  return headingsIn(el, 1) > 0;
}

/**
 * A byline word on an element that holds a story (sections under headings, and a story's length)
 * names the writer for a stylesheet — a blog's `<article class="hentry author-jane-doe">`, a
 * theme's `<body class="hide-entry-author">` — and marks none of the story's lines. An author box
 * with headings ("Author information", "Affiliations") is short: 66–444 characters on the
 * trafilatura and WCXB dev pages, against 994 and up for the story containers.
 */
const STORY_HEADINGS = 2;
const STORY_MIN_CHARS = 800;
function holdsStory(el: Element): boolean {
  return headingsIn(el, STORY_HEADINGS) >= STORY_HEADINGS && visibleChars(textOf(el)) >= STORY_MIN_CHARS;
}

/** The headings below `el`, counted up to `max`. */
function headingsIn(el: Element, max: number): number {
  let n = 0;
  walk(el, (node) => {
    if (n >= max || !isElement(node) || NON_TEXT.has(node.name)) return false;
    if (node !== el && HTML_HEADING_TAG.test(node.name)) n++;
    return n < max;
  });
  return n;
}

function shortHints(hints: ReadonlySet<BlockHint>, text: string): BlockHint[] {
  const out: BlockHint[] = [];
  for (const h of hints) {
    if (h === 'byline' && text.length > BYLINE_MAX_CHARS) continue;
    if (h === 'date' && text.length > DATE_MAX_CHARS) continue;
    if (h === 'caption' && text.length > CAPTION_MAX_CHARS) continue;
    out.push(h);
  }
  return out;
}
