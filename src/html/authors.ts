import type { AnyNode, Element } from 'domhandler';
import { BYLINE_OTHERS, HTML_BYLINE_WORDS, HTML_NAV_WORDS } from '../lexicon/patterns.js';
import { authorsOf, cleanName, isPersonName, isStatedAuthor, isTeamName, opensWithLabel } from '../lexicon/names.js';
import { besideDate, dateOpens, findDate } from '../lexicon/dates.js';
import { labelledByline } from '../lexicon/signed.js';
import { attr, collapse, isElement, markupWords, nextElement, textOf, walk } from './dom.js';

/**
 * Authors from every place a page names them, weighed by how sure each place is: JSON-LD and
 * citation_* name the author on purpose, a meta author tag usually does, a visible byline
 * element (rel=author, itemprop=author, class "byline"/"author", a link to an author page) is
 * what the reader sees. Each candidate must be a list of people's names (lexicon/names); the
 * names several places agree on win (html/author-choice).
 */
export interface AuthorCandidate {
  /** the raw value as the page states it ("By Jane Doe and John Roe") */
  value: string;
  weight: number;
  /** the page's author metadata states it (JSON-LD, meta tags): a team or a handle counts there */
  stated?: boolean;
  /** a byline the headline's header shows (html/header-date headerTexts): the story's own */
  shown?: boolean;
  /** a "By" label in the header names it (html/header-byline): a handle or a brand counts, as in metadata */
  labelled?: boolean;
}

export const WEIGHT = { jsonLd: 5, citation: 5, meta: 4, itemprop: 4, relAuthor: 3, bylineClass: 3, authorClass: 2, authorLink: 2 } as const;

/** Paths of author pages: /author/jane-doe, /autor/…, /profile/…, /people/…, /contributors/…. */
const AUTHOR_PATH = /\/(?:author|authors|autor|autoren|auteur|auteurs|autore|writers?|contributors?|columnists?|people|person|staff|profiles?|journalist|redakteur|mitarbeiter)\/[^/?#]+\/?(?:[?#].*)?$/i;
/** Where author names belong to someone else: comments, reviews, teasers of other stories. */
const OTHER_TAGS: ReadonlySet<string> = new Set(['aside', 'blockquote', 'nav']);
const MAX_TEXT = 120;
const MAX_ANCESTORS = 25;

/** A byline label alone: "By", "Written by:", "Von". */
const BY_LABEL = /^\s*(?:(?:written|posted|story|words|text)\s+by|by|von|par|por|door|di|av|af)\s*:?\s*$/iu;

/**
 * A field label alone whose value is the author's name: "Author", "Authors:", "Article by",
 * "Contributors:" ("<h3>Author</h3><p>Jane Doe</p>", "<strong>Contributors:</strong> Jane Doe").
 */
const NAME_LABEL = /^\s*(?:authors?|autor|autorin|auteur|autore|article\s+by|contributors?)\s*:?\s*$/iu;

/** The label a thread's header sets before whoever opened it: "Thread starter", "Topic starter", "Original poster" ("Discussion starter" badges follow the name). */
const STARTER_LABEL = /^\s*(?:(?:thread|topic)\s+starter|original\s+poster)\s*:?\s*$/iu;

/** A text that opens a visible byline: "By ", "Written by ", "Von ", "Por ", or an author field's label. */
export const BY_START = new RegExp(`${BY_LABEL.source}|${NAME_LABEL.source}|^\\s*(?:(?:written|posted)\\s+by|by)\\s+\\p{Lu}`, 'iu');

/**
 * The author elements that can sign this page's story: a link to a profile page on another site
 * (a social network's "/profile/…", a directory's) names an account elsewhere, not the writer,
 * unless the markup marks it as the author (rel, itemprop, a byline class).
 */
export function ownAuthorElements(els: readonly Element[], pageUrl: string | undefined): Element[] {
  const site = siteDomain(pageUrl);
  if (site === undefined) return [...els];
  return els.filter((el) => {
    if (el.name !== 'a' || attr(el, 'itemprop') === 'author' || /(?:^|\s)author(?:\s|$)/i.test(attr(el, 'rel') ?? '') || HTML_BYLINE_WORDS.test(markupWords(el))) return true;
    const href = attr(el, 'href') ?? '';
    return !/^(?:https?:)?\/\//i.test(href) || siteDomain(href) === site;
  });
}

/** The last two labels of a URL's host ("example.org" of "news.example.org"): one site's pages share them. */
function siteDomain(url: string | undefined): string | undefined {
  const host = /^(?:https?:)?\/\/([^/?#:]+)/i.exec(url ?? '')?.[1]?.toLowerCase();
  return host === undefined ? undefined : host.split('.').slice(-2).join('.');
}

/** Cheap test run on every element of the metadata walk. */
export function isAuthorElement(el: Element): boolean {
  const rel = attr(el, 'rel');
  if (rel !== undefined && /(?:^|\s)author(?:\s|$)/i.test(rel)) return true;
  if (attr(el, 'itemprop') === 'author') return true;
  if (el.name === 'a') {
    const href = attr(el, 'href');
    if (href !== undefined && AUTHOR_PATH.test(href)) return true;
  }
  const words = markupWords(el);
  return words !== '' && HTML_BYLINE_WORDS.test(words) && !AUTHOR_ABOUT.test(words);
}

/** "author-description", "author-bio": what the box says about the writer (a role, a degree), not the name. */
const AUTHOR_ABOUT = /(?:^| )(?:bio|biography|description|desc|about|role|position|job title)(?= |$)/;

/**
 * The visible author elements as candidates, each with its weight; others' names left out. A
 * wrapper that holds the story's headline is the story's header, whatever its class says
 * ("sidebar" as a grid area): an author element in it is the story's.
 */
export function visibleAuthors(els: readonly Element[], headlines: readonly Element[] = [], shown: ReadonlySet<Element> = new Set()): AuthorCandidate[] {
  const out: AuthorCandidate[] = [];
  const header = new Set<Element>();
  for (const h of headlines) for (let a = h.parent; a && isElement(a); a = a.parent) header.add(a);
  for (const el of els) {
    if (el.name === 'link' || el.name === 'meta' || belongsToOthers(el, header)) continue;
    const value = nameText(el);
    if (value === undefined) continue;
    out.push(shown.has(el) ? { value, weight: weightOf(el, value), shown: true } : { value, weight: weightOf(el, value) });
  }
  return out;
}

/** How far above a header text an author element may sit and still be the one showing it. */
const SHOWN_DEPTH = 6;

/** The author elements that hold one of the header's texts (html/header-date headerTexts). */
export function shownAuthorElements(texts: readonly AnyNode[], els: readonly Element[]): Set<Element> {
  const shown = new Set<Element>();
  if (texts.length === 0 || els.length === 0) return shown;
  const all = new Set(els);
  for (const t of texts) {
    let depth = 0;
    for (let a = t.parent; a && isElement(a) && depth < SHOWN_DEPTH; a = a.parent, depth++) if (all.has(a)) shown.add(a);
  }
  return shown;
}

function weightOf(el: Element, value: string): number {
  if (attr(el, 'itemprop') === 'author') return WEIGHT.itemprop;
  if (/(?:^|\s)author(?:\s|$)/i.test(attr(el, 'rel') ?? '')) return WEIGHT.relAuthor;
  const words = markupWords(el);
  if (/(?:^| )(?:byline|by line)(?= |$)/.test(words) || /^(?:by|von|par|por|door|di)\s/i.test(value)) return WEIGHT.bylineClass;
  return words !== '' && HTML_BYLINE_WORDS.test(words) ? WEIGHT.authorClass : WEIGHT.authorLink;
}

function belongsToOthers(el: Element, header: ReadonlySet<Element>): boolean {
  let depth = 0;
  let inBox = false;
  // The <body>'s classes describe the page's template ("no-sidebar", "footer-widgets"), not a region of it.
  for (let a = el.parent; a && isElement(a) && a.name !== 'body' && depth < MAX_ANCESTORS; a = a.parent, depth++) {
    if (header.has(a)) return false;
    if (OTHER_TAGS.has(a.name) || (a.name === 'footer' && pageFooter(a))) return true;
    const words = markupWords(a);
    if (words === '') continue;
    // A menu's item ("menu-item", "sub-menu") links to an author's page as navigation, not as a byline.
    if ((a.name === 'li' || a.name === 'ul') && HTML_NAV_WORDS.test(words)) return true;
    const byline = HTML_BYLINE_WORDS.test(words);
    // "elementor-widget-author-box", "card author": a widget or card that is the author's own box;
    // so is a page builder's widget wrapper around that box ("elementor-widget-container").
    if (BYLINE_OTHERS.test(words) && !(byline && !BYLINE_OTHERS.test(words.replace(BOX_WORDS, ' '))) && !(inBox && !BYLINE_OTHERS.test(words.replace(WIDGET_WORD, ' ')))) return true;
    inBox ||= byline;
  }
  return false;
}

/** A <footer> outside any <article>: the page's footer (links, credits, social accounts), not an entry's. */
function pageFooter(footer: Element): boolean {
  for (let a = footer.parent; a && isElement(a); a = a.parent) if (a.name === 'article') return false;
  return true;
}

const BOX_WORDS = /(?:^| )(?:widget|card|cards)(?= |$)/g;
const WIDGET_WORD = /(?:^| )widget(?= |$)/g;

/**
 * Who opened a thread: the name after the "Thread starter" label in the headline's header, else
 * the first itemprop=author element's name, else the first post author named in an attribute. A
 * forum's handles ("kayak_fan", "drat") count here: they are how posters sign.
 */
export function threadOpener(poster: string | undefined, els: readonly Element[], header: readonly AnyNode[] = []): string | undefined {
  // The header's "Thread starter" names the opener even where the first post shown is another's
  // (a later page of the thread, a moderator's post pinned first).
  const first = els.find((el) => attr(el, 'itemprop') === 'author');
  // "<span itemprop=author><meta itemprop=name content="jdoe"></span>": a first post's author
  // element that shows nothing names the poster in its microdata (a listed story's hidden
  // microdata is no candidate: only the opener is read so).
  for (const raw of [starterName(header), first ? (nameText(first) ?? microdataName(first)) : undefined, poster]) {
    const name = raw === undefined ? '' : cleanName(raw);
    if (name !== '' && name.length <= MAX_HANDLE && (isPersonName(name) || isStatedAuthor(name))) return name;
  }
  return undefined;
}

const MAX_HANDLE = 40;
const NO_HEADER: ReadonlySet<Element> = new Set();

/**
 * The name the page's first author element shows ("Post by jdoe »", "by Jane Doe", "jdoe"): on
 * a thread, the first post's byline names who opened it. A forum's many posters outvote the
 * opener in chooseAuthors (html/author-choice); the first one is the thread's. Only the first
 * element is read: past it, names are replies' posters. A label or a date there ("Sun",
 * "Published") names no one.
 */
export function firstPoster(els: readonly Element[]): string | undefined {
  let value: string | undefined;
  for (const el of els) {
    if (el.name === 'link' || el.name === 'meta') continue;
    value = nameText(el);
    if (value !== undefined && !belongsToOthers(el, NO_HEADER)) break;
    value = undefined;
  }
  if (value === undefined) return undefined;
  const name = labelledByline([value]) ?? cleanName(value);
  return name !== '' && name.length <= MAX_HANDLE && !opensWithLabel(name) && (isPersonName(name) || isStatedAuthor(name)) ? name : undefined;
}

/** The text after a "Thread starter" label among the headline's header texts (html/header-date headerTexts). */
function starterName(header: readonly AnyNode[]): string | undefined {
  const at = header.findIndex((t) => t.type === 'text' && STARTER_LABEL.test(t.data));
  for (let i = at + 1; at >= 0 && i < header.length; i++) {
    const t = header[i];
    const text = t !== undefined && t.type === 'text' ? collapse(t.data) : '';
    if (text !== '') return text;
  }
  return undefined;
}

/**
 * The name an element shows: its own short text when that names people, else (an author box with
 * a role, a bio or a date) the text of its itemprop=name, name-classed or author-page-linked
 * descendant, else its first descendant that is a name and nothing more; else its own short text.
 */
function nameText(el: Element): string | undefined {
  // "<span>Dec 17, 2025</span><span>Jane Doe</span>": the children's texts read apart, as laid out.
  const own = el.children.length > 1 ? spaced(el.children) : collapse(textOf(el, undefined, MAX_TEXT + 1));
  // "<p>Written by</p><p>Jane Doe</p>", "<span>By</span><span>Jane Doe</span>": a bare label shows
  // the name beside it, in its parent.
  const field = own !== '' && NAME_LABEL.test(own);
  if (own !== '' && (field || cleanName(own) === '' || BY_LABEL.test(own)) && el.parent && isElement(el.parent)) {
    // The label and the name read apart even where the markup sets them side by side; a field's
    // label ("Author") is no part of the value, a "By" stays (it weighs as a byline).
    const around = collapse(el.parent.children.map((c) => (c === el ? (field ? '' : own) : textOf(c, undefined, MAX_TEXT + 1))).join(' '));
    const value = around.length <= MAX_TEXT ? nameBesideDate(around) : undefined;
    if (!field || (value !== undefined && authorsOf(value).length > 0)) return value;
    // "<h2>Article by</h2><div>Jane Doe</div><div>share…</div>": the field's value is the element after the label.
    const next = nextElement(el);
    const text = next === undefined ? '' : collapse(textOf(next, undefined, MAX_TEXT + 1));
    return text !== '' && text.length <= MAX_TEXT ? nameBesideDate(text) : value;
  }
  const short = own !== '' && own.length <= MAX_TEXT ? nameBesideDate(own) : undefined;
  // "Updated by Jane Doe", "Reviewed by …": a field naming someone other than the writer.
  const named = namedDescendant(el);
  if (short !== undefined && (authorsOf(short).length > 0 || isTeamName(cleanName(short)) || opensWithLabel(cleanName(short)))) {
    // "Jane Doe Transport Reporter" where the markup marks "Jane Doe" as the name: the name ends there.
    return named !== undefined && cleanName(short).startsWith(`${cleanName(named)} `) ? named : short;
  }
  return named ?? (HTML_BYLINE_WORDS.test(markupWords(el)) ? nameChild(el, own) : undefined) ?? short;
}

/**
 * What sits beside the text's date (lexicon/dates besideDate). What follows an opening date is a
 * name only as full names ("Dec 19, 2025 · Jane Doe"); a section often sits there ("March 20 |
 * Health & Wellness"), and then the text stays whole (and names no one).
 */
function nameBesideDate(text: string): string {
  const found = findDate(text);
  if (found === null) return text;
  const rest = besideDate(text, found);
  return !dateOpens(text, found) || authorsOf(rest).every((n) => /\s/.test(n)) ? rest : text;
}

/** Sibling texts joined as laid out apart; punctuation stays on the word before it ("Jane Doe, John Roe"). */
function spaced(nodes: readonly AnyNode[]): string {
  return collapse(nodes.map((c) => textOf(c, undefined, MAX_TEXT + 1)).join(' ')).replace(/ (?=[,;.:!?])/g, '');
}

function namedDescendant(el: Element): string | undefined {
  let found: string | undefined;
  walk(el, (node) => {
    if (found !== undefined || !isElement(node)) return false;
    if (node !== el && (attr(node, 'itemprop') === 'name' || /(?:^| )name(?= |$)/.test(markupWords(node)) || (node.name === 'a' && AUTHOR_PATH.test(attr(node, 'href') ?? '')))) {
      const t = collapse(textOf(node, undefined, MAX_TEXT + 1));
      if (t !== '' && t.length <= MAX_TEXT) found = t;
      return false;
    }
    return true;
  });
  return found;
}

/** The content of an element's first <meta itemprop="name"> child, where the element shows no text. */
function microdataName(el: Element): string | undefined {
  if (collapse(textOf(el, undefined, 1)) !== '') return undefined;
  for (const c of el.children) {
    if (isElement(c) && c.name === 'meta' && attr(c, 'itemprop') === 'name') return collapse(attr(c, 'content') ?? '') || undefined;
  }
  return undefined;
}

/**
 * "<div class=author><div>Jane Doe</div><div>Senior Editor</div><p>Jane writes about…</p></div>":
 * an author box's first short text, when the box opens with it and it is people's full names (one-word texts there are roles and
 * labels as often as names). Looks at a bounded number of elements.
 */
function nameChild(el: Element, own: string): string | undefined {
  let first: string | undefined;
  let seen = 0;
  walk(el, (node) => {
    if (first !== undefined || !isElement(node) || seen++ > NAME_CHILD_ELEMENTS) return false;
    if (node === el) return true;
    const t = collapse(textOf(node, undefined, NAME_CHILD_TEXT + 1));
    if (t === '') return false;
    if (t.length > NAME_CHILD_TEXT) return true;
    first = t;
    return false;
  });
  // The box opens with the name: a name further in is a related story's or a listed person's.
  const names = authorsOf(first);
  return first !== undefined && own.startsWith(first) && names.length > 0 && names.every((n) => /\s/.test(n)) ? first : undefined;
}

const NAME_CHILD_ELEMENTS = 40;
const NAME_CHILD_TEXT = 60;
