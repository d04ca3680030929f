import type { AnyNode, Element } from 'domhandler';
import { CUT_SHORT, FRONT_PAGE_LABEL, GENERIC_HEADING, HEADLINE_PREFIX_CLASS, KICKER, PERMALINK_MARK, SECTION_NUMBER, SENTENCE_CLOSE, TITLE_LABEL_PREFIX } from '../lexicon/patterns.js';
import { isTimestampLine } from '../lexicon/dates.js';
import { normKey } from '../lexicon/features.js';
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
    const rest = textOf(h1, new Set([first, ...hidden]), Infinity, true);
    if (label !== '' && label.length <= PREFIX_MAX_CHARS && rest !== '') return rest;
  }
  // A headline whose every word is hidden from one reader or the other still reads whole.
  return textOf(h1, hidden, Infinity, true) || textOf(h1, undefined, Infinity, true);
}

/**
 * Parts of a headline that are not its words: what never shows (the `hidden` attribute: a
 * bookmark widget's tooltip), and what screen readers are told to skip (aria-hidden="true": an
 * animated copy of the headline cut into pieces, a result count, a footnote mark) — the words
 * themselves are then in the rest of the <h1>.
 */
function hiddenParts(h1: Element): Set<AnyNode> {
  const found = new Set<AnyNode>();
  walk(h1, (node) => {
    if (!isElement(node)) return false;
    if (node !== h1 && (attr(node, 'hidden') !== undefined || attr(node, 'aria-hidden') === 'true')) {
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
  /** the texts of the page's first <h1>s, wherever they stand */
  headlines: readonly string[];
  /** the site's name (og:site_name, the publisher's), when the markup states it */
  site?: string;
}

/**
 * The story's title: the headline in the story's container, unless it is not the story's own —
 * the site's name in an <h1> logo, a section label ("Blog", "Latest News"), or a slogan that shares
 * no word with any title the markup states nor with the URL — then the markup's title, unless that
 * is only the site's name or a label itself. A label glued before the headline ("Title:") goes, and
 * so does the section number a documentation page opens its heading with ("3.1 …").
 */
export function chooseTitle(headline: string | undefined, evidence: TitleEvidence, pageType?: string): string | undefined {
  const h = headline === undefined ? '' : evidence.trimSite(unnumbered(headline.replace(TITLE_LABEL_PREFIX, '').replace(PERMALINK_MARK, '').trim(), pageType));
  const stated = evidence.stated;
  // "Home - Acme Blog" on a page that prints no other headline: the front page's name is the site's.
  if (evidence.site !== undefined && stated !== undefined && FRONT_PAGE_LABEL.test(stated.trim()) && (h === '' || normKey(h) === normKey(stated))) return evidence.site;
  // The markup names only the site, and the page prints one headline: that one names the page.
  if ((h === '' || evidence.isSite(h)) && (stated === undefined || evidence.isSite(stated))) {
    const sole = soleHeadline(evidence);
    if (sole !== undefined) return sole;
  }
  if (h === '') return stated;
  if (stated === undefined || stated === '' || evidence.isSite(stated) || GENERIC_HEADING.test(stated)) return h;
  if (GENERIC_HEADING.test(h) || evidence.isSite(h)) return stated;
  if (furnishedCopy(h, stated) || garbledCopy(h, stated)) return stated;
  // A headline closed by a full stop is a sentence (a slogan, a description): the stated title names the page.
  if (SENTENCE_CLOSE.test(h) && !CUT_SHORT.test(stated)) return stated;
  const beside = titleBeside(h, stated, evidence.raw);
  if (beside !== undefined) return beside;
  const mine = contentWords(h);
  if (pageType !== undefined && BANNER_TYPES.has(pageType) && !CUT_SHORT.test(stated) && bannerHeadline(mine, contentWords(stated))) return stated;
  if (mine.length === 0 || shares(mine, evidence.raw)) return h;
  // The URL names the page too: a headline it echoes and the stated title it does not is the story's.
  const path = evidence.path === undefined ? [] : [evidence.path.replace(/[-_/.]+/g, ' ')];
  return shares(mine, path) && !shares(contentWords(stated), path) ? h : stated;
}

/** A documentation page's heading without the number of its place in the manual ("3.1 Branches"). */
function unnumbered(headline: string, pageType: string | undefined): string {
  return pageType === 'documentation' ? headline.replace(SECTION_NUMBER, '') : headline;
}

/**
 * Another <h1> of the page says the title the markup states (words alike, case and punctuation
 * aside) while the story's own first <h1> does not: that <h1> is the headline, and the story's is
 * a heading of its body (an answer's "Backup", a ranked list's first item), which stays there.
 * A section label ("Latest News") names only a listing page: the section is what it lists.
 */
export function statedHeadline(headline: string | undefined, evidence: TitleEvidence, pageType?: string): string | undefined {
  const stated = evidence.stated;
  if (headline === undefined || stated === undefined || evidence.isSite(stated)) return undefined;
  if (pageType !== 'listing' && GENERIC_HEADING.test(stated)) return undefined;
  const key = normKey(stated);
  if (key === '' || normKey(headline) === key) return undefined;
  return evidence.headlines.find((h) => normKey(h) === key);
}

/** The page's one non-empty <h1>, when it is neither the site's name nor a section label. */
function soleHeadline(evidence: TitleEvidence): string | undefined {
  const said = evidence.headlines.filter((t) => t.trim() !== '');
  const only = said.length === 1 ? said[0]?.replace(PERMALINK_MARK, '').trim() : undefined;
  return only === undefined || only === '' || evidence.isSite(only) || GENERIC_HEADING.test(only) ? undefined : only;
}

/**
 * "Site Blog: Headline" or "Headline : section" over an <h1> that says only "Site Blog" or
 * "section", where the stated title is the other side: the headline names what stands beside the
 * story's title in the markup's title (the site or its section).
 */
function titleBeside(headline: string, stated: string, raw: readonly string[]): string | undefined {
  const h = normKey(headline);
  const s = normKey(stated);
  if (h === '' || s === '' || h === s) return undefined;
  for (const title of raw) {
    const splits = [...title.matchAll(TITLE_SIDE_SPLIT)];
    const first = splits[0];
    const last = splits[splits.length - 1];
    if (first === undefined || last === undefined) continue;
    const sides = [
      [title.slice(0, first.index), title.slice(first.index + first[0].length)],
      [title.slice(last.index + last[0].length), title.slice(0, last.index)],
    ] as const;
    for (const [side, other] of sides) {
      const o = normKey(other);
      if (normKey(side) === h && o === s) return stated;
    }
  }
  return undefined;
}

/**
 * The headline is the stated title with furniture glued to it in the same element: the story's
 * date ("Checklist for Beginners January 1, 2025") or a section's one-word kicker before a colon
 * ("Blog: Checklist for Beginners"). The stated title is the headline without it.
 */
function furnishedCopy(headline: string, stated: string): boolean {
  const h = normKey(headline);
  const s = normKey(stated);
  const at = s === '' ? -1 : h.indexOf(s);
  if (at < 0 || h === s) return false;
  const rest = `${h.slice(0, at)} ${h.slice(at + s.length)}`.trim();
  if (isTimestampLine(rest)) return true;
  const kicker = KICKER.exec(headline);
  return at > 0 && rest === normKey(kicker?.[1] ?? '');
}

/**
 * The headline is the stated title with characters lost to a wrong text encoding: a "?" or U+FFFD
 * stands where the title has an apostrophe, a colon or a letter or two ("Beginner? Guide" beside
 * "Beginner's Guide"). The stated title is the clean copy.
 */
function garbledCopy(headline: string, stated: string): boolean {
  // A question mark closing the headline is the question's own.
  const parts = headline.replace(/\?$/u, '').split(LOST_CHARACTER);
  if (parts.length < 2 || parts.length > LOST_MAX + 1) return false;
  const pattern = parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\S{0,3}');
  return new RegExp(`^${pattern}$`, 'iu').test(stated.trim());
}

/** A character a wrong decoding leaves, and how many of them a title may hold to read as one. */
const LOST_CHARACTER = /[?\uFFFD]/u;
const LOST_MAX = 4;

/**
 * Pages whose <h1> is a banner: a service's slogan ("Business messaging that scales"), a
 * listing's section label over its items, a shop category's shelf label ("Sofas & sectionals"
 * over "Modern Sofas & Couches"). Their document title names the page.
 */
const BANNER_TYPES: ReadonlySet<string> = new Set(['service', 'listing', 'collection']);

/**
 * A banner over the page's subject: the headline shares a word with the stated title but says
 * something else (words the title lacks); a headline that is the title cut short is its name.
 */
function bannerHeadline(mine: readonly string[], stated: readonly string[]): boolean {
  const said = new Set(stated);
  return mine.some((w) => said.has(w)) && mine.some((w) => !said.has(w));
}

/** Where a title's parts meet: a colon, or a spaced bar, dash or bullet. */
const TITLE_SIDE_SPLIT = /\s*:\s+|\s+[|–—»›·•-]\s+|\s*\|\s*/gu;

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
