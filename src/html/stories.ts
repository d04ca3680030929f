import type { AnyNode, Element } from 'domhandler';
import { shapeKey } from '../lexicon/features.js';
import { HTML_ARTICLE_ITEMTYPE } from '../lexicon/patterns.js';
import type { PageMeta } from '../types.js';
import { attr, isElement, textOf, walk, type ReadAttribute } from './dom.js';
import { EMPTY_STATS, type NodeStats, type StatsOf } from './stats.js';

/**
 * Appended stories: infinite-scroll themes and "next article" loaders put two or three whole
 * articles on one page, each in its own <article> (or schema.org Article) element with its own
 * headline. Each becomes a story; the page's own story is the one its URL, canonical link or
 * title points to — never merely the longest (prior art: in one reported case
 * the real article was 1.7k of 11.8k characters).
 */
export interface StoryUnit {
  el: Element;
  headline: string | undefined;
}

/**
 * A unit must hold two paragraphs and this much paragraph text (visible characters): teaser
 * cards hold one paragraph, a short news item already holds two.
 */
const UNIT_MIN_PARAGRAPH_CHARS = 200;
const UNIT_MIN_PARAGRAPHS = 2;
const HEADLINE_TAGS: ReadonlySet<string> = new Set(['h1', 'h2']);
const URL_ATTRIBUTES: readonly ReadAttribute[] = ['data-url', 'data-href', 'data-permalink', 'data-canonical', 'data-share-url', 'itemid'];

function isStoryElement(el: Element): boolean {
  if (el.name === 'article') return true;
  const type = attr(el, 'itemtype') ?? '';
  return HTML_ARTICLE_ITEMTYPE.test(type);
}

/**
 * Story elements that each hold a headline and enough text of their own. One that holds two or
 * more others is the page's frame around them (infinite scroll inside an <article>), so the inner
 * ones count; one that holds a single other is the same story marked twice, so the outer counts.
 */
export function findUnits(root: Element, pruned: ReadonlySet<AnyNode>, stats: StatsOf): StoryUnit[] {
  const all: StoryUnit[] = [];
  walk(root, (node) => {
    if (!isElement(node) || pruned.has(node)) return false;
    const s = stats.get(node) ?? EMPTY_STATS;
    // No unit fits in a subtree with less paragraph text than one unit needs.
    if (s.paraChars < UNIT_MIN_PARAGRAPH_CHARS || s.paragraphs < UNIT_MIN_PARAGRAPHS) return false;
    if (node !== root && isStoryElement(node)) {
      const h = firstHeadline(node, pruned);
      if (h) all.push({ el: node, headline: h });
    }
    return true;
  });
  const inner = (u: StoryUnit): StoryUnit[] => all.filter((v) => v !== u && contains(u.el, v.el));
  const frames = new Set(all.filter((u) => inner(u).length >= 2));
  const doubles = new Set(all.filter((u) => !frames.has(u) && inner(u).length === 1).flatMap(inner));
  return all.filter((u) => !frames.has(u) && !doubles.has(u));
}

function contains(ancestor: Element, el: Element): boolean {
  for (let cur: AnyNode | null = el.parent; cur; cur = cur.parent) if (cur === ancestor) return true;
  return false;
}

function firstHeadline(el: Element, pruned: ReadonlySet<AnyNode>): string | undefined {
  let found: string | undefined;
  walk(el, (node) => {
    if (found !== undefined || !isElement(node) || pruned.has(node)) return false;
    if (HEADLINE_TAGS.has(node.name)) {
      const t = textOf(node);
      if (t !== '') found = t;
      return false;
    }
    return true;
  });
  return found;
}

function pathOfUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url, 'http://x/').pathname.replace(/\/+$/, '');
  } catch {
    return undefined;
  }
}

/** Whether a unit says it lives at the page's URL (data-url, itemid, or its headline's link). */
function pointsHere(unit: StoryUnit, paths: ReadonlySet<string>): boolean {
  for (const name of URL_ATTRIBUTES) {
    const p = pathOfUrl(attr(unit.el, name));
    if (p && paths.has(p)) return true;
  }
  let hit = false;
  walk(unit.el, (node) => {
    if (hit || !isElement(node)) return false;
    if (node.name === 'a' && node.parent && isElement(node.parent) && HEADLINE_TAGS.has(node.parent.name)) {
      const p = pathOfUrl(attr(node, 'href'));
      if (p && paths.has(p)) hit = true;
      return false;
    }
    return true;
  });
  return hit;
}

/**
 * Index of the page's own story among `units`: the one its URL or title points to. null when
 * none is: the units are then sections of one page (tabs of a guide, a product's feature blocks,
 * a listing's teasers), not stories appended to the page's own.
 */
export function mainUnit(units: readonly StoryUnit[], page: PageMeta, url: string | undefined): { index: number; why: string } | null {
  const paths = new Set([pathOfUrl(url), pathOfUrl(page.canonical), pathOfUrl(page.url)].filter((p): p is string => p !== undefined && p !== ''));
  const byUrl = paths.size > 0 ? units.findIndex((u) => pointsHere(u, paths)) : -1;
  if (byUrl >= 0) return { index: byUrl, why: 'its URL is the page URL' };
  const title = page.title ? shapeKey(page.title) : '';
  if (title !== '') {
    const byTitle = units.findIndex((u) => u.headline !== undefined && sameHeadline(shapeKey(u.headline), title));
    if (byTitle >= 0) return { index: byTitle, why: 'its headline is the page title' };
  }
  return null;
}

function sameHeadline(a: string, b: string): boolean {
  return a === b || (a.length >= 20 && b.includes(a)) || (b.length >= 20 && a.includes(b));
}
