import type { AnyNode, Document, Element } from 'domhandler';
import { HTML_BLOCK_TAG, HTML_TEMPLATE_TYPE, LEADING_ARTICLE_KEY, TEMPLATE_SYNTAX } from '../lexicon/patterns.js';
import { normKey } from '../lexicon/features.js';
import { isDisabled, RemovalLog } from '../rules/rule.js';
import type { Comment, Extractor, PageMeta, ResolvedOptions, StoryDraft } from '../types.js';
import { chooseMain, contains } from './choose.js';
import { readComments } from './comments.js';
import { attr, collapse, isElement, pathOf, textOf, walk, type PageDocument } from './dom.js';
import { revealNoscript } from './noscript.js';
import { placeStreamed } from './streamed.js';
import { readToggles } from './toggles.js';
import { parseHtml } from './parse.js';
import { PageMarkup } from './markup.js';
import { prune } from './prune.js';
import { draftFor, productDraft, regionDraft, widenedDraft, type DraftScope, type DraftWithParts } from './drafts.js';
import { classify, declaredTypes, declaresArticle, surveyPage, type PageType, type TypeEvidence } from './page-type.js';
import { cardGrid, DISCUSSION, profileFor, UNDECLARED_ARTICLE, undeclaredProfile, type Grid } from './profile.js';
import { cascade, shellPage, weakness } from './cascade.js';
import { dropOfferTiles, dropPolicyPanels, dropPriceLines, dropBuyBoxLines, dropOffersLabels, dropReviewSummary, dropShopPitch, dropStorePolicy } from './offers.js';
import { dropRepeatedPassages } from './repeats.js';
import { dropEmptyShelfLabels } from './shelves.js';
import { dropReviewRemains } from './review-remains.js';
import { dropCallsToAction, dropCodeDemos } from './cta.js';
import { dropSerializedData } from './serialized.js';
import { dropFinePrint, dropLegalNotices } from './fine-print.js';
import { productDescription, withDescription } from './product.js';
import { readMetadata } from './metadata.js';
import { sharesWords } from './meta-values.js';
import { findUnits, mainUnit, type StoryUnit } from './stories.js';
import type { NodeStats, StatsOf } from './stats.js';
import { chooseTitle, headlines, headlineText, statedHeadline } from './title.js';

/** What the HTML path hands to the shared stages. */
export interface HtmlExtraction {
  drafts: StoryDraft[];
  page: PageMeta;
  extractor: Extractor;
  warnings: string[];
  /** what kind of page it is (html/page-type) */
  pageType?: PageType;
  /** what the classifier saw (html/page-type): bench/select-data learns the profile choice from it */
  evidence?: TypeEvidence;
}

/**
 * htmlparser2 (not parse5): several times faster, and forgiving enough for scraped pages. The page
 * itself is parsed by html/parse and walked by each stage; cheerio (with its own htmlparser2
 * parse, these options) only serves pages with templates to unwrap.
 */
const PARSE_OPTIONS = { xml: { xmlMode: false, decodeEntities: true } } as const;

/**
 * The HTML path: parse → prune furniture (html/prune) → choose the main container (html/choose)
 * → blocks (html/blocks) → filter inside the container (html/filter) → the fallback cascade
 * (html/cascade) → drafts for the shared stages.
 */
export async function extractHtml(source: string | PageMarkup, opts: ResolvedOptions, log: RemovalLog): Promise<HtmlExtraction> {
  const html = typeof source === 'string' ? new PageMarkup([source]) : source;
  const doc = await unwrapTemplates(parseHtml(html), html);
  const { meta: page, articleBody, title, ldScripts } = readMetadata(doc, opts.url);
  const base = baseUrl(doc, opts.url ?? page.url);
  if (base !== undefined) page.base = base;
  let body = findBody(doc);
  let bodyDoc = doc;
  if (!body) {
    bodyDoc = parseHtml(`<body>${html.text}</body>`);
    body = findBody(bodyDoc);
  }
  if (body) {
    revealNoscript(body, html);
    placeStreamed(body, html);
    readToggles(bodyDoc);
  }
  const ours = body ? ownDrafts(body, html, page, opts, log) : { drafts: [], pageProse: 0, pageText: 0, hiddenText: 0, pageType: undefined, comments: [], evidence: undefined };
  const lead = ours.drafts[0];
  if (ours.pageType === 'product' && lead) {
    const description = productDescription(ldScripts);
    if (description !== undefined) lead.blocks = withDescription(lead.blocks, description);
  }
  const [own = null, ...appended] = ours.drafts;
  const jsonLdBody = weakness(own, ours.pageProse) === null ? undefined : articleBody();
  const result = await cascade({ markup: html, url: opts.url, own, pageProse: ours.pageProse, pageText: ours.pageText, hiddenText: ours.hiddenText, jsonLdBody, allowFallback: opts.fallback, pageType: ours.pageType });
  const warnings = body ? result.warnings : ['no <body> found in the HTML', ...result.warnings];
  const shell = shellPage(result.draft, ours.pageText, page.description);
  if (shell !== null) warnings.push(shell);
  const drafts = result.draft ? [result.draft, ...appended] : appended;
  if (result.draft && ours.comments.length > 0) result.draft.meta.comments = ours.comments;
  if (result.draft) {
    const own = result.draft.meta.title;
    const chosen = chooseTitle(own, title, ours.pageType);
    // A heading of the story's body that another <h1> outranks as the headline stays in the body.
    const other = statedHeadline(own, title, ours.pageType);
    const final = other ?? chosen;
    if (final !== undefined) result.draft.meta.title = final;
    if (own !== undefined && chosen !== own) result.draft.headline = own;
  }
  const out: HtmlExtraction = { drafts: drafts.map(plainDraft), page, extractor: result.extractor, warnings };
  if (ours.pageType !== undefined) out.pageType = ours.pageType;
  if (ours.evidence !== undefined) out.evidence = ours.evidence;
  return out;
}

/** Drafts leave without the element references the extractor kept on them. */
function plainDraft(d: StoryDraft & { parts?: unknown; reach?: unknown }): StoryDraft {
  const { parts: _parts, reach: _reach, ...draft } = d;
  return draft;
}

/**
 * Markup kept in <script type="text/template"> is the page's own text, rendered by the browser
 * from a template without running any code (Blogger sets whole posts this way): parse it in place.
 * Not a template with slots or code of a template language (a script fills it with data: a
 * variation's price, a form's fields), nor one shorter than a paragraph: that is a message a
 * script shows when something happens ("Sorry, this item is unavailable", "Loading…").
 */
async function unwrapTemplates(doc: PageDocument, html: PageMarkup): Promise<PageDocument> {
  // A selector walks the whole tree (and cheerio.load costs a class per call): the raw text says
  // in microseconds whether there is anything to find. cheerio is loaded only then: its slim
  // build (htmlparser2 only) still adds 10 MB to a process, every worker thread's included.
  if (!html.test(HTML_TEMPLATE_TYPE, TEMPLATE_TYPE_CHARS)) return doc;
  const { load } = await import('cheerio/slim');
  const $ = load(doc, PARSE_OPTIONS);
  $(TEMPLATE_SCRIPTS).each((_, el) => {
    const markup = $(el).text();
    if (isPageText(markup)) $(el).replaceWith(markup);
  });
  return doc;
}

/** The URL relative links resolve against: `<base href>` (itself resolved), else the page's. */
function baseUrl(doc: Document, pageUrl: string | undefined): string | undefined {
  let href: string | undefined;
  walk(doc, (node) => {
    if (href !== undefined || !isElement(node)) return node.type === 'root';
    if (node.name === 'base') href = attr(node, 'href');
    return node.name === 'html' || node.name === 'head';
  });
  try {
    if (href !== undefined && href.trim() !== '') return new URL(href.trim(), pageUrl).href;
  } catch {
    // A relative <base> without a page URL, or a broken one: the page URL alone.
  }
  try {
    return pageUrl === undefined ? undefined : new URL(pageUrl).href;
  } catch {
    return undefined;
  }
}

/** A template's text (its tags left out) that is a page's text, not one message: a paragraph's worth. */
const TEMPLATE_MIN_CHARS = 200;

/** Whether a template's markup is text the page shows: blocks of text, no template syntax, a paragraph's worth. */
function isPageText(markup: string): boolean {
  if (!HTML_BLOCK_TAG.test(markup) || TEMPLATE_SYNTAX.test(markup)) return false;
  return collapse(markup.replace(/<[^>]*>/g, ' ')).length >= TEMPLATE_MIN_CHARS;
}
/** The longest text HTML_TEMPLATE_TYPE matches ("text/x-template"). */
const TEMPLATE_TYPE_CHARS = 16;
const TEMPLATE_SCRIPTS = 'script[type="text/template"], script[type="text/x-template"]';

/** <body>, else <html> (htmlparser2 leaves a page without <body> inside <head>), else null. */
function findBody(doc: Document): Element | null {
  let body: Element | null = null;
  let html: Element | null = null;
  walk(doc, (node) => {
    if (body || !isElement(node)) return node.type === 'root';
    if (node.name === 'body') {
      body = node;
      return false;
    }
    if (node.name === 'html') html ??= node;
    return node.name === 'html' || node.name === 'head';
  });
  return body ?? html;
}

/**
 * Our own drafts, the page's story first: one per story unit when the page holds several
 * (html/stories), else one from the best container of the whole body.
 */
function ownDrafts(body: Element, html: PageMarkup, page: PageMeta, opts: ResolvedOptions, log: RemovalLog): { drafts: StoryDraft[]; pageProse: number; pageText: number; hiddenText: number; pageType: PageType; comments: Comment[]; evidence: TypeEvidence | undefined } {
  let profile = profileFor('article');
  // The type is read from the page before pruning: a forum's posts must not be pruned as comments.
  const firstLog = new RemovalLog();
  // Dates on the page: <time> elements and date-classed ones (the survey's count).
  let times = 0;
  let evidence: TypeEvidence | undefined;
  let pass = prune(body, firstLog, opts.disable, (measured) => {
    const declared = declaredTypes(html);
    const survey = surveyPage(body, measured);
    times = survey.times;
    const guess = classify(survey, declared, opts.url);
    evidence = { survey, declared, points: guess.points, guess: guess.type, declaresArticle: declaresArticle(declared, survey), url: opts.url };
    const type = opts.pageType ?? guess.type;
    profile = type === 'article' && !evidence.declaresArticle ? UNDECLARED_ARTICLE : profileFor(type);
    return profile.keepPruned;
  });
  // The comment regions the first pass found: a discussion's second pass keeps them unmarked.
  const threads = pass.comments;
  if (profile !== DISCUSSION && isDiscussion(pass)) {
    // Replies that outweigh the rest of the page's prose are the page: a thread, read as a forum's.
    profile = DISCUSSION;
    const forumLog = new RemovalLog();
    pass = prune(body, forumLog, opts.disable, () => profile.keepPruned);
    log.items.push(...forumLog.items);
  } else log.items.push(...firstLog.items);
  const { pruned, stats, pageText, hiddenText, comments } = pass;
  let { pageProse } = pass;
  // Found once, when a profile reads it: the profile choice below and the region (regionParts).
  let grid: Grid | null | undefined;
  const gridOf = (): Grid | null => (grid === undefined ? (grid = cardGrid(body, pruned, stats)) : grid);
  if (profile === UNDECLARED_ARTICLE) profile = undeclaredProfile(gridOf(), body, stats, page, times > 0);
  if (profile.type === 'product' && !isDisabled('html/offers', opts.disable)) pageProse = Math.max(0, pageProse - dropOfferTiles(body, pruned, stats, log));
  if (profile.type === 'product' && !isDisabled('html/store-policy', opts.disable)) dropPolicyPanels(body, pruned, stats, log);
  if (profile.type === 'product' && !isDisabled('html/empty-shelf', opts.disable)) dropEmptyShelfLabels(body, pruned, stats, log);
  if (profile.type === 'product' && !isDisabled('html/review-remains', opts.disable)) dropReviewRemains(body, comments, pruned, stats, log);
  if (profile.type === 'product' && !isDisabled('html/fine-print', opts.disable)) dropFinePrint(body, pruned, stats, log);
  const units = isDisabled('html/appended-story', opts.disable) ? [] : findUnits(body, pruned, stats);
  const ids = { next: 0 };
  let drafts: DraftWithParts[];
  const own = units.length < 2 || !unitsHoldStory(body, units, pruned, stats) ? null : mainUnit(units, page, opts.url);
  if (own === null) {
    let draft: DraftWithParts | null;
    const scope: DraftScope = { body, lang: page.lang, pruned, stats, opts, ids, gridOf };
    if (profile.region) draft = regionDraft(scope, log, profile);
    else if (profile === DISCUSSION) draft = regionDraft(scope, log, profileFor('forum'), threads);
    else if (profile.widen) {
      const wide = widenedDraft(scope, log);
      draft = wide.draft;
      if (wide.listing) profile = profileFor('listing');
    } else if (profile.type === 'product') draft = productDraft(scope, log);
    else draft = draftFor(body, page.lang, pruned, stats, opts, log, ids);
    if (draft) {
      const { title, shown } = storyTitle(body, pruned, draft, page);
      draft.meta.title = title;
      // The headline as printed, thread prefix and all, is no body either.
      if (shown !== undefined) draft.headline = shown;
    }
    if (draft && profile.type === 'product' && !isDisabled('html/price-line', opts.disable)) draft.blocks = dropPriceLines(draft.blocks, log);
    if (draft && profile.type === 'product' && !isDisabled('html/buy-box', opts.disable)) draft.blocks = dropBuyBoxLines(draft.blocks, log);
    if (draft && profile.type === 'product' && !isDisabled('html/store-policy', opts.disable)) draft.blocks = dropStorePolicy(draft.blocks, log);
    if (draft && profile.type === 'product' && !isDisabled('html/shop-pitch', opts.disable)) draft.blocks = dropShopPitch(draft.blocks, log);
    if (draft && profile.type === 'product' && !isDisabled('html/legal-notice', opts.disable)) draft.blocks = dropLegalNotices(draft.blocks, log);
    if (draft && profile.type === 'product' && !isDisabled('html/offers-label', opts.disable)) draft.blocks = dropOffersLabels(draft.blocks, log);
    if (draft && (profile.type === 'product' || profile.type === 'collection') && !isDisabled('html/review-summary', opts.disable)) draft.blocks = dropReviewSummary(draft.blocks, log);
    if (draft && profile.type === 'product' && !isDisabled('html/repeated-passage', opts.disable)) draft.blocks = dropRepeatedPassages(draft.blocks, log);
    if (draft && profile.type === 'service' && !isDisabled('html/cta', opts.disable)) draft.blocks = dropCallsToAction(draft.blocks, log);
    if (draft && profile === profileFor('service') && !isDisabled('html/code-demo', opts.disable)) draft.blocks = dropCodeDemos(draft.blocks, log);
    drafts = draft ? [draft] : [];
  } else {
    const { index } = own;
    const ordered = [units[index] as StoryUnit, ...units.filter((_, i) => i !== index)];
    drafts = [];
    ordered.forEach((unit, i) => {
      const draft = draftFor(unit.el, page.lang, pruned, stats, opts, log, ids);
      if (!draft) return;
      draft.role = i === 0 ? 'main' : 'appended';
      if (unit.headline) draft.meta.title = unit.headline;
      drafts.push(draft);
    });
  }
  if (!isDisabled('html/serialized-data', opts.disable)) for (const d of drafts) pageProse = Math.max(0, pageProse - dropSerializedData(d, log));
  logOutside(body, drafts.flatMap((d) => (d.reach ? [d.reach] : d.parts)), pruned, stats, log);
  return { drafts, pageProse, pageText, hiddenText, pageType: profile.type, comments: opts.comments && comments.length > 0 ? readComments(comments) : [], evidence };
}

/**
 * Comments hold at least DISCUSSION_MIN characters of prose and DISCUSSION_SHARE times the rest of
 * the page's, and the rest is short (a question, not a blog post under a long comment thread).
 */
const DISCUSSION_MIN = 1_000;
const DISCUSSION_SHARE = 3;
const DISCUSSION_MAX_REST = 2_500;

function isDiscussion(pass: { stats: StatsOf; pageProse: number; comments: readonly Element[] }): boolean {
  let prose = 0;
  for (const c of pass.comments) {
    const s = pass.stats.get(c);
    if (s) prose += s.chars - s.linkChars;
  }
  const rest = pass.pageProse - prose;
  return prose >= DISCUSSION_MIN && prose >= DISCUSSION_SHARE * rest && rest <= DISCUSSION_MAX_REST;
}

/**
 * Text outside every chosen container leaves the page too: one removal per largest subtree that
 * holds none of the chosen parts (pruned furniture already has its own).
 */
function logOutside(body: Element, parts: readonly Element[], pruned: ReadonlySet<AnyNode>, stats: StatsOf, log: RemovalLog): void {
  const chosen = new Set<AnyNode>(parts);
  const onPath = new Set<AnyNode>();
  for (const part of parts) for (let a: AnyNode | null = part; a && !onPath.has(a); a = a.parent) onPath.add(a);
  walk(body, (node) => {
    if (!isElement(node) || pruned.has(node) || chosen.has(node)) return false;
    if (onPath.has(node)) return true;
    const s = stats.get(node);
    if (!s || s.chars === 0) return false;
    log.drop({ text: textOf(node, pruned, OUTSIDE_PREVIEW), where: pathOf(node) }, 'html/outside-story', `outside the story's container (${s.chars} characters, link density ${(s.linkChars / s.chars).toFixed(2)})`);
    return false;
  });
}

const OUTSIDE_PREVIEW = 200;

/** Units only split the page when the best container of the whole body lies in one or holds them. */
function unitsHoldStory(body: Element, units: readonly StoryUnit[], pruned: ReadonlySet<AnyNode>, stats: StatsOf): boolean {
  const top = chooseMain(body, pruned, stats)?.top;
  if (!top) return false;
  return units.some((u) => contains(u.el, top) || contains(top, u.el));
}

/**
 * The story's own headline (an h1 in the container), else the page's title, else the page's only
 * h1; `shown`: the headline as printed when a thread prefix was taken off it.
 */
function storyTitle(body: Element, pruned: ReadonlySet<AnyNode>, draft: { parts: readonly Element[] }, page: PageMeta): { title: string | undefined; shown?: string } {
  const h1 = draft.parts.map((part) => headlines(part, pruned)[0]).find((h) => h !== undefined && textOf(h) !== '');
  if (h1 !== undefined) return headlineOf(h1);
  // The page's only headline outside the story's container (a category page's "Headlamps" over
  // its grid, in a page header pruned as furniture) names the page when it shares a word with
  // the page's title.
  const h1s = headlines(body, pruned);
  const only = onlyHeadline(h1s, page) ?? (h1s.length === 0 ? onlyHeadline(headlines(body, NOTHING), page) : undefined);
  if (only !== undefined && (!page.title || (sharesWords(textOf(only), page.title) && !holdsTitle(textOf(only), page.title)))) return headlineOf(only);
  return page.title ? { title: page.title } : { title: undefined };
}

const NOTHING: ReadonlySet<AnyNode> = new Set();

/**
 * "Preparing a transition Dec 18 2025", "Headline (example.com) 87": a headline holding the whole
 * title and more holds furniture too. An article before it ("The Best …" over "Best …") is none.
 */
function holdsTitle(headline: string, title: string): boolean {
  const h = normKey(headline);
  const t = normKey(title);
  return t !== '' && h !== t && h.includes(t) && h.replace(LEADING_ARTICLE_KEY, '') !== t;
}

/**
 * The one headline the page prints: copies of one text (a layout's small- and large-screen
 * versions) count once, and an <h1> that says only the site's name (a logo) is none.
 */
function onlyHeadline(h1s: readonly Element[], page: PageMeta): Element | undefined {
  const site = normKey(page.siteName ?? '');
  const said = h1s.filter((h) => {
    const key = normKey(textOf(h));
    return key !== '' && key !== site;
  });
  const key = said[0] === undefined ? '' : normKey(textOf(said[0]));
  return key !== '' && said.every((h) => normKey(textOf(h)) === key) ? said[0] : undefined;
}

function headlineOf(h1: Element): { title: string; shown?: string } {
  const title = headlineText(h1);
  const shown = textOf(h1);
  return title === shown ? { title } : { title, shown };
}
