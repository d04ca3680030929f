import type { AnyNode, Element } from 'domhandler';
import { HTML_CONTENT_WORDS, HTML_NEGATIVE_WORDS } from '../rules/patterns.js';
import { INLINE, isElement, markupWords, NON_TEXT, textOf, walk } from './dom.js';
import { isStoryMarkup } from './prune.js';
import { EMPTY_STATS, linkDensityOf, type NodeStats } from './stats.js';

/**
 * Main-content choice in the manner of Readability: every paragraph scores its ancestors (commas,
 * length in 100-character steps), class/id words and story markup push a container up or down,
 * link density scales its score down; the best container takes its related siblings.
 */
export interface Choice {
  /** the chosen elements in document order: the winner and the siblings it took */
  parts: Element[];
  top: Element;
  score: number;
}

/** Readability: paragraphs under 25 characters do not score. */
const MIN_PARAGRAPH = 25;
/** How many ancestors a paragraph scores, and its share at each level (Readability). */
const ANCESTOR_LEVELS = 5;
const CLASS_WEIGHT = 25;
/** Strong evidence of the story container. */
const ARTICLE_BODY_BONUS = 60;
const ARTICLE_BONUS = 20;
const MAIN_BONUS = 10;
/** Siblings join when they score this share of the winner (Readability). */
const SIBLING_SHARE = 0.2;
const SIBLING_MIN_SCORE = 10;
const SIBLING_PARAGRAPH_CHARS = 80;
const SIBLING_MAX_LINKS = 0.25;

const PARAGRAPH_TAGS: ReadonlySet<string> = new Set(['p', 'pre', 'td', 'blockquote']);
/** Containers that become a paragraph when they hold only phrasing content ("div as p"). */
const DIV_LIKE: ReadonlySet<string> = new Set(['div', 'section', 'article', 'span', 'font', 'center']);

const TAG_BASE: Readonly<Record<string, number>> = {
  div: 5, article: 5, section: 3, main: 3, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};

export function classWeight(el: Element): number {
  const words = markupWords(el).join(' ');
  if (words === '') return 0;
  let w = 0;
  if (HTML_CONTENT_WORDS.test(words)) w += CLASS_WEIGHT;
  if (HTML_NEGATIVE_WORDS.test(words)) w -= CLASS_WEIGHT;
  return w;
}

function evidence(el: Element): number {
  if (el.attribs['itemprop'] === 'articleBody') return ARTICLE_BODY_BONUS;
  if (el.name === 'article') return ARTICLE_BONUS;
  if (el.name === 'main' || el.attribs['role'] === 'main') return MAIN_BONUS;
  return 0;
}

function initialScore(el: Element): number {
  return (TAG_BASE[el.name] ?? 0) + classWeight(el) + evidence(el);
}

function hasOnlyPhrasing(el: Element): boolean {
  for (const c of el.children) if (isElement(c) && !INLINE.has(c.name) && c.name !== 'br') return false;
  return true;
}

function isParagraph(el: Element): boolean {
  return PARAGRAPH_TAGS.has(el.name) || (DIV_LIKE.has(el.name) && hasOnlyPhrasing(el));
}

function paragraphScore(text: string): number {
  const commas = text.match(/[,，、]/g)?.length ?? 0;
  return 1 + commas + Math.min(3, Math.floor(text.length / 100));
}

/** Scores every container under `body` from the paragraphs it holds. */
export function scoreContainers(body: Element, pruned: ReadonlySet<AnyNode>): Map<Element, number> {
  const scores = new Map<Element, number>();
  walk(body, (node) => {
    if (!isElement(node) || pruned.has(node) || NON_TEXT.has(node.name)) return false;
    if (!isParagraph(node)) return true;
    const text = textOf(node, pruned);
    if (text.length < MIN_PARAGRAPH) return false;
    const s = paragraphScore(text);
    let anc = node.parent;
    for (let level = 0; level < ANCESTOR_LEVELS && anc && isElement(anc); level++, anc = anc.parent) {
      const share = level === 0 ? 1 : level === 1 ? 0.5 : 1 / (level * 3);
      scores.set(anc, (scores.get(anc) ?? initialScore(anc)) + s * share);
      if (anc === body) break;
    }
    return false;
  });
  return scores;
}

/** The winning container and its related siblings, or null when no paragraph scored. */
export function chooseMain(body: Element, pruned: ReadonlySet<AnyNode>, stats: ReadonlyMap<Element, NodeStats>): Choice | null {
  const raw = scoreContainers(body, pruned);
  const final = (el: Element): number => (raw.get(el) ?? 0) * (1 - linkDensityOf(stats.get(el) ?? EMPTY_STATS));
  let top: Element | null = null;
  let best = -Infinity;
  for (const el of raw.keys()) {
    const s = final(el);
    if (s > best) {
      best = s;
      top = el;
    }
  }
  if (!top) return null;
  top = climb(top, body, final, stats);
  return { parts: withSiblings(top, final(top), final, stats, pruned), top, score: final(top) };
}

/**
 * Readability: a winner that is its parent's only child with text stands for the parent; a story
 * container (article/main/articleBody) just above the winner with little else in it is taken instead.
 */
function climb(top: Element, body: Element, final: (el: Element) => number, stats: ReadonlyMap<Element, NodeStats>): Element {
  let cur = top;
  while (cur.parent && isElement(cur.parent) && cur !== body) {
    const parent: Element = cur.parent;
    const own = stats.get(cur) ?? EMPTY_STATS;
    const up = stats.get(parent) ?? EMPTY_STATS;
    const onlyChild = up.chars > 0 && own.chars / up.chars > 0.95;
    const story = isStoryMarkup(parent) && own.chars / (up.chars || 1) > 0.6;
    if (!onlyChild && !story) break;
    if (parent === body) break;
    cur = parent;
  }
  void final;
  return cur;
}

function withSiblings(
  top: Element,
  topScore: number,
  final: (el: Element) => number,
  stats: ReadonlyMap<Element, NodeStats>,
  pruned: ReadonlySet<AnyNode>,
): Element[] {
  const parent = top.parent;
  if (!parent || !isElement(parent)) return [top];
  const threshold = Math.max(SIBLING_MIN_SCORE, topScore * SIBLING_SHARE);
  const topClass = top.attribs['class'] ?? '';
  const parts: Element[] = [];
  for (const sib of parent.children) {
    if (!isElement(sib) || pruned.has(sib) || NON_TEXT.has(sib.name)) continue;
    if (sib === top) {
      parts.push(sib);
      continue;
    }
    const bonus = topClass !== '' && sib.attribs['class'] === topClass ? topScore * SIBLING_SHARE : 0;
    if (final(sib) + bonus >= threshold) {
      parts.push(sib);
      continue;
    }
    const st = stats.get(sib) ?? EMPTY_STATS;
    if (!isParagraph(sib) || st.chars === 0) continue;
    const ld = linkDensityOf(st);
    if (st.chars > SIBLING_PARAGRAPH_CHARS && ld < SIBLING_MAX_LINKS) parts.push(sib);
    else if (ld === 0 && /\.(?: |$)/.test(textOf(sib, pruned))) parts.push(sib);
  }
  return parts;
}
