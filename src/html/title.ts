import type { AnyNode, Element } from 'domhandler';
import { GENERIC_HEADING, HEADLINE_PREFIX_CLASS, PERMALINK_MARK, TITLE_LABEL_PREFIX } from '../lexicon/patterns.js';
import { attr, isElement, markupWords, textOf, walk } from './dom.js';

/** The h1 elements of the page that survived pruning, in document order. */
export function headlines(body: Element, pruned: ReadonlySet<AnyNode>): Element[] {
  const found: Element[] = [];
  walk(body, (node) => {
    if (!isElement(node) || pruned.has(node)) return false;
    if (node.name === 'h1') {
      found.push(node);
      return false;
    }
    return true;
  });
  return found;
}

/** Longest thread prefix taken off a headline. */
const PREFIX_MAX_CHARS = 30;

/**
 * A headline's text without the thread prefix its forum software opens it with ("<h1><span
 * class="label">News</span> Digital cameras…</h1>"): a short label element before the title's own words.
 */
export function headlineText(h1: Element): string {
  const hidden = hiddenParts(h1);
  const first = h1.children.find((c) => c.type !== 'text' || c.data.trim() !== '');
  if (first !== undefined && isElement(first) && !hidden.has(first) && HEADLINE_PREFIX_CLASS.test(markupWords(first))) {
    const label = textOf(first);
    const rest = textOf(h1, new Set([first, ...hidden]));
    if (label !== '' && label.length <= PREFIX_MAX_CHARS && rest !== '') return rest;
  }
  return textOf(h1, hidden);
}

/** Elements in a headline that never show (the `hidden` attribute): a bookmark widget's tooltip text is no part of it. */
function hiddenParts(h1: Element): Set<AnyNode> {
  const found = new Set<AnyNode>();
  walk(h1, (node) => {
    if (!isElement(node)) return false;
    if (node !== h1 && attr(node, 'hidden') !== undefined) {
      found.add(node);
      return false;
    }
    return true;
  });
  return found;
}

/** What the page's markup says its title is, to weigh a headline against. */
export interface TitleEvidence {
  /** the markup's title without the site's name (html/metadata) */
  stated?: string;
  /** the raw <title>, og:title and JSON-LD headline, whatever they say */
  raw: readonly string[];
  /** whether a text is the site's name (its og:site_name, publisher or host) */
  isSite: (text: string) => boolean;
  /** the headline without the site's name hung on either end */
  trimSite: (text: string) => string;
  /** the page URL's path, whose words name the page */
  path?: string;
}

/**
 * The story's title: the headline in the story's container, unless it is not the story's own —
 * the site's name in an <h1> logo, a section label ("Blog", "Latest News"), or a slogan that shares
 * no word with any title the markup states nor with the URL — then the markup's title, unless that
 * is only the site's name or a label itself. A label glued before the headline ("Title:") goes.
 */
export function chooseTitle(headline: string | undefined, evidence: TitleEvidence): string | undefined {
  const h = headline === undefined ? '' : evidence.trimSite(headline.replace(TITLE_LABEL_PREFIX, '').replace(PERMALINK_MARK, '').trim());
  const stated = evidence.stated;
  if (h === '') return stated;
  if (stated === undefined || stated === '' || evidence.isSite(stated) || GENERIC_HEADING.test(stated)) return h;
  if (GENERIC_HEADING.test(h) || evidence.isSite(h)) return stated;
  const mine = contentWords(h);
  if (mine.length === 0 || shares(mine, evidence.raw)) return h;
  // The URL names the page too: a headline it echoes and the stated title it does not is the story's.
  const path = evidence.path === undefined ? [] : [evidence.path.replace(/[-_/.]+/g, ' ')];
  return shares(mine, path) && !shares(contentWords(stated), path) ? h : stated;
}

function shares(mine: readonly string[], texts: readonly string[]): boolean {
  const said = new Set(texts.flatMap(contentWords));
  return mine.some((w) => said.has(w));
}

/** Lower-cased words of three or more letters or digits, a plural's "s" dropped ("Taxes" meets "Tax"), function words left out. */
function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []).filter((w) => !FUNCTION_WORDS.has(w)).map((w) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w));
}

/** Words any two English titles may share ("The Go Blog" and "The Rust Book" name different things). */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(['the', 'and', 'for', 'with', 'from', 'you', 'your', 'our', 'are', 'how', 'what', 'why', 'this', 'that', 'its', 'into', 'about']);
