import type { AnyNode, Element } from 'domhandler';
import { HTML_CONTENT_WORDS, HTML_NEGATIVE_WORDS, HTML_SENTENCE_STOP } from '../lexicon/patterns.js';
import { attr, INLINE, isElement, markupWords, NON_TEXT, textOf, walk } from './dom.js';
import { isStoryMarkup } from './prune-exempt.js';
import { countText, EMPTY_STATS, linkDensityOf, type NodeStats, type StatsOf } from './stats.js';

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

/** Always a paragraph, whatever they hold. */
const PARAGRAPH_TAGS: ReadonlySet<string> = new Set(['p', 'pre']);
/** A paragraph when they hold only phrasing content ("div as p"); otherwise a container. */
const DIV_LIKE: ReadonlySet<string> = new Set([
  'div', 'section', 'article', 'span', 'font', 'center', 'td', 'blockquote', 'li', 'dd', 'h2', 'h3', 'h4', 'h5', 'h6',
]);

const TAG_BASE: Readonly<Record<string, number>> = {
  div: 5, article: 5, section: 3, main: 3, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};

export function classWeight(el: Element): number {
  const words = markupWords(el);
  if (words === '') return 0;
  let w = 0;
  if (HTML_CONTENT_WORDS.test(words)) w += CLASS_WEIGHT;
  if (HTML_NEGATIVE_WORDS.test(words)) w -= CLASS_WEIGHT;
  return w;
}

function evidence(el: Element): number {
  if (attr(el, 'itemprop') === 'articleBody') return ARTICLE_BODY_BONUS;
  if (el.name === 'article') return ARTICLE_BONUS;
  if (el.name === 'main' || attr(el, 'role') === 'main') return MAIN_BONUS;
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

/** Readability: 1 + commas + one point per 100 characters (at most 3). */
function paragraphScore(chars: number, commas: number): number {
  return 1 + commas + Math.min(3, Math.floor(chars / 100));
}

/**
 * Scores every container under `root` from the paragraphs it holds. Text set directly in a
 * container between its blocks ("text<br><br>text<div>…</div>") is a paragraph of that container
 * (Readability wraps such runs in a <p>). Lengths and commas come from the stats walk.
 */
export function scoreContainers(root: Element, pruned: ReadonlySet<AnyNode>, stats: StatsOf): Map<Element, number> {
  const scores = new Map<Element, number>();
  const credit = (from: AnyNode | null, chars: number, commas: number): void => {
    if (chars < MIN_PARAGRAPH) return;
    const s = paragraphScore(chars, commas);
    let anc = from;
    for (let level = 0; level < ANCESTOR_LEVELS && anc && isElement(anc); level++, anc = anc.parent) {
      const share = level === 0 ? 1 : level === 1 ? 0.5 : 1 / (level * 3);
      scores.set(anc, (scores.get(anc) ?? initialScore(anc)) + s * share);
      if (anc === root) break;
    }
  };
  walk(root, (node) => {
    if (!isElement(node) || pruned.has(node) || NON_TEXT.has(node.name)) return false;
    // A subtree with less text than one paragraph needs scores nothing.
    if ((stats.get(node) ?? EMPTY_STATS).chars < MIN_PARAGRAPH) return false;
    if (isParagraph(node)) {
      const st = stats.get(node) ?? EMPTY_STATS;
      credit(node.parent, st.chars, st.commas);
      return false;
    }
    const run = ownRun(node, pruned, stats);
    credit(node, run.chars, run.commas);
    return true;
  });
  return scores;
}

/** The text a container holds directly: its text nodes and phrasing children, not its blocks. */
function ownRun(el: Element, pruned: ReadonlySet<AnyNode>, stats: StatsOf): { chars: number; commas: number } {
  let chars = 0;
  let commas = 0;
  for (const c of el.children) {
    if (c.type === 'text') {
      const t = countText(c.data);
      chars += t.chars;
      commas += t.commas;
    } else if (isElement(c) && INLINE.has(c.name) && !pruned.has(c)) {
      const st = stats.get(c) ?? EMPTY_STATS;
      chars += st.chars;
      commas += st.commas;
    }
  }
  return { chars, commas };
}

/** Readability: when 3 of the next 4 candidates (within 75% of the winner) share an ancestor with it, that ancestor wins. */
const ALTERNATIVES = 4;
const ALTERNATIVE_SHARE = 0.75;
const MIN_ALTERNATIVES = 3;
/** A parent whose text is 95% the winner's is the winner with a frame around it. */
const ONLY_CHILD_SHARE = 0.95;
/** A story element (article, main, articleBody) just above the winner is taken when the winner holds 60% of it. */
const STORY_PARENT_SHARE = 0.6;
/** Widening stops at an ancestor whose text beyond the winner's is more than 10% link text. */
const WIDEN_MAX_LINKS = 0.1;

/** The winning container and its related siblings, or null when no paragraph scored. */
export function chooseMain(body: Element, pruned: ReadonlySet<AnyNode>, stats: StatsOf): Choice | null {
  const raw = scoreContainers(body, pruned, stats);
  const final = (el: Element): number => (raw.get(el) ?? 0) * (1 - linkDensityOf(stats.get(el) ?? EMPTY_STATS));
  const ranked = [...raw.keys()].map((el) => ({ el, score: final(el) })).sort((a, b) => b.score - a.score);
  const first = ranked[0];
  if (!first) return null;
  const alternatives = ranked
    .slice(1, 1 + ALTERNATIVES)
    .filter((c) => c.score >= ALTERNATIVE_SHARE * first.score)
    .map((c) => c.el);
  let top = commonAncestor(first.el, alternatives, body) ?? risingParent(first.el, body, final);
  top = climb(top, body, stats);
  top = widen(top, body, stats);
  // The root itself has no siblings to take: they lie outside what the caller asked about.
  const parts = top === body ? [top] : withSiblings(top, final(top), final, stats, pruned);
  return { parts, top, score: final(top) };
}

function commonAncestor(top: Element, alternatives: readonly Element[], body: Element): Element | null {
  if (alternatives.length < MIN_ALTERNATIVES) return null;
  for (let anc = top.parent; anc && isElement(anc); anc = anc.parent) {
    const inside = alternatives.filter((a) => contains(anc as Element, a)).length;
    if (inside >= MIN_ALTERNATIVES) return anc;
    if (anc === body) break;
  }
  return null;
}

/** Readability: a parent scoring above its child (within a third of it all the way up) holds more of the story. */
function risingParent(top: Element, body: Element, final: (el: Element) => number): Element {
  let last = final(top);
  const threshold = last / 3;
  for (let anc = top.parent; anc && isElement(anc) && anc !== body; anc = anc.parent) {
    const s = final(anc);
    if (s === 0) continue;
    if (s < threshold) break;
    if (s > last) return anc;
    last = s;
  }
  return top;
}

export function contains(ancestor: Element, el: Element): boolean {
  for (let cur: AnyNode | null = el; cur; cur = cur.parent) if (cur === ancestor) return true;
  return false;
}

/**
 * Readability: a winner that is its parent's only child with text stands for the parent; a story
 * container (article/main/articleBody) just above the winner with little else in it is taken instead.
 */
function climb(top: Element, body: Element, stats: StatsOf): Element {
  // Shares are taken against the winner itself, so that small losses do not add up step by step.
  const own = (stats.get(top) ?? EMPTY_STATS).chars;
  let cur = top;
  while (cur.parent && isElement(cur.parent) && cur !== body) {
    const parent: Element = cur.parent;
    if (parent === body) break;
    const up = (stats.get(parent) ?? EMPTY_STATS).chars;
    const onlyChild = up > 0 && own / up > ONLY_CHILD_SHARE;
    const story = isStoryMarkup(parent) && own / (up || 1) > STORY_PARENT_SHARE;
    if (!onlyChild && !story) break;
    cur = parent;
  }
  return cur;
}

/**
 * The story is sometimes cut in pieces (recipe steps, page-builder columns, a lead outside the
 * body): an ancestor whose extra text is nearly free of links and adds paragraphs holds more of
 * it. Climbing stops at the first ancestor whose extra text is link-heavy (menus, teasers).
 * On the dev set this traded 25 more furniture snippets for 50 more story snippets.
 */
function widen(top: Element, body: Element, stats: StatsOf): Element {
  const base = stats.get(top) ?? EMPTY_STATS;
  let best = top;
  // Never above the root the caller asked about (a story unit, or the body).
  for (let anc = top === body ? null : top.parent; anc && isElement(anc); anc = anc === body ? null : anc.parent) {
    const up = stats.get(anc) ?? EMPTY_STATS;
    const extra = up.chars - base.chars;
    if (extra <= 0) continue;
    const extraLinks = (up.linkChars - base.linkChars) / extra;
    if (extraLinks > WIDEN_MAX_LINKS) break;
    if (up.paragraphs > base.paragraphs) best = anc;
  }
  return best;
}

function withSiblings(
  top: Element,
  topScore: number,
  final: (el: Element) => number,
  stats: StatsOf,
  pruned: ReadonlySet<AnyNode>,
): Element[] {
  const parent = top.parent;
  if (!parent || !isElement(parent)) return [top];
  const threshold = Math.max(SIBLING_MIN_SCORE, topScore * SIBLING_SHARE);
  const topClass = attr(top, 'class') ?? '';
  const parts: Element[] = [];
  for (const sib of parent.children) {
    if (!isElement(sib) || pruned.has(sib) || NON_TEXT.has(sib.name)) continue;
    if (sib === top) {
      parts.push(sib);
      continue;
    }
    const bonus = topClass !== '' && attr(sib, 'class') === topClass ? topScore * SIBLING_SHARE : 0;
    if (final(sib) + bonus >= threshold) {
      parts.push(sib);
      continue;
    }
    const st = stats.get(sib) ?? EMPTY_STATS;
    if (!isParagraph(sib) || st.chars === 0) continue;
    const ld = linkDensityOf(st);
    if (st.chars > SIBLING_PARAGRAPH_CHARS && ld < SIBLING_MAX_LINKS) parts.push(sib);
    else if (ld === 0 && HTML_SENTENCE_STOP.test(textOf(sib, pruned))) parts.push(sib);
  }
  return parts;
}
