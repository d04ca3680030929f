import type { AnyNode, Document, Element, ParentNode } from 'domhandler';
import type { PageMeta } from '../types.js';
import { attr, collapse, isElement, markupWords, textOf } from './dom.js';
import { MAX_AUTHORS } from '../lexicon/names.js';
import { BY_START, chooseAuthors, firstPoster, headerSigned, listsBylines, printedByline, isAuthorElement, shownAuthorElements, siteSigned, threadOpener, visibleAuthors, WEIGHT, type AuthorCandidate } from './authors.js';
import { headerDates, headerTexts, type HeaderDate } from './header-date.js';
import { headerByline } from './header-byline.js';
import { memberName, openerLink } from './members.js';
import { leadImage, storyTags } from './meta-media.js';
import { isNode, ldFacts, typesOf, type LdFacts, type LdNode } from './jsonld.js';
import { absoluteUrl, decodeEntities, firstDate, hostNames, isoDate, langCode, nameOnly, notUrl, personName, sharesWords, siteNameTest, siteTrimmer, stripTitleSuffix, suffixPart } from './meta-values.js';
import type { TitleEvidence } from './title.js';
import { TITLE_SEPARATOR_SPLIT } from '../lexicon/patterns.js';
import { isFrontPage } from '../lexicon/slug.js';

export { isoDate, stripTitleSuffix } from './meta-values.js';

/**
 * Page-level metadata from markup, in priority order: JSON-LD (the page's article node), then
 * OpenGraph and other meta tags (article:*, dc.*, parsely-*, sailthru.*), then `<time datetime>`,
 * then `<html lang>` and the canonical link. Read in one walk of the tree; never throws.
 */

/** Everything the metadata needs from the tree, gathered in one walk. */
interface Collected {
  htmlLang?: string;
  titleTag?: string;
  /** the first few <h1> texts: a title part equal to one of them is the headline */
  h1s: string[];
  /** the first <h1> elements that hold text: the story's date is shown next to one */
  h1Els: Element[];
  /** meta name/property/itemprop/http-equiv (lower case) → first content */
  metas: Map<string, string>;
  canonical?: string;
  ldScripts: string[];
  /** datetime attributes of <time> and itemprop=datePublished elements, marked when they say "published" */
  times: { value: string; published: boolean; updated: boolean }[];
  /** elements that show an author (html/authors.isAuthorElement), in document order */
  authorEls: Element[];
  /** every citation_author / dc.creator value: a paper has several */
  citationAuthors: string[];
  /** every article:tag value */
  articleTags: string[];
  /** <link rel="image_src"> */
  imageLink?: string;
  /** the first post author a thread's markup names in an attribute (data-author="…") */
  poster?: string;
  /** the first link to a forum member's profile that shows the account (html/members) */
  member?: Element;
}

const MAX_TIMES = 20;
const MAX_H1S = 5;
const MAX_HEADLINES = 2;
const MAX_AUTHOR_ELS = 40;
const BY_TEXT_MAX = 60;

const META_KEYS = {
  title: ['og:title', 'twitter:title', 'dc.title', 'dcterms.title', 'parsely-title', 'sailthru.title', 'title', 'headline'],
  published: [
    'article:published_time', 'og:article:published_time', 'og:published_time', 'published_time', 'datepublished',
    'article.published', 'date', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'published-date', 'dc.date.issued', 'dc.date',
    'dcterms.issued', 'dcterms.created', 'dcterms.date', 'citation_publication_date', 'parsely-pub-date', 'sailthru.date',
    'displaydate', 'og:pubdate', 'datecreated', 'published',
  ],
  modified: ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified'],
  byline: ['author', 'article:author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author', 'byl', 'citation_author'],
  siteName: ['og:site_name', 'application-name', 'apple-mobile-web-app-title', 'publisher', 'dc.publisher'],
  description: ['og:description', 'description', 'twitter:description', 'dc.description'],
  lang: ['content-language', 'dc.language', 'language', 'og:locale'],
} as const;

/** The page's metadata, and its JSON-LD `articleBody` on demand, from one read of the tree. */
export function readMetadata(doc: Document, url?: string): { meta: PageMeta; articleBody: () => string | undefined; title: TitleEvidence; ldScripts: readonly string[] } {
  const meta: PageMeta = {};
  let ld: LdFacts | undefined;
  const title: TitleEvidence = { raw: [], isSite: () => false, trimSite: (t) => t, headlines: [] };
  let ldScripts: readonly string[] = [];
  try {
    const got = collect(doc);
    ldScripts = got.ldScripts;
    ld = ldFacts(got.ldScripts, url ?? got.canonical);
    fillFromMarkup(meta, got, ld, url, title);
  } catch {
    // Metadata is a bonus: whatever was found before a surprise stays, the page still extracts.
  }
  return { meta, articleBody: () => (ld ? articleBodyOf(ld) : undefined), title, ldScripts };
}

/** The JSON-LD `articleBody` of the page's article node, whitespace-collapsed, when present. */
function articleBodyOf(ld: LdFacts): string | undefined {
  try {
    const body = ld.article?.['articleBody'] ?? ld.article?.['text'];
    if (typeof body !== 'string') return undefined;
    const text = collapse(decodeEntities(body.replace(/<[^>]*>/g, ' ')));
    return text === '' ? undefined : text;
  } catch {
    return undefined;
  }
}

/**
 * One pass over the elements in document order. Its own loop rather than dom.walk: it runs on
 * every page and only elements matter, so text nodes never touch the stack (half the cost).
 */
function collect(doc: Document): Collected {
  const got: Collected = { metas: new Map(), ldScripts: [], times: [], h1s: [], h1Els: [], authorEls: [], citationAuthors: [], articleTags: [] };
  const stack: AnyNode[] = [doc];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (isElement(node)) {
      readElement(node, got);
      if (got.authorEls.length < MAX_AUTHOR_ELS && node.type === 'tag' && isAuthorElement(node)) got.authorEls.push(node);
      if (got.poster === undefined) got.poster = posterOf(node);
      if (got.member === undefined && node.name === 'a' && memberName(node) !== undefined) got.member = node;
      // Scripts, styles, templates and SVG hold no elements we read.
      if (node.type !== 'tag' || node.name === 'template' || node.name === 'svg') continue;
    } else if (node.type !== 'root') continue;
    const children = (node as ParentNode).children;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i] as AnyNode;
      if (child.type === 'tag' || child.type === 'script') stack.push(child);
      else if (child.type === 'text' && child.data.length <= BY_TEXT_MAX && isElement(node) && got.authorEls.length < MAX_AUTHOR_ELS && hasVisible(child.data) && BY_START.test(child.data)) {
        // "By <a>Jane Doe</a>": the element holding the "By" text shows the byline. A link that
        // reads "By Category" is a way to browse (a byline links the name, not its label; an
        // author page's link is taken by isAuthorElement).
        if (node.name !== 'a' && !got.authorEls.includes(node)) got.authorEls.push(node);
      }
    }
  }
  return got;
}

/** Attributes in which forum software names a post's author. */
const POSTER_ATTRS = ['data-author', 'data-author-username', 'data-username', 'data-poster-name'] as const;

/** The post author an element names in an attribute; custom elements (<x-post author="…">) too. */
function posterOf(el: Element): string | undefined {
  // Runs on every element until one names a poster: the attribute lookups (nearly always empty) come first.
  let named: string | undefined;
  for (const a of POSTER_ATTRS) {
    const v = attr(el, a)?.trim();
    if (v) {
      named = v;
      break;
    }
  }
  if (named === undefined && el.name.includes('-')) named = attr(el, 'author')?.trim() || undefined;
  // A quoted post names the quoted poster.
  if (named === undefined || el.name === 'aside' || el.name === 'blockquote' || QUOTE_CLASS.test(attr(el, 'class') ?? '')) return undefined;
  return named;
}

const QUOTE_CLASS = /\bquote\b/i;

/** Whether a short text shows anything: most are the whitespace between tags, which BY_START never matches. */
function hasVisible(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 32) return true;
  return false;
}

function readElement(el: Element, got: Collected): void {
  switch (el.name) {
    case 'html':
      got.htmlLang ??= attr(el, 'lang') ?? attr(el, 'xml:lang');
      return;
    case 'title':
      // (collect() never enters <svg>, whose <title> is an icon label.)
      if (got.titleTag === undefined) got.titleTag = collapse(ownText(el));
      return;
    case 'meta': {
      const content = attr(el, 'content') ?? attr(el, 'datetime');
      if (!content || content.trim() === '') return;
      // <meta name="twitter:title" property="og:title" content="…"> counts under both keys.
      for (const raw of [attr(el, 'property'), attr(el, 'name'), attr(el, 'itemprop'), attr(el, 'http-equiv')]) {
        const key = raw?.trim().toLowerCase();
        if (key && !got.metas.has(key)) got.metas.set(key, collapse(content));
        if (key === 'citation_author' || key === 'dc.creator') got.citationAuthors.push(collapse(content));
        if (key === 'article:tag' || key === 'og:article:tag') got.articleTags.push(content);
      }
      return;
    }
    case 'link': {
      const href = attr(el, 'href');
      const rel = attr(el, 'rel') ?? '';
      if (got.canonical === undefined && href && /(?:^|\s)canonical(?:\s|$)/i.test(rel)) got.canonical = href.trim();
      if (got.imageLink === undefined && href && /(?:^|\s)image_src(?:\s|$)/i.test(rel)) got.imageLink = href.trim();
      return;
    }
    case 'script':
      if (/ld\+json/i.test(attr(el, 'type') ?? '')) got.ldScripts.push(ownText(el));
      return;
    case 'h1':
      if (got.h1s.length < MAX_H1S) {
        const text = textOf(el, undefined, 300);
        got.h1s.push(text);
        if (text !== '' && got.h1Els.length < MAX_HEADLINES) got.h1Els.push(el);
      }
      return;
    default:
      readTime(el, got);
  }
}

/** The raw text of an element's own text children (dom.textOf skips <title> and <script>). */
function ownText(el: Element): string {
  let text = '';
  for (const child of el.children) if (child.type === 'text') text += child.data;
  return text;
}

function readTime(el: Element, got: Collected): void {
  if ((el.name !== 'time' && attr(el, 'itemprop') === undefined) || got.times.length >= MAX_TIMES) return;
  const prop = attr(el, 'itemprop')?.toLowerCase();
  // A comment's or an answer's microdata date is its own, not the story's.
  if ((prop === 'datepublished' || prop === 'datecreated') && inOthersItem(el)) return;
  // A question's or a post's itemprop=dateCreated is when it was published.
  const published = prop === 'datepublished' || prop === 'datecreated' || attr(el, 'pubdate') !== undefined || /publish/i.test(attr(el, 'class') ?? '');
  if (el.name === 'time') {
    const value = attr(el, 'datetime') ?? attr(el, 'content') ?? collapse(textOf(el));
    if (value) got.times.push({ value, published, updated: !published && (prop === 'datemodified' || updateTime(el)) });
  } else if (prop === 'datepublished') {
    const value = attr(el, 'content') ?? attr(el, 'datetime') ?? collapse(textOf(el, undefined, 200));
    if (value) got.times.push({ value, published: true, updated: false });
  }
}

/** Class words of a modification stamp ("field--name-changed", "updated", "last-modified"). */
const UPDATE_CLASS = /(?:^| )(?:updated?|modified|changed|last modified|last updated|revised)(?= |$)/;
/** "Last updated:", "Updated", "Geändert" right before the <time>. */
const UPDATE_LABEL = /(?:updated?|modified|edited|revised|aktualisiert|mis à jour|actualizado)\s*(?:on|am|le|el)?\s*:?\s*$/iu;

/** A <time> that says when the story was changed: its class or its parent's says so, or the text just before it. */
function updateTime(el: Element): boolean {
  const parent = el.parent && isElement(el.parent) ? el.parent : undefined;
  if (UPDATE_CLASS.test(markupWords(el)) || (parent !== undefined && UPDATE_CLASS.test(markupWords(parent)))) return true;
  const before = el.prev;
  return before !== null && before.type === 'text' && UPDATE_LABEL.test(before.data.slice(-LABEL_CHARS));
}

const LABEL_CHARS = 40;

/** Microdata items whose dates are others': a comment, an answer, a review (by itemprop or itemtype). */
const OTHERS_PROP = /^(?:comment|comments|suggestedanswer|acceptedanswer|review|reviews)$/i;
const OTHERS_TYPE = /[/#](?:comment|answer|review)$/i;
const MAX_ITEM_DEPTH = 25;

function inOthersItem(el: Element): boolean {
  let depth = 0;
  for (let a = el.parent; a && isElement(a) && depth < MAX_ITEM_DEPTH; a = a.parent, depth++) {
    if (OTHERS_PROP.test(attr(a, 'itemprop')?.trim() ?? '') || OTHERS_TYPE.test(attr(a, 'itemtype')?.trim() ?? '')) return true;
  }
  return false;
}

function fillFromMarkup(meta: PageMeta, got: Collected, ld: LdFacts, url: string | undefined, evidence: TitleEvidence): void {
  const m = (keys: readonly string[]): string | undefined => {
    for (const k of keys) {
      const v = got.metas.get(k);
      if (v) return v;
    }
    return undefined;
  };
  const all = (keys: readonly string[]): (string | undefined)[] => keys.map((k) => got.metas.get(k));
  const art = ld.article;
  const parsely = parselyPage(got.metas.get('parsely-page'));

  const canonical = absoluteUrl(got.canonical ?? got.metas.get('og:url'), url);
  if (canonical) meta.canonical = canonical;
  const pageUrl = url ?? canonical;
  if (pageUrl) meta.url = pageUrl;

  // og:site_name is written for exactly this; a JSON-LD WebSite name is often a CMS default ("Start").
  const siteName = nameOnly(notUrl(got.metas.get('og:site_name') ?? ldString(ld.publisher?.['name']) ?? ldString(ld.website?.['name']) ?? m(META_KEYS.siteName)));
  if (siteName) meta.siteName = siteName;
  const source = nameOnly(notUrl(ldString(ld.publisher?.['name']))) ?? siteName;
  if (source) meta.source = source;

  const names = [siteName, source, ldString(ld.website?.['name']), got.metas.get('og:site_name'), ...hostNames(pageUrl)];
  const title = pageTitle(got, ld, parsely.title, names);
  if (title) meta.title = title;
  evidence.raw = [got.titleTag, got.metas.get('og:title'), ldString(art?.['headline'])].filter((t): t is string => !!t);
  // The last part of a several-part <title> is the site's slot: an <h1> saying only that is the site's.
  evidence.isSite = siteNameTest([...names, suffixPart(got.titleTag)]);
  evidence.trimSite = siteTrimmer(names);
  const path = urlPath(pageUrl);
  if (path) evidence.path = path;
  if (title) evidence.stated = title;
  evidence.headlines = got.h1s;

  // A site's front page lists stories: the dates on it are theirs (or the template's), not its own.
  const shown = isFrontPage(url) ? [] : shownDates(got.h1Els);
  if (!isFrontPage(url)) {
    fillDates(meta, got, shown, [ldString(art?.['datePublished']), ldString(art?.['dateCreated']), ...all(META_KEYS.published), parsely.date], [
      ldString(art?.['dateModified']), ...all(META_KEYS.modified), ldString(ld.page?.['dateModified']),
    ]);
  }

  const siteNames = [siteName, source, ...hostNames(pageUrl)].filter((n): n is string => !!n);
  fillAuthors(meta, got, ld, parsely.author, siteNames, url);
  if (storyShown(shown, got.times.length, meta.authors !== undefined)) meta.shownStory = true;

  const image = leadImage(got.metas, art, got.imageLink, pageUrl);
  if (image) meta.image = image;
  const tags = storyTags(got.articleTags, got.metas, art);
  if (tags) meta.tags = tags;

  const description = m(META_KEYS.description) ?? ldString(art?.['description']) ?? ldString(ld.page?.['description']);
  if (description) meta.description = description;

  const lang = langCode(art?.['inLanguage'] ?? ld.page?.['inLanguage']) ?? langCode(got.htmlLang) ?? langCode(m(META_KEYS.lang));
  if (lang) meta.lang = lang;
}

/**
 * The story's authors and the thread fields (html/authors): the weighed candidates' choice, its
 * display line, whether the header signs it, and who opened a thread.
 */
function fillAuthors(meta: PageMeta, got: Collected, ld: LdFacts, parsely: string | undefined, siteNames: readonly string[], url: string | undefined): void {
  // A front page's bylines are its listed stories'; only what its metadata states names its author.
  const header = got.h1Els[0] === undefined ? [] : headerTexts(got.h1Els[0]);
  const candidates = authorCandidates(got, ld, parsely, header).filter((c) => c.stated || !isFrontPage(url));
  const authors = chooseAuthors(candidates, siteNames);
  if (authors.length > 0) {
    meta.authors = authors;
    meta.byline = printedByline(authors, candidates) ?? authors.join(', ');
  } else if (listsBylines(candidates)) meta.listedBylines = true;
  if (headerSigned(header, candidates, authors)) meta.signedHeader = true;
  if (siteSigned(authors, candidates, siteNames)) meta.siteSigned = true;
  // On a thread page the opening post's author is the story's; author metadata that names one settles it.
  const statedNames = authors.length > 0 && candidates.some((c) => c.stated) ? chooseAuthors(candidates.filter((c) => c.stated), siteNames) : [];
  const opener = statedNames.length > 0 ? undefined : threadOpener(got.poster, got.authorEls, header);
  if (opener) meta.opener = opener;
  const poster = statedNames.length > 0 || opener ? undefined : (firstPoster(got.authorEls) ?? openerLink(got.member));
  if (poster) meta.firstPoster = poster;
}

/**
 * The page's title as its markup states it, without the site's name: the JSON-LD headline when it
 * agrees with the page's own title (shares a word, is no description-length text and no truncated
 * copy of it), else og:title and the other title tags, else <title>.
 */
function pageTitle(got: Collected, ld: LdFacts, parselyTitle: string | undefined, names: readonly (string | undefined)[]): string | undefined {
  const art = ld.article;
  const tagged = META_KEYS.title.map((k) => got.metas.get(k)).find((v) => !!v);
  const markupTitle = decodeEntities(tagged ?? parselyTitle ?? got.titleTag ?? '') || undefined;
  const ldTitle = ldString(art?.['headline']) ?? ldString(art?.['name']);
  const ldAgrees = ldTitle !== undefined && (!markupTitle || (sharesWords(ldTitle, markupTitle) && ldTitle.length <= LD_TITLE_STRETCH * markupTitle.length + LD_TITLE_SLACK && !truncatedCopy(ldTitle, markupTitle)));
  const raw = (ldAgrees ? ldTitle : undefined) ?? markupTitle ?? ldString(ld.page?.['name']);
  return raw ? stripTitleSuffix(raw, names, got.h1s) : undefined;
}

/** The path of a URL ("/news/harbour-ferry-approved"), when it parses. */
function urlPath(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url).pathname;
  } catch {
    return undefined;
  }
}

/** A JSON-LD headline this much longer than the page's title (plus a few characters) is a description. */
const LD_TITLE_STRETCH = 1.5;
const LD_TITLE_SLACK = 20;

/** "A headline cut off (Including" against the whole title: the cut copy says less ("Headline" before "Headline - Site" is no cut). */
function truncatedCopy(short: string, whole: string): boolean {
  const a = short.replace(/[\s.…]+$/u, '');
  return a.length < whole.length && whole.startsWith(a) && whole.slice(a.length).split(TITLE_SEPARATOR_SPLIT)[0]?.trim() !== '';
}

/**
 * The story's dates. Published: what the article's JSON-LD or meta tags state, else the date the
 * page shows next to its headline, else a <time> element. A header stamp labelled as an update
 * gives way to one beside it that is not, and to a published <time>; a <time> classed or labelled
 * as an update is never the published date. A WebPage node's datePublished is the
 * page's (templates stamp every page with it), not a story's: it never counts on its own. The
 * shown date overrides a stated one the header does not show when the stated one is later (a
 * re-save or a crawl stamped it).
 */
function fillDates(meta: PageMeta, got: Collected, shownAll: readonly HeaderDate[], stated: readonly (string | undefined)[], modifiedValues: readonly (string | undefined)[]): void {
  // A <time> the markup classes or labels as a change stamp says when the story was modified.
  const modified = firstDate(modifiedValues) ?? firstDate(got.times.filter((t) => t.updated).map((t) => t.value));
  if (modified) meta.modified = modified;
  // A stamp the header labels "Updated" says when the story changed: a stamp beside it that is
  // not labelled so is the publishing date.
  const shown = shownAll.find((d) => !d.updated) ?? shownAll[0];
  const shownUpdate = shownAll.find((d) => d.updated);
  const times = got.times.filter((t) => !t.updated).map((t) => ({ iso: isoDate(t.value), published: t.published }));
  // A shown date that a <time datetime> states too is taken as the machine writes it (with its zone).
  const shownIso = shown ? (times.find((t) => t.iso !== undefined && sameShownDay(t.iso, shown.iso))?.iso ?? shown.iso) : undefined;
  const statedIso = firstDate(stated);
  // The stated day is one the header labels "Updated", beside an earlier day it does not: the
  // metadata took the update for the publishing date.
  const statedUpdate = statedIso !== undefined && shown !== undefined && !shown.updated && shownAll.some((d) => d.updated && sameShownDay(statedIso, d.iso)) && !sameShownDay(statedIso, shown.iso);
  const overridden = statedIso !== undefined && shownIso !== undefined && (statedUpdate || (!shownAll.some((d) => sameShownDay(statedIso, d.iso)) && shownWins(statedIso, shownIso)));
  const timePublished = times.find((t) => t.published && t.iso)?.iso;
  // A header that shows only when the story was updated or edited leaves the publishing date to the markup.
  const shownPublished = shown?.updated && timePublished !== undefined ? timePublished : shownIso;
  const published = (overridden ? shownIso : statedIso) ?? shownPublished ?? timePublished ?? times.find((t) => t.iso)?.iso;
  if (published) meta.published = published;
  if (shownUpdate && meta.modified === undefined && shownUpdate.iso !== published) meta.modified = shownUpdate.iso;
}

const DAY_MS = 86_400_000;

/**
 * The header shows a date the metadata does not, and the stated one is more than a day later: a
 * re-save or a crawl stamped it. (A shown date that is the modified date does not win: measured
 * on the WCXB dev pages, the reference took it as often as the stated one.)
 */
function shownWins(stated: string, shown: string): boolean {
  const s = Date.parse(stated.slice(0, 10));
  const h = Date.parse(shown.slice(0, 10));
  return Number.isFinite(s) && Number.isFinite(h) && s - h > DAY_MS;
}

/**
 * The same day, or the same day with day and month read the other way round ("12/10/2023"
 * printed day-first, read month-first): the machine-readable value settles which.
 */
function sameShownDay(machine: string, shown: string): boolean {
  if (machine.slice(0, 10) === shown.slice(0, 10)) return true;
  const [y, m, d] = shown.slice(0, 10).split('-');
  return Number(d) <= 12 && machine.slice(0, 10) === `${y}-${d}-${m}`;
}

/** More dated elements than this (<time>, itemprop=datePublished) are a list's items' dates. */
const LISTED_TIMES = 3;
/** A header showing more days than this is a list's (a grid of dated cards under the page's h1). */
const SHOWN_DAYS = 2;

/**
 * The headline shows the story's date: one or two days beside the <h1> (published and updated),
 * on a page that is no list of dated items (few <time>s) or whose story names its author.
 */
function storyShown(shown: readonly HeaderDate[], times: number, signed: boolean): boolean {
  if (shown.length === 0 || new Set(shown.map((d) => d.iso.slice(0, 10))).size > SHOWN_DAYS) return false;
  return signed || times <= LISTED_TIMES;
}

/** The timestamp lines shown around the first headline that has any. */
function shownDates(h1s: readonly Element[]): HeaderDate[] {
  for (const h1 of h1s) {
    const found = headerDates(h1);
    if (found.length > 0) return found;
  }
  return [];
}

/** A JSON-LD string value: entities decoded, tags dropped, whitespace collapsed; else undefined. */
function ldString(value: unknown): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return undefined;
  const s = collapse(decodeEntities(v.replace(/<[^>]*>/g, ' ')));
  return s === '' ? undefined : s;
}

/** Every stated author: JSON-LD (people only), citation_*, meta tags, visible byline elements. */
function authorCandidates(got: Collected, ld: LdFacts, parsely: string | undefined, header: readonly AnyNode[]): AuthorCandidate[] {
  const out: AuthorCandidate[] = [];
  const ldNames = ldAuthorNames(ld.article?.['author'] ?? ld.article?.['creator'], ld);
  if (ldNames.length > 0) out.push({ value: ldNames.join(', '), weight: WEIGHT.jsonLd, stated: true });
  if (got.citationAuthors.length > 0) out.push({ value: got.citationAuthors.slice(0, MAX_AUTHORS + 1).join('; '), weight: WEIGHT.citation, stated: true });
  for (const k of META_KEYS.byline) {
    const v = personName(got.metas.get(k));
    if (v && k !== 'citation_author' && k !== 'dc.creator') out.push({ value: v, weight: WEIGHT.meta, stated: true });
  }
  if (parsely) out.push({ value: parsely, weight: WEIGHT.meta, stated: true });
  // Slack/Twitter card labels: twitter:label1 "Written by", twitter:data1 "Jane Doe".
  for (const n of ['1', '2']) {
    const data = got.metas.get(`twitter:data${n}`);
    if (data && /^(?:written by|author|autor|auteur|escrito por)$/i.test(got.metas.get(`twitter:label${n}`) ?? '')) out.push({ value: data, weight: WEIGHT.meta, stated: true });
  }
  out.push(...visibleAuthors(got.authorEls, got.h1Els, shownAuthorElements(header, got.authorEls)));
  // A "By" label beside the headline names the story's author in words, whatever the markup calls its element.
  const signed = headerByline(header);
  if (signed !== undefined) out.push({ value: signed, weight: WEIGHT.bylineClass, shown: true, labelled: true });
  return out;
}

/** author as a string, a Person node, an @id reference, or an array of these; people before organisations. */
function ldAuthorNames(value: unknown, ld: LdFacts): string[] {
  const list = Array.isArray(value) ? value : [value];
  const names: string[] = [];
  const organisations: string[] = [];
  for (const item of list.slice(0, MAX_AUTHORS + 1)) {
    const node = ld.resolve(item);
    const name = personName(isNode(node) ? ldString(node['name']) ?? joinName(node) : ldString(node));
    const into = isNode(node) && typesOf(node).some((t) => PUBLISHER_TYPES.has(t)) ? organisations : names;
    if (name && !into.includes(name)) into.push(name);
  }
  // An organisation is the author only where the article names no person (a desk, an agency page).
  return names.length > 0 ? names : organisations;
}

const PUBLISHER_TYPES: ReadonlySet<string> = new Set(['organization', 'newsmediaorganization', 'corporation', 'localbusiness', 'educationalorganization', 'governmentorganization', 'ngo']);

function joinName(node: LdNode): string | undefined {
  const given = ldString(node['givenName']);
  const family = ldString(node['familyName']);
  return given || family ? [given, family].filter(Boolean).join(' ') : undefined;
}

/** parse.ly's older `parsely-page` meta holds JSON with title, pub_date and author. */
function parselyPage(content: string | undefined): { title?: string; date?: string; author?: string } {
  if (!content) return {};
  try {
    const v = JSON.parse(content) as unknown;
    if (!isNode(v)) return {};
    const out: { title?: string; date?: string; author?: string } = {};
    const title = ldString(v['title']);
    if (title) out.title = title;
    const date = ldString(v['pub_date']);
    if (date) out.date = date;
    const author = ldString(v['author']);
    if (author) out.author = author;
    return out;
  } catch {
    return {};
  }
}
