import { wordCount } from '../lexicon/features.js';
import type { Block, Extractor, StoryDraft } from '../types.js';
import { readabilityFallback, surveyPage } from './fallback.js';
import type { PageMarkup } from './markup.js';
import { visibleChars } from './stats.js';

/**
 * The fallback cascade of the HTML path, in one place.
 *
 *   1. Our own extraction (prune → choose the container → blocks → filter) runs on every page.
 *   2. When it looks weak — under WEAK_CHARS of text, its text mostly link text, or under
 *      LOW_PROSE_SHARE of the page's prose (a body lost to a class name) — and the
 *      page's JSON-LD carries an `articleBody` at least BETTER_BY times longer, that text is the
 *      body (publishers write it for exactly this; no second parse needed).
 *   3. When it is still weak, the caller allows it (option `fallback`), the page is no product
 *      page (PRODUCT_PAGE) and the page holds at
 *      least MIN_PAGE_CHARS of non-link text, @mozilla/readability runs on jsdom (loaded only now). Its result replaces ours when it holds at least BETTER_BY
 *      times our text and at least WEAK_CHARS: a longer result from a weak start is the better
 *      guess, a merely similar one is not worth trading our removal record for.
 *
 * Each step that runs leaves a warning saying what it found, so a caller (and the bench) can see
 * how often the fallback ran and which path won.
 */

/** trafilatura's and Readability's own cut-offs sit around here: below it a page "has no article". */
export const WEAK_CHARS = 250;
/** Kept text that is mostly links is a link list, not a story. */
const WEAK_LINK_DENSITY = 0.5;
const BETTER_BY = 2;
/**
 * A result holding under a fifth of the page's prose (text outside links, without what markup
 * declares furniture), on a page with at least LOW_PROSE_MIN_CHARS of it, may have lost its body:
 * it is said in a warning and the fallbacks are tried.
 */
const LOW_PROSE_SHARE = 0.2;
const LOW_PROSE_MIN_CHARS = 2_000;
/**
 * Readability can only win with text the page holds, and jsdom + Readability cost ~300 ms a page
 * (10 pages of the main path). On the 990 dev pages it ran on 17 and won on 7; every page where it
 * won held at least 1,958 non-space characters of non-link text (it returned 1,001–7,990
 * characters there), and the 8 pages under 1,500 gave it at most 407 — never a win. Below this
 * the fallback is skipped.
 */
export const MIN_PAGE_CHARS = 1_500;

/**
 * A product page's own text is short beside the offers, reviews and "viewed also" rows around it,
 * so it often looks weak; Readability then takes the longest run of text, which is those rows. On
 * the WCXB dev product pages the fallback ran on 2 (eBay items) and won on both, 0.49 → 0.12 and
 * 0.31 → 0.10 F1; on no product page did it help.
 */
const PRODUCT_PAGE = "on a product page the longest text is other products' offers and reviews";

export interface CascadeInput {
  /** the page's markup: joined into one string only when the fallback runs */
  markup: PageMarkup;
  url: string | undefined;
  own: StoryDraft | null;
  /** the page's prose in characters (html/prune) */
  pageProse: number;
  /** the page's text in characters, link text included, without what markup declares furniture (html/prune) */
  pageText?: number;
  /** characters of text outside links in elements html/hidden removed (html/prune) */
  hiddenText?: number;
  jsonLdBody: string | undefined;
  allowFallback: boolean;
  /** what kind of page it is (html/page-type): a product page's weak result stays ours */
  pageType?: string;
}

export interface CascadeResult {
  draft: StoryDraft | null;
  extractor: Extractor;
  warnings: string[];
}

function bodyChars(blocks: readonly Block[]): number {
  return blocks.reduce((n, b) => n + (b.kind === 'heading' ? 0 : b.text.length), 0);
}

function linkShare(blocks: readonly Block[]): number {
  const chars = blocks.reduce((n, b) => n + b.text.length, 0);
  return chars === 0 ? 0 : blocks.reduce((n, b) => n + b.linkDensity * b.text.length, 0) / chars;
}

/** Why our own result looks weak, or null when it looks like a story. */
export function weakness(draft: StoryDraft | null, pageProse: number): string | null {
  if (!draft) return 'no container held a paragraph';
  const chars = bodyChars(draft.blocks);
  if (chars < WEAK_CHARS) return `only ${chars} characters of text`;
  const ld = linkShare(draft.blocks);
  if (ld > WEAK_LINK_DENSITY) return `link density ${ld.toFixed(2)}`;
  if (pageProse >= LOW_PROSE_MIN_CHARS && chars < LOW_PROSE_SHARE * pageProse) return `kept ${chars} of the page's ${pageProse} characters of prose`;
  return null;
}

/**
 * A page whose markup is large and whose text is a sliver of it is written by script after load
 * (product grids, threads, app shells): what a reader sees is not in the HTML, so a body cut from
 * it may be far from what the page shows, however well it is extracted. Said in a warning, not
 * used to choose anything. Markup is counted as html/limits slims it (no script, style or SVG
 * text); the text is the page's after the markup pass of html/prune.
 */
const SCRIPTED_MIN_MARKUP = 100_000;
const SCRIPTED_TEXT_SHARE = 0.01;

export function scriptedPage(markup: PageMarkup, pageText: number): string | null {
  let bytes = 0;
  for (const c of markup.chunks) bytes += c.length;
  if (bytes < SCRIPTED_MIN_MARKUP || pageText >= SCRIPTED_TEXT_SHARE * bytes) return null;
  return `the page holds ${pageText} characters of text in ${bytes} characters of markup: its content is probably written by script, and the body may miss what a browser shows`;
}

/**
 * A page that hides more text than its body shows, and a sizeable amount of it, keeps content
 * behind a click (a dialog, closed tabs, a "read more" that only unhides): the body may miss what
 * a reader opens. Said in a warning, not used to choose anything. On the WCXB dev pages the body
 * word F1 of such pages was 0.61 against 0.86 overall (28 of 1,358 pages).
 */
const HIDDEN_MIN_CHARS = 2000;

export function hiddenMore(draft: StoryDraft | null, hiddenText: number): string | null {
  if (hiddenText <= HIDDEN_MIN_CHARS) return null;
  const body = draft ? bodyChars(draft.blocks) : 0;
  if (hiddenText <= body) return null;
  return `the page hides ${hiddenText} characters of text (dialogs, closed tabs, collapsed sections), more than the body's ${body}: the body may miss what a reader opens`;
}

/**
 * A body that keeps under PART_PROSE_SHARE of the page's prose, on a page with at least
 * LOW_PROSE_MIN_CHARS of it, may have left part of the content elsewhere on the page (a store's
 * reviews under a product, a second column of sections): said in a warning, and nothing chosen on
 * it (under LOW_PROSE_SHARE the body is weak and the fallbacks run). On the WCXB dev pages the 15
 * pages it warns that no other warning does keep 0.64 of their reference's words on average (0.92
 * over all pages with a reference); 0.4 is the round share that warns 0614,
 * an eBay item whose body keeps 35% of the page's prose.
 */
const PART_PROSE_SHARE = 0.4;

export function partOfProse(draft: StoryDraft | null, pageProse: number): string | null {
  if (!draft || pageProse < LOW_PROSE_MIN_CHARS) return null;
  // A weak body (weakness, on the same measure) has its own warning.
  if (bodyChars(draft.blocks) < LOW_PROSE_SHARE * pageProse) return null;
  // Counted as the page's prose is (html/stats: characters other than whitespace), so the spaces a
  // block's text puts between words do not count as prose the page lacks.
  const chars = draft.blocks.reduce((n, b) => n + (b.kind === 'heading' ? 0 : visibleChars(b.text)), 0);
  if (chars >= PART_PROSE_SHARE * pageProse) return null;
  return `the body keeps ${chars} of the page's ${pageProse} characters of prose: part of the content may be elsewhere on the page`;
}

/**
 * A page whose HTML holds (almost) no text outside its declared furniture is an application
 * shell: a script writes its content in, and none of it is in the page. Its body stays empty:
 * what the markup states about the page (a description, a thread's first lines at most) is a
 * summary, not the content. Taking it as the body on the WCXB dev pages with an empty body (16):
 * forum −0.31 F1 summed (five shells whose reference is the thread a browser shows gain
 * 0.06–0.27 each, one whose reference is empty loses 1.0), all types −8.3 (every page with an
 * empty reference loses 1.0). Said in a warning naming where the page's own words are, so a
 * caller can tell a shell from a page that lost its body.
 */
const SHELL_MAX_TEXT = 100;

export function shellPage(draft: StoryDraft | null, pageText: number, description: string | undefined): string | null {
  if (pageText >= SHELL_MAX_TEXT || (draft !== null && bodyChars(draft.blocks) > 0)) return null;
  const stated = description ? `its markup states only a description of it (${wordCount(description)} words, the story's description field), not its content` : 'its markup states no description either';
  return `the page holds ${pageText} characters of text outside what its markup marks as furniture (menus, footers, hidden parts): an application shell whose content a script writes in (not run here); ${stated}`;
}

export async function cascade(input: CascadeInput): Promise<CascadeResult> {
  const warnings: string[] = [];
  let draft = input.own;
  const scripted = scriptedPage(input.markup, input.pageText ?? 0);
  if (scripted !== null) warnings.push(scripted);
  const hidden = hiddenMore(draft, input.hiddenText ?? 0);
  if (hidden !== null) warnings.push(hidden);
  const weak = weakness(draft, input.pageProse);
  const part = weak === null ? partOfProse(draft, input.pageProse) : null;
  if (part !== null) warnings.push(part);
  if (weak === null) return { draft, extractor: 'html', warnings };
  const ours = draft ? bodyChars(draft.blocks) : 0;
  if (input.jsonLdBody && input.jsonLdBody.length >= Math.max(WEAK_CHARS, BETTER_BY * ours)) {
    draft = jsonLdDraft(input.jsonLdBody, draft);
    warnings.push(`own extraction looked weak (${weak}); used the page's JSON-LD articleBody (${input.jsonLdBody.length} characters)`);
    return { draft, extractor: 'html', warnings };
  }
  if (!input.allowFallback) {
    warnings.push(`own extraction looked weak (${weak}); the Readability fallback is off`);
    return { draft, extractor: 'html', warnings };
  }
  if (input.pageType === 'product') {
    warnings.push(`own extraction looked weak (${weak}); Readability not tried: ${PRODUCT_PAGE}`);
    return { draft, extractor: 'html', warnings };
  }
  const html = input.markup.text;
  const page = surveyPage(html);
  if (page && page.nonLinkChars < MIN_PAGE_CHARS) {
    warnings.push(`own extraction looked weak (${weak}); Readability not tried: the page holds only ${page.nonLinkChars} characters of non-link text`);
    return { draft, extractor: 'html', warnings };
  }
  const theirs = await readabilityFallback(html, input.url, page);
  const their = theirs ? bodyChars(theirs.blocks) : 0;
  if (!theirs || their < Math.max(WEAK_CHARS, BETTER_BY * ours)) {
    warnings.push(`own extraction looked weak (${weak}); ran the Readability fallback, kept ours (${ours} vs ${their} characters)`);
    return { draft, extractor: 'html', warnings };
  }
  warnings.push(`own extraction looked weak (${weak}); ran the Readability fallback, kept its result (${their} vs ${ours} characters)`);
  const meta: StoryDraft['meta'] = { ...(draft?.meta ?? {}) };
  if (theirs.title) meta.title ??= theirs.title;
  if (theirs.byline) meta.byline ??= theirs.byline;
  // The page's dates are read from its markup beside the headline (html/metadata), which weighs what
  // Readability's one stated value cannot (a date the header shows, a WebPage stamp): they stand.
  if (theirs.lang) meta.lang ??= theirs.lang;
  return { draft: { role: 'main', blocks: theirs.blocks, meta, captions: draft?.captions ?? [] }, extractor: 'readability', warnings };
}

function jsonLdDraft(text: string, own: StoryDraft | null): StoryDraft {
  const block: Block = { id: 0, kind: 'paragraph', text, where: 'JSON-LD articleBody', linkDensity: 0, gapBefore: true };
  return { role: 'main', blocks: [block], meta: { ...(own?.meta ?? {}) }, captions: own?.captions ?? [] };
}
