import { wordCount } from '../lexicon/features.js';
import { CONSENT_WORD, COOKIE_HINT } from '../lexicon/patterns.js';
import type { Quality } from '../rules/quality.js';
import type { Block } from '../types.js';

/** A consent dialog's text is a few sentences: this many words at most (80, 110 and 150 measured on the WCXB dumps: from 110 on, two pages lose, a listing whose stretch then opened lower among them). */
const CONSENT_NOTICE_WORDS = 80;

/** A cookie or consent dialog's text: the cookie hint and two consent words in a notice's length. */
function consentNotice(text: string): boolean {
  return COOKIE_HINT.test(text) && wordCount(text) <= CONSENT_NOTICE_WORDS && (text.match(CONSENT_WORD)?.length ?? 0) >= 2;
}

/**
 * The good stretch less the consent dialog at either edge: a browser prints a cookie dialog's
 * sentences above the page or below its footer, and as the stretch's first or last good blocks
 * they stretch the body over the page's whole header or footer. Only at the edges: a paragraph
 * about cookies inside an article stays.
 */
export function trimConsent(blocks: readonly Block[], labels: readonly Quality[], start: number, end: number): [number, number] {
  let e = end;
  while (e - 1 > start && (labels[e - 1] !== 'good' || consentNotice((blocks[e - 1] as Block).text))) e--;
  let s = start;
  while (s + 1 < e && (labels[s] !== 'good' || consentNotice((blocks[s] as Block).text))) s++;
  return [s, e];
}
