import type { AnyNode, Element } from 'domhandler';
import {
  COMMENT_BARE_WORD,
  COMMENT_MARK,
  COMMENT_SAYS,
  HTML_COMMENT_AUTHOR_WORDS,
  HTML_COMMENT_CHROME_WORDS,
  HTML_COMMENT_WORDS,
  HTML_DATE_WORDS,
  HTML_HIDDEN_CLASS,
  HTML_HIDDEN_STYLE,
} from '../lexicon/patterns.js';
import { findDate, isTimestampLine } from '../lexicon/dates.js';
import type { Comment } from '../types.js';
import { attr, collapse, INLINE, isElement, markupWords, NON_TEXT, textOf, walk } from './dom.js';
import { isoDate } from './meta-values.js';

/**
 * Comments and replies under a story, read from the regions pruning took out as comments
 * (html/prune's html/comments): only those candidates are walked, so pages without a comment
 * section pay nothing. A post is one of a run of like siblings (same tag, same first class
 * word) most of which carry an author or a date, or an element schema.org types as a Comment;
 * posts inside posts are replies. On a forum page nothing is pruned as comments: its posts stay
 * the body (html/profile).
 */

/** Furniture and author/date elements hold a line, never a post's text. */
const SHORT_CHARS = 80;
/** A run of posts: at least this share of its members carry an author or a date. */
const SIGNED_SHARE = 0.6;
const NAMED_SIGNED_SHARE = 0.3;
const POST_ITEMTYPE = /schema\.org\/(?:Comment|Answer)\b/i;
/** Enough for any real thread; a page with more is cut here. */
const MAX_COMMENTS = 1000;
/** A date stated near either edge of a post's text signs it (raw text, whitespace included, is scanned up to SIGN_SCAN_CHARS). */
const SIGN_EDGE_CHARS = 200;
const SIGN_SCAN_CHARS = 3000;
const NAME_MAX_CHARS = 60;
const NAME_MAX_WORDS = 6;
const NAME_EDGE = /^[\s|·•,–—-]+|[\s|·•,–—-]+(?:at|on|am|um|le)?\s*$/giu;

/** The comments under `roots` (the pruned comment regions, in document order). */
export function readComments(roots: readonly Element[]): Comment[] {
  const posts = findPosts(roots);
  const out: Comment[] = [];
  for (const [post, depth] of posts) {
    const c = readPost(post, posts, depth);
    if (c) out.push(c);
    if (out.length >= MAX_COMMENTS) break;
  }
  return out;
}

/** Every post under the roots with its reply depth, in document order. */
function findPosts(roots: readonly Element[]): Map<Element, number> {
  const marked = new Set<Element>();
  // Roots side by side (each post pruned on its own) form a run like any children do.
  const byParent = new Map<AnyNode | null, Element[]>();
  for (const r of roots) byParent.set(r.parent, [...(byParent.get(r.parent) ?? []), r]);
  for (const group of byParent.values()) if (group.length >= 2) markRuns(group, marked);
  for (const r of roots) {
    walk(r, (node) => {
      if (!isElement(node) || NON_TEXT.has(node.name)) return false;
      const type = attr(node, 'itemtype');
      if (type !== undefined && POST_ITEMTYPE.test(type)) marked.add(node);
      if (node.children.length >= 2) markRuns(node.children, marked);
      return true;
    });
  }
  markLonePosts(roots, marked);
  const posts = new Map<Element, number>();
  for (const r of roots) {
    let depth = 0;
    walk(
      r,
      (node) => {
        if (!isElement(node)) return false;
        if (marked.has(node)) posts.set(node, depth++);
        return true;
      },
      (node) => {
        if (isElement(node) && marked.has(node)) depth--;
      },
    );
  }
  return posts;
}

/**
 * A post with no like sibling (the only comment, the only reply to one) is found by its words: a
 * comment-classed element that names an author and a date, holds no post found already, and is
 * not the enclosing post's own header or body (it does not hold that post's first author or date).
 */
function markLonePosts(roots: readonly Element[], marked: Set<Element>): void {
  const scopes: { el: Element; own: Element | undefined }[] = roots.map((el) => ({ el, own: undefined }));
  for (const el of marked) scopes.push({ el, own: firstSign(el, marked) });
  for (let i = 0; i < scopes.length && i < MAX_COMMENTS; i++) {
    const { el: scope, own } = scopes[i] as (typeof scopes)[number];
    walk(scope, (node) => {
      if (!isElement(node) || NON_TEXT.has(node.name)) return false;
      if (node === scope) return true;
      if (marked.has(node)) return false;
      const words = markupWords(node);
      if (words === '' || !HTML_COMMENT_WORDS.test(words) || (own !== undefined && holds(node, own)) || holdsAny(node, marked) || !hasAuthorAndDate(node)) return true;
      marked.add(node);
      scopes.push({ el: node, own: firstSign(node, marked) });
      return false;
    });
  }
}

function holds(ancestor: Element, el: Element): boolean {
  for (let cur: AnyNode | null = el; cur; cur = cur.parent) if (cur === ancestor) return true;
  return false;
}

function holdsAny(el: Element, marked: ReadonlySet<Element>): boolean {
  let found = false;
  walk(el, (node) => {
    if (found || !isElement(node)) return false;
    if (node !== el && marked.has(node)) found = true;
    return !found;
  });
  return found;
}

/** The first author or date element of a post, outside its replies. */
function firstSign(post: Element, marked: ReadonlySet<Element>): Element | undefined {
  let sign: Element | undefined;
  walk(post, (node) => {
    if (sign !== undefined || !isElement(node) || NON_TEXT.has(node.name)) return false;
    if (node !== post && marked.has(node)) return false;
    if (node.name === 'time' || isAuthor(node) || isDateLine(node)) sign = node;
    return sign === undefined;
  });
  return sign;
}

function hasAuthorAndDate(el: Element): boolean {
  let author = false;
  let date = false;
  walk(el, (node) => {
    if ((author && date) || !isElement(node) || NON_TEXT.has(node.name)) return false;
    if (!author && isAuthor(node)) author = true;
    else if (!date && (node.name === 'time' || isDateLine(node))) date = true;
    return !(author && date);
  });
  if (author && !date) date = findDate(textOf(el, undefined, SIGN_SCAN_CHARS).slice(0, SIGN_EDGE_CHARS)) !== null;
  return author && date;
}

/** Runs of like siblings most of which are signed (an author or a date) are posts. */
function markRuns(children: readonly AnyNode[], marked: Set<Element>): void {
  const runs = new Map<string, Element[]>();
  for (const c of children) {
    if (!isElement(c) || INLINE.has(c.name) || NON_TEXT.has(c.name)) continue;
    const key = `${c.name}.${firstClass(c)}`;
    runs.set(key, [...(runs.get(key) ?? []), c]);
  }
  for (const run of runs.values()) {
    if (run.length < 2) continue;
    // Siblings that call themselves comments need fewer signs (anonymous posts show no author).
    const share = HTML_COMMENT_WORDS.test(markupWords(run[0] as Element)) ? NAMED_SIGNED_SHARE : SIGNED_SHARE;
    const signed = run.filter(isSigned).length;
    if (signed >= share * run.length) for (const el of run) marked.add(el);
  }
}

function firstClass(el: Element): string {
  const cls = attr(el, 'class')?.trim() ?? '';
  return cls.split(/\s+/, 1)[0]?.replace(/\d+/g, '') ?? '';
}

/** A post carries its author or its date: a <time>, an author- or date-classed line, a date near its start. */
function isSigned(el: Element): boolean {
  let signed = false;
  walk(el, (node) => {
    if (signed || !isElement(node) || NON_TEXT.has(node.name)) return false;
    if (node.name === 'time' || isAuthor(node) || isDateLine(node)) signed = true;
    return !signed;
  });
  if (signed) return true;
  // "Posted by Jane at May 2, 2024" may close the post as well as open it.
  const text = textOf(el, undefined, SIGN_SCAN_CHARS);
  return findDate(text.slice(0, SIGN_EDGE_CHARS)) !== null || (text.length > SIGN_EDGE_CHARS && findDate(text.slice(-SIGN_EDGE_CHARS)) !== null);
}

/** A name in a line of its own: phrasing only ("comment-author-jane" on a reply's <li> is no name). */
function isAuthor(el: Element): boolean {
  const marked = attr(el, 'itemprop') === 'author' || attr(el, 'rel') === 'author' || el.name === 'cite';
  if (!marked) {
    const words = markupWords(el);
    if (words === '' || !HTML_COMMENT_AUTHOR_WORDS.test(words)) return false;
  }
  return shortText(el) && phrasingOnly(el);
}

function phrasingOnly(el: Element): boolean {
  let only = true;
  walk(el, (node) => {
    if (!only || !isElement(node)) return false;
    if (node !== el && !INLINE.has(node.name) && !NON_TEXT.has(node.name)) only = false;
    return only;
  });
  return only;
}

/** Hidden in the page (pruning never looked inside comment regions): error notes, collapsed menus. */
function isHidden(el: Element): boolean {
  if (attr(el, 'hidden') !== undefined || attr(el, 'aria-hidden') === 'true') return true;
  const style = attr(el, 'style');
  const cls = attr(el, 'class');
  return (style !== undefined && HTML_HIDDEN_STYLE.test(style)) || (cls !== undefined && HTML_HIDDEN_CLASS.test(cls));
}

function isDateLine(el: Element): boolean {
  const words = markupWords(el);
  return words !== '' && HTML_DATE_WORDS.test(words) && shortText(el);
}

function shortText(el: Element): boolean {
  const text = textOf(el, undefined, SHORT_CHARS + 1);
  return text !== '' && text.length <= SHORT_CHARS;
}

/** One post: author, date and its own text (replies, the meta line and buttons left out). */
function readPost(post: Element, posts: ReadonlyMap<Element, number>, depth: number): Comment | null {
  let author: string | undefined;
  let published: string | undefined;
  let dateEl: Element | undefined;
  const skip = new Set<AnyNode>();
  walk(post, (node) => {
    if (!isElement(node)) return false;
    if (node !== post && (posts.has(node) || isHidden(node))) {
      skip.add(node);
      return false;
    }
    if (author === undefined && isAuthor(node)) {
      const name = collapse(textOf(node));
      author = COMMENT_SAYS.exec(name)?.[1] ?? (name || undefined);
      skip.add(node);
      return false;
    }
    if (published === undefined && (node.name === 'time' || isDateLine(node))) {
      const dt = attr(node, 'datetime');
      published = (dt === undefined ? undefined : isoDate(dt)) ?? findDate(textOf(node))?.iso;
      skip.add(node);
      dateEl = node;
      return false;
    }
    const words = node === post ? '' : markupWords(node);
    if (words !== '' && HTML_COMMENT_CHROME_WORDS.test(words) && shortText(node)) {
      skip.add(node);
      return false;
    }
    return true;
  });
  if (author === undefined && dateEl?.parent && dateEl.parent !== post) {
    // A header holding a name and the date, nothing else: "Jane Doe <time>" in one line.
    author = nameBeside(dateEl.parent as Element, dateEl);
    if (author !== undefined) skip.add(dateEl.parent);
  }
  const { text, date } = postText(post, skip, author);
  if (text === '') return null;
  published ??= date;
  const c: Comment = { text, depth };
  if (author !== undefined) c.author = author;
  if (published !== undefined) c.published = published;
  return c;
}

/** The text beside the date in its parent, when it reads as a name (a few words, no sentence). */
function nameBeside(parent: Element, dateEl: Element): string | undefined {
  if (!phrasingOrHeading(parent)) return undefined;
  const text = collapse(textOf(parent, new Set([dateEl]), SHORT_CHARS + 1).replace(NAME_EDGE, ''));
  if (text === '' || text.length > NAME_MAX_CHARS || text.split(' ').length > NAME_MAX_WORDS || /[.!?]$/.test(text)) return undefined;
  return text;
}

function phrasingOrHeading(el: Element): boolean {
  return /^h[1-6]$/.test(el.name) || el.name === 'header' || phrasingOnly(el);
}

/** The post's paragraphs, one per block element, without the lines that are its furniture. */
function postText(post: Element, skip: ReadonlySet<AnyNode>, author: string | undefined): { text: string; date: string | undefined } {
  let date: string | undefined;
  const paras: string[] = [];
  let line: string[] = [];
  const flush = (): void => {
    const text = collapse(line.join(''));
    line = [];
    if (text === '' || text === author || COMMENT_MARK.test(text)) return;
    const found = findDate(text);
    if (found && isTimestampLine(text, found)) {
      date ??= found.iso;
      return;
    }
    paras.push(text);
  };
  walk(
    post,
    (n) => {
      if (skip.has(n)) return false;
      if (n.type === 'text') line.push(n.data);
      if (n.type !== 'tag') return n.type === 'root';
      if (NON_TEXT.has(n.name)) return false;
      if (n.name === 'br') line.push(' ');
      else if (!INLINE.has(n.name)) flush();
      return true;
    },
    (n) => {
      if (n.type === 'tag' && !INLINE.has(n.name)) flush();
    },
  );
  flush();
  const kept = paras.filter((p) => !COMMENT_BARE_WORD.test(p));
  return { text: (kept.length > 0 ? kept : paras).join('\n\n'), date };
}
