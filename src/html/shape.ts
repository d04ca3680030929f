import type { Element } from 'domhandler';
import { INVISIBLE_CHARS } from '../lexicon/patterns.js';
import type { BlockShape, Container, ImageRef, Inline } from '../types.js';
import { attr } from './dom.js';

/**
 * The structure html/blocks records beside each block's text, in the same walk: inline runs
 * (emphasis, strong, code, links, line breaks), table cells, the exact text of code blocks and
 * the images met on the way. Plain blocks (one text run, no markup) cost one flag check.
 */

type Open = Extract<Inline, { children: Inline[] }>;
type OpenNode = Open | { type: 'root'; children: Inline[] };

const EMPHASIS: ReadonlySet<string> = new Set(['em', 'i', 'cite', 'dfn', 'var']);
const STRONG: ReadonlySet<string> = new Set(['strong', 'b']);
const CODE: ReadonlySet<string> = new Set(['code', 'kbd', 'samp', 'tt']);
/** `language-python`, `lang-js`, `highlight-source-rust`, `brush: ruby`. */
const LANG_CLASS = /(?:^|\s)(?:language|lang|highlight-source|brush:?)-?\s*([\w+#.-]{1,30})/i;
/** An image this small is a tracking pixel or a spacer. */
const PIXEL_MAX = 2;

export class ShapeBuilder {
  private root: OpenNode = { type: 'root', children: [] };
  private open: OpenNode[] = [this.root];
  /** a container or a break was written: the block needs its runs */
  private rich = false;
  /** inline <code> depth; its text goes into `codeRun` */
  private codeRun: { type: 'code'; text: string } | null = null;
  private codeDepth = 0;
  /** raw text inside <pre>, and the <pre>'s language */
  private preDepth = 0;
  private pre = '';
  private lang: string | undefined;
  private cells: Inline[][] | null = null;
  private allTh = true;
  private inHead = false;
  private images: ImageRef[] = [];

  text(t: string): void {
    if (this.preDepth > 0) this.pre += t;
    if (this.codeRun) {
      this.codeRun.text += t;
      return;
    }
    (this.open[this.open.length - 1] as OpenNode).children.push({ type: 'text', text: t });
  }

  br(): void {
    if (this.preDepth > 0) this.pre += '\n';
    if (this.codeRun) {
      this.codeRun.text += ' ';
      return;
    }
    (this.open[this.open.length - 1] as OpenNode).children.push({ type: 'break' });
    this.rich = true;
  }

  /** An inline element opens (called for every INLINE element the block walk enters). */
  enter(el: Element, figure: number | undefined): void {
    const name = el.name;
    if (name === 'img') return this.image(el, figure);
    if (CODE.has(name)) {
      if (this.preDepth > 0) {
        this.lang ??= languageOf(el);
        return;
      }
      if (this.codeDepth++ === 0) {
        this.codeRun = { type: 'code', text: '' };
        (this.open[this.open.length - 1] as OpenNode).children.push(this.codeRun);
        this.rich = true;
      }
      return;
    }
    if (this.codeRun || this.preDepth > 0) return;
    let node: Open | null = null;
    if (EMPHASIS.has(name)) node = { type: 'emphasis', children: [] };
    else if (STRONG.has(name)) node = { type: 'strong', children: [] };
    else if (name === 'a') {
      const href = attr(el, 'href');
      if (href !== undefined && href.trim() !== '') node = { type: 'link', href, children: [] };
    }
    if (node === null) return;
    (this.open[this.open.length - 1] as OpenNode).children.push(node);
    this.open.push(node);
    this.rich = true;
  }

  exit(el: Element): void {
    const name = el.name;
    if (CODE.has(name)) {
      if (this.preDepth === 0 && this.codeDepth > 0 && --this.codeDepth === 0) this.codeRun = null;
      return;
    }
    if (this.codeRun || this.preDepth > 0) return;
    const top = this.open[this.open.length - 1] as OpenNode;
    if (this.open.length > 1 && top.type === kindOf(el)) this.open.pop();
  }

  enterPre(el: Element): void {
    if (this.preDepth++ === 0) {
      this.pre = '';
      this.lang = languageOf(el);
    }
  }

  exitPre(): void {
    if (this.preDepth > 0) this.preDepth--;
  }

  /** A table cell starts (cells of a data row only: html/blocks decides). */
  cell(el: Element): void {
    this.cells ??= [];
    const cell: Inline[] = [];
    this.cells.push(cell);
    this.allTh &&= el.name === 'th';
    this.inHead ||= el.parent !== null && 'name' in el.parent && el.parent.parent !== null && 'name' in el.parent.parent && el.parent.parent.name === 'thead';
    this.root = { type: 'root', children: cell };
    this.open = [this.root];
    this.codeRun = null;
    this.codeDepth = 0;
  }

  /** The shape of the block being pushed with `path`; the builder then starts afresh. */
  take(path: readonly Container[], isCode: boolean): BlockShape | undefined {
    let shape: BlockShape | undefined;
    const images = this.images.length > 0 ? this.images : undefined;
    if (this.cells) {
      shape = { path, cells: this.cells.map(normalizeRuns), header: this.allTh || this.inHead };
    } else if (isCode && this.pre !== '') {
      shape = { path, code: this.lang === undefined ? { text: exactCode(this.pre) } : { text: exactCode(this.pre), lang: this.lang } };
    } else if (this.rich) {
      shape = { path, inline: normalizeRuns(this.root.children) };
    } else if (path.length > 0 || images) {
      shape = { path };
    }
    if (shape && images) {
      shape.images = images;
      this.images = [];
    }
    this.reset();
    return shape;
  }

  /** Images after the part's last block. */
  leftoverImages(): ImageRef[] {
    const out = this.images;
    this.images = [];
    return out;
  }

  reset(): void {
    if (!this.rich && this.cells === null && this.open.length === 1 && this.root.children.length === 0) return;
    // Inline elements still open go on in the next block ("<a><div>x</div><div>y</div></a>").
    const chain = this.open.slice(1) as Open[];
    this.root = { type: 'root', children: [] };
    this.open = [this.root];
    for (const node of chain) {
      const copy: Open = node.type === 'link' ? { type: 'link', href: node.href, children: [] } : { type: node.type, children: [] };
      (this.open[this.open.length - 1] as OpenNode).children.push(copy);
      this.open.push(copy);
    }
    this.rich = chain.length > 0;
    if (this.codeRun) {
      this.codeRun = { type: 'code', text: '' };
      (this.open[this.open.length - 1] as OpenNode).children.push(this.codeRun);
      this.rich = true;
    }
    if (this.preDepth > 0) this.pre = '';
    this.cells = null;
    this.allTh = true;
    this.inHead = false;
  }

  private image(el: Element, figure: number | undefined): void {
    const w = Number(attr(el, 'width'));
    const h = Number(attr(el, 'height'));
    if ((w > 0 && w <= PIXEL_MAX) || (h > 0 && h <= PIXEL_MAX)) return;
    const src = attr(el, 'src');
    const lazy = attr(el, 'data-src');
    // Lazy-loading pages put a placeholder in src and the picture in data-src.
    const chosen = lazy && (!src || src.startsWith('data:')) ? lazy : (src ?? lazy ?? '');
    const image: ImageRef = { src: chosen.trim() };
    const alt = attr(el, 'alt')?.trim();
    if (alt) image.alt = alt.replace(/\s+/g, ' ');
    if (figure !== undefined) image.figure = figure;
    this.images.push(image);
  }
}

function kindOf(el: Element): Inline['type'] | 'none' {
  if (EMPHASIS.has(el.name)) return 'emphasis';
  if (STRONG.has(el.name)) return 'strong';
  return el.name === 'a' ? 'link' : 'none';
}

function languageOf(el: Element): string | undefined {
  const m = LANG_CLASS.exec(attr(el, 'class') ?? '');
  return m?.[1]?.toLowerCase();
}

/** Code as the page shows it: the newline after <pre> and trailing blank space go, CRLF reads LF. */
function exactCode(raw: string): string {
  return raw.replace(/\r\n?/g, '\n').replace(/^[ \t]*\n/, '').replace(/\s+$/, '');
}

/**
 * Whitespace collapsed across runs as html/dom.collapse does on the joined text (one space,
 * trimmed at both ends and around line breaks); empty containers go.
 */
export function normalizeRuns(runs: readonly Inline[]): Inline[] {
  const state = { space: false, started: false };
  const out = normalizeInto(runs, state);
  trimEnd(out);
  return out;
}

function normalizeInto(runs: readonly Inline[], state: { space: boolean; started: boolean }): Inline[] {
  const out: Inline[] = [];
  for (const run of runs) {
    if (run.type === 'text' || run.type === 'code') {
      const clean = run.text.replace(INVISIBLE_CHARS, '');
      const lead = /^\s/.test(clean);
      const body = clean.trim().replace(/\s+/g, ' ');
      if (body === '') {
        if (clean !== '' && state.started) state.space = true;
        continue;
      }
      if ((lead || state.space) && state.started) appendSpace(out);
      const last = out[out.length - 1];
      // Adjacent runs of one kind are one run ("`a``b`" would read as one code span with backticks).
      if (run.type === last?.type) last.text += body;
      else out.push(run.type === 'text' ? { type: 'text', text: body } : { type: 'code', text: body });
      state.started = true;
      state.space = /\s$/.test(clean);
    } else if (run.type === 'break') {
      if (!state.started) continue;
      trimEnd(out);
      out.push(run);
      state.space = false;
    } else {
      // A space before the element belongs outside it: "a <em>b</em>", not "a<em> b</em>".
      if (state.space && state.started) {
        appendSpace(out);
        state.space = false;
      }
      const children = normalizeInto(run.children, state);
      // A line break at the end of an element ends the line outside it: "<b>Note<br></b>Text".
      const brk = children[children.length - 1]?.type === 'break' ? children.pop() : undefined;
      if (children.length === 0) {
        if (brk) out.push(brk);
        continue;
      }
      const last = out[out.length - 1];
      // "<b>B</b><b>reakfast</b>" is one strong run: two would write "**B****reakfast**".
      if (last !== undefined && last.type === run.type && (last.type !== 'link' || (run.type === 'link' && last.href === run.href))) {
        (last as Open).children.push(...children);
      } else out.push(run.type === 'link' ? { type: 'link', href: run.href, children } : { type: run.type, children });
      if (brk) out.push(brk);
    }
  }
  return out;
}

/** A space before the next run: at the end of the text run before it, or a run of its own. */
function appendSpace(out: Inline[]): void {
  const last = out[out.length - 1];
  if (last?.type === 'break') return;
  if (last?.type === 'text') last.text += ' ';
  else out.push({ type: 'text', text: ' ' });
}

function trimEnd(out: Inline[]): void {
  for (;;) {
    const last = out[out.length - 1];
    if (last === undefined) return;
    if (last.type === 'text') {
      const t = last.text.trimEnd();
      if (t !== '') {
        last.text = t;
        return;
      }
      out.pop();
    } else if (last.type === 'break') out.pop();
    else if (last.type === 'code') return;
    else {
      trimEnd(last.children);
      if (last.children.length > 0) return;
      out.pop();
    }
  }
}
