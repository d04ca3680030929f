import { blockWords, hasDigit } from '../lexicon/features.js';
import type { Block } from '../types.js';

/**
 * A dump whose page did not render its content (a script's app, a blocked request) holds only the
 * site's menus and footer lists. Once the repeats and the plain furniture go, what is left is the
 * menus' other labels ("Platform Overview", "Brand Kit", "Open Kitchen Menu"): isolated labels of a
 * few words, no numbers, and a small part of the dump. That is no story. A spec list carries
 * numbers, a grid of tiles repeats its shape (stories/tile-grid), a list that is the page's
 * content is most of the dump: those stay.
 */
/** Labels: a menu item has this many words at most ("Open Shop by Room Menu"). */
const LABEL_MAX_WORDS = 4;
/** Of the lines left, this share at least are labels. */
const LABEL_SHARE = 0.8;
/** No line left is longer than a banner's ("Move your site here and get a month free"). */
const LINE_MAX_WORDS = 12;
/** Lines holding a number (a spec, a price, a date, a count) at most this share of the lines left. */
const NUMBER_SHARE = 0.1;
/** The lines left hold this share of the dump's words at most: the rest was furniture. */
const WORD_SHARE = 0.25;
/** Lines left at least: a few labels left over are a short story's furniture, not a page of menus. */
const MIN_LINES = 8;

/**
 * Why the lines a short-line body would keep (`good`) are a menu's residue rather than content,
 * or undefined when they may be content. `total` is the story's words before the line rules.
 */
export function menuResidue(good: readonly Block[], total: number): string | undefined {
  if (good.length < MIN_LINES) return undefined;
  let labels = 0;
  let numbers = 0;
  let words = 0;
  for (const b of good) {
    const n = blockWords(b);
    if (n > LINE_MAX_WORDS) return undefined;
    if (n <= LABEL_MAX_WORDS) labels++;
    if (hasDigit(b.text)) numbers++;
    words += n;
  }
  if (labels < LABEL_SHARE * good.length || numbers > NUMBER_SHARE * good.length || words > WORD_SHARE * total) return undefined;
  return `a menu's residue: ${labels} of ${good.length} lines are labels of ${LABEL_MAX_WORDS} words at most, ${numbers} hold a number, and they keep ${words} of the story's ${total} words`;
}
