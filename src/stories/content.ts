import { blockKey, blockLetterRuns, normKey } from '../lexicon/features.js';
import type { Block, Container, ContentBlock, ImageRef, Inline, ListItem } from '../types.js';
import { ContentNotes, MAX_CODE_CHARS, plainText, resolveInline, safeUrl } from './inline.js';

/**
 * A story's kept blocks as typed content: blocks that sit in the same list, item, quote or table
 * (html/blocks records the containers on each block) are gathered into it again, images stand
 * where the page had them, and links are resolved. Blocks the story stages dropped stay out;
 * an image goes with the block it stood before, except that a figure keeps its image when its
 * caption was taken into `captions`.
 */

type Row = { type: 'row'; cells: Inline[][]; header: boolean; text: string };
type Entry = ContentBlock | Row;

interface Frame {
  c: Container | null;
  entries: Entry[];
  /** list frames: their items */
  items: ListItem[];
}

export interface ContentInput {
  /** the draft's blocks as extracted, before the story stages dropped any */
  all: readonly Block[];
  /** the body's blocks */
  kept: readonly Block[];
  captions: readonly string[];
  base: string | undefined;
}

export function buildContent(input: ContentInput, notes: ContentNotes): ContentBlock[] {
  const { all, kept } = input;
  const tree = new Tree();
  const keptById = new Map<number, Block>();
  for (const b of kept) keptById.set(b.id, b);
  const allIds = new Set(all.map((b) => b.id));
  const ordered = kept.every((b) => allIds.has(b.id)) ? all : kept;
  const captionKeys = ordered === all && input.captions.length > 0 ? new Set(input.captions.map((c) => normKey(c))) : undefined;
  const ctx = { base: input.base, notes };
  for (const b of ordered) {
    const k = keptById.get(b.id);
    if (k !== undefined) emit(tree, k, ctx);
    else if (b.shape?.images && captionKeys?.has(blockKey(b))) emitCaptioned(tree, b, ctx);
  }
  return tree.finish();
}

interface Ctx {
  base: string | undefined;
  notes: ContentNotes;
}

function emit(tree: Tree, b: Block, ctx: Ctx): void {
  const shape = b.shape;
  const path = shape?.path ?? [];
  let captionUsed = false;
  if (shape?.images) {
    // A table holds rows only: images met in one stand before it.
    const table = path.findIndex((c) => c.kind === 'table');
    tree.moveTo(table < 0 ? path : path.slice(0, table));
    for (const image of shape.images) {
      const ownCaption = b.kind === 'caption' && image.figure !== undefined && path.some((c) => c.id === image.figure);
      captionUsed ||= tree.addFigure(image, ownCaption ? inlineOf(b, ctx) : undefined, ctx) && ownCaption === true;
    }
  }
  tree.moveTo(path);
  if (!captionUsed) tree.add(leafOf(b, ctx));
  for (const image of shape?.imagesAfter ?? []) tree.addFigure(image, undefined, ctx);
}

/** A figure whose caption the story took into `captions`: the image stays, with that caption. */
function emitCaptioned(tree: Tree, b: Block, ctx: Ctx): void {
  tree.moveTo(b.shape?.path ?? []);
  for (const image of b.shape?.images ?? []) tree.addFigure(image, inlineOf(b, ctx), ctx);
}

/** The block's inline runs, when they still read as its text (a later stage may have edited it). */
export function inlineOf(b: Block, ctx: Ctx): Inline[] {
  const runs = b.shape?.inline;
  if (runs === undefined || plainText(runs) !== b.text) return [{ type: 'text', text: b.text }];
  return resolveInline(runs, ctx.base, ctx.notes);
}

function leafOf(b: Block, ctx: Ctx): Entry {
  const shape = b.shape;
  switch (b.kind) {
    case 'heading':
      return { type: 'heading', level: Math.min(6, Math.max(1, b.level ?? 2)), content: inlineOf(b, ctx) };
    case 'code': {
      let text = shape?.code?.text ?? b.text;
      if (text.length > MAX_CODE_CHARS) {
        text = text.slice(0, MAX_CODE_CHARS);
        ctx.notes.codeCut++;
      }
      const lang = shape?.code?.lang;
      return lang === undefined ? { type: 'code', text } : { type: 'code', lang, text };
    }
    case 'table':
      if (shape?.cells) {
        const cells = shape.cells.map((cell) => resolveInline(cell, ctx.base, ctx.notes));
        return { type: 'row', cells, header: shape.header === true, text: b.text };
      }
      return { type: 'paragraph', content: inlineOf(b, ctx) };
    case 'quote':
      // A quote with no <blockquote> around it (a text dump's "> " line) is a quote of its own.
      if (!shape?.path.some((c) => c.kind === 'quote')) return { type: 'quote', blocks: [{ type: 'paragraph', content: inlineOf(b, ctx) }] };
      return { type: 'paragraph', content: inlineOf(b, ctx) };
    default:
      return { type: 'paragraph', content: inlineOf(b, ctx) };
  }
}

/** The open containers, outermost first; blocks go into the innermost. */
class Tree {
  private readonly frames: Frame[] = [{ c: null, entries: [], items: [] }];

  moveTo(path: readonly Container[]): void {
    let k = 0;
    let depth = 1;
    for (const c of path) {
      if (c.kind === 'figure') continue;
      const open = this.frames[depth];
      if (open === undefined || open.c?.id !== c.id) break;
      depth++;
      k++;
    }
    while (this.frames.length > depth) this.close();
    let seen = 0;
    for (const c of path) {
      if (c.kind === 'figure') continue;
      if (seen++ < k) continue;
      this.frames.push({ c, entries: [], items: [] });
    }
  }

  add(entry: Entry): void {
    const top = this.frames[this.frames.length - 1] as Frame;
    if (top.c?.kind === 'list') {
      // Text set straight in a list (no <li>) is an item of its own.
      top.items.push({ blocks: [entry.type === 'row' ? rowParagraph(entry) : entry] });
    } else top.entries.push(entry);
  }

  /** Whether the image was written (it has a safe source). */
  addFigure(image: ImageRef, caption: Inline[] | undefined, ctx: Ctx): boolean {
    if (image.src === '') {
      ctx.notes.imagesWithoutSrc++;
      return false;
    }
    const src = safeUrl(image.src, ctx.base, true);
    if (src === undefined) {
      ctx.notes.unsafeImages++;
      return false;
    }
    const figure: ContentBlock = { type: 'figure', src };
    if (image.alt !== undefined) figure.alt = image.alt;
    if (caption !== undefined && caption.length > 0) figure.caption = caption;
    this.add(figure);
    return true;
  }

  finish(): ContentBlock[] {
    while (this.frames.length > 1) this.close();
    return (this.frames[0] as Frame).entries.map((e) => (e.type === 'row' ? rowParagraph(e) : e));
  }

  private close(): void {
    const frame = this.frames.pop() as Frame;
    const blocks = frame.c?.kind === 'table' ? tableOf(frame.entries) : frame.entries.map((e) => (e.type === 'row' ? rowParagraph(e) : e));
    switch (frame.c?.kind) {
      case 'list':
        if (frame.items.length > 0) {
          const list: ContentBlock = { type: 'list', ordered: frame.c.ordered, items: frame.items };
          if (frame.c.start !== undefined) list.start = frame.c.start;
          this.add(list);
        }
        return;
      case 'item': {
        const parent = this.frames[this.frames.length - 1] as Frame;
        if (blocks.length === 0) return;
        if (parent.c?.kind === 'list') parent.items.push({ blocks });
        else for (const b of blocks) this.add(b);
        return;
      }
      case 'quote':
        if (blocks.length > 0) this.add({ type: 'quote', blocks });
        return;
      default:
        for (const b of blocks) this.add(b);
    }
  }
}

function rowParagraph(row: Row): ContentBlock {
  return { type: 'paragraph', content: [{ type: 'text', text: row.text }] };
}

/** A table's rows as a table; a table with anything but rows in it is layout, and flattened. */
function tableOf(entries: readonly Entry[]): ContentBlock[] {
  const rows = entries.filter((e): e is Row => e.type === 'row');
  if (rows.length === 0 || rows.length !== entries.length) return entries.map((e) => (e.type === 'row' ? rowParagraph(e) : e));
  const width = Math.max(...rows.map((r) => r.cells.length));
  const pad = (cells: Inline[][]): Inline[][] => (cells.length < width ? [...cells, ...Array.from({ length: width - cells.length }, () => [])] : cells);
  const first = rows[0] as Row;
  const table: ContentBlock = { type: 'table', rows: [] };
  const body = first.header ? rows.slice(1) : rows;
  if (first.header) table.head = pad(first.cells);
  table.rows = body.map((r) => pad(r.cells));
  return [table];
}

/**
 * The body as text, joined as WCXB's main_content is: a blank line between paragraphs, one line
 * break between the items of one list and between the rows of one table.
 */
export function bodyText(blocks: readonly Block[]): string {
  let out = '';
  let prev: Block | undefined;
  for (const b of blocks) {
    if (prev !== undefined) out += sameRun(prev, b) ? '\n' : '\n\n';
    out += b.text;
    prev = b;
  }
  return out;
}

/**
 * What letterRuns(bodyText(blocks)) counts (the story's word count), read block by block: the
 * joins are line breaks, which no run spans, and each block's text is a string of its own where
 * the joined body is a chain of pieces.
 */
export function bodyWords(blocks: readonly Block[]): number {
  let n = 0;
  for (const b of blocks) n += blockLetterRuns(b);
  return n;
}

function sameRun(a: Block, b: Block): boolean {
  if (a.kind !== b.kind || (a.kind !== 'list-item' && a.kind !== 'table')) return false;
  const pa = a.shape?.path;
  const pb = b.shape?.path;
  if (pa === undefined || pb === undefined) return false;
  const want = a.kind === 'table' ? 'table' : 'list';
  const id = innermost(pa, want);
  return id !== undefined && id === innermost(pb, want);
}

function innermost(path: readonly Container[], kind: Container['kind']): number | undefined {
  for (let i = path.length - 1; i >= 0; i--) if ((path[i] as Container).kind === kind) return (path[i] as Container).id;
  return undefined;
}
