import { blockWords } from '../lexicon/features.js';
import { CONSENT_WORD, COOKIE_HINT } from '../lexicon/patterns.js';
import type { Quality } from '../rules/quality.js';
import type { Block } from '../types.js';

/** A consent dialog's text is a few sentences: this many words at most (80, 110 and 150 measured on the WCXB dumps: from 110 on, two pages lose, a listing whose stretch then opened lower among them). */
const CONSENT_NOTICE_WORDS = 80;

/** A cookie or consent dialog's text: the cookie hint and two consent words in a notice's length. */
export function consentNotice(b: Block): boolean {
  return COOKIE_HINT.test(b.text) && blockWords(b) <= CONSENT_NOTICE_WORDS && (b.text.match(CONSENT_WORD)?.length ?? 0) >= 2;
}

/**
 * The good stretch less the consent dialog at either edge: a browser prints a cookie dialog's
 * sentences above the page or below its footer, and as the stretch's first or last good blocks
 * they stretch the body over the page's whole header or footer. At the end the dialog starts at
 * its notice, when the few good blocks below it (its purposes and settings) are a dialog's length.
 * Only at the edges: a paragraph about cookies inside an article stays.
 */
export function trimConsent(blocks: readonly Block[], labels: readonly Quality[], start: number, end: number): [number, number] {
  let e = dialogStart(blocks, labels, start, end);
  while (e - 1 > start && (labels[e - 1] !== 'good' || consentNotice(blocks[e - 1] as Block))) e--;
  let s = start;
  while (s + 1 < e && (labels[s] !== 'good' || consentNotice(blocks[s] as Block))) s++;
  return [s, e];
}

/**
 * A dialog's notice sits among the stretch's last this many good blocks, with at most this many
 * words from it to the end: the purposes and settings a consent platform lists under its notice
 * ("Store and/or access information on a device", "Personalised advertising"). On the WCXB dev
 * dumps 4/250, 6/250, 4/400 and 8/600 moved the same five pages up; from 6 blocks on one more
 * (a service page whose last sections speak of GDPR) went down.
 */
const DIALOG_REACH = 4;
const DIALOG_WORDS = 250;

/** Where a consent dialog at the stretch's end starts: its notice among the last few good blocks (`end` when there is none). */
function dialogStart(blocks: readonly Block[], labels: readonly Quality[], start: number, end: number): number {
  let seen = 0;
  let words = 0;
  for (let i = end - 1; i > start && seen < DIALOG_REACH; i--) {
    if (labels[i] !== 'good') continue;
    seen++;
    const b = blocks[i] as Block;
    words += blockWords(b);
    if (words > DIALOG_WORDS) return end;
    if (consentNotice(b)) return i;
  }
  return end;
}
