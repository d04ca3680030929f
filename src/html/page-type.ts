import type { Element } from 'domhandler';
import { attr, cardKey, isElement, markupWords, NON_TEXT, walk } from './dom.js';
import { DOCS_URL_HOST, DOCS_URL_PATH, HTML_NAV_WORDS, PRICE_TEXT } from '../lexicon/patterns.js';
import { isFrontPage } from '../lexicon/slug.js';
import { PageMarkup } from './markup.js';
import { EMPTY_STATS, type NodeStats, type StatsOf } from './stats.js';
import { PAGE_TYPES, type PageType } from '../types.js';

/**
 * What kind of page this is, from its structure: the schema.org types it declares (JSON-LD,
 * microdata, og:type), words of its URL path, and what its body is made of — runs of sibling cards
 * that each link somewhere, posts that each carry an author or a date, code blocks, sections,
 * prices. Each signal adds points to a type; the most points win, and a page with no clear signal
 * is an article (the pipeline's generic path).
 */
export { PAGE_TYPES, type PageType } from '../types.js';

/** What the body walk counts. */
export interface PageSurvey {
  /** <pre> blocks with text */
  pre: number;
  /** <section> elements with text */
  sections: number;
  /** <article> elements with text (one is a story's; a grid's cards are many) */
  articles: number;
  /** <time> elements and date-classed elements */
  times: number;
  /** elements marked as a post, message, reply, answer or comment (class/id words or itemtype) */
  posts: number;
  /** elements with a price class word */
  prices: number;
  /** short texts that are a price ("$24.50", "19,99 €"): a shop's cards show one each */
  priceTexts: number;
  /** the longest run of same-tag, same-class siblings that each hold a link and some text */
  cards: number;
  /** of which the run's share of link text (cards of a catalogue are mostly links) */
  cardLinks: number;
  /** the body's text and link text */
  chars: number;
  linkChars: number;
  /** paragraph text outside links */
  paraChars: number;
  /** quantity fields the buyer sets (an input that is not hidden, or a select, named quantity or qty) */
  quantities: number;
}

const POST_WORDS = /(?:^| )(?:post|posts|message|messages|reply|replies|answer|answers|comment|comments|postbody|post body|post content|message body|topic post|forum post|thread post)(?= |$)/;
const PRICE_WORDS = /(?:^| )(?:price|prices|pricing|sale price|product price|regular price|money|amount)(?= |$)/;
const DATE_WORDS = /(?:^| )(?:date|time|timestamp|posted|post date|published)(?= |$)/;
const POST_ITEMTYPE = /schema\.org\/(?:Comment|Answer|Question|DiscussionForumPosting|SocialMediaPosting)\b/i;
/** A price's text node: the price and a word or two ("From $24.50", "Sale price 19,99 €"). */
const PRICE_MAX_CHARS = 40;
/** A card holds a link and at least this many characters (a title). */
const CARD_MIN_CHARS = 15;

export function surveyPage(body: Element, stats: StatsOf): PageSurvey {
  const s: PageSurvey = { pre: 0, sections: 0, articles: 0, times: 0, posts: 0, prices: 0, priceTexts: 0, cards: 0, cardLinks: 0, chars: 0, linkChars: 0, paraChars: 0, quantities: 0 };
  const page = stats.get(body) ?? EMPTY_STATS;
  s.chars = page.chars;
  s.linkChars = page.linkChars;
  s.paraChars = page.paraChars;
  walk(body, (node) => {
    if (node.type === 'text') {
      if (node.data.length <= PRICE_MAX_CHARS && PRICE_TEXT.test(node.data)) s.priceTexts++;
      return false;
    }
    if (!isElement(node)) return false;
    if (NON_TEXT.has(node.name)) {
      if (isQuantityField(node)) s.quantities++;
      return false;
    }
    const st = stats.get(node);
    // An element without text counts for nothing but may hold a buy box's fields (a select and a button).
    if (!st) return true;
    if (node.name === 'pre') s.pre++;
    else if (node.name === 'section') s.sections++;
    else if (node.name === 'article') s.articles++;
    else if (node.name === 'time') s.times++;
    const words = markupWords(node);
    if (words !== '') {
      if (POST_WORDS.test(words) && st.chars >= CARD_MIN_CHARS * 4) s.posts++;
      if (PRICE_WORDS.test(words) && st.chars < 40) s.prices++;
      if (DATE_WORDS.test(words) && st.chars < 60) s.times++;
    }
    const type = attr(node, 'itemtype');
    if (type && POST_ITEMTYPE.test(type)) s.posts++;
    // A run can only beat the longest so far with more children than it has cards.
    if (node.children.length >= 3 && node.children.length > s.cards) cardRun(node, stats, s);
    return true;
  });
  return s;
}

/** A field the buyer sets a quantity in: an input (not a hidden one) or a select named so. */
function isQuantityField(el: Element): boolean {
  if (el.name !== 'select' && (el.name !== 'input' || attr(el, 'type')?.toLowerCase() === 'hidden')) return false;
  return QUANTITY_NAME.test(attr(el, 'name') ?? '');
}

const QUANTITY_NAME = /^(?:quantity|qty)(?:\[\])?$/i;

/** The longest run of like siblings under `el` that each link somewhere, recorded on `s`. */
function cardRun(el: Element, stats: StatsOf, s: PageSurvey): void {
  // A menu's list ("sub-menu") and its items ("menu-item") are links lined up like cards.
  if (HTML_NAV_WORDS.test(markupWords(el))) return;
  // Grouping costs a key per card: only worth it when the cards could beat the longest run.
  let cards = 0;
  for (const c of el.children) if (isElement(c) && isCard(stats.get(c))) cards++;
  if (cards <= s.cards) return;
  const groups = new Map<string, { n: number; chars: number; links: number }>();
  for (const c of el.children) {
    if (!isElement(c)) continue;
    const st = stats.get(c);
    if (!isCard(st) || HTML_NAV_WORDS.test(markupWords(c))) continue;
    const key = cardKey(c);
    const g = groups.get(key) ?? { n: 0, chars: 0, links: 0 };
    g.n++;
    g.chars += st.chars;
    g.links += st.linkChars;
    groups.set(key, g);
  }
  for (const g of groups.values()) {
    if (g.n > s.cards) {
      s.cards = g.n;
      s.cardLinks = g.links / (g.chars || 1);
    }
  }
}

function isCard(st: NodeStats | undefined): st is NodeStats {
  return st !== undefined && st.linkChars !== 0 && st.chars >= CARD_MIN_CHARS;
}

/** schema.org types the page declares, from JSON-LD "@type" values, microdata itemtype and og:type. */
export function declaredTypes(source: string | PageMarkup): Map<string, number> {
  const html = typeof source === 'string' ? new PageMarkup([source]) : source;
  const types = new Map<string, number>();
  const add = (t: string): void => {
    types.set(t, (types.get(t) ?? 0) + 1);
  };
  for (const m of html.matchAll(JSON_LD_TYPE, LONGEST_MATCH)) {
    const raw = m[1] ?? '';
    for (const t of raw.matchAll(TYPE_NAME)) add(t[1] ?? '');
  }
  for (const m of html.matchAll(ITEMTYPE, LONGEST_MATCH)) add(m[1] ?? '');
  const og = ogType(html);
  if (og !== undefined) add(`og:${og}`);
  return types;
}

/**
 * The page's og:type. Head managers (Next.js, react-helmet) write the tag's content before its
 * property: from such a tag a shop's value (product, product.group) is read too. Its article
 * value is not: that would move pages between the declared and the undeclared article paths
 * (html/profile), which this reading leaves as they were.
 */
function ogType(html: PageMarkup): string | undefined {
  const og = html.matchAll(OG_TYPE, LONGEST_MATCH).next().value;
  if (og) return (og[1] ?? '').toLowerCase();
  for (const m of html.matchAll(OG_TAG, LONGEST_MATCH)) {
    const value = OG_CONTENT.exec(m[0])?.[2]?.trim().toLowerCase();
    if (value !== undefined && OG_SHOP_VALUE.test(value)) return value;
  }
  return undefined;
}

/** Longer than any match of the expressions below can be (a <meta> tag with its og:type). */
const LONGEST_MATCH = 2000;

const JSON_LD_TYPE = /"@type"\s*:\s*(\[[^\]]{0,200}\]|"[^"]{1,60}")/g;
const TYPE_NAME = /"(?:https?:\/\/schema\.org\/)?([A-Za-z]+)"/g;
const ITEMTYPE = /itemtype\s*=\s*["']?https?:\/\/schema\.org\/([A-Za-z]+)/gi;
const OG_TYPE = /<meta[^>]+property\s*=\s*["']og:type["'][^>]*content\s*=\s*["']([\w.:-]+)["']/gi;
const OG_TAG = /<meta\s[^>]*\b(?:property|name)\s*=\s*["']?og:type\b[^>]*>/gi;
const OG_CONTENT = /\scontent\s*=\s*(["'])([^"']*)\1/i;
const OG_SHOP_VALUE = /^(?:og:)?product(?:\.[a-z]+)?$/;

/** URL path words, as a page's site files it (general conventions, not any one site's). */
const URL_HINTS: readonly [RegExp, PageType][] = [
  [/\/(?:forums?|threads?|topics?|t|questions|discussions?|community|viewtopic|showthread)(?:[/.?=_-]|$)/i, 'forum'],
  [/^https?:\/\/(?:forums?|community|discuss|discourse|answers)\./i, 'forum'],
  [DOCS_URL_PATH, 'documentation'],
  [DOCS_URL_HOST, 'documentation'],
  [/\/(?:products?|dp|itm|item|p)\/[^/]+/i, 'product'],
  [/\/(?:collections?|categor(?:y|ies)|cat|c|shop|l|w|browse|department)(?:[/.]|$)/i, 'collection'],
  [/\/(?:services?|solutions?|features?|pricing|plans|platform|why|industries)(?:[/.]|$)/i, 'service'],
  [/\/(?:news|blog|articles|latest|archive|tags?|events|issues|jobs|podcasts?|stories|insights|resources)\/?(?:$|\?|page\/)/i, 'listing'],
];

/** The types the URL's path words (or host) file the page under. */
export function urlHints(url: string | undefined): PageType[] {
  return url ? URL_HINTS.filter(([re]) => re.test(url)).map(([, t]) => t) : [];
}

/**
 * What the classifier saw of a page: the survey, the schema.org types declared, the points each
 * type got and its reading. The benches learn from it (bench/select-data); the pipeline does not read it.
 */
export interface TypeEvidence {
  survey: PageSurvey;
  declared: ReadonlyMap<string, number>;
  points: Partial<Record<PageType, number>>;
  guess: PageType;
  declaresArticle: boolean;
  url: string | undefined;
}

export interface TypeGuess {
  type: PageType;
  /** the points each type got, for --explain and tuning */
  points: Partial<Record<PageType, number>>;
}

/** The page's type from what its markup declares, its URL and its survey. */
export function classify(survey: PageSurvey, declared: ReadonlyMap<string, number>, url: string | undefined): TypeGuess {
  const points: Partial<Record<PageType, number>> = {};
  const add = (t: PageType, n: number): void => {
    points[t] = (points[t] ?? 0) + n;
  };
  declaredPoints(declared, add);
  for (const t of urlHints(url)) add(t, 2);
  structurePoints(survey, add);
  let best: PageType = 'article';
  let top = ARTICLE_BASE;
  for (const t of PAGE_TYPES) {
    const p = (points[t] ?? 0) + (t === 'article' ? ARTICLE_BASE : 0);
    if (p > top) {
      best = t;
      top = p;
    }
  }
  // A thread lives at a path of its own: on a site's root, "posts" are the site's teasers.
  if ((best === 'article' || best === 'forum') && isFrontPage(url)) best = frontPageType(survey);
  return { type: best, points };
}

/**
 * A site's front page (its root URL) is no article and no thread, whatever it declares: it lists the site's
 * stories or presents the site's offer. A river of dated teasers (a blog's or a newsroom's front)
 * is a listing; a front page without them is a company's or a product's home: a service page.
 * On the WCXB dev pages 24 root URLs were read as articles: 20 services, 3 listings, 1 article.
 */
function frontPageType(s: PageSurvey): PageType {
  return s.cards >= FRONT_TEASERS && s.times >= FRONT_TEASERS ? 'listing' : 'service';
}

/** Dated teasers (cards, and <time> or date-classed elements) that make a front page a river of stories. */
const FRONT_TEASERS = 10;

/** An article needs no evidence: another type must outscore this. */
const ARTICLE_BASE = 2.5;

/** schema.org types and og:type values that say the page is an article. */
const ARTICLE_DECLARATIONS = ['NewsArticle', 'Article', 'BlogPosting', 'LiveBlogPosting', 'Recipe', 'Report', 'ReportageNewsArticle', 'OpinionNewsArticle', 'AnalysisNewsArticle', 'ScholarlyArticle', 'TechArticle', 'og:article'];

/** Whether the page declares itself an article: JSON-LD, microdata, og:type, or one <article> element. */
export function declaresArticle(declared: ReadonlyMap<string, number>, survey: PageSurvey): boolean {
  return survey.articles === 1 || ARTICLE_DECLARATIONS.some((t) => declared.has(t));
}

/**
 * A page that names itself one product (a ProductGroup, og:type product) outweighs the grids of
 * related products it shows: their cards earn a listing or a collection up to 5 points, the URL 2.
 */
const ONE_PRODUCT = 8;

/**
 * og:type product with no product declared in the page's data: a shop template's tag, which it
 * may print on its catalogue pages too (like og:type article, a CMS's default). A catalogue's
 * priced grid (3 or 4 points) outweighs it; a page without one still reads as a product.
 */
const OG_PRODUCT_ONLY = 3;

function declaredPoints(declared: ReadonlyMap<string, number>, add: (t: PageType, n: number) => void): void {
  const has = (...names: string[]): number => names.reduce((n, name) => n + (declared.get(name) ?? 0), 0);
  const items = has('Product', 'ProductGroup', 'IndividualProduct');
  const og = has('og:product', 'og:og:product', 'og:product.item');
  const products = items + og;
  // One product's page: its variants are Products of its ProductGroup, and og:type names the page itself.
  const onePage = has('ProductGroup') + og > 0;
  // Open Graph's product.group is a group of products: the products the page declares are its items.
  const group = has('og:product.group') > 0 && items > 0;
  if ((products >= 3 || group) && !onePage) add('collection', 3);
  else if (onePage) add('product', items > 0 ? ONE_PRODUCT : OG_PRODUCT_ONLY);
  else if (products > 0) add('product', 4);
  // An FAQ's questions and answers are the site's own, not a discussion.
  if (has('QAPage', 'DiscussionForumPosting') || (has('Question', 'Answer') && !has('FAQPage'))) add('forum', 4);
  if (has('TechArticle', 'APIReference')) add('documentation', 3);
  if (has('CollectionPage', 'ItemList', 'SearchResultsPage', 'OfferCatalog')) add(products > 0 ? 'collection' : 'listing', 2);
  // og:type "article" is many CMSs' default for every page, section fronts included: weaker evidence.
  if (has('NewsArticle', 'Article', 'BlogPosting', 'Recipe', 'Report', 'ReportageNewsArticle')) add('article', 2);
  else if (has('og:article')) add('article', 1);
  if (has('Service', 'ProfessionalService', 'SoftwareApplication', 'FAQPage', 'Organization')) add('service', 1);
}

/** Link share under which a run of like siblings is prose (replies, sections), not a grid of cards. */
const PROSE_CARD_LINKS = 0.15;

/**
 * Posts (post/reply/comment-marked elements) and dates that make a page a long thread. On the WCXB
 * dev pages: 5 forums read as articles or listings (old Reddit, Lemmy, a TripAdvisor topic) move
 * to forum (+1.16 F1 summed), 2 articles with long comment sections move too (-0.26).
 */
const MANY_POSTS = 20;

/** Cards in a run that make a grid large: no article's related-links box holds a dozen. */
const LARGE_GRID = 12;

/** Like siblings that make a grid of cards rather than a few related links. */
const GRID_CARDS = 6;

/**
 * Points five or more sections earn a service page when nothing on it is dated. On the WCXB dev
 * pages: 11 service pages move to service (+0.30 F1 summed), classifier 0.798 -> 0.805.
 */
const UNDATED_SECTIONS = 3;

function structurePoints(s: PageSurvey, add: (t: PageType, n: number) => void): void {
  const linkShare = s.chars === 0 ? 0 : s.linkChars / s.chars;
  // Prices by class word or by their text: many shops name neither the same way.
  const prices = Math.max(s.prices, s.priceTexts);
  if (s.pre >= 2) add('documentation', s.pre >= 5 ? 3 : 2);
  if (s.posts >= 3 && s.times >= 2) add('forum', 2);
  // A long thread: its dated posts outweigh an article's prose point and a grid its replies' links make.
  if (s.posts >= MANY_POSTS && s.times >= MANY_POSTS) add('forum', 2);
  // Siblings that are mostly text outside links are posts or sections of prose, not cards.
  if (s.cards >= GRID_CARDS && s.cardLinks >= PROSE_CARD_LINKS) {
    // A large grid outweighs the prose point an article's intro text earns a catalogue page.
    const large = s.cards >= LARGE_GRID ? 1 : 0;
    if (prices >= 4) add('collection', 3 + large);
    else add('listing', (s.cardLinks > 0.5 ? 3 : 2) + large);
  }
  if (s.prices >= 1 && s.prices < 4 && s.cards < GRID_CARDS) add('product', 1);
  // A quantity to buy is an item's buy box (with a few of its variants or add-ons): a grid's cards that each carry one are a catalogue's.
  if (s.quantities >= 1 && s.quantities < GRID_CARDS) add('product', 1);
  // A page of sections without one date (no <time>, no date-classed element) is a site's own page: a story carries a dateline.
  if (s.sections >= 5 && s.pre === 0) add('service', s.times === 0 ? UNDATED_SECTIONS : 2);
  // Prose in paragraphs is an article's (or a forum's) mark: a page of cards and sections holds little.
  if (s.paraChars > 0.4 * (s.chars - s.linkChars)) add('article', 1);
  if (linkShare > 0.6) add('listing', 1);
}
