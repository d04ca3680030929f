import type { AnyNode, Document } from 'domhandler';
import type { PageMeta } from '../types.js';
import { collapse } from './dom.js';
import { MAX_AUTHORS } from '../lexicon/names.js';
import { firstPoster, ownAuthorElements, shownAuthorElements, threadOpener, visibleAuthors, WEIGHT, type AuthorCandidate } from './authors.js';
import { chooseAuthors, headerSigned, madeByAccount, listsBylines, printedByline, siteSigned, soleAuthorElement } from './author-choice.js';
import { headerTexts } from './header-date.js';
import { headerByline } from './header-byline.js';
import { openerLink } from './members.js';
import { pageByline } from './page-byline.js';
import { leadImage, storyTags } from './meta-media.js';
import { isNode, ldFacts, typesOf, type LdFacts, type LdNode } from './jsonld.js';
import { absoluteUrl, decodeEntities, firstDate, hostNames, langCode, nameOnly, notUrl, personName, sharesWords, siteNameTest, siteTrimmer, stripTitleSuffix, suffixPart } from './meta-values.js';
import type { TitleEvidence } from './title.js';
import { TITLE_SEPARATOR_SPLIT } from '../lexicon/patterns.js';
import { normKey } from '../lexicon/features.js';
import { isFrontPage } from '../lexicon/slug.js';
import { collect, type Collected } from './meta-collect.js';
import { fillDates, printedDays, printedPageDate, shownDates, storyShown, type PrintedDays } from './meta-dates.js';

export { isoDate, stripTitleSuffix } from './meta-values.js';

/**
 * Page-level metadata from markup, in priority order: JSON-LD (the page's article node), then
 * OpenGraph and other meta tags (article:*, dc.*, parsely-*, sailthru.*), then `<time datetime>`,
 * then `<html lang>` and the canonical link. Read in one walk of the tree (html/meta-collect); the
 * dates are weighed in html/meta-dates; never throws.
 */

const META_KEYS = {
  title: ['og:title', 'twitter:title', 'dc.title', 'dcterms.title', 'parsely-title', 'sailthru.title', 'title', 'headline'],
  published: [
    'article:published_time', 'og:article:published_time', 'og:published_time', 'published_time', 'datepublished',
    'article.published', 'date', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'published-date', 'dc.date.issued', 'dc.date',
    'dcterms.issued', 'dcterms.created', 'dcterms.date', 'citation_publication_date', 'parsely-pub-date', 'sailthru.date',
    'displaydate', 'og:pubdate', 'datecreated', 'published', 'ms.date',
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
    // Read only where the markup's dates leave a question: a walk of the page's text.
    const printed = printedDays(doc);
    fillFromMarkup(meta, got, ld, url, title, printed);
    const pageDate = meta.published === undefined && !isFrontPage(url) ? printedPageDate(printed, ldString(ld.page?.['datePublished'])) : undefined;
    if (pageDate !== undefined) meta.pagePublished = pageDate;
    // The last source of an author, read where no other names anyone: a labelled byline anywhere in the page.
    const signed = meta.authors === undefined && meta.opener === undefined && meta.firstPoster === undefined ? pageByline(doc) : undefined;
    if (signed !== undefined) meta.pageSigned = signed;
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

function fillFromMarkup(meta: PageMeta, got: Collected, ld: LdFacts, url: string | undefined, evidence: TitleEvidence, printed: () => PrintedDays): void {
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
  const title = pageTitle(got, ld, parsely.title, names, pageUrl !== undefined && !isFrontPage(pageUrl));
  if (title) meta.title = title;
  evidence.raw = [got.titleTag, got.metas.get('og:title'), ldString(art?.['headline'])].filter((t): t is string => !!t);
  // The last part of a several-part <title> is the site's slot: an <h1> saying only that is the site's.
  // Not where that part is the stated title: the site's name stood first ("Acme | Tagline").
  const slot = suffixPart(got.titleTag);
  const slotIsTitle = slot !== undefined && title !== undefined && siteNameTest([slot])(title);
  evidence.isSite = siteNameTest([...names, slotIsTitle ? undefined : slot]);
  evidence.trimSite = siteTrimmer(names);
  const path = urlPath(pageUrl);
  if (path) evidence.path = path;
  if (title) evidence.stated = title;
  evidence.headlines = got.h1s;
  if (siteName) evidence.site = siteName;

  // A site's front page lists stories: the dates on it are theirs (or the template's), not its own.
  const shown = isFrontPage(url) ? [] : shownDates(got.h1Els);
  const stated = [ldString(art?.['datePublished']), ldString(art?.['dateCreated']), ...all(META_KEYS.published), parsely.date];
  if (!isFrontPage(url)) {
    fillDates(meta, got, shown, stated, [
      ldString(art?.['dateModified']), ...all(META_KEYS.modified), ldString(ld.page?.['dateModified']),
    ], printed);
  }

  const siteNames = [siteName, source, ...hostNames(pageUrl)].filter((n): n is string => !!n);
  fillAuthors(meta, got, ld, parsely.author, siteNames, url);
  if (storyShown(shown, got.times.length, meta.authors !== undefined)) meta.shownStory = firstDate(stated) === undefined ? 'shown' : 'stated';

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
function fillAuthors(meta: PageMeta, all: Collected, ld: LdFacts, parsely: string | undefined, siteNames: readonly string[], url: string | undefined): void {
  const got: Collected = { ...all, authorEls: ownAuthorElements(all.authorEls, meta.url) };
  // A front page's bylines are its listed stories'; only what its metadata states names its author.
  const header = got.h1Els[0] === undefined ? [] : headerTexts(got.h1Els[0]);
  const candidates = authorCandidates(got, ld, parsely, header).filter((c) => c.stated || !isFrontPage(url));
  const authors = madeByAccount(candidates, got.bodyClass) ? [] : chooseAuthors(candidates, siteNames);
  if (authors.length > 0) {
    meta.authors = authors;
    meta.byline = printedByline(authors, candidates) ?? authors.join(', ');
  } else if (listsBylines(candidates)) meta.listedBylines = true;
  else {
    const sole = soleAuthorElement(candidates);
    if (sole !== undefined) meta.soleByline = sole;
  }
  const signed = headerSigned(header, candidates, authors);
  if (signed !== undefined) meta.signedHeader = signed;
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
 * is the page's (ldHeadlineHolds), else og:title and the other title tags (on an inner page, not
 * one that says only the site's name), else <title>.
 */
function pageTitle(got: Collected, ld: LdFacts, parselyTitle: string | undefined, names: readonly (string | undefined)[], inner: boolean): string | undefined {
  const art = ld.article;
  // On an inner page, a tag saying only the site's name is the template's default where <title>
  // names the page; on the front page the site's name is the page's.
  const isSite = siteNameTest(names);
  const named = inner && got.titleTag !== undefined && !isSite(decodeEntities(got.titleTag));
  const tagged = META_KEYS.title.map((k) => got.metas.get(k)).find((v) => !!v && !(named && isSite(decodeEntities(v))));
  const markupTitle = decodeEntities(tagged ?? parselyTitle ?? got.titleTag ?? '') || undefined;
  const ldTitle = ldString(art?.['headline']) ?? ldString(art?.['name']);
  const ldHolds = ldTitle !== undefined && (!markupTitle || ldHeadlineHolds(ldTitle, markupTitle, got.h1s, names));
  const raw = (ldHolds ? ldTitle : undefined) ?? markupTitle ?? ldString(ld.page?.['name']);
  return raw ? stripTitleSuffix(raw, names, got.h1s) : undefined;
}

/**
 * The JSON-LD headline names the page when it agrees with the page's own title (shares a word, is
 * no description-length text and no truncated copy of it) — unless an <h1> prints that title and
 * none holds the headline (a forum's <h1> holds it behind a thread prefix) — or when an <h1>
 * prints it: where two sources agree, the third gives way.
 */
function ldHeadlineHolds(ldTitle: string, markupTitle: string, h1s: readonly string[], names: readonly (string | undefined)[]): boolean {
  const keys = h1s.map(normKey);
  const key = normKey(ldTitle);
  if (keys.includes(key)) return true;
  const agrees = sharesWords(ldTitle, markupTitle) && ldTitle.length <= LD_TITLE_STRETCH * markupTitle.length + LD_TITLE_SLACK && !truncatedCopy(ldTitle, markupTitle);
  return agrees && (keys.some((k) => k.includes(key)) || !keys.includes(normKey(stripTitleSuffix(markupTitle, names, h1s))));
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
