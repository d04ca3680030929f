import { blockKey, blockWords, endsSentence, wordCount } from '../lexicon/features.js';
import { COPYRIGHT_LINE, GRID_HEAD, NAV_WORDS, PAGE_FOOTER_LINE, PAGE_HEADER_LINE, PRICE_TEXT, SITE_MENU_LINE, SKIP_LINK, SOCIAL_LINE } from '../lexicon/patterns.js';
import type { Quality } from '../rules/quality.js';
import type { Block } from '../types.js';
import { itemFields } from './duplicates.js';
import { cardLines, gridStart, linesByKey, tileGrid } from './tile-grid.js';
import { menuResidue } from './menu-residue.js';

/**
 * A dump whose content is short lines (a listing, a product grid, specs and prices, a docs index)
 * leaves the prose judge almost nothing: its body keeps a sliver of the page. The story's lines
 * less the site's furniture — lines the dump repeats (a menu printed in the header and the
 * footer), menu, social, skip and legal lines, everything from the page's last copyright line
 * on — are its body instead when the prose body holds under this share of their words.
 * Set on the WCXB dev dumps against the trafilatura dumps (0.1, 0.15, 0.2, 0.3 tried): from 0.2
 * on, the trafilatura articles with long comment threads or menus lose more snippets than the
 * WCXB listings gain.
 */
const SHORT_LINE_SHARE = 0.15;
/** A story this short says too little about what its content is made of. */
const MIN_STORY_WORDS = 100;
/** Copies of a line all within this many lines of the first are one card's, not a menu printed twice. */
const CARD_REPEAT_SPAN = 3;
/** A card's price is at most this many lines under its name. */
const CARD_PRICE_REACH = 6;
/** The two copies of a card printed twice (two layouts of one grid) lie within this many lines. */
const CARD_COPY_SPAN = 20;
/** A card's title or date line has this many words at least; a menu's items are shorter ("Help Center", "Clear All"). */
const CARD_COPY_WORDS = 4;
/** Such a line printed in at most this share of the cards is a value; one printed in (nearly) every card is the card's template. */
const CARD_VALUE_SHARE = 0.5;
/**
 * The body's lines above a results count or sort control that hold at most this share of its words
 * are the site's menus and controls over the grid; a count under most of the body is a pager's.
 */
const GRID_HEAD_SHARE = 0.25;
/** A line above the grid of this many words that ends a sentence is an introduction, and stays. */
const GRID_INTRO_WORDS = 10;
/** Navigation words make a line furniture only on a line this short ("Home", "Sign in"). */
const NAV_LINE_WORDS = 3;

export interface ShortLineBody {
  bodyStart: number;
  bodyEnd: number;
  labels: Quality[];
  /** why each line inside [bodyStart, bodyEnd) that is not body was dropped */
  why: Map<number, string>;
  /** the measured share that chose this body, for the story's notes */
  share: number;
  /** the lines left are no content (stories/menu-residue): the story has no body and no title */
  empty?: true;
}

export function furnitureLine(text: string): string | undefined {
  if (COPYRIGHT_LINE.test(text) || PAGE_FOOTER_LINE.test(text)) return 'a closing line (copyright, legal links)';
  if (SKIP_LINK.test(text) || PAGE_HEADER_LINE.test(text)) return 'an opening line (skip link, menu, account)';
  if (SITE_MENU_LINE.test(text) || SOCIAL_LINE.test(text)) return 'a site-menu or social-link item';
  if (wordCount(text) <= NAV_LINE_WORDS && text.search(NAV_WORDS) >= 0) return 'a navigation line';
  return undefined;
}

function priceBelow(all: readonly Block[], at: number): boolean {
  for (let k = at + 1; k < all.length && k <= at + CARD_PRICE_REACH; k++) if (PRICE_TEXT.test((all[k] as Block).text)) return true;
  return false;
}

/**
 * A dump can print each card of a grid twice, close together (the page's desktop and mobile
 * layouts of one card, a carousel's clone): a line of a title's length printed exactly twice
 * within a card's reach is one item, not site furniture printed in the header and the footer.
 * Its first copy counts once (`seen` is set to 1); the ids of the second copies are returned,
 * and those go as repeats.
 */
function cardCopies(all: readonly Block[], seen: Map<string, number>, span: ReadonlyMap<string, [number, number]>): Set<number> {
  const second = new Set<number>();
  for (const [key, [first, last]] of span) {
    if (seen.get(key) !== 2 || last - first > CARD_COPY_SPAN || blockWords(all[first] as Block) < CARD_COPY_WORDS) continue;
    seen.set(key, 1);
    second.add((all[last] as Block).id);
  }
  return second;
}

/**
 * A grid's items can share a value, each printing it in its card (a brand, a colour, a place, a
 * format: "Hardcover" under half the books): the value is printed many times, each copy a new
 * item apart from the next (a line printed once between them), as the card's own template is (a
 * button, a badge, a column label every card prints). The most-printed such line counts the
 * cards; a line printed in at most half as many is the items' value, not the template, and each
 * copy is the item's. Returns those lines' keys.
 */
function cardValues(all: readonly Block[], apart: readonly (readonly [string, number[]])[]): Set<string> {
  let cards = 0;
  for (const [, copies] of apart) cards = Math.max(cards, copies.length);
  // A line that ends a sentence is a call to action or a notice ("Test your knowledge!"), no item's value.
  const value = (copies: number[]): boolean => copies.length <= CARD_VALUE_SHARE * cards && !endsSentence((all[copies[0] as number] as Block).text);
  return new Set(apart.filter(([, copies]) => value(copies)).map(([key]) => key));
}

/**
 * The items' values (cardValues) go back into the body, every copy, when every copy the line rules
 * left lies between the body's first and last line and was dropped only as a repeat: a value the
 * header or the footer prints too is the site's (so is one under the last card's title, which
 * the bounds cannot tell from the footer's first line). `repeats` are the lines dropped as repeats.
 */
function keepValues(kept: readonly Block[], values: ReadonlySet<string>, repeats: ReadonlySet<number>, labels: Quality[], why: Map<number, string>): void {
  const first = labels.indexOf('good');
  const last = labels.lastIndexOf('good');
  for (const at of linesByKey(kept, (key) => values.has(key)).values()) {
    if (!at.every((i) => i > first && i < last && repeats.has(i))) continue;
    for (const i of at) {
      labels[i] = 'good';
      why.delete(i);
    }
  }
}

/**
 * A grid of items opens under its results count or sort control ("Showing all 12 results",
 * "Sort by newest"): the short lines above it are the shop's or board's category menu, cart and
 * filter labels, and the count and its sort choices are controls. They go when they hold little of
 * the body; a count printed under most of the body closes the grid (a pager) and moves nothing.
 */
function gridHead(kept: readonly Block[], all: readonly Block[], labels: Quality[], why: Map<number, string>): void {
  const first = labels.indexOf('good');
  const last = labels.lastIndexOf('good');
  // The control may be gone already (a sort label is a widget line): found among the story's lines as printed.
  const [from, to] = [(kept[first] as Block).id, (kept[last] as Block).id];
  const control = all.find((b) => b.id >= from && b.id <= to && GRID_HEAD.test(b.text));
  if (control === undefined) return;
  const head = kept.findIndex((b) => b.id >= control.id);
  let above = 0;
  let total = 0;
  kept.forEach((b, i) => {
    if (labels[i] !== 'good') return;
    total += blockWords(b);
    if (i < head) above += blockWords(b);
  });
  if (above > GRID_HEAD_SHARE * total) return;
  let end = head;
  while (end <= last && GRID_HEAD.test((kept[end] as Block).text)) end++;
  if (end > last) return;
  for (let i = first; i < end; i++) {
    const b = kept[i] as Block;
    // The collection's own introduction above its grid is a paragraph, no menu or control.
    if (labels[i] !== 'good' || (i < head && blockWords(b) >= GRID_INTRO_WORDS && endsSentence(b.text))) continue;
    labels[i] = 'bad';
    why.set(i, i < head ? 'above the grid\'s results count or sort control (menus, cart, filters)' : 'the grid\'s results count or sort control');
  }
}

/** A grid of tiles holding this share of the body's words at least is what the page is made of. */
const GRID_BODY_SHARE = 0.5;

/**
 * A body made of a grid of tiles (stories/tile-grid) is the grid, with the collection's heading and
 * introduction over it: the menus above (nav labels, promo banners) and the footer's link lists
 * below go. `from` and `to` are the ids of the grid's first and last lines.
 */
function gridBounds(kept: readonly Block[], from: number, to: number, labels: Quality[], why: Map<number, string>): void {
  const first = kept.findIndex((b) => b.id >= from);
  const start = gridStart(kept, first, (i) => labels[i] === 'good');
  kept.forEach((b, i) => {
    if (labels[i] !== 'good' || (i >= start && b.id <= to)) return;
    labels[i] = 'bad';
    why.set(i, i < start ? 'above a grid of tiles and its introduction (menus, banners)' : 'below a grid of tiles (footer lists)');
  });
}

/**
 * The short-line body of a story whose prose body is thin, or undefined when the prose body holds
 * its share. `kept` are the lines left after the line rules, `all` the story's lines before them
 * (repeats are counted there), `proseWords` the words the prose body would keep.
 */
export function shortLineBody(kept: readonly Block[], all: readonly Block[], proseWords: number, menuWords = 0): ShortLineBody | undefined {
  let total = 0;
  for (const b of all) total += blockWords(b);
  // The short-line body is part of the story: a prose body holding its share of the whole holds it of that part too.
  if (total < MIN_STORY_WORDS || proseWords >= SHORT_LINE_SHARE * total) return undefined;
  const seen = new Map<string, number>();
  const span = new Map<string, [number, number]>();
  all.forEach((b, i) => {
    const key = blockKey(b);
    seen.set(key, (seen.get(key) ?? 0) + 1);
    const at = span.get(key);
    if (at === undefined) span.set(key, [i, i]);
    else at[1] = i;
  });
  // A shop's card prints its name twice a line or two apart (the picture's label, then the heading)
  // above its price: one item, not site furniture printed twice (a mega-menu's heading and its first link).
  for (const [key, [first, last]] of span) if (last > first && last - first <= CARD_REPEAT_SPAN && priceBelow(all, last)) seen.set(key, 1);
  // A card's field label and its value ("Weight:" "2 lb") print once per item: the catalogue's, not the site's.
  for (const i of itemFields(all)) seen.set(blockKey(all[i] as Block), 1);
  const second = cardCopies(all, seen, span);
  let end = kept.length;
  for (let k = kept.length - 1; k >= 0; k--) {
    if (COPYRIGHT_LINE.test((kept[k] as Block).text)) {
      end = k;
      break;
    }
  }
  const labels: Quality[] = [];
  const why = new Map<number, string>();
  const repeats = new Set<number>();
  kept.forEach((b, i) => {
    const furniture = i < end ? furnitureLine(b.text) : 'at or after the page\'s last copyright line';
    const repeated = (seen.get(blockKey(b)) ?? 0) > 1;
    if (furniture === undefined && !repeated && !second.has(b.id)) labels.push('good');
    else {
      labels.push('bad');
      if (furniture === undefined && repeated) repeats.add(i);
      why.set(i, furniture ?? (repeated ? `printed ${seen.get(blockKey(b))} times in the dump (site furniture)` : 'a card printed twice: its second copy'));
    }
  });
  const first = labels.indexOf('good');
  if (first < 0) return undefined;
  // Weighed against the lines it would keep, not the whole dump: its body cleaned again gives the same body.
  // A mega-menu the line rules took (story/mega-menu) still counts: it leaves the body, and does not turn the page into prose.
  let words = menuWords;
  kept.forEach((b, i) => {
    if (labels[i] === 'good') words += blockWords(b);
  });
  const apart = cardLines(all, seen);
  const grid = gridOf(kept, all, apart, labels, words);
  if (grid !== undefined) words += grid.template;
  if (proseWords >= SHORT_LINE_SHARE * words) return undefined;
  const last = labels.lastIndexOf('good') + 1;
  const residue = grid === undefined ? menuResidue(kept.filter((_, i) => labels[i] === 'good'), total) : undefined;
  if (residue !== undefined) return { ...noBody(labels, why, residue), bodyStart: first, bodyEnd: last, share: proseWords / words };
  if (grid !== undefined) gridBounds(kept, grid.from, grid.to, labels, why);
  // After the share test, which weighs the body as it stood without them.
  gridHead(kept, all, labels, why);
  keepValues(kept, cardValues(all, apart), repeats, labels, why);
  return { bodyStart: first, bodyEnd: labels.lastIndexOf('good') + 1, labels, why, share: proseWords / words };
}

/** Every line the body would keep goes, for `reason`: the story has no body. */
function noBody(labels: Quality[], why: Map<number, string>, reason: string): { labels: Quality[]; why: Map<number, string>; empty: true } {
  labels.forEach((q, i) => {
    if (q !== 'good') return;
    labels[i] = 'bad';
    why.set(i, reason);
  });
  return { labels, why, empty: true };
}

/**
 * The grid of tiles (stories/tile-grid) the body is made of: the ids of its first and last lines,
 * and the words of its template lines the repeats took (they weigh as the grid's words, not as
 * furniture's); undefined when there is none, or it holds under GRID_BODY_SHARE of the body.
 */
function gridOf(kept: readonly Block[], all: readonly Block[], apart: readonly (readonly [string, number[]])[], labels: readonly Quality[], words: number): { from: number; to: number; template: number } | undefined {
  const grid = tileGrid(all, apart);
  if (grid === undefined) return undefined;
  let gridWords = 0;
  for (let i = grid.start; i < grid.end; i++) gridWords += blockWords(all[i] as Block);
  const [from, to] = [(all[grid.start] as Block).id, (all[grid.end - 1] as Block).id];
  let template = 0;
  kept.forEach((b, i) => {
    if (labels[i] !== 'good' && b.id >= from && b.id <= to) template += blockWords(b);
  });
  return gridWords >= GRID_BODY_SHARE * (words + template) ? { from, to, template } : undefined;
}
