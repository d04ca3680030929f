import { wordCount } from '../lexicon/features.js';
import { NAV_WORDS, PAGE_FOOTER_LINE, PAGE_HEADER_LINE } from '../lexicon/patterns.js';
import type { Quality } from '../rules/quality.js';
import type { Block } from '../types.js';
import { addWords, cosine, type TopicVector } from './vocabulary.js';

/**
 * Where one whole page ends and another begins in a dump: a scraper that appends the next page
 * appends its furniture too. Between two stretches of prose, a run of furniture that holds a
 * page's closing lines (copyright, legal links) or a page's opening lines (skip link, menu,
 * account buttons) proposes a boundary; it is kept when a stretch of prose long enough to be an
 * article follows, and the vocabulary on the two sides differs (TextTiling's cohesion measure,
 * over content words: the story so far against everything after). A consent dialog (cookies,
 * privacy) on either side is no page of its own.
 */

export interface PageBoundary {
  /** index of the first block of the next page */
  at: number;
  /** what proposed it and the measured values that confirmed it */
  evidence: string;
}

/** A furniture run this long at least (lines between the two stretches of prose). */
const MIN_RUN = 3;
/** Prose words the story needs before a boundary. */
const MIN_BEFORE_WORDS = 100;
/** Words in the longest stretch of prose after the boundary: an article's body, not a cookie notice. */
const MIN_AFTER_STRETCH = 200;
/** Good blocks this close (non-good lines between them) make one stretch of prose. */
const STRETCH_GAP = 2;
/** Cosine of content-word vectors below which the two sides are different stories. */
const MAX_COSINE = 0.1;
/** A page's closing lines (copyright, legal links) in the run are strong evidence: a looser cosine. */
const MAX_COSINE_FOOTER = 0.2;
/** Navigation lines that count as a header when no closing or opening line is there. */
const MIN_NAV_LINES = 2;
const MAX_FURNITURE_CHARS = 200;
/** At most this many runs are weighed per dump (each weighing reads the vocabulary once). */
const MAX_WEIGHED = 64;

interface Run {
  start: number;
  end: number;
  /** just after the run's last closing line (the previous page's footer stays with it), else the run's start */
  cut: number;
  footer: number;
  header: number;
  nav: number;
}

/** What a run of non-prose lines holds: closing lines, opening lines, navigation lines. */
function furnitureOf(blocks: readonly Block[], start: number, end: number): Run {
  const run: Run = { start, end, cut: start, footer: 0, header: 0, nav: 0 };
  for (let k = start; k < end; k++) {
    const text = (blocks[k] as Block).text;
    if (text.length > MAX_FURNITURE_CHARS) continue;
    if (PAGE_FOOTER_LINE.test(text)) {
      run.footer++;
      run.cut = k + 1;
    }
    else if (PAGE_HEADER_LINE.test(text)) run.header++;
    else if (text.search(NAV_WORDS) >= 0) run.nav++;
  }
  return run;
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
      words += wordCount((blocks[i] as Block).text);
      lastGood = i;
    }
    best[i] = Math.max(best[i + 1] as number, good[i] ? words : 0);
  }
  return best;
}

/** Page boundaries in a dump whose blocks were labelled by the quality judge. */
export function findPageBoundaries(blocks: readonly Block[], labels: readonly Quality[]): PageBoundary[] {
  const n = blocks.length;
  const good = labels.map((q) => q === 'good');
  const stretch = longestStretchFrom(blocks, good);
  const rest: TopicVector = new Map();
  for (let i = 0; i < n; i++) if (good[i]) addWords(rest, (blocks[i] as Block).text);
  let before: TopicVector = new Map();
  let proseBefore = 0;
  let weighed = 0;
  // A consent dialog above the first page is no page of its own.
  let consentBefore = 0;
  const found: PageBoundary[] = [];
  let i = 0;
  while (i < n) {
    if (good[i]) {
      const text = (blocks[i] as Block).text;
      addWords(before, text);
      addWords(rest, text, -1);
      proseBefore += wordCount(text);
      consentBefore += text.match(CONSENT_WORD)?.length ?? 0;
      i++;
      continue;
    }
    let end = i;
    while (end < n && !good[end]) end++;
    if (end < n && end - i >= MIN_RUN && proseBefore >= MIN_BEFORE_WORDS && (stretch[end] as number) >= MIN_AFTER_STRETCH && weighed < MAX_WEIGHED) {
      const run = furnitureOf(blocks, i, end);
      if (run.footer > 0 || run.header > 0 || run.nav >= MIN_NAV_LINES) {
        weighed++;
        const sim = cosine(before, rest);
        const limit = run.footer > 0 ? MAX_COSINE_FOOTER : MAX_COSINE;
        const consent = isConsent(blocks, good, end, stretch[end] as number) || (consentBefore >= CONSENT_MIN && proseBefore < CONSENT_STORY_WORDS);
        if (sim < limit && !consent) {
          found.push({ at: run.cut < end ? run.cut : i, evidence: evidenceOf(run, sim) });
          before = new Map();
          proseBefore = 0;
          consentBefore = 0;
        }
      }
    }
    i = end;
  }
  return found;
}

function evidenceOf(run: Run, sim: number): string {
  const parts = [`${run.end - run.start} lines of furniture`];
  if (run.footer) parts.push(`${run.footer} closing lines`);
  if (run.header) parts.push(`${run.header} opening lines`);
  if (run.nav) parts.push(`${run.nav} navigation lines`);
  return `${parts.join(', ')} between two stretches of prose; vocabulary cosine ${sim.toFixed(2)}`;
}

const CONSENT_WORD = /\b(?:cookies?|consent|privacy|datenschutz\w*|einwilligung|dsgvo|gdpr|rgpd|données personnelles|personal data)\b/giu;
const CONSENT_MIN = 3;
/** A story so far this short that speaks of consent is a cookie notice, not a page. */
const CONSENT_STORY_WORDS = 400;

/**
 * The prose after a run is a consent dialog (cookies, privacy, personal data), not a page's
 * article: the first stretch of prose after it speaks of consent and no longer stretch follows
 * (an appended page may open with its own cookie notice above its article).
 */
function isConsent(blocks: readonly Block[], good: readonly boolean[], from: number, longest: number): boolean {
  let words = 0;
  let hits = 0;
  let last = from;
  for (let k = from; k < blocks.length && k - last <= STRETCH_GAP + 1; k++) {
    if (!good[k]) continue;
    const text = (blocks[k] as Block).text;
    words += wordCount(text);
    hits += text.match(CONSENT_WORD)?.length ?? 0;
    last = k;
  }
  return hits >= CONSENT_MIN && words >= longest;
}
