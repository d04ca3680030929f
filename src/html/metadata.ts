import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Document, Element, ParentNode } from 'domhandler';
import { findDate } from '../metadata/date.js';
import { DANGLING_SEPARATOR, TITLE_SEPARATOR_SPLIT } from '../rules/patterns.js';
import type { PageMeta } from '../types.js';
import { collapse, isElement, textOf } from './dom.js';
import { comparableUrl, isNode, ldFacts, type LdFacts, type LdNode } from './jsonld.js';

/**
 * Page-level metadata from markup, in priority order: JSON-LD (the page's article node), then
 * OpenGraph and other meta tags (article:*, dc.*, parsely-*, sailthru.*), then `<time datetime>`,
 * then `<html lang>` and the canonical link. Read in one walk of the tree; never throws.
 */

/** Everything the metadata needs from the tree, gathered in one walk. */
interface Collected {
  htmlLang?: string;
  titleTag?: string;
  /** meta name/property/itemprop/http-equiv (lower case) → first content */
  metas: Map<string, string>;
  canonical?: string;
  ldScripts: string[];
  /** datetime attributes of <time> and itemprop=datePublished elements, marked when they say "published" */
  times: { value: string; published: boolean }[];
}

const MAX_TIMES = 20;

const META_KEYS = {
  title: ['og:title', 'twitter:title', 'dc.title', 'dcterms.title', 'parsely-title', 'sailthru.title', 'title', 'headline'],
  published: [
    'article:published_time', 'og:article:published_time', 'og:published_time', 'published_time', 'datepublished',
    'article.published', 'date', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'dc.date.issued', 'dc.date',
    'dcterms.issued', 'dcterms.created', 'dcterms.date', 'citation_publication_date', 'parsely-pub-date', 'sailthru.date',
    'displaydate', 'og:pubdate', 'datecreated',
  ],
  modified: ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified'],
  byline: ['author', 'article:author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author', 'byl', 'citation_author'],
  siteName: ['og:site_name', 'application-name', 'apple-mobile-web-app-title', 'publisher', 'dc.publisher'],
  description: ['og:description', 'description', 'twitter:description', 'dc.description'],
  lang: ['content-language', 'dc.language', 'language', 'og:locale'],
} as const;

export function pageMetadata($: CheerioAPI, url?: string): PageMeta {
  const meta: PageMeta = {};
  try {
    const { got, ld } = collected($, url);
    fillFromMarkup(meta, got, ld, url);
  } catch {
    // Metadata is a bonus: whatever was found before a surprise stays, the page still extracts.
  }
  return meta;
}

/** The JSON-LD `articleBody` of the page's article node, whitespace-collapsed, when present. */
export function articleBodyFromJsonLd($: CheerioAPI, url?: string): string | undefined {
  try {
    const { ld } = collected($, url);
    const body = ld.article?.['articleBody'] ?? ld.article?.['text'];
    if (typeof body !== 'string') return undefined;
    const text = collapse(decodeEntities(body.replace(/<[^>]*>/g, ' ')));
    return text === '' ? undefined : text;
  } catch {
    return undefined;
  }
}

/** Per parsed document: the extractor asks for metadata and for articleBody; read the tree once. */
const cache = new WeakMap<Document, { got: Collected; url: string | undefined; ld: LdFacts }>();

function collected($: CheerioAPI, url: string | undefined): { got: Collected; ld: LdFacts } {
  const doc = $.root()[0] as Document;
  const hit = cache.get(doc);
  if (hit && hit.url === url) return hit;
  const got = hit?.got ?? collect(doc);
  const entry = { got, url, ld: ldFacts(got.ldScripts, url ?? got.canonical) };
  cache.set(doc, entry);
  return entry;
}

/**
 * One pass over the elements in document order. Its own loop rather than dom.walk: it runs on
 * every page and only elements matter, so text nodes never touch the stack (half the cost).
 */
function collect(doc: Document): Collected {
  const got: Collected = { metas: new Map(), ldScripts: [], times: [] };
  const stack: AnyNode[] = [doc];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (isElement(node)) {
      readElement(node, got);
      // Scripts, styles, templates and SVG hold no elements we read.
      if (node.type !== 'tag' || node.name === 'template' || node.name === 'svg') continue;
    } else if (node.type !== 'root') continue;
    const children = (node as ParentNode).children;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i] as AnyNode;
      if (child.type === 'tag' || child.type === 'script') stack.push(child);
    }
  }
  return got;
}

function readElement(el: Element, got: Collected): void {
  const a = el.attribs;
  switch (el.name) {
    case 'html':
      got.htmlLang ??= a['lang'] ?? a['xml:lang'];
      return;
    case 'title':
      // (collect() never enters <svg>, whose <title> is an icon label.)
      if (got.titleTag === undefined) got.titleTag = collapse(ownText(el));
      return;
    case 'meta': {
      const key = (a['property'] ?? a['name'] ?? a['itemprop'] ?? a['http-equiv'])?.trim().toLowerCase();
      const content = a['content'] ?? a['datetime'];
      if (key && content && content.trim() !== '' && !got.metas.has(key)) got.metas.set(key, collapse(content));
      return;
    }
    case 'link':
      if (got.canonical === undefined && /(?:^|\s)canonical(?:\s|$)/i.test(a['rel'] ?? '') && a['href']) got.canonical = a['href'].trim();
      return;
    case 'script':
      if (/ld\+json/i.test(a['type'] ?? '')) got.ldScripts.push(ownText(el));
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
  const a = el.attribs;
  if ((el.name !== 'time' && a['itemprop'] === undefined) || got.times.length >= MAX_TIMES) return;
  const prop = a['itemprop']?.toLowerCase();
  const published = prop === 'datepublished' || 'pubdate' in a || /publish/i.test(a['class'] ?? '');
  if (el.name === 'time') {
    const value = a['datetime'] ?? a['content'] ?? collapse(textOf(el));
    if (value) got.times.push({ value, published });
  } else if (prop === 'datepublished') {
    const value = a['content'] ?? a['datetime'] ?? collapse(textOf(el, undefined, 200));
    if (value) got.times.push({ value, published: true });
  }
}

function fillFromMarkup(meta: PageMeta, got: Collected, ld: LdFacts, url: string | undefined): void {
  const m = (keys: readonly string[]): string | undefined => {
    for (const k of keys) {
      const v = got.metas.get(k);
      if (v) return v;
    }
    return undefined;
  };
  const art = ld.article;
  const parsely = parselyPage(got.metas.get('parsely-page'));

  const canonical = absoluteUrl(got.canonical ?? got.metas.get('og:url'), url);
  if (canonical) meta.canonical = canonical;
  const pageUrl = url ?? canonical;
  if (pageUrl) meta.url = canonical ?? pageUrl;

  // og:site_name is written for exactly this; a JSON-LD WebSite name is often a CMS default ("Start").
  const siteName = notUrl(got.metas.get('og:site_name') ?? ldString(ld.publisher?.['name']) ?? ldString(ld.website?.['name']) ?? m(META_KEYS.siteName));
  if (siteName) meta.siteName = siteName;
  const source = notUrl(ldString(ld.publisher?.['name'])) ?? siteName;
  if (source) meta.source = source;

  const markupTitle = m(META_KEYS.title) ?? parsely.title ?? got.titleTag;
  const ldTitle = ldString(art?.['headline']) ?? ldString(art?.['name']);
  // A JSON-LD headline that shares no word with the page's own title is a template leftover ("escenic").
  const rawTitle = (ldTitle && (!markupTitle || sharesWords(ldTitle, markupTitle)) ? ldTitle : undefined) ?? markupTitle ?? ldString(ld.page?.['name']);
  if (rawTitle) meta.title = stripTitleSuffix(rawTitle, [siteName, source, ldString(ld.website?.['name']), got.metas.get('og:site_name'), ...hostNames(pageUrl)]);

  const timeFirst = got.times.find((t) => t.published && isoDate(t.value)) ?? got.times.find((t) => isoDate(t.value));
  const published = firstDate([ldString(art?.['datePublished']), ldString(art?.['dateCreated']), ldString(ld.page?.['datePublished']), m(META_KEYS.published), parsely.date, timeFirst?.value]);
  if (published) meta.published = published;
  const modified = firstDate([ldString(art?.['dateModified']), m(META_KEYS.modified), ldString(ld.page?.['dateModified'])]);
  if (modified) meta.modified = modified;

  const byline = authorNames(art?.['author'] ?? art?.['creator'], ld) ?? personName(m(META_KEYS.byline)) ?? parsely.author;
  if (byline) meta.byline = byline;

  const description = m(META_KEYS.description) ?? ldString(art?.['description']) ?? ldString(ld.page?.['description']);
  if (description) meta.description = description;

  const lang = langCode(art?.['inLanguage'] ?? ld.page?.['inLanguage']) ?? langCode(got.htmlLang) ?? langCode(m(META_KEYS.lang));
  if (lang) meta.lang = lang;
}

function sharesWords(a: string, b: string): boolean {
  const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [];
  const other = new Set(words(b));
  const mine = words(a);
  return mine.length === 0 || mine.some((w) => other.has(w));
}

/** A JSON-LD string value: entities decoded, tags dropped, whitespace collapsed; else undefined. */
function ldString(value: unknown): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return undefined;
  const s = collapse(decodeEntities(v.replace(/<[^>]*>/g, ' ')));
  return s === '' ? undefined : s;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** The few entities JSON-LD writers leave in strings (a script's text is never entity-decoded). */
function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6}|#39);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (ENTITIES[lower] !== undefined) return ENTITIES[lower];
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : lower.startsWith('#') ? parseInt(lower.slice(1), 10) : NaN;
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** author as a string, a Person/Organization node, an @id reference, or an array of these. */
function authorNames(value: unknown, ld: LdFacts): string | undefined {
  const list = Array.isArray(value) ? value : [value];
  const names: string[] = [];
  for (const item of list.slice(0, 10)) {
    const node = ld.resolve(item);
    const name = personName(isNode(node) ? ldString(node['name']) ?? joinName(node) : ldString(node));
    if (name && !names.includes(name)) names.push(name);
  }
  return names.length > 0 ? names.join(', ') : undefined;
}

function joinName(node: LdNode): string | undefined {
  const given = ldString(node['givenName']);
  const family = ldString(node['familyName']);
  return given || family ? [given, family].filter(Boolean).join(' ') : undefined;
}

/** "https://…", "//cdn…", "www.x.de", "facebook.com/name": an address, not a name. */
const isUrl = (s: string): boolean => /^(?:https?:)?\/\//i.test(s) || (!/\s/.test(s) && /^(?:www\.|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:\/|$))/i.test(s));

const notUrl = (s: string | undefined): string | undefined => (s && !/^(?:https?:)?\/\//i.test(s) ? s : undefined);

/** CMS account names that say nothing about who wrote the story. */
const PLACEHOLDER_AUTHORS = new Set(['admin', 'administrator', 'user', 'guest', 'unknown', 'anonymous', 'editor', 'webmaster', 'root']);

/** An author that is a name, not a profile URL or a placeholder; "By Jane Doe" → "Jane Doe". */
function personName(value: string | undefined): string | undefined {
  if (!value || isUrl(value)) return undefined;
  const name = value.replace(/^(?:by|von|par|por|di|door|de)\s+/i, '').trim();
  return name === '' || PLACEHOLDER_AUTHORS.has(name.toLowerCase()) ? undefined : name;
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

function firstDate(values: readonly (string | undefined)[]): string | undefined {
  for (const v of values) {
    const iso = v ? isoDate(v) : undefined;
    if (iso) return iso;
  }
  return undefined;
}

/** Machine dates: 2025-02-16, 2025-02-16T05:45:00.000+0530, 2025-02-16 05:45 Z. */
const MACHINE_DATE = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?\s*$/i;
const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * A date as the page states it, to ISO 8601: the stated UTC offset is kept (+0530 → +05:30),
 * a date alone stays a date, a time without a zone gets none. Free text goes to findDate.
 */
export function isoDate(raw: string): string | undefined {
  const m = MACHINE_DATE.exec(raw);
  if (!m) {
    if (/^\d{10}(?:\d{3})?$/.test(raw.trim())) return epochDate(raw.trim());
    return raw.length <= 200 ? findDate(raw)?.iso : undefined;
  }
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((x) => (x === undefined ? undefined : Number(x)));
  if (!y || !mo || !d || y < 1900 || y > 2100 || mo > 12 || d > 31) return undefined;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (h === undefined || mi === undefined) return date;
  if (h > 23 || mi > 59 || (s ?? 0) > 59) return date;
  return `${date}T${pad(h)}:${pad(mi)}:${pad(s ?? 0)}${offsetOf(m[7])}`;
}

function offsetOf(zone: string | undefined): string {
  if (!zone) return '';
  if (/^(?:z|utc|gmt)$/i.test(zone)) return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  return m ? `${m[1]}${m[2]}:${m[3] ?? '00'}` : '';
}

/** Unix seconds or milliseconds (some CMSs put these in meta tags): UTC. */
function epochDate(raw: string): string | undefined {
  const ms = raw.length === 13 ? Number(raw) : Number(raw) * 1000;
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  if (!Number.isFinite(ms) || y < 1995 || y > 2100) return undefined;
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** BCP 47 primary subtag: "de-DE" → "de", "en_US" → "en"; a JSON-LD Language node's name too. */
function langCode(value: unknown): string | undefined {
  const v = isNode(value) ? value['alternateName'] ?? value['name'] : Array.isArray(value) ? value[0] : value;
  if (typeof v !== 'string') return undefined;
  const primary = v.trim().toLowerCase().split(/[-_\s,;]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}

function absoluteUrl(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    // A relative link without a base (or a broken one) is still worth reporting as written.
    return isUrl(href) ? href : undefined;
  }
}

/** Names a site goes by, from its URL: "www.spiegel.de" → "spiegel.de", "spiegel". */
function hostNames(url: string | undefined): string[] {
  if (!url) return [];
  const host = comparableUrl(url).split('/')[0] ?? '';
  const labels = host.split('.');
  const main = labels.length >= 2 ? labels[labels.length - 2] : undefined;
  return [host, ...(main && main.length >= 3 ? [main] : [])];
}

/** Lower case letters and digits only, umlauts spelled out as hosts spell them ("Bächli" → "baechli"). */
const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[äöü]/g, (c) => `${c.normalize('NFD')[0] ?? ''}e`)
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]+/gu, '');

function isSiteName(part: string, names: readonly string[]): boolean {
  const p = norm(part);
  if (p.length < 2) return false;
  return names.some((n) => n !== '' && (p === n || (n.length >= 3 && p.includes(n)) || (p.length >= 4 && n.includes(p))));
}

/** A part short enough to be a site name or section: at most 4 words and under 40% of the rest. */
function clearlyShorter(part: string, rest: string): boolean {
  return part.split(/\s+/).length <= 4 && part.length * 2.5 <= rest.length && rest.split(/\s+/).length >= 3;
}

/**
 * "Headline | Site" → "Headline": parts at either end that name the site (og:site_name, the
 * publisher, the host) are dropped; failing that, a trailing part that is clearly the shorter side
 * of a " | " or " - " split. A colon never splits a title ("Brexit: what next" stays whole).
 */
export function stripTitleSuffix(raw: string, names: readonly (string | undefined)[]): string {
  const title = trimSeparators(raw);
  const parts = title.split(TITLE_SEPARATOR_SPLIT);
  if (parts.length < 3) return title;
  const known = names.filter((n): n is string => !!n).map(norm);
  // parts alternate text, separator, text, …
  let start = 0;
  let end = parts.length - 1;
  while (end - start >= 2 && isSiteName(parts[end] ?? '', known)) end -= 2;
  while (end - start >= 2 && isSiteName(parts[start] ?? '', known)) start += 2;
  if (end === parts.length - 1 && start === 0) {
    const last = parts[end] ?? '';
    const rest = parts.slice(0, end - 1).join('');
    if (clearlyShorter(last, rest)) end -= 2;
  }
  const kept = parts.slice(start, end + 1).join('').trim();
  return kept === '' ? title : kept;
}

/** "Headline -" (a template with an empty site name): the dangling separator goes. */
function trimSeparators(title: string): string {
  return title.replace(DANGLING_SEPARATOR, '').trim() || title;
}
