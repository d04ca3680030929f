import { blockWords, wordCount } from '../lexicon/features.js';
import { BACK_TO_TOP, CONSENT_WORD, COOKIE_HINT, COPYRIGHT_LINE, NAV_WORDS, PAGE_FOOTER_LINE, PAGE_HEADER_LINE, SITE_MENU_LINE, SKIP_LINK, SOCIAL_LINE } from '../lexicon/patterns.js';
import type { Quality } from '../rules/quality.js';
import type { Block } from '../types.js';
import { addWords, cosine, VectorPair, type TopicVector } from '../lexicon/vocabulary.js';

/**
 * Where one whole page ends and another begins in a dump: a scraper that appends the next page
 * appends its furniture too. Between two stretches of prose, a run of furniture that holds a
 * page's closing lines (copyright, legal links) or a page's opening lines (skip link, menu,
 * account buttons) proposes a boundary; it is kept when a stretch of prose long enough to be an
 * article follows, and the vocabulary on the two sides differs (TextTiling's cohesion measure,
 * over content words: the story so far against everything after). A page's edge (a skip link,
 * a copyright line beside menu lines) is strong evidence and needs a looser vocabulary test. A
 * consent or sign-up dialog (cookies, privacy, newsletter) on either side is no page of its own,
 * and neither is prose that brings no furniture of its own below it (a disclaimer under a footer).
 */

export interface PageBoundary {
  /** index of the first block of the next page */
  at: number;
  /** what proposed it and the measured values that confirmed it */
  evidence: string;
}

/** A furniture run this long at least (lines between the two stretches of prose). */
const MIN_RUN = 3;
/** Prose words the story needs before a boundary (half as many before a page's edge). */
const MIN_BEFORE_WORDS = 200;
const MIN_BEFORE_WORDS_EDGE = 100;
/** Words in the longest stretch of prose after the boundary: an article's body, not a cookie notice. */
const MIN_AFTER_STRETCH = 300;
/** With a page's own edge in the run (skip link, copyright then menu), a shorter body after it will do. */
const MIN_AFTER_STRETCH_EDGE = 150;
/**
 * A page's seam — its closing lines, then the next page's skip link in the same run — is the
 * surest edge there is: the page after it may be a short one (a contact page, a course blurb).
 */
const MIN_AFTER_STRETCH_SEAM = 40;
/** …and only a vocabulary this close (two pages of one site on one subject) keeps the two sides together. */
const MAX_COSINE_SEAM = 0.5;
/** Good blocks this close (non-good lines between them) make one stretch of prose. */
const STRETCH_GAP = 2;
/** Cosine of content-word vectors below which the two sides are different stories. */
const MAX_COSINE = 0.1;
/** A page's closing lines (copyright, legal links) in the run are strong evidence: a looser cosine. */
const MAX_COSINE_FOOTER = 0.2;
/** A page's edge (see isEdge) is stronger still: only a close vocabulary keeps the two sides together. */
const MAX_COSINE_EDGE = 0.3;
/** Navigation or opening lines that count as a header when no closing line is there. */
const MIN_NAV_LINES = 2;
const MAX_FURNITURE_CHARS = 200;
/** At most this many runs are weighed per dump (each weighing reads the vocabulary once). */
const MAX_WEIGHED = 64;

interface Run {
  start: number;
  end: number;
  /** where the next page starts: its skip link, else just after the last closing line, else the run's start */
  cut: number;
  footer: number;
  copyright: number;
  header: number;
  skip: number;
  nav: number;
  /** whole-line menu or social items ("About", "Blog", "LinkedIn"): next to a copyright line they make a page's edge */
  menu: number;
  /** whole-line social links: share bars sit inside pages too, so they count only beside a copyright line */
  social: number;
  /** a closing line above an opening line: one page's footer, then the next one's header */
  footerThenHeader: boolean;
  /** a closing line above a skip link: one page's last line, then the next one's first */
  seam: boolean;
}

const isClosing = (text: string): boolean => PAGE_FOOTER_LINE.test(text) || BACK_TO_TOP.test(text);

/** A page's closing line that the quality judge took for prose ("© 2025 Name. All rights reserved."): furniture here. */
const CLOSING_PROSE_WORDS = 20;
function isClosingProse(b: Block): boolean {
  const text = b.text;
  const words = blockWords(b);
  if (isCookieLine(text, words)) return true;
  // Most good blocks are long prose without a link separator: no closing line, and the two
  // patterns need not read them.
  if (words > CLOSING_PROSE_WORDS && !LINK_ROW_MARK.test(text)) return false;
  if (!COPYRIGHT_LINE.test(text) && !PAGE_FOOTER_LINE.test(text)) return false;
  return words <= CLOSING_PROSE_WORDS || isLinkRow(text);
}

/** A cookie banner's sentence ("We use cookies … you agree to our use of cookies"): a dialog's line, not the story's. */
const COOKIE_LINE_WORDS = 40;
function isCookieLine(text: string, words: number): boolean {
  // the word count first (a paragraph is not scanned), then the one-word hint: the consent words' alternation is read on few lines
  return words <= COOKIE_LINE_WORDS && COOKIE_HINT.test(text) && (text.match(CONSENT_WORD)?.length ?? 0) >= 2;
}

/** A row of links printed on one line ("About Us | Privacy Policy | Contact | …"), however long. */
const LINK_ROW_SEPARATOR = /\s*[|·•]\s*/;
/** A line without one of these is no link row (split on LINK_ROW_SEPARATOR, it is one item). */
const LINK_ROW_MARK = /[|·•]/;
const LINK_ROW_ITEMS = 4;
const LINK_ROW_ITEM_WORDS = 8;
function isLinkRow(text: string): boolean {
  const items = text.split(LINK_ROW_SEPARATOR).filter((t) => t !== '');
  return items.length >= LINK_ROW_ITEMS && items.every((t) => wordCount(t) <= LINK_ROW_ITEM_WORDS);
}

/** What a run of non-prose lines holds: closing lines, opening lines (skip links among them), navigation lines. */
function furnitureOf(blocks: readonly Block[], start: number, end: number): Run {
  const run: Run = { start, end, cut: start, footer: 0, copyright: 0, header: 0, skip: 0, nav: 0, menu: 0, social: 0, footerThenHeader: false, seam: false };
  let skipAt = -1;
  let lastFooter = -1;
  for (let k = start; k < end; k++) {
    const text = (blocks[k] as Block).text;
    if (text.length > MAX_FURNITURE_CHARS) continue;
    if (COPYRIGHT_LINE.test(text)) run.copyright++;
    if (isClosing(text)) {
      run.footer++;
      lastFooter = k;
    } else if (SKIP_LINK.test(text) || PAGE_HEADER_LINE.test(text)) {
      run.header++;
      if (SKIP_LINK.test(text)) {
        run.skip++;
        // The skip link of a seam is where the next page starts, whatever skip link came before it.
        if (lastFooter >= 0 && !run.seam) {
          run.seam = true;
          skipAt = k;
        }
        if (skipAt < 0) skipAt = k;
      }
      if (lastFooter >= 0 && lastFooter < k) run.footerThenHeader = true;
    } else if (text.search(NAV_WORDS) >= 0) run.nav++;
    else if (SITE_MENU_LINE.test(text)) run.menu++;
    else if (SOCIAL_LINE.test(text)) run.social++;
  }
  run.cut = skipAt >= 0 ? skipAt : lastFooter >= 0 ? lastFooter + 1 : start;
  return run;
}

/**
 * A page's edge: a skip link (the first line of a page), or a copyright line with opening or
 * navigation lines beside it, or closing lines above opening ones. On the 990 trafilatura dumps
 * and the 100 WCXB controls (single pages) such a run between two stretches of prose is rare;
 * on the joined WCXB pairs it marks the join in about two pairs of three.
 */
function isEdge(run: Run): boolean {
  return run.skip > 0 || run.footerThenHeader || (run.copyright > 0 && (run.header > 0 || run.nav + run.menu + run.social >= MIN_NAV_LINES));
}

/** The cosine under which a run splits, or undefined when the run holds no page furniture. */
function cosineLimit(run: Run, before: number, after: number): number | undefined {
  if (run.seam) return after >= MIN_AFTER_STRETCH_SEAM && before >= MIN_BEFORE_WORDS_EDGE ? MAX_COSINE_SEAM : undefined;
  if (isEdge(run)) return after >= MIN_AFTER_STRETCH_EDGE && before >= MIN_BEFORE_WORDS_EDGE ? MAX_COSINE_EDGE : undefined;
  if (after < MIN_AFTER_STRETCH || before < MIN_BEFORE_WORDS) return undefined;
  if (run.footer > 0) return MAX_COSINE_FOOTER;
  return run.header + run.nav + run.menu >= MIN_NAV_LINES ? MAX_COSINE : undefined;
}

/** For each index, the words of the longest stretch of prose that starts at or after it. */
function longestStretchFrom(blocks: readonly Block[], good: readonly boolean[]): Int32Array {
  const n = blocks.length;
  const best = new Int32Array(n + 1);
  let words = 0;
  let lastGood = -1;
  for (let i = n - 1; i >= 0; i--) {
    if (good[i]) {
      if (lastGood >= 0 && lastGood - i - 1 > STRETCH_GAP) words = 0;
      words += blockWords(blocks[i] as Block);
      lastGood = i;
    }
    best[i] = Math.max(best[i + 1] as number, good[i] ? words : 0);
  }
  return best;
}

/** Page boundaries in a dump whose blocks were labelled by the quality judge. */
export function findPageBoundaries(blocks: readonly Block[], labels: readonly Quality[]): PageBoundary[] {
  const n = blocks.length;
  const good = labels.map((q, k) => q === 'good' && !isClosingProse(blocks[k] as Block));
  const stretch = longestStretchFrom(blocks, good);
  // Furniture lines from each index to the end: an appended page brings its own below its prose.
  const furnitureLeft = new Int32Array(n + 1);
  for (let k = n - 1; k >= 0; k--) furnitureLeft[k] = (furnitureLeft[k + 1] as number) + (good[k] ? 0 : 1);
  // The vocabulary on the two sides is read only where a run is weighed, most dumps never: each
  // side is brought up to the run when it is (each good block is added and taken away once at most).
  const sides = new Sides(blocks, good);
  let proseBefore = 0;
  let weighed = 0;
  // A consent dialog above the first page is no page of its own.
  let consentBefore = 0;
  const found: PageBoundary[] = [];
  let i = 0;
  while (i < n) {
    if (good[i]) {
      const text = (blocks[i] as Block).text;
      // Consent words count only while the story so far is short enough to be a notice.
      if (proseBefore < CONSENT_STORY_WORDS) consentBefore += text.match(CONSENT_WORD)?.length ?? 0;
      proseBefore += blockWords(blocks[i] as Block);
      i++;
      continue;
    }
    let end = i;
    while (end < n && !good[end]) end++;
    const after = stretch[end] as number;
    if (end < n && end - i >= MIN_RUN && proseBefore >= MIN_BEFORE_WORDS_EDGE && after >= MIN_AFTER_STRETCH_SEAM && weighed < MAX_WEIGHED) {
      const run = furnitureOf(blocks, i, end);
      // A skip link opens a page for sure; without one, the prose after must bring its own furniture.
      const ownFurniture = run.skip > 0 || (furnitureLeft[end] as number) >= MIN_RUN;
      const limit = ownFurniture ? cosineLimit(run, proseBefore, after) : undefined;
      if (limit !== undefined) {
        weighed++;
        let sim = sides.cosineAt(i);
        // Two long pages can share common words overall; at an edge the prose right beside it decides too.
        if (sim >= limit && isEdge(run)) sim = Math.min(sim, localCosine(blocks, good, i, end));
        const consent = isConsent(blocks, good, end, after, run.skip > 0 ? CONSENT_WORD : DIALOG_WORD) || (consentBefore >= CONSENT_MIN && proseBefore < CONSENT_STORY_WORDS);
        if (sim < limit && !consent) {
          found.push({ at: run.cut, evidence: evidenceOf(run, sim) });
          sides.restartAt(i);
          proseBefore = 0;
          consentBefore = 0;
        }
      }
    }
    i = end;
  }
  return found;
}

/**
 * The content words of the good blocks of the story so far (from its start to a run) and of all
 * good blocks after the run, made when a run is weighed. Counts are whole numbers, so the cosine
 * is the same whatever order the words went in and whether a word counted down to 0 is kept.
 */
class Sides {
  /** side 0: the good blocks of the story so far, [story start, beforeEnd); side 1: those in [restFrom, n), once first asked */
  private readonly pair = new VectorPair();
  private beforeEnd = 0;
  private restFrom: number | undefined;

  constructor(
    private readonly blocks: readonly Block[],
    private readonly good: readonly boolean[],
  ) {}

  /** Cosine of the story so far against everything after `at` (the start of a run of non-good lines). */
  cosineAt(at: number): number {
    this.add(0, this.beforeEnd, at, 1);
    this.beforeEnd = at;
    if (this.restFrom === undefined) this.add(1, at, this.blocks.length, 1);
    else this.add(1, this.restFrom, at, -1);
    this.restFrom = at;
    return this.pair.cosine();
  }

  /** A new story starts at the run at `at`. */
  restartAt(at: number): void {
    this.pair.clear(0);
    this.beforeEnd = at;
  }

  private add(side: 0 | 1, from: number, to: number, sign: 1 | -1): void {
    for (let k = from; k < to; k++) if (this.good[k]) this.pair.add(side, (this.blocks[k] as Block).text, sign);
  }
}

/** Prose words on each side of an edge that the local cosine reads. */
const LOCAL_WORDS = 300;
/** At a page's edge, a cosine this low between the prose right beside it splits even when the whole sides share more. */
const MAX_LOCAL_COSINE_EDGE = 0.05;

/** Cosine of the LOCAL_WORDS prose words above `start` and below `end` (or 1 when it is not this low: no split). */
function localCosine(blocks: readonly Block[], good: readonly boolean[], start: number, end: number): number {
  const above: TopicVector = new Map();
  const below: TopicVector = new Map();
  let words = 0;
  for (let k = start - 1; k >= 0 && words < LOCAL_WORDS; k--) {
    if (!good[k]) continue;
    addWords(above, (blocks[k] as Block).text);
    words += blockWords(blocks[k] as Block);
  }
  words = 0;
  for (let k = end; k < blocks.length && words < LOCAL_WORDS; k++) {
    if (!good[k]) continue;
    addWords(below, (blocks[k] as Block).text);
    words += blockWords(blocks[k] as Block);
  }
  const sim = cosine(above, below);
  return sim < MAX_LOCAL_COSINE_EDGE ? sim : 1;
}

function evidenceOf(run: Run, sim: number): string {
  // (at an edge the cosine reported may be the local one: the prose right beside the run)
  const parts = [`${run.end - run.start} lines of furniture`];
  if (run.footer) parts.push(`${run.footer} closing lines${run.copyright ? ` (${run.copyright} copyright)` : ''}`);
  if (run.header) parts.push(`${run.header} opening lines${run.skip ? ` (${run.skip} skip links)` : ''}`);
  if (run.footerThenHeader) parts.push('closing lines above opening lines');
  if (run.nav) parts.push(`${run.nav} navigation lines`);
  if (run.menu) parts.push(`${run.menu} menu items`);
  if (run.social) parts.push(`${run.social} social links`);
  return `${parts.join(', ')} between two stretches of prose; vocabulary cosine ${sim.toFixed(2)}`;
}

/** A dialog after a page's footer: consent words, or a sign-up prompt's (not after a skip link: a page opens there, and may open with its sign-up box). */
const DIALOG_WORD = /\b(?:cookies?|consent|privacy|datenschutz\w*|einwilligung|dsgvo|gdpr|rgpd|données personnelles|personal data|newsletters?|subscribe|sign(?:ing)? up|inbox)\b/giu;
const CONSENT_MIN = 3;
/** A story so far this short that speaks of consent is a cookie notice, not a page. */
const CONSENT_STORY_WORDS = 400;

/**
 * The prose after a run is a consent or sign-up dialog (cookies, privacy, newsletter), not a page's
 * article: the first stretch of prose after it speaks of consent and no longer stretch follows
 * (an appended page may open with its own cookie notice above its article).
 */
function isConsent(blocks: readonly Block[], good: readonly boolean[], from: number, longest: number, words: RegExp): boolean {
  let count = 0;
  let hits = 0;
  let last = from;
  for (let k = from; k < blocks.length && k - last <= STRETCH_GAP + 1; k++) {
    if (!good[k]) continue;
    const text = (blocks[k] as Block).text;
    count += wordCount(text);
    hits += text.match(words)?.length ?? 0;
    last = k;
  }
  return hits >= CONSENT_MIN && count >= longest;
}
