import type { AnyNode, Element } from 'domhandler';
import { limitMarkup } from './limits.js';
import type { Block } from '../types.js';
import { toBlocks } from './blocks.js';
import { parseHtml } from './parse.js';
import { hostNames, langCode, personName, stripTitleSuffix } from './meta-values.js';

/**
 * The Readability fallback: @mozilla/readability on a jsdom DOM, for pages where our own
 * extraction looks weak (the cascade in pipeline/extract decides when). jsdom and Readability are
 * loaded with dynamic import() on first use, so the main path never pays for them.
 *
 * jsdom runs no page script and fetches nothing: `runScripts` and `resources` stay at their
 * defaults (off), and a VirtualConsole with no listeners swallows the page's CSS and markup errors.
 * Readability's article comes back as HTML and goes through the same block conversion as our own
 * path (html/blocks), so both results are compared on equal terms.
 */

export interface FallbackResult {
  title?: string;
  blocks: Block[];
  byline?: string;
  lang?: string;
  siteName?: string;
}

/** jsdom on a multi-megabyte page takes seconds and hundreds of MB; such pages get no fallback. */
const MAX_HTML_CHARS = 3_000_000;
/** Readability's own guard: it stops (throws) past this many elements instead of running for minutes. */
const MAX_ELEMENTS = 40_000;
/**
 * jsdom plus Readability cost 0.3–0.7 ms per element (the evaluation set's page with the most
 * start tags, 10,126: 2.5 s jsdom + 4.6 s Readability; 8,000 tiny <p>s: 3 s), so a page with more
 * start tags than this gets no fallback: the whole clean() stays within 2 s. 6 of the 990
 * evaluation pages have more.
 */
const MAX_START_TAGS = 4_000;

/**
 * jsdom gives every <iframe> and <frame> a window of its own (about 30 ms and 3 MB each; a
 * frameset of 1,500 frames ran out of a 4 GB heap), so such pages get no fallback either.
 */
const MAX_FRAMES = 16;

/** Too many elements or frames for jsdom: "<" followed by a letter bounds the elements it would build. */
function tooHeavyForJsdom(html: string): boolean {
  let tags = 0;
  let frames = 0;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    const c = html.charCodeAt(i + 1) | 0x20;
    if (c < 97 || c > 122) continue;
    if (++tags > MAX_START_TAGS) return true;
    if ((c === 0x66 || c === 0x69) && /^i?frame/i.test(html.slice(i + 1, i + 7)) && ++frames > MAX_FRAMES) return true;
  }
  return false;
}
/**
 * Readability's cost grows with the cube of nesting depth (400 nested divs: 13 s; 1000: minutes).
 * The dev set's deepest page nests 42 elements; past 64 (90 nested divs already take 1.6 s) the page
 * gets no fallback.
 */
const MAX_DEPTH = 64;

/**
 * Readability reads the whole page once per attempt, and when an attempt finds under 500
 * characters it tries again with looser rules, up to 4 attempts; each costs about what jsdom's
 * parse did (0.1–0.5 ms per element). So the attempts allowed shrink with the page: jsdom's parse
 * plus the attempts stay within this many element-passes (a page of 2,000 elements gets all 4, one
 * of 4,000 gets 1). On the 2,348 dev pages (trafilatura and WCXB) the fallback ran on 57 and none
 * whose result we kept needed more than the bound allows (the largest: 2,273 elements, 3 attempts).
 * A mutated evaluation page of 3,701 elements that Readability retried 4 times cost 2.6 s before.
 */
const ELEMENT_PASSES = 10_000;

/** How many attempts Readability may make on a document of this many elements (at least 1). */
export function attemptsAllowed(elements: number): number {
  return Math.max(1, Math.floor(ELEMENT_PASSES / Math.max(1, elements)) - 1);
}

/** Readability's internals that bound its attempts (0.6: `_attempts` holds the failed ones). */
interface ReaderInternals {
  _attempts?: unknown;
  _flagIsActive?: (flag: number) => boolean;
}

/**
 * After `attempts` failed attempts every rule flag reads as off, so Readability stops retrying
 * and returns the longest text it found (its own way out when no flags are left). The flags are
 * read only between attempts and inside the attempt they shape, so attempts before the bound run
 * exactly as without it.
 */
export function boundAttempts(reader: object, attempts: number): void {
  const inner = reader as ReaderInternals;
  const flagIsActive = inner._flagIsActive;
  if (typeof flagIsActive !== 'function' || !Array.isArray(inner._attempts)) return;
  inner._flagIsActive = function (this: ReaderInternals, flag: number): boolean {
    return (this._attempts as unknown[]).length < attempts && flagIsActive.call(this, flag);
  };
}

type Libraries = [typeof import('jsdom'), typeof import('@mozilla/readability')];
let libraries: Promise<Libraries> | undefined;

function load(): Promise<Libraries> {
  libraries ??= Promise.all([import('jsdom'), import('@mozilla/readability')]);
  return libraries;
}

/** Loads jsdom and Readability now (~650 ms, ~55 MB of heap), e.g. so a benchmark times pages, not imports. */
export async function preloadFallback(): Promise<void> {
  await load();
}

/** What a cheap htmlparser2 pass tells about a page before jsdom is paid for. */
export interface PageSurvey {
  /** non-whitespace characters of text outside links, scripts, styles and <head> */
  nonLinkChars: number;
  /** elements nest deeper than MAX_DEPTH */
  tooDeep: boolean;
}

/**
 * One htmlparser2 pass over the page: how deep it nests and how much non-link text it holds.
 * Null when the page is too large or holds too many elements or frames for jsdom at all (known
 * without parsing).
 */
export function surveyPage(html: string): PageSurvey | null {
  if (html.length > MAX_HTML_CHARS || html.trim() === '' || tooHeavyForJsdom(html)) return null;
  type Entry = { node: AnyNode; depth: number; prose: boolean };
  const stack: Entry[] = [{ node: parseHtml(html), depth: 0, prose: true }];
  let nonLinkChars = 0;
  while (stack.length > 0) {
    const { node, depth, prose } = stack.pop() as Entry;
    if (depth > MAX_DEPTH) return { nonLinkChars, tooDeep: true };
    if (node.type === 'text' && prose) nonLinkChars += proseChars(node.data);
    if (!('children' in node)) continue;
    for (const child of node.children) {
      if (child.type === 'text') stack.push({ node: child, depth, prose });
      else if (child.type === 'tag') stack.push({ node: child, depth: depth + 1, prose: prose && !NOT_PROSE.has(child.name) });
      // htmlparser2 gives <script> and <style> types of their own: walked for depth, text not counted
      else if (child.type === 'script' || child.type === 'style') stack.push({ node: child, depth: depth + 1, prose: false });
    }
  }
  return { nonLinkChars, tooDeep: false };
}

/** Elements whose text is not prose Readability could return as the article's own text. */
const NOT_PROSE = new Set(['a', 'head', 'noscript', 'template', 'select', 'option', 'button', 'svg']);

/**
 * Like stats.visibleChars, but no-break spaces do not count either: pages pad layout with them,
 * and they are not prose Readability could add.
 */
function proseChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c !== 160) n++;
  }
  return n;
}

/**
 * Readability's result as blocks and metadata, or null when it finds no article (or fails, or the
 * page is too heavy for jsdom). `survey` is surveyPage(html), when the caller already has it.
 */
export async function readabilityFallback(html: string, url?: string, survey: PageSurvey | null = surveyPage(html)): Promise<FallbackResult | null> {
  if (survey === null || survey.tooDeep) return null;
  let libs: Libraries;
  try {
    libs = await load();
  } catch {
    libraries = undefined;
    return null;
  }
  const [jsdom, { Readability }] = libs;
  let doc: Document | undefined;
  try {
    // parse5 checks each attribute against the earlier ones: cap them (and nesting) first.
    doc = parseWithJsdom(jsdom, limitMarkup(html).markup.text);
    const reader = new Readability(doc, { maxElemsToParse: MAX_ELEMENTS });
    boundAttempts(reader, attemptsAllowed(doc.getElementsByTagName('*').length));
    const article = reader.parse();
    if (!article?.content) return null;
    const blocks = contentBlocks(article.content);
    if (blocks.length === 0) return null;
    return withMeta({ blocks }, article, url);
  } catch {
    // A page that breaks jsdom or Readability simply has no fallback result.
    return null;
  } finally {
    releaseDocument(doc);
  }
}

/**
 * One jsdom window per thread, made on the first fallback; each page is a new document parsed by
 * that window's DOMParser. A window per page (`new JSDOM(html)`) sets up all of the window's
 * interfaces again each time: 15–100 ms more per page on the dev set's fallback pages, for the
 * same article (Readability reads the document, never the window, and the page's URL only
 * changes the links in its HTML, whose text is all we keep).
 *
 * A page's document must not outlive the page, but jsdom (29.1) ties each one to the shared
 * window in two ways, and before releaseDocument undid them every fallback page stayed in memory
 * for the thread's life (~1 MB each; 38 KB a page over 400 WCXB pages, heap 67 → 113 MB in four
 * passes; a 28-minute ablation run died at a 4 GB heap):
 * - its named-property table (`window.<id>`) takes in every element with an `id`, or a `name` on
 *   img/form/iframe/embed/object, attached to *any* of the window's documents, and lets go of one
 *   only when it is detached (jsdom issue #4234: upstream now keeps only the window's own
 *   document's elements);
 * - the document's selector engine (dom-selector's Finder, made on the first querySelectorAll,
 *   which Readability calls) adds ten focus, key and mouse listeners to the window and never
 *   removes them.
 */
interface SharedWindow {
  DOMParser: new () => { parseFromString(html: string, type: 'text/html'): Document };
  addEventListener(type: string, listener: unknown, options?: unknown): void;
  removeEventListener(type: string, listener: unknown, options?: unknown): void;
}
type Listener = [type: string, listener: unknown, options: unknown];

let shared: { window: SharedWindow; listeners: Listener[] } | undefined;

function sharedWindow({ JSDOM, VirtualConsole }: typeof import('jsdom')): NonNullable<typeof shared> {
  if (shared) return shared;
  const window = new JSDOM('', { virtualConsole: new VirtualConsole() }).window as unknown as SharedWindow;
  const listeners: Listener[] = [];
  const add = window.addEventListener;
  // Every listener added while a page is read belongs to that page's document (see above): a page
  // is read from its parse to its release with no await between, so pages never interleave here.
  window.addEventListener = function (this: SharedWindow, type, listener, options) {
    listeners.push([type, listener, options]);
    add.call(this, type, listener, options);
  };
  shared = { window, listeners };
  return shared;
}

function parseWithJsdom(jsdom: typeof import('jsdom'), html: string): Document {
  return new (sharedWindow(jsdom).window.DOMParser)().parseFromString(html, 'text/html');
}

/**
 * Lets the shared window forget a page's document: removing its root element detaches every
 * element, which takes them out of the named-property table, and the listeners its selector
 * engine added come off the window. Output cannot change: the page is read to the end before
 * this, and no event is ever dispatched to the window (it runs no script and gets no input).
 */
function releaseDocument(doc: Document | undefined): void {
  try {
    doc?.documentElement?.remove();
  } catch {
    // Detaching a plain document's tree does not fail; if it ever did, that page is merely kept.
  }
  if (!shared) return;
  for (const [type, listener, options] of shared.listeners) shared.window.removeEventListener(type, listener, options);
  shared.listeners.length = 0;
}

/** The shared window, once made: tests read what it still holds after pages are released. */
export function fallbackWindow(): object | undefined {
  return shared?.window;
}

/** Readability's article HTML → blocks, through the same conversion as the main path. */
function contentBlocks(content: string): Block[] {
  const roots = parseHtml(content).children.filter((el): el is Element => el.type === 'tag');
  return toBlocks(roots, new Set());
}

interface ArticleMeta {
  title?: string | null | undefined;
  byline?: string | null | undefined;
  lang?: string | null | undefined;
  siteName?: string | null | undefined;
}

function withMeta(result: FallbackResult, article: ArticleMeta, url: string | undefined): FallbackResult {
  const clean = (s: string | null | undefined): string | undefined => {
    const t = s?.replace(/\s+/g, ' ').trim();
    return t ? t : undefined;
  };
  const siteName = clean(article.siteName);
  if (siteName) result.siteName = siteName;
  // Readability strips some suffixes itself; ours also knows the site name and the host.
  const title = clean(article.title);
  if (title) result.title = stripTitleSuffix(title, [siteName, ...hostNames(url)]);
  const byline = personName(clean(article.byline));
  if (byline) result.byline = byline;
  const lang = langCode(article.lang);
  if (lang) result.lang = lang;
  return result;
}
