import type { AnyNode, Element } from 'domhandler';
import { attr, cardKey, isElement, NON_TEXT, walk } from './dom.js';
import type { PageMeta } from '../types.js';
import type { PageType } from './page-type.js';
import { EMPTY_STATS, linkDensityOf, type NodeStats, type StatsOf } from './stats.js';

/**
 * How the extraction changes with the page's type (html/page-type). The generic path picks one
 * container and cleans it as an article; other pages spread their content wider, so they take the
 * content region (all the page keeps after pruning, around the best container and the largest
 * grid of cards) unless it keeps much less prose than the generic path (html/drafts regionDraft):
 * - forum: every post, the question and the replies; a post is prose, so a block of links
 *   in the thread is its list of other threads and goes (html/link-block stays on);
 * - listing, collection: every card of the grid, whose titles are links; a listing's card titles
 *   with nothing under them too (html/orphan-card-title off: a category tile is a picture and its
 *   name; a shop's bare titles were as often another product's shelf, on product pages read as collections);
 * - service: every section of the page (hero, features, FAQ, pricing, testimonials), not one,
 *   with its headings: a section's heading over a logo wall, a picture or a form is the page's
 *   own words (html/orphan-heading off);
 * - documentation: the main column's headings, prose, code and tables;
 * - product and an article that declares itself one: the generic path (a product's page without
 *   other products' offers: html/offers);
 * - an article that declares nothing (no article JSON-LD, no og:article): the region, as a
 *   page of sections would be read — on the WCXB dev pages the region lost 0.001 F1 on such
 *   articles and gained 0.03 on the service, documentation and listing pages read as articles;
 *   once pruned, one made of cards is a listing, one without date or byline a service page
 *   (undeclaredProfile).
 */
export interface Profile {
  readonly type: PageType;
  /** prune rules switched off: on a discussion, "comments" are the page's posts */
  readonly keepPruned: readonly string[];
  /** take the content region (all the page keeps after pruning) rather than one container */
  readonly region: boolean;
  /** filter rules switched off inside the region (cards are links; a service page has no "tail") */
  readonly keepFiltered: readonly string[];
  /** the region's text may be this much link text at most, else the chosen container stands */
  readonly regionMaxLinks: number;
  /** the page is a grid of cards: the largest grid's region joins the chosen container's (cardGrid) */
  readonly cards?: boolean;
  /**
   * a declared article whose content region holds far more text than its chosen container (a
   * section front with an intro, a blog's home page) is read as a listing (html/drafts widenedDraft)
   */
  readonly widen?: boolean;
  /**
   * the region may be an article with a tail (html/filter storyRun): a story's run of paragraphs over most
   * of it is read with every filter on, so its "related" and "more from" tail goes
   */
  readonly storyTail?: boolean;
}

/**
 * Shoppers' reviews are a shop's furniture, on a product's page and on a catalogue's (a carousel of
 * quotes under the grid); elsewhere a "review" is the story (a film review, a code review). A card's
 * own rating line stays (html/prune: the rule skips grid cards). On the WCXB dev pages read as
 * collections: 7 pages up, 1 down (a product's "no reviews yet" notice its reference keeps), +0.53 F1 summed.
 */
const REVIEWS_KEPT = ['html/reviews'];
/**
 * A thread keeps its comments and every review: its posts are the page (a shop's page read as a
 * thread is one whose reviews outweigh the rest). Elsewhere reviews named for a shop's customers
 * go (html/shopper-reviews).
 */
const THREAD_KEPT = [...REVIEWS_KEPT, 'html/shopper-reviews', 'html/comments'];
const GENERIC: Profile = { type: 'article', keepPruned: REVIEWS_KEPT, region: false, keepFiltered: [], regionMaxLinks: 0, widen: true };
/** The region read for pages spread over sections and cards. */
const REGION: Profile = { type: 'listing', keepPruned: REVIEWS_KEPT, region: true, keepFiltered: ['html/link-block', 'html/after-story', 'html/end-label'], regionMaxLinks: 0.9, cards: true };

const PROFILES: Readonly<Record<PageType, Profile>> = {
  article: GENERIC,
  documentation: { ...REGION, type: 'documentation' },
  forum: { ...REGION, type: 'forum', keepPruned: THREAD_KEPT, keepFiltered: REGION.keepFiltered.filter((id) => id !== 'html/link-block') },
  service: { ...REGION, type: 'service', keepFiltered: [...REGION.keepFiltered, 'html/orphan-heading'] },
  // The region around a product's buy box took in more furniture than description on the dev set.
  product: { ...GENERIC, type: 'product', keepPruned: [], widen: false },
  listing: { ...REGION, storyTail: true, keepFiltered: [...REGION.keepFiltered, 'html/orphan-card-title'] },
  collection: { ...REGION, type: 'collection', keepPruned: [] },
};

/** A thread whose replies outweigh the rest of the page (html/extract isDiscussion): its comments are its posts. */
export const DISCUSSION: Profile = { ...GENERIC, type: 'forum', keepPruned: THREAD_KEPT, widen: false };

/** An article that declares nothing is read as a page of sections: its region. */
export const UNDECLARED_ARTICLE: Profile = { ...REGION, type: 'article', keepFiltered: [] };

export function profileFor(type: PageType): Profile {
  return PROFILES[type];
}

/**
 * The content region around the chosen container: its highest ancestor below <body> whose text
 * stays within the profile's link share (the menus and footers are already pruned), or <body>
 * itself when the whole page does.
 */
export function contentRegion(top: Element, body: Element, stats: StatsOf, maxLinks: number): Element {
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

/** A grid holds at least this many cards; a card holds a link and at least CARD_MIN_CHARS of text. */
const MIN_CARDS = 4;
const CARD_MIN_CHARS = 15;

/** The largest grid of cards: their parent, how many cards, and all the text they hold. */
export interface Grid {
  readonly parent: Element;
  /** the cards' tag */
  readonly tag: string;
  readonly cards: number;
  readonly chars: number;
  /** paragraphs of prose in the cards (html/stats `paragraphs`) */
  readonly paragraphs: number;
}

/**
 * The largest grid of cards left after pruning: like siblings (one tag and class) that each hold
 * a link and some text, weighed by all the text they hold. The cards of a listing are mostly link
 * text, so the chosen container (which scores paragraphs) often misses them.
 */
export function cardGrid(body: Element, pruned: ReadonlySet<AnyNode>, stats: StatsOf): Grid | null {
  let best: Grid | null = null;
  walk(body, (node) => {
    if (!isElement(node) || pruned.has(node) || NON_TEXT.has(node.name)) return false;
    const st = stats.get(node);
    if (!st || st.chars <= (best?.chars ?? 0)) return false;
    if (node.children.length < MIN_CARDS) return true;
    const groups = new Map<string, { tag: string; n: number; chars: number; paragraphs: number }>();
    for (const c of node.children) {
      if (!isElement(c) || pruned.has(c)) continue;
      const cs = stats.get(c);
      if (!cs || cs.linkChars === 0 || cs.chars < CARD_MIN_CHARS) continue;
      const key = cardKey(c);
      const g = groups.get(key) ?? { tag: c.name, n: 0, chars: 0, paragraphs: 0 };
      g.n++;
      g.chars += cs.chars;
      g.paragraphs += cs.paragraphs;
      groups.set(key, g);
    }
    for (const g of groups.values()) {
      if (g.n >= MIN_CARDS && g.chars > (best?.chars ?? 0)) best = { parent: node, tag: g.tag, cards: g.n, chars: g.chars, paragraphs: g.paragraphs };
    }
    return true;
  });
  return best;
}

/** A page of cards has at least this many in its grid (html/page-type's survey counts a listing's from 6)... */
const PAGE_CARDS = 6;
/** ...they hold most of the text left after pruning (0.5–0.6 measured alike on the WCXB dev pages)... */
const PAGE_CARDS_SHARE = 0.6;
/** ...and a card is a title and a summary: a paragraph or two of prose, not a section of a story. */
const CARD_PARAGRAPHS = 2;
/** Paragraphs that link and table rows line up like cards; a story's text is made of them. */
const NOT_CARDS: ReadonlySet<string> = new Set(['p', 'tr', 'td', 'dd', 'span', 'a']);

/**
 * An article that declares nothing (UNDECLARED_ARTICLE), looked at again once pruned:
 * - made of its grid of cards (isCardPage): a listing;
 * - with no date (`timed`: a <time> or date-classed element) and no byline in its markup, and
 *   not made of paragraphs (STORY_PROSE): a
 *   site's own page (a service, a product range, a documentation front): its sections and
 *   their links are all content (UNDATED_PAGE). On the WCXB dev pages: services +0.0035 F1,
 *   listings +0.008, articles held; trafilatura dev pages 0.928 held. (A declared article
 *   without date or byline read as a service lost 0.006 F1 on the trafilatura pages.)
 * - else the undeclared article's region, every filter on.
 */
export function undeclaredProfile(grid: Grid | null, body: Element, stats: StatsOf, page: PageMeta, timed: boolean): Profile {
  if (isCardPage(grid, body, stats)) return PROFILES.listing;
  if (timed || page.published !== undefined || page.byline !== undefined || page.authors?.length) return UNDECLARED_ARTICLE;
  const s = stats.get(body) ?? EMPTY_STATS;
  return s.paraChars >= STORY_PROSE * (s.chars - s.linkChars) ? UNDECLARED_ARTICLE : UNDATED_PAGE;
}

/**
 * A service page known only by what it lacks keeps its sections' links and what follows its
 * labels, but not the text after its last good block: with that filter off as well (the service
 * profile's), the trafilatura dev pages kept footers and "back to the overview" links (F1 0.927).
 */
const UNDATED_PAGE: Profile = { ...REGION, type: 'service', keepFiltered: ['html/link-block', 'html/end-label', 'html/orphan-heading'] };

/**
 * An undated page whose text outside links is mostly paragraphs is still read as a story (a
 * related box under it is furniture). On the WCXB dev pages, under 0.7 held 33 services and 7
 * articles; reading the prose pages as services too gained 0.0007 more F1 there, but kept the
 * related links under undated stories (samples/html--related-block).
 */
const STORY_PROSE = 0.7;

/**
 * Whether the page is made of its grid of cards (teasers, tiles, offers): the cards hold most of
 * the text the pruning left, and each holds little prose. Such a page has no story end, so the
 * article's tail filters (html/filter: link blocks, after-story, end labels) would cut its cards.
 */
function isCardPage(grid: Grid | null, body: Element, stats: StatsOf): boolean {
  if (grid === null || grid.cards < PAGE_CARDS || NOT_CARDS.has(grid.tag)) return false;
  return grid.chars >= PAGE_CARDS_SHARE * (stats.get(body)?.chars ?? 0) && grid.paragraphs <= CARD_PARAGRAPHS * grid.cards;
}

/** Whether `a` comes before `b` in the document (neither holds the other). */
export function precedes(a: Element, b: Element): boolean {
  const path = new Map<AnyNode, AnyNode>();
  for (let cur: AnyNode = a; cur.parent; cur = cur.parent) path.set(cur.parent, cur);
  for (let cur: AnyNode = b; cur.parent; cur = cur.parent) {
    const fromA = path.get(cur.parent);
    if (fromA !== undefined) {
      const kids = cur.parent.children;
      return kids.indexOf(fromA as never) < kids.indexOf(cur as never);
    }
  }
  return true;
}
