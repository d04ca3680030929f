import type { AnyNode, Element } from 'domhandler';
import {
  HTML_AD_WORDS,
  HTML_ASIDE_WORDS,
  HTML_AUTHOR_BOX_WORDS,
  HTML_COMMENT_WORDS,
  HTML_CONSENT_WORDS,
  HTML_COOKIE_WORDS,
  HTML_FOOTER_WORDS,
  HTML_HEADER_WORDS,
  HTML_HIDDEN_CLASS,
  HTML_HIDDEN_STYLE,
  HTML_NAV_WORDS,
  HTML_NEWSLETTER_WORDS,
  HTML_QA_POST_ITEMTYPE,
  HTML_QUESTION_END,
  HTML_RELATED_WORDS,
  HTML_REVIEW_WORDS,
  HTML_SHARE_WORDS,
  HTML_RATING_WORDS,
  HTML_SIGNATURE_WORDS,
  HTML_TAB_PANEL_WORDS,
  HTML_TAGS_WORDS,
  HTML_TOGGLE_WORDS,
} from '../lexicon/patterns.js';
import type { HtmlPruneRuleId } from '../rules/html.js';
import { isDisabled, type RemovalLog } from '../rules/rule.js';
import { attr, isElement, markupWords, pathOf, textOf, walk } from './dom.js';
import { hasLikeItems, holdsItemGrid, inGridCard, isItemPart, twinCounter } from './cards.js';
import { twinOfPrevious } from './twin-text.js';
import { EMPTY_STATS, linkDensityOf, measure, NON_TEXT, visibleChars, type NodeStats, type NodeStatsMap, type StatsOf } from './stats.js';

/** What a pruning rule sees of one element. */
export interface PruneContext {
  readonly stats: NodeStats;
  /** the whole <body>'s stats */
  readonly page: NodeStats;
  /** class and id words joined by single spaces ("main nav") */
  readonly words: string;
  /** inside <article>, <main> or itemprop=articleBody */
  readonly inStory: boolean;
  /** the element's ARIA role ('' when none; the markup pass only), read once for every rule */
  readonly role: string;
  /**
   * 'markup': tags, roles and attributes say what the element is (first pass);
   * 'words': class/id words, checked against text measured without the first pass's furniture.
   */
  readonly pass: 'markup' | 'words';
  /** every element's stats (a rule that looks at the element's children) */
  readonly all: StatsOf;
  /** how many elements of the page share this element's tag and class attribute (counted once per page, on demand) */
  readonly twins: (el: Element) => number;
}

/** A pruning rule (declared in rules/html): returns why the element is page furniture, or null to keep it. */
export interface PruneRule {
  readonly id: HtmlPruneRuleId;
  test(el: Element, ctx: PruneContext): string | null;
}

/**
 * An element holding at least this share of the page's paragraph text is the story's wrapper
 * ("has-sidebar", "page-with-comments"), whatever its class says.
 */
const WRAPPER_SHARE = 0.5;
const WRAPPER_MIN_CHARS = 300;
/** A <header> with links over this share of its text is the site's masthead, not a story's. */
const HEADER_MAX_LINKS = 0.5;

/**
 * Text outside links over half the page's: the element wraps the story. (Paragraph text alone is
 * no measure: a cookie dialog's <p>s outweigh a story set in <div>s.)
 */
function holdsStory(ctx: PruneContext): boolean {
  const { stats, page } = ctx;
  const plain = stats.chars - stats.linkChars;
  return plain >= WRAPPER_MIN_CHARS && plain >= WRAPPER_SHARE * (page.chars - page.linkChars);
}

/**
 * The page's headline is outside the element: the page has an <h1> and the element holds none.
 * A footer or a hidden element beside the headline is no story's wrapper, however much text it
 * holds (a testimonial carousel in the site's footer, a hidden list of a product's variants).
 */
function besideHeadline(ctx: PruneContext): boolean {
  return ctx.stats.h1 === 0 && ctx.page.h1 > 0;
}

/**
 * A hidden element still wraps the story when the visible rest of the page holds less than this
 * outside links (a headline and a menu around a story the page unhides by script): a few
 * paragraphs, under which no story stands beside the hidden one.
 */
const VISIBLE_REST_MIN_CHARS = 1_000;

/** holdsStory for a hidden element: not one beside a headline that leaves a story's worth of text visible. */
function hiddenHoldsStory(ctx: PruneContext): boolean {
  if (!holdsStory(ctx)) return false;
  if (!besideHeadline(ctx)) return true;
  const rest = ctx.page.chars - ctx.page.linkChars - (ctx.stats.chars - ctx.stats.linkChars);
  return rest < VISIBLE_REST_MIN_CHARS;
}

/**
 * Prose a class/id word alone does not remove: at least PROSE_MIN_CHARS outside links, with
 * little link text, set in paragraphs or sentences, either the element is story markup itself
 * (`<article class="enable-pin-share">`) or it sits inside one (a recipe's "print" box, a test
 * report's "Section--Ads" sections). Share bars, ad slots and sign-up boxes hold a line or two.
 */
const PROSE_MIN_CHARS = 300;
const PROSE_MAX_LINKS = 0.2;
const PROSE_MIN_PARAGRAPHS = 2;
const PROSE_MIN_COMMAS = 5;

function isStoryProse(el: Element, ctx: PruneContext): boolean {
  if (!ctx.inStory && !isStoryMarkup(el)) return false;
  const { stats } = ctx;
  const plain = stats.chars - stats.linkChars;
  if (plain < PROSE_MIN_CHARS || linkDensityOf(stats) > PROSE_MAX_LINKS) return false;
  return isProse(stats);
}

/**
 * Class/id words on a data table (one with header cells or a caption) or on its rows name the
 * table's parts ("sticky-header" keeps its header row in view, "related" marks a row's group),
 * not page furniture. A layout table (cells without <th>) still goes by its words.
 */
const TABLE_PARTS: ReadonlySet<string> = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);
function isDataTablePart(el: Element): boolean {
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

/**
 * A rule that fires on tags, ARIA roles or class/id words, unless the element wraps the story.
 * `guardProse`: a class/id word alone does not remove story prose (isStoryProse) — not for
 * comments, whose replies are prose inside the article by nature. `pageEnd` (<footer>,
 * contentinfo): the page's end wraps no story when it sits beside the page's headline.
 */
function chrome(id: HtmlPruneRuleId, tags: readonly string[], roles: readonly string[], words: RegExp | null, guardProse = false, pageEnd = false): PruneRule {
  const tagSet = new Set(tags);
  const roleSet = new Set(roles);
  return {
    id,
    test(el, ctx) {
      let why: string | null = null;
      if (ctx.pass === 'markup') {
        if (tagSet.has(el.name)) why = `<${el.name}> element`;
        else if (roleSet.size > 0 && roleSet.has(ctx.role)) why = `role="${ctx.role}"`;
      } else if (words) {
        const m = words.exec(ctx.words);
        if (m) why = `class/id word "${m[0].trim()}"`;
      }
      const ends = pageEnd && ctx.pass === 'markup' && besideHeadline(ctx);
      if (why === null || (holdsStory(ctx) && !ends && !isConsentBox(id, ctx))) return null;
      if (guardProse && ctx.pass === 'words' && isStoryProse(el, ctx)) return null;
      if (ctx.pass === 'words' && isDataTablePart(el)) return null;
      return `${why} (${ctx.stats.chars} characters, link density ${linkDensityOf(ctx.stats).toFixed(2)})`;
    },
  };
}

/** The rule, except where `exempt` says the element is the page's own (the rule's reason otherwise). */
function unless(rule: PruneRule, exempt: (el: Element, ctx: PruneContext) => boolean): PruneRule {
  return {
    id: rule.id,
    test(el, ctx) {
      const why = rule.test(el, ctx);
      return why !== null && exempt(el, ctx) ? null : why;
    },
  };
}

/**
 * A box named for cookies or consent ("onetrust-consent-sdk") is never the story's wrapper, however
 * much of a short page its legal text outweighs (a thread of two posts under a preference centre of
 * 5,000 characters); a wrapper holding the page's headline is not such a box.
 */
function isConsentBox(id: HtmlPruneRuleId, ctx: PruneContext): boolean {
  return id === 'html/cookie' && ctx.stats.h1 === 0 && HTML_CONSENT_WORDS.test(ctx.words);
}

/** A closed panel's text outside links: an FAQ answer is a sentence; a folded menu is links. */
const PANEL_MIN_CHARS = 20;
const PANEL_MAX_LINKS = 0.3;
/** A toggle that names its panel ("How long does it take?"); an icon-only button opens a tooltip. */
const TOGGLE_MIN_CHARS = 3;

/** Prose holds a comma every few dozen characters; a hidden menu, a code blob or a list of names holds few or none. */
const PROSE_CHARS_PER_COMMA = 250;

/**
 * A hidden element's text outside links when it reads as prose (see PROSE_CHARS_PER_COMMA) and
 * is no cookie or consent box (what pages hide most often), else 0.
 */
function hiddenProse(el: Element, stats: NodeStats): number {
  const text = stats.chars - stats.linkChars;
  if (text === 0 || stats.commas * PROSE_CHARS_PER_COMMA < text) return 0;
  return HTML_CONSENT_WORDS.test(markupWords(el)) ? 0 : text;
}

/**
 * A disclosure panel (an FAQ's answer, an accordion's section) is hidden until its toggle is
 * pressed: the element just before it is a <button> or <summary>, declares aria-expanded /
 * aria-controls or has toggle class words ("faq__question"), and has words of its own. The page shows the panel's text on a click, so it is
 * content; a folded menu is links, a tooltip hangs off an icon.
 */
function isClosedPanel(el: Element, stats: NodeStats): boolean {
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

export const PRUNE_RULES: readonly PruneRule[] = [
  {
    id: 'html/hidden',
    test(el, ctx) {
      if (ctx.pass !== 'markup' || ctx.role === 'tabpanel') return null;
      const style = attr(el, 'style');
      const cls = attr(el, 'class');
      let why: string | null = null;
      if (attr(el, 'hidden') !== undefined) why = 'hidden attribute';
      else if (attr(el, 'popover') !== undefined) why = 'popover attribute (shown only when opened)';
      else if (attr(el, 'aria-hidden') === 'true' && el.name !== 'a') why = 'aria-hidden="true"';
      else if (style && HTML_HIDDEN_STYLE.test(style)) why = 'style hides it';
      else if (cls && HTML_HIDDEN_CLASS.test(cls)) why = `hiding class "${(HTML_HIDDEN_CLASS.exec(cls)?.[0] ?? '').trim()}"`;
      if (why === null || hiddenHoldsStory(ctx) || isClosedPanel(el, ctx.stats)) return null;
      // aria-hidden hides from screen readers only: in a grid's card it is the price or the stars
      // the card shows (a spoken copy sits beside it).
      if (why === 'aria-hidden="true"' && inGridCard(el, ctx.all)) return null;
      // A tab panel named by its class words, as by its role: one of the panels the tabs switch between.
      if (HTML_TAB_PANEL_WORDS.test(markupWords(el))) return null;
      return `${why} (${ctx.stats.chars} characters)`;
    },
  },
  // A phrase's second copy for another reader or screen, glued to the first in one line.
  { id: 'html/twin-text', test: (el, ctx) => (ctx.pass === 'markup' ? twinOfPrevious(el, ctx.stats.chars, ctx.all) : null) },
  {
    id: 'html/form',
    test(el, ctx) {
      const base = FORM_RULE_BASE.test(el, ctx);
      // A <form> with nothing to fill in around text more than links is a script's wrapper (a
      // forum's moderation form around its posts, an edit form around each comment's text), not
      // a search or sign-up form; a form of linked items (a shop's grid with compare buttons) stays furniture.
      if (base === null || el.name !== 'form' || linkDensityOf(ctx.stats) > FORM_WRAPPER_MAX_LINKS) return base;
      // One such form per post (an edit form around each comment's text) holds a single short paragraph.
      const post = isProse(ctx.stats) || (ctx.stats.paragraphs > 0 && isItemPart(el, ctx.twins));
      return post && !hasFields(el) ? null : base;
    },
  },
  // A wrapper named for its pager or filters ("filtering-and-pagination") that holds the grid of items is the catalogue.
  unless(chrome('html/nav', ['nav'], ['navigation', 'menu', 'menubar'], HTML_NAV_WORDS, true), (el, ctx) => ctx.pass === 'words' && holdsItemGrid(el, ctx.all)),
  {
    id: 'html/header',
    test(el, ctx) {
      const base = HEADER_RULE_BASE.test(el, ctx);
      if (base === null) return null;
      if (ctx.pass === 'words' && (isItemHeader(el, ctx.stats) || isRepeatedPart(el, ctx))) return null;
      if (ctx.inStory && el.name === 'header' && inFeedArticle(el)) return null;
      const ld = linkDensityOf(ctx.stats);
      if (ld > HEADER_MAX_LINKS) return base;
      return !ctx.inStory && ctx.stats.h1 === 0 ? `${base}, outside the story and without a headline` : null;
    },
  },
  unless(chrome('html/footer', ['footer'], ['contentinfo'], HTML_FOOTER_WORDS, false, true), (el, ctx) => ctx.pass === 'words' && isRepeatedPart(el, ctx)),
  // A column of code samples beside an API reference's prose is the reference's own.
  unless(chrome('html/aside', ['aside'], ['complementary'], HTML_ASIDE_WORDS), isCodeColumn),
  chrome('html/cookie', ['dialog'], ['dialog', 'alertdialog'], HTML_COOKIE_WORDS),
  // Stars and a review count inside one of a grid's cards rate that card's item (a shop's tile, a recipe's teaser).
  unless(chrome('html/share', [], [], HTML_SHARE_WORDS, true), isCardRating),
  chrome('html/newsletter', [], [], HTML_NEWSLETTER_WORDS, true),
  unless(chrome('html/ad', [], [], HTML_AD_WORDS, true), (el, ctx) => isTeaserGrid(el, ctx.all)),
  chrome('html/comments', [], [], HTML_COMMENT_WORDS),
  {
    id: 'html/post-comments',
    test(el, ctx) {
      const base = POST_COMMENTS_BASE.test(el, ctx);
      return base !== null && inQaPost(el) ? `${base}, under a question or an answer` : null;
    },
  },
  chrome('html/related', [], [], HTML_RELATED_WORDS),
  // A card's stars and review count rate the card's item; the reviews of the page's product are a section of their own.
  unless(chrome('html/reviews', [], [], HTML_REVIEW_WORDS), (el, ctx) => inGridCard(el, ctx.all)),
  chrome('html/author-box', [], [], HTML_AUTHOR_BOX_WORDS),
  chrome('html/signature', [], [], HTML_SIGNATURE_WORDS, true),
  chrome('html/tags', [], [], HTML_TAGS_WORDS, true),
];

/** Code blocks hold this share of the element's text at least, and links little of it. */
const CODE_COLUMN_SHARE = 0.5;
const CODE_COLUMN_MAX_LINKS = 0.1;

/** Whether the element is mostly code blocks (<pre>) and barely links: code samples, not a sidebar. */
function isCodeColumn(el: Element, ctx: PruneContext): boolean {
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
function isCardRating(el: Element, ctx: PruneContext): boolean {
  if (ctx.stats.chars > CARD_RATING_MAX_CHARS || !HTML_RATING_WORDS.test(ctx.words)) return false;
  const m = HTML_SHARE_WORDS.exec(ctx.words);
  if (m && !HTML_RATING_WORDS.test(m[0])) return false;
  return inGridCard(el, ctx.all);
}


const POST_COMMENTS_BASE = chrome('html/post-comments', [], [], HTML_COMMENT_WORDS);

/**
 * Inside a question or an answer of a Q&A thread (its microdata): the comments there remark on
 * that one post ("did you try…", "works for me"), while the thread's posts are the question and
 * its answers. Only asked of elements with comment words, on pages that keep their comments.
 */
function inQaPost(el: Element): boolean {
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
function isTeaserGrid(el: Element, stats: StatsOf): boolean {
  return hasLikeItems(el, stats, TEASER_GRID_CARDS, TEASER_SUMMARY_CHARS);
}

const FORM_RULE_BASE = chrome('html/form', ['form'], ['search'], null);

const FORM_WRAPPER_MAX_LINKS = 0.5;

/** Paragraphs or sentences: what a post holds, not a menu of names or a row of buttons. */
function isProse(stats: NodeStats): boolean {
  return stats.paragraphs >= PROSE_MIN_PARAGRAPHS || stats.commas >= PROSE_MIN_COMMAS;
}

/** Inputs a reader does not fill in: they carry state or submit the form. */
const NOT_FIELDS: ReadonlySet<string> = new Set(['hidden', 'submit', 'button', 'image', 'reset']);

/** Whether a form holds a field to fill in: a visible <input>, a <select> or a <textarea>. */
function hasFields(form: Element): boolean {
  let found = false;
  walk(form, (node) => {
    if (found || !isElement(node)) return false;
    if (node.name === 'select' || node.name === 'textarea') found = true;
    else if (node.name === 'input') found = !NOT_FIELDS.has((attr(node, 'type') ?? 'text').trim().toLowerCase());
    return !found;
  });
  return found;
}

const HEADER_RULE_BASE = chrome('html/header', ['header'], ['banner'], HTML_HEADER_WORDS);

/** A card's or a section's header: a short element whose text is mostly one h2–h6 heading. */
const ITEM_HEADER_MAX_CHARS = 200;
const ITEM_HEADER_HEADING_SHARE = 0.6;
const SUB_HEADINGS: ReadonlySet<string> = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * A class word "header" also names the head of a product card or a section ("card-header",
 * "tile__header") whose heading is the item's title: a site's masthead holds menus and a logo.
 */
function isItemHeader(el: Element, stats: NodeStats): boolean {
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

/**
 * A "header" or "footer" class word on an element whose tag and classes recur across the page
 * (html/cards isItemPart: "card-header", "section-footer" in each testimonial or feature) names
 * that item's head or foot (a quote's author, a section's lead), not the site's: kept unless it is
 * mostly links.
 */
function isRepeatedPart(el: Element, ctx: PruneContext): boolean {
  return linkDensityOf(ctx.stats) <= HEADER_MAX_LINKS && isItemPart(el, ctx.twins);
}

/** Sibling <article>s that make a feed of cards (a river of teasers), not one story with its asides. */
const FEED_ARTICLES = 3;
const FEED_HEADER_DEPTH = 3;

/**
 * A <header> belongs to its sectioning element: in one of a feed's <article> cards it holds the
 * card's linked title and summary, not the site's masthead.
 */
function inFeedArticle(el: Element): boolean {
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

const PREVIEW_CHARS = 200;

/**
 * Marks furniture under `body` as pruned (the tree itself is left intact for the metadata stage)
 * and records one removal per pruned element that held visible text; the regions pruned as
 * comments are also returned, in document order. Two passes: what markup
 * declares (tags, roles, hidden), then class/id words — the second measures the story's share
 * of the page without the first pass's furniture, so a cookie dialog's text cannot make the
 * story's wrapper look small. Returns the pruned set, the stats measured without it, and the
 * page's prose: characters outside links once what markup declares furniture is gone.
 */
export function prune(
  body: Element,
  log: RemovalLog,
  disable: readonly string[],
  keepFor?: (stats: StatsOf) => readonly string[],
): { pruned: Set<AnyNode>; stats: NodeStatsMap; pageProse: number; pageText: number; hiddenText: number; comments: Element[] } {
  const pruned = new Set<AnyNode>();
  const comments: Element[] = [];
  const stats = measure(body, pruned);
  // `keepFor` reads the unpruned page and names rules to leave out on it (html/profile).
  const keep = keepFor?.(stats) ?? [];
  // html/post-comments only serves a page whose comments are kept (a thread's posts): elsewhere html/comments takes them all.
  const rules = PRUNE_RULES.filter((r) => !isDisabled(r.id, disable) && !keep.includes(r.id) && (r.id !== 'html/post-comments' || keep.includes('html/comments')));
  let pageProse = 0;
  let pageText = 0;
  let hiddenText = 0;
  const twins = twinCounter(body);
  for (const pass of ['markup', 'words'] as const) {
    const before = pruned.size;
    hiddenText += prunePass(body, stats, pruned, rules, pass, log, comments, twins);
    subtractPruned(body, stats, [...pruned].slice(before));
    if (pass === 'markup') {
      const page = stats.get(body) ?? EMPTY_STATS;
      pageProse = page.chars - page.linkChars;
      pageText = page.chars;
    }
  }
  return { pruned, stats, pageProse, pageText, hiddenText, comments };
}

/**
 * Takes newly pruned subtrees out of their ancestors' stats, so the stats describe the page
 * without them (cheaper than measuring the page again: only the ancestors change).
 */
export function subtractPruned(body: Element, stats: NodeStatsMap, removed: readonly AnyNode[]): void {
  for (const node of removed) {
    if (!isElement(node)) continue;
    const own = stats.get(node);
    if (!own) continue;
    for (let anc = node.parent; anc && isElement(anc); anc = anc.parent) {
      const s = stats.get(anc);
      if (s) {
        s.chars -= own.chars;
        s.linkChars -= own.linkChars;
        s.paraChars -= own.paraChars;
        s.paragraphs -= own.paragraphs;
        s.h1 -= own.h1;
        s.commas -= own.commas;
      }
      if (anc === body) break;
    }
  }
}

const CODE_TAGS: ReadonlySet<string> = new Set(['pre', 'code']);

function prunePass(
  body: Element,
  stats: StatsOf,
  pruned: Set<AnyNode>,
  rules: readonly PruneRule[],
  pass: PruneContext['pass'],
  log: RemovalLog,
  comments: Element[],
  twins: (el: Element) => number,
): number {
  const page = stats.get(body) ?? EMPTY_STATS;
  let hidden = 0;
  let storyDepth = 0;
  let codeDepth = 0;
  walk(
    body,
    (node) => {
      if (!isElement(node) || pruned.has(node) || NON_TEXT.has(node.name)) return false;
      const own = stats.get(node) ?? EMPTY_STATS;
      if (own.chars === 0) return false;
      // Inside a code block, class words name the highlighter's tokens ("comment", "tag", "meta"), not furniture.
      const words = pass === 'words' && codeDepth === 0 ? markupWords(node) : '';
      // Every words-pass rule reads class/id words: an element without any cannot match.
      if (node !== body && (pass === 'markup' || words !== '')) {
        const ctx: PruneContext = { stats: own, page, words, inStory: storyDepth > 0, pass, role: pass === 'markup' ? (attr(node, 'role') ?? '') : '', all: stats, twins };
        for (const rule of rules) {
          const reason = rule.test(node, ctx);
          if (reason === null) continue;
          pruned.add(node);
          // Comment regions are read again for the story's comments (html/comments).
          if (rule.id === 'html/comments') comments.push(node);
          else if (rule.id === 'html/hidden') hidden += hiddenProse(node, own);
          log.drop({ text: textOf(node, undefined, PREVIEW_CHARS), where: pathOf(node) }, rule.id, reason);
          return false;
        }
      }
      if (isStoryMarkup(node)) storyDepth++;
      if (CODE_TAGS.has(node.name)) codeDepth++;
      return true;
    },
    (node) => {
      if (!isElement(node)) return;
      if (isStoryMarkup(node)) storyDepth--;
      if (CODE_TAGS.has(node.name)) codeDepth--;
    },
  );
  return hidden;
}
