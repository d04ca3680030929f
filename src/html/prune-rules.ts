/**
 * The HTML pruning rules (declared in rules/html), in the order html/prune tries them on an
 * element: what each sees of the element, the shared tag/role/word rule and its guards for the
 * story's wrapper and prose, and the exemptions (html/prune-exempt) each rule makes.
 */
import type { Element } from 'domhandler';
import {
  HTML_AD_WORDS,
  HTML_ASIDE_WORDS,
  HTML_AUTHOR_BOX_WORDS,
  HTML_COMMENT_WORDS,
  HTML_CONSENT_WORDS,
  HTML_COOKIE_WORDS,
  HTML_EDITORIAL_REVIEW_WORDS,
  HTML_FOOTER_WORDS,
  HTML_HEADER_WORDS,
  HTML_HIDDEN_CLASS,
  HTML_HIDDEN_STYLE,
  HTML_NAV_WORDS,
  HTML_NEWSLETTER_WORDS,
  HTML_RELATED_WORDS,
  HTML_REVIEW_WORDS,
  HTML_SHOPPER_REVIEW_WORDS,
  HTML_SHARE_WORDS,
  HTML_SIGNATURE_WORDS,
  HTML_TAB_PANEL_WORDS,
  HTML_TAGS_WORDS,
  HTML_TOOLTIP_CLASS,
} from '../lexicon/patterns.js';
import type { HtmlPruneRuleId } from '../rules/html.js';
import { attr, markupWords, textOf } from './dom.js';
import { holdsHeading } from './blocks.js';
import { endsSentence, wordCount } from '../lexicon/features.js';
import { holdsItemGrid, inGridCard, isItemPart } from './cards.js';
import { twinOfPrevious } from './twin-text.js';
import { footnoteMark } from './footnote-marks.js';
import { linkDensityOf, type NodeStats, type StatsOf } from './stats.js';
import {
  hasFields,
  inFeedArticle,
  inQaPost,
  isCardRating,
  isClosedPanel,
  isCodeColumn,
  isDataTablePart,
  isItemHeader,
  isPressQuotes,
  isProse,
  isStoryMarkup,
  isTeaserGrid,
} from './prune-exempt.js';
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

function isStoryProse(el: Element, ctx: PruneContext): boolean {
  if (!ctx.inStory && !isStoryMarkup(el)) return false;
  const { stats } = ctx;
  const plain = stats.chars - stats.linkChars;
  if (plain < PROSE_MIN_CHARS || linkDensityOf(stats) > PROSE_MAX_LINKS) return false;
  return isProse(stats);
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
      else if (ctx.role === 'tooltip' || (cls && HTML_TOOLTIP_CLASS.test(cls))) why = 'a tooltip (shown only while pointed at)';
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
  // A superscript number that links to a note further down the page: glued to the word before it otherwise.
  { id: 'html/footnote-mark', test: (el, ctx) => (ctx.pass === 'markup' ? footnoteMark(el) : null) },
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
      if (ctx.pass === 'words' && isLeadText(el, ctx)) return null;
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
  // A publisher's editorial reviews (critics' quotes, the author's note) are the product's own words.
  unless(chrome('html/reviews', [], [], HTML_REVIEW_WORDS), (el, ctx) => inGridCard(el, ctx.all) || HTML_EDITORIAL_REVIEW_WORDS.test(ctx.words) || isPressQuotes(el, ctx.stats)),
  // The same on the pages that keep reviews (a critic's review is the story), where the words name only shoppers' reviews.
  unless(chrome('html/shopper-reviews', [], [], HTML_SHOPPER_REVIEW_WORDS), (el, ctx) => inGridCard(el, ctx.all)),
  chrome('html/author-box', [], [], HTML_AUTHOR_BOX_WORDS),
  chrome('html/signature', [], [], HTML_SIGNATURE_WORDS, true),
  chrome('html/tags', [], [], HTML_TAGS_WORDS, true),
];

const POST_COMMENTS_BASE = chrome('html/post-comments', [], [], HTML_COMMENT_WORDS);

const FORM_RULE_BASE = chrome('html/form', ['form'], ['search'], null);

const FORM_WRAPPER_MAX_LINKS = 0.5;

const HEADER_RULE_BASE = chrome('html/header', ['header'], ['banner'], HTML_HEADER_WORDS);

/** A lead is a sentence or more: a header's tagline is a few words. */
const LEAD_MIN_WORDS = 20;

/**
 * A "header" by its class words that holds no link, no heading and nothing to fill in, only a
 * sentence or more of prose set in a paragraph, is a page's or a section's lead
 * ("category-header-description": the catalogue's intro; "pdp-header-text": the course's
 * summary), not the site's masthead, which links home and to its sections, nor a section's
 * header, which titles it.
 */
function isLeadText(el: Element, ctx: PruneContext): boolean {
  if (ctx.stats.linkChars > 0 || ctx.stats.paragraphs === 0 || hasFields(el) || holdsHeading(el)) return false;
  const text = textOf(el);
  return endsSentence(text) && wordCount(text) >= LEAD_MIN_WORDS;
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
