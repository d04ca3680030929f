/**
 * The one walk of the page's tree that gathers everything html/metadata reads: <title>, meta tags,
 * links, JSON-LD scripts, <h1>s, <time>s, elements that show an author, a thread's first poster.
 */
import type { AnyNode, Document, Element, ParentNode } from 'domhandler';
import { attr, collapse, isElement, markupWords, textOf } from './dom.js';
import { BY_START, isAuthorElement } from './authors.js';
import { memberName } from './members.js';

/** Everything the metadata needs from the tree, gathered in one walk. */
export interface Collected {
  htmlLang?: string;
  /** the <body>'s class attribute: a CMS names the kind of page there (a static page, a post) */
  bodyClass?: string;
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

/**
 * One pass over the elements in document order. Its own loop rather than dom.walk: it runs on
 * every page and only elements matter, so text nodes never touch the stack (half the cost).
 */
export function collect(doc: Document): Collected {
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
    case 'body':
      got.bodyClass ??= attr(el, 'class');
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
