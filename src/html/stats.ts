import type { AnyNode, Element } from 'domhandler';
import { isElement, NON_TEXT, walk, type PageElement } from './dom.js';

export { NON_TEXT };

/** Text measures of one element's subtree, taken in one bottom-up walk. */
export interface NodeStats {
  /** visible characters (whitespace not counted) */
  chars: number;
  /** of which inside links */
  linkChars: number;
  /** of which inside paragraph-like elements (p, pre, blockquote) and outside links */
  paraChars: number;
  /** paragraph-like elements with at least PARAGRAPH_MIN characters */
  paragraphs: number;
  /** h1 elements inside (a story headline lives here) */
  h1: number;
  /** commas (Readability's measure of prose), outside links */
  commas: number;
}

/** A <p> shorter than this is a label or a widget line, not paragraph evidence. */
export const PARAGRAPH_MIN = 60;

const PARAGRAPH_TAGS: ReadonlySet<string> = new Set(['p', 'pre', 'blockquote']);

const COMMA = 0x2c;
const FULLWIDTH_COMMA = 0xff0c;
const IDEOGRAPHIC_COMMA = 0x3001;

/** Characters other than whitespace and controls: the same text measures the same however it is split into nodes. */
export function visibleChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 32) n++;
  return n;
}

/** Visible characters and commas of a text, in one pass. */
export function countText(text: string): { chars: number; commas: number } {
  let chars = 0;
  let commas = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32) {
      chars++;
      if (c === COMMA || c === FULLWIDTH_COMMA || c === IDEOGRAPHIC_COMMA) commas++;
    }
  }
  return { chars, commas };
}

export function linkDensityOf(s: NodeStats): number {
  return s.chars === 0 ? 0 : Math.min(1, s.linkChars / s.chars);
}

/** Measures every element under `root`, skipping `skip`ped subtrees (already pruned). */
export function measure(root: AnyNode, skip: ReadonlySet<AnyNode>): NodeStatsMap {
  const stats = new NodeStatsMap();
  // Open counters: one per element on the current path; text adds to the innermost.
  const open: NodeStats[] = [];
  let linkDepth = 0;
  let paraDepth = 0;
  walk(
    root,
    (node) => {
      if (node.type === 'text') {
        const top = open[open.length - 1];
        if (top) {
          // countText inlined: this loop sees every character of the page.
          const data = node.data;
          let chars = 0;
          let commas = 0;
          for (let i = 0; i < data.length; i++) {
            const c = data.charCodeAt(i);
            if (c > 32) {
              chars++;
              if (c === COMMA || c === FULLWIDTH_COMMA || c === IDEOGRAPHIC_COMMA) commas++;
            }
          }
          top.chars += chars;
          if (linkDepth > 0) top.linkChars += chars;
          else {
            top.commas += commas;
            if (paraDepth > 0) top.paraChars += chars;
          }
        }
        return false;
      }
      if (!isElement(node)) return node.type === 'root';
      if (skip.has(node) || NON_TEXT.has(node.name)) return false;
      open.push({ chars: 0, linkChars: 0, paraChars: 0, paragraphs: 0, h1: node.name === 'h1' ? 1 : 0, commas: 0 });
      if (node.name === 'a') linkDepth++;
      if (PARAGRAPH_TAGS.has(node.name)) paraDepth++;
      return true;
    },
    (node) => {
      if (!isElement(node)) return;
      const own = open.pop() as NodeStats;
      if (node.name === 'a') linkDepth--;
      if (PARAGRAPH_TAGS.has(node.name)) {
        paraDepth--;
        if (own.chars - own.linkChars >= PARAGRAPH_MIN) own.paragraphs++;
      }
      // An element without text reads as EMPTY_STATS everywhere (`stats.get(el) ?? EMPTY_STATS`):
      // most elements are, and leaving them out keeps the map small.
      if (own.chars !== 0 || own.h1 !== 0) stats.set(node, own);
      const parent = open[open.length - 1];
      if (parent) {
        parent.chars += own.chars;
        parent.linkChars += own.linkChars;
        parent.paraChars += own.paraChars;
        parent.paragraphs += own.paragraphs;
        parent.h1 += own.h1;
        parent.commas += own.commas;
      }
    },
  );
  return stats;
}

/** What stages read of a measure(): an element's stats, undefined for one without text. */
export interface StatsOf {
  get(el: Element): NodeStats | undefined;
}

let measures = 0;

/**
 * The stats of one measure(), kept on the elements themselves (PageElement.stats) rather than in
 * a Map: on a page of 400,000 elements every lookup in a Map that size missed the CPU's caches,
 * and the stages that read stats for each element grew faster than the page. Each measure() has
 * its own number, so a later one never shows through an earlier one's map.
 */
export class NodeStatsMap implements StatsOf {
  private readonly id = ++measures;

  get(el: Element): NodeStats | undefined {
    const p = el as PageElement;
    return p.statsOf === this.id ? (p.stats as NodeStats) : undefined;
  }

  set(el: Element, stats: NodeStats): void {
    const p = el as PageElement;
    p.statsOf = this.id;
    p.stats = stats;
  }
}

export const EMPTY_STATS: NodeStats = Object.freeze({ chars: 0, linkChars: 0, paraChars: 0, paragraphs: 0, h1: 0, commas: 0 });
