import type { AnyNode, Element } from 'domhandler';
import { isElement } from './dom.js';
import type { PageType } from './page-type.js';
import { EMPTY_STATS, linkDensityOf, type NodeStats } from './stats.js';

/**
 * How the extraction changes with the page's type (html/page-type). The generic path picks one
 * container and cleans it as an article; other pages spread their content wider:
 * - forum: every post, the question and the replies, though their class names say "comment";
 * - listing, collection: every card of the grid, whose titles are links;
 * - service: every section of the page (hero, features, FAQ, pricing, testimonials), not one;
 * - product, documentation and article: the generic path.
 */
export interface Profile {
  readonly type: PageType;
  /** prune rules switched off: on a forum, "comments" are the page's posts */
  readonly keepPruned: readonly string[];
  /** take the content region (all the page keeps after pruning) rather than one container */
  readonly region: boolean;
  /** filter rules switched off inside the region (cards are links; a service page has no "tail") */
  readonly keepFiltered: readonly string[];
  /** the region's text may be this much link text at most, else the chosen container stands */
  readonly regionMaxLinks: number;
}

const GENERIC: Profile = { type: 'article', keepPruned: [], region: false, keepFiltered: [], regionMaxLinks: 0 };

const PROFILES: Readonly<Record<PageType, Profile>> = {
  article: GENERIC,
  documentation: { ...GENERIC, type: 'documentation' },
  forum: { ...GENERIC, type: 'forum', keepPruned: ['html/comments'] },
  service: { type: 'service', keepPruned: [], region: true, keepFiltered: ['html/after-story', 'html/end-label'], regionMaxLinks: 0.5 },
  // The region around a product's buy box took in more furniture than description on the dev set.
  product: { ...GENERIC, type: 'product' },
  listing: { type: 'listing', keepPruned: [], region: true, keepFiltered: ['html/link-block', 'html/after-story', 'html/end-label'], regionMaxLinks: 0.9 },
  collection: { type: 'collection', keepPruned: [], region: true, keepFiltered: ['html/link-block', 'html/after-story', 'html/end-label'], regionMaxLinks: 0.9 },
};

export function profileFor(type: PageType): Profile {
  return PROFILES[type];
}

/**
 * The content region around the chosen container: its highest ancestor below <body> whose text
 * stays within the profile's link share (the menus and footers are already pruned), or <body>
 * itself when the whole page does.
 */
export function contentRegion(top: Element, body: Element, stats: ReadonlyMap<Element, NodeStats>, maxLinks: number): Element {
  if (linkDensityOf(stats.get(body) ?? EMPTY_STATS) <= maxLinks) return body;
  let cur = top;
  for (let p: AnyNode | null = top.parent; p && isElement(p) && p !== body; p = p.parent) {
    if (linkDensityOf(stats.get(p) ?? EMPTY_STATS) > maxLinks) break;
    cur = p;
  }
  return cur;
}

/** Characters outside links in a draft's blocks: what a profile must not lose against the generic path. */
export function proseChars(blocks: readonly { text: string; linkDensity: number; kind: string }[]): number {
  let n = 0;
  for (const b of blocks) if (b.kind !== 'heading') n += b.text.length * (1 - b.linkDensity);
  return n;
}
