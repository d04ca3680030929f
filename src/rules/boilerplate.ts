import { findDate } from '../lexicon/dates.js';
import { NAV_WORDS, noticePhrase, READ_MORE } from '../lexicon/patterns.js';
import { endsSentence, wordCount } from '../lexicon/features.js';
import type { Rule } from './rule.js';

/** Longest line a notice rule may drop: a real paragraph that mentions cookies is longer. */
const NOTICE_MAX = 320;
const COPYRIGHT_MAX = 200;
const MENU_MAX_WORDS = 12;
const BREADCRUMB_MAX = 150;
const BREADCRUMB_MARK = /[>»›/]/;
/** Share of a line's words that must be navigation words for it to be a menu line. */
const MENU_NAV_SHARE = 0.5;

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
    test: (b) => (b.text.length <= COPYRIGHT_MAX && /©/.test(b.text) ? `© in a ${b.text.length}-character line` : null),
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
    id: 'nav/breadcrumb',
    describe: 'a breadcrumb trail ("Home > News > World")',
    test: (b) => {
      // Every separator holds one of these characters: a line without one is one part.
      if (b.text.length > BREADCRUMB_MAX || !BREADCRUMB_MARK.test(b.text)) return null;
      const parts = b.text.split(/\s*[>»›]\s*|\s+\/\s+/);
      if (parts.length < 3) return null;
      return parts.every((p) => wordCount(p) <= 5) ? `breadcrumb of ${parts.length} parts` : null;
    },
  },
] as const satisfies readonly Rule<string>[];
