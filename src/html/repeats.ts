import { clip, type RemovalLog } from '../rules/rule.js';
import type { Block } from '../types.js';

/**
 * A product page's field that prints its value more than once in one run of text: a spec sheet's
 * "Reviews" or "Synopsis" value that the shop's feed joined from several copies of the same blurb
 * ("…vital reading. – Toronto Star, One of the best books of…vital reading. – Toronto Star").
 * A reader sees the same passage again; the later copies are no more of the product's words.
 * Only long runs count, so a phrase a description says twice ("soft, soft cotton") stays.
 */

/** Words compared at once: a passage this long recurring word for word is a copy, not a refrain. */
const SHINGLE = 8;
/** A repeated run shorter than this stays (a slogan, a sentence quoted twice). */
const MIN_RUN = 30;

/** A token's letters and digits, lower-cased: the copies differ in dashes, quotes and ellipses. */
const WORD = /[\p{L}\p{N}]+/gu;
const key = (token: string): string => (token.toLowerCase().match(WORD) ?? []).join('');

/** The text without the runs of MIN_RUN+ words that repeat what it said before; null when none. */
export function withoutRepeats(text: string): string | null {
  const tokens = text.split(' ');
  const keys = tokens.map(key);
  const words = keys.flatMap((k, i) => (k ? [i] : []));
  if (words.length < 2 * MIN_RUN) return null;
  const seen = new Set<string>();
  const repeated = new Array<boolean>(tokens.length).fill(false);
  for (let j = 0; j + SHINGLE <= words.length; j++) {
    const at = words.slice(j, j + SHINGLE);
    const shingle = at.map((i) => keys[i]).join(' ');
    if (seen.has(shingle)) for (const i of at) repeated[i] = true;
    else seen.add(shingle);
  }
  const kept: string[] = [];
  let cut = false;
  for (let i = 0; i < tokens.length; ) {
    if (!repeated[i]) {
      kept.push(tokens[i] as string);
      i++;
      continue;
    }
    // A run of repeated words, with the punctuation tokens between them.
    let end = i;
    let n = 0;
    while (end < tokens.length && (repeated[end] || !keys[end])) {
      if (keys[end]) n++;
      end++;
    }
    if (n >= MIN_RUN) cut = true;
    else kept.push(...tokens.slice(i, end));
    i = end;
  }
  return cut ? kept.join(' ') : null;
}

/** Each block's text without its repeated passages; the cut copies are recorded. */
export function dropRepeatedPassages(blocks: readonly Block[], log: RemovalLog): Block[] {
  return blocks.map((b) => {
    if (b.shape?.cells || b.shape?.code) return b;
    const text = withoutRepeats(b.text);
    if (text === null) return b;
    log.drop({ text: b.text, where: b.where }, 'html/repeated-passage', `the text says a passage of ${MIN_RUN}+ words again (${b.text.length} characters cut to ${text.length}, which stay: "${clip(text)}")`);
    if (!b.shape?.inline) return { ...b, text };
    // The inline runs spell the whole text: without them the block prints the text kept.
    const { inline: _inline, ...shape } = b.shape;
    return { ...b, text, shape };
  });
}
