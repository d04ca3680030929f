import { findDate } from '../lexicon/dates.js';
import { GLUE_POINT, GLUE_POINT_ONE, NAV_WORDS, NOT_GLUED_MENU, noticePhrase, PROSE_MARK, READ_MORE } from '../lexicon/patterns.js';
import { endsSentence, wordCount } from '../lexicon/features.js';
import type { Rule } from './rule.js';

/** Longest line a notice rule may drop: a real paragraph that mentions cookies is longer. */
const NOTICE_MAX = 320;
const COPYRIGHT_MAX = 200;
const MENU_MAX_WORDS = 12;
const BREADCRUMB_MAX = 150;
/** A character every breadcrumb separator holds (the split below is the rule). */
const BREADCRUMB_SEPARATOR = /[>»›/]/;
/** Share of a line's words that must be navigation words for it to be a menu line. */
const MENU_NAV_SHARE = 0.5;

/** A line needs this many glue points (lexicon/patterns GLUE_POINT), in two words at least: one name in camel case ("PowerPoint") is not a menu. */
const GLUE_MIN = 3;
/** Glue points per word at least: a product name in a sentence has one in many words. */
const GLUE_PER_WORD = 0.25;
/** Glue points per comma, colon or sentence mark at least. */
const GLUE_PER_MARK = 3;

/** A character outside ASCII: GLUE_POINT is asked of such text. */
const NON_ASCII = /[^\x00-\x7f]/;
/** An ASCII glue point: ASCII text without one holds none (GLUE_POINT_ONE on ASCII). */
const ASCII_GLUE = /[a-z][A-Z][a-z]/;

/**
 * GLUE_POINT's count; ASCII text is read char by char (every line that ends no sentence is asked),
 * once the compiled scans found it ASCII with a glue point at all (most lines have none).
 */
function glueCount(text: string): number {
  if (NON_ASCII.test(text)) return text.match(GLUE_POINT)?.length ?? 0;
  if (!ASCII_GLUE.test(text)) return 0;
  // Counted by hand: overlapping places count here ("aBcDe": two), where GLUE_POINT's matches do not overlap.
  let n = 0;
  for (let i = 0; i + 2 < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) {
      const d = text.charCodeAt(i + 1);
      const e = text.charCodeAt(i + 2);
      if (d >= 65 && d <= 90 && e >= 97 && e <= 122) n++;
    }
  }
  return n;
}

/** The reason a line is a glued menu, or null. */
function gluedMenu(text: string): string | null {
  // Most lines end a sentence or hold no glue: those cost one scan, no split.
  if (endsSentence(text)) return null;
  const glue = glueCount(text);
  if (glue < GLUE_MIN || NOT_GLUED_MENU.test(text)) return null;
  let tokens = 0;
  for (const token of text.split(/\s+/)) if (GLUE_POINT_ONE.test(token)) tokens++;
  const words = wordCount(text);
  if (tokens < 2 || glue < GLUE_PER_WORD * words) return null;
  // A menu's item may hold a comma ("Hot Tubs, Saunas & Pools"); prose and headlines hold more per glue point.
  if ((text.match(PROSE_MARK)?.length ?? 0) * GLUE_PER_MARK > glue) return null;
  return `${glue} places in ${words} words where menu items were glued together`;
}

/** Cookie notices, newsletter prompts, copyright and footer lines, navigation. */
export const BOILERPLATE_RULES = [
  {
    id: 'boilerplate/notice',
    describe: 'cookie notices, newsletter and subscription prompts, paywall and footer sentences',
    test: (b) => {
      const phrase = b.text.length > NOTICE_MAX ? undefined : noticePhrase(b.text);
      return phrase === undefined ? null : `notice phrase "${phrase}" in a ${b.text.length}-character line`;
    },
  },
  {
    id: 'boilerplate/copyright',
    describe: 'a short line holding a copyright sign (jusText: © marks a bad block)',
    test: (b) => (b.text.length <= COPYRIGHT_MAX && b.text.includes('©') ? `© in a ${b.text.length}-character line` : null),
  },
  {
    id: 'boilerplate/read-more',
    describe: '"Read more…", "Continue reading", "Weiterlesen" and similar link tails',
    test: (b) => (b.text.length <= 80 && READ_MORE.test(b.text) ? `read-more link: "${b.text}"` : null),
  },
  {
    id: 'nav/menu-line',
    describe: 'a short unpunctuated line made mostly of navigation words ("Menu", "Explore", "Search", "Home")',
    test: (b) => {
      if (endsSentence(b.text) || b.text.search(NAV_WORDS) < 0) return null;
      const found = findDate(b.text);
      const rest = found ? b.text.slice(0, found.start) + ' ' + b.text.slice(found.end) : b.text;
      const words = wordCount(rest);
      if (words === 0 || words > MENU_MAX_WORDS) return null;
      const nav = rest.match(NAV_WORDS) ?? [];
      const navWords = nav.reduce((n, w) => n + wordCount(w), 0);
      if (navWords / words < MENU_NAV_SHARE) return null;
      return `${navWords} of ${words} words are navigation words (${nav.map((w) => w.trim()).join(', ')})`;
    },
  },
  {
    id: 'nav/glued-menu',
    describe: 'a line of menu items a text dump glued together ("SofasSectionalsTV StandsCoffee Tables"): 3+ glue points in 2+ words, one per 4 words or more, three per comma or sentence mark, no code',
    test: (b) => gluedMenu(b.text),
  },
  {
    id: 'nav/breadcrumb',
    describe: 'a breadcrumb trail ("Home > News > World")',
    test: (b) => {
      // Most lines hold no separator at all: no split (an array per line) for them.
      if (b.text.length > BREADCRUMB_MAX || !BREADCRUMB_SEPARATOR.test(b.text)) return null;
      const parts = b.text.split(/\s*[>»›]\s*|\s+\/\s+/);
      if (parts.length < 3) return null;
      return parts.every((p) => wordCount(p) <= 5) ? `breadcrumb of ${parts.length} parts` : null;
    },
  },
] as const satisfies readonly Rule<string>[];
