/**
 * Shapes of an element that keep it from a pruning rule (html/prune-rules) although its tag or
 * class/id words match: a disclosure panel, a data table's parts, a column of code samples, a
 * card's rating, a Q&A post's comments, a grid of teasers, a form with nothing to fill in, a
 * card's header, a feed card's <header>, story markup, critics' quotes.
 */
import type { AnyNode, Element } from 'domhandler';
import { HTML_QA_POST_ITEMTYPE, HTML_QUESTION_END, HTML_RATING_WORDS, HTML_SHARE_WORDS, HTML_TOGGLE_WORDS, QUOTED_PASSAGE } from '../lexicon/patterns.js';
import { attr, isElement, markupWords, textOf, walk } from './dom.js';
import { hasLikeItems, inGridCard } from './cards.js';
import { linkDensityOf, visibleChars, type NodeStats, type StatsOf } from './stats.js';

/**
 * Class/id words on a data table (one with header cells or a caption) or on its rows name the
 * table's parts ("sticky-header" keeps its header row in view, "related" marks a row's group),
 * not page furniture. A layout table (cells without <th>) still goes by its words.
 */
const TABLE_PARTS: ReadonlySet<string> = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);
export function isDataTablePart(el: Element): boolean {
  if (!TABLE_PARTS.has(el.name)) return false;
  let table: Element | null = el;
  while (table && table.name !== 'table') table = table.parent && isElement(table.parent) ? table.parent : null;
  if (!table) return false;
  let data = false;
  walk(table, (node) => {
    if (data || !isElement(node)) return false;
    if (node.name === 'th' || node.name === 'caption') data = true;
    // Not into nested tables: their header cells say nothing of this one.
    return !data && (node === table || node.name !== 'table');
  });
  return data;
}

/** A closed panel's text outside links: an FAQ answer is a sentence; a folded menu is links. */
const PANEL_MIN_CHARS = 20;
const PANEL_MAX_LINKS = 0.3;
/** A toggle that names its panel ("How long does it take?"); an icon-only button opens a tooltip. */
const TOGGLE_MIN_CHARS = 3;

/**
 * A disclosure panel (an FAQ's answer, an accordion's section) is hidden until its toggle is
 * pressed: the element just before it is a <button> or <summary>, declares aria-expanded /
 * aria-controls or has toggle class words ("faq__question"), and has words of its own. The page shows the panel's text on a click, so it is
 * content; a folded menu is links, a tooltip hangs off an icon.
 */
export function isClosedPanel(el: Element, stats: NodeStats): boolean {
  if (stats.chars - stats.linkChars < PANEL_MIN_CHARS || linkDensityOf(stats) > PANEL_MAX_LINKS) return false;
  // A panel that opens its wrapper (a max-height:0 container) sits one level below the toggle.
  const prev = previousElement(el) ?? (el.parent && isElement(el.parent) ? previousElement(el.parent) : null);
  if (!prev) return false;
  // The toggle itself, or the one element a heading wraps it in (<h3><button>…</button></h3>).
  const only = prev.children.filter(isElement);
  const toggle = isToggle(prev) ? prev : only.length === 1 && only[0] && isToggle(only[0]) ? only[0] : null;
  return toggle !== null && hasWords(toggle);
}

const UNREAD: ReadonlySet<string> = new Set(['script', 'style', 'svg', 'template']);

/** Whether an element holds TOGGLE_MIN_CHARS of text, a <button>'s included (textOf skips buttons: dom.NON_TEXT). */
function hasWords(el: Element): boolean {
  let chars = 0;
  walk(el, (n) => {
    if (chars >= TOGGLE_MIN_CHARS) return false;
    if (n.type === 'text') chars += visibleChars(n.data);
    return isElement(n) && !UNREAD.has(n.name);
  });
  return chars >= TOGGLE_MIN_CHARS;
}

function isToggle(el: Element): boolean {
  if (el.name === 'button' || el.name === 'summary' || attr(el, 'aria-expanded') !== undefined || attr(el, 'aria-controls') !== undefined) return true;
  return HTML_TOGGLE_WORDS.test(markupWords(el)) || isQuestion(el);
}

/** A question names the answer folded under it, whatever the toggle's markup (a clickable <div>, a heading). */
const QUESTION_MAX_CHARS = 200;
function isQuestion(el: Element): boolean {
  const text = textOf(el, undefined, QUESTION_MAX_CHARS + 1);
  return text.length <= QUESTION_MAX_CHARS && HTML_QUESTION_END.test(text);
}

function previousElement(el: Element): Element | null {
  for (let p = el.prev; p; p = p.prev) if (isElement(p)) return p;
  return null;
}

/** Code blocks hold this share of the element's text at least, and links little of it. */
const CODE_COLUMN_SHARE = 0.5;
const CODE_COLUMN_MAX_LINKS = 0.1;

/** Whether the element is mostly code blocks (<pre>) and barely links: code samples, not a sidebar. */
export function isCodeColumn(el: Element, ctx: { readonly stats: NodeStats; readonly all: StatsOf }): boolean {
  if (linkDensityOf(ctx.stats) > CODE_COLUMN_MAX_LINKS) return false;
  let code = 0;
  walk(el, (node) => {
    if (!isElement(node)) return false;
    if (node.name !== 'pre') return true;
    code += ctx.all.get(node)?.chars ?? 0;
    return false;
  });
  return code >= CODE_COLUMN_SHARE * ctx.stats.chars && code > 0;
}

/** A card's rating is a line: stars, a score and a count of reviews. */
const CARD_RATING_MAX_CHARS = 80;

/**
 * A rating (its words only: a share bar named "share" is no item's) of a line or so, inside one
 * of a grid's cards (html/cards): the rated item is that card's.
 */
export function isCardRating(el: Element, ctx: { readonly stats: NodeStats; readonly words: string; readonly all: StatsOf }): boolean {
  if (ctx.stats.chars > CARD_RATING_MAX_CHARS || !HTML_RATING_WORDS.test(ctx.words)) return false;
  const m = HTML_SHARE_WORDS.exec(ctx.words);
  if (m && !HTML_RATING_WORDS.test(m[0])) return false;
  return inGridCard(el, ctx.all);
}

/**
 * Inside a question or an answer of a Q&A thread (its microdata): the comments there remark on
 * that one post ("did you try…", "works for me"), while the thread's posts are the question and
 * its answers. Only asked of elements with comment words, on pages that keep their comments.
 */
export function inQaPost(el: Element): boolean {
  for (let p = el.parent; p && isElement(p); p = p.parent) {
    const type = attr(p, 'itemtype');
    if (type !== undefined && HTML_QA_POST_ITEMTYPE.test(type)) return true;
  }
  return false;
}

/** Like cards in a grid of teasers, each with a summary of this much text outside its links. */
const TEASER_GRID_CARDS = 3;
const TEASER_SUMMARY_CHARS = 40;

/**
 * A grid of teasers (like siblings, each a link and a sentence of summary) is the page's content
 * whatever its class says ("hide-read-more-ad" names where an ad may go between them): an ad slot
 * holds one offer, a sponsored widget's cards hold a title and a brand name.
 */
export function isTeaserGrid(el: Element, stats: StatsOf): boolean {
  return hasLikeItems(el, stats, TEASER_GRID_CARDS, TEASER_SUMMARY_CHARS);
}

const PROSE_MIN_PARAGRAPHS = 2;
const PROSE_MIN_COMMAS = 5;

/** Paragraphs or sentences: what a post holds, not a menu of names or a row of buttons. */
export function isProse(stats: NodeStats): boolean {
  return stats.paragraphs >= PROSE_MIN_PARAGRAPHS || stats.commas >= PROSE_MIN_COMMAS;
}

/** Inputs a reader does not fill in: they carry state or submit the form. */
const NOT_FIELDS: ReadonlySet<string> = new Set(['hidden', 'submit', 'button', 'image', 'reset']);

/** Whether a form holds a field to fill in: a visible <input>, a <select> or a <textarea>. */
export function hasFields(form: Element): boolean {
  let found = false;
  walk(form, (node) => {
    if (found || !isElement(node)) return false;
    if (node.name === 'select' || node.name === 'textarea') found = true;
    else if (node.name === 'input') found = !NOT_FIELDS.has((attr(node, 'type') ?? 'text').trim().toLowerCase());
    return !found;
  });
  return found;
}

/** A card's or a section's header: a short element whose text is mostly one h2–h6 heading. */
const ITEM_HEADER_MAX_CHARS = 200;
const ITEM_HEADER_HEADING_SHARE = 0.6;
const SUB_HEADINGS: ReadonlySet<string> = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * A class word "header" also names the head of a product card or a section ("card-header",
 * "tile__header") whose heading is the item's title: a site's masthead holds menus and a logo.
 */
export function isItemHeader(el: Element, stats: NodeStats): boolean {
  if (stats.chars > ITEM_HEADER_MAX_CHARS || stats.h1 > 0) return false;
  let heading = 0;
  walk(el, (node) => {
    if (!isElement(node)) return false;
    if (SUB_HEADINGS.has(node.name)) {
      heading += visibleChars(textOf(node));
      return false;
    }
    return true;
  });
  return heading >= ITEM_HEADER_HEADING_SHARE * stats.chars;
}

/** Sibling <article>s that make a feed of cards (a river of teasers), not one story with its asides. */
const FEED_ARTICLES = 3;
const FEED_HEADER_DEPTH = 3;

/**
 * A <header> belongs to its sectioning element: in one of a feed's <article> cards it holds the
 * card's linked title and summary, not the site's masthead.
 */
export function inFeedArticle(el: Element): boolean {
  let article: Element | null = null;
  let p: AnyNode | null = el.parent;
  for (let depth = 0; p && isElement(p) && depth < FEED_HEADER_DEPTH; depth++, p = p.parent) {
    if (p.name === 'article') {
      article = p;
      break;
    }
  }
  const list = article?.parent;
  if (!list) return false;
  let n = 0;
  for (const c of list.children) if (isElement(c) && c.name === 'article' && ++n >= FEED_ARTICLES) return true;
  return false;
}

const STORY_TAGS: ReadonlySet<string> = new Set(['article', 'main']);

export function isStoryMarkup(el: Element): boolean {
  return STORY_TAGS.has(el.name) || attr(el, 'itemprop') === 'articleBody' || attr(el, 'role') === 'main';
}

/**
 * Critics' quotes under a reviews label ("“A quiet triumph.” 9/10 – Some Magazine"): each is a
 * quotation mark's passage with its source, and together they are most of the box's text. The
 * maker prints them in the product's description, as a book's "editorial reviews"; shoppers'
 * reviews are the shoppers' own sentences, with names, dates and stars, not quoted passages.
 */
const PRESS_QUOTES_MIN = 2;
const PRESS_QUOTES_MAX_CHARS = 1_500;
const PRESS_QUOTES_SHARE = 0.5;
export function isPressQuotes(el: Element, stats: NodeStats): boolean {
  if (stats.chars > PRESS_QUOTES_MAX_CHARS) return false;
  const text = textOf(el).replace(/\s+/gu, ' ');
  let n = 0;
  let quoted = 0;
  for (const m of text.matchAll(QUOTED_PASSAGE)) {
    n++;
    quoted += m[0].length;
  }
  return n >= PRESS_QUOTES_MIN && quoted >= PRESS_QUOTES_SHARE * text.length;
}
