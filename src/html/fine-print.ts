import { clip, type RemovalLog } from '../rules/rule.js';
import { LEGAL_NOTICE_KINDS } from '../lexicon/patterns.js';
import { blockWords } from '../lexicon/features.js';
import type { Block } from '../types.js';

/**
 * html/legal-notice: on a product page, the maker's or publisher's legal fine print (copyright,
 * trademarks, licence and account terms, privacy policy). It is the same boilerplate on every item
 * of that maker and says nothing about the item itself. A block is fine print when its text holds
 * two kinds of legal wording (LEGAL_NOTICE_KINDS): one alone is a fact of the item ("Requires
 * agreement to a third-party EULA"). The notice's other lines go with it (lines a <br> breaks
 * apart, paragraphs side by side: the blocks next to it whose element has the same path): a
 * notice states only some of its terms in those words.
 */

/** Two kinds of legal wording make a notice; one is a sentence that mentions a term. */
const MIN_KINDS = 2;
/** A notice's run is fine print, not a description's length (longer ones stay whole). */
const NOTICE_MAX_WORDS = 600;

/** Another line of the notice: not a heading, and set in an element at the same place (one path). */
const sameContainer = (other: Block, notice: Block): boolean => other.kind !== 'heading' && other.where !== '' && other.where === notice.where;

const legalKinds = (text: string): number => LEGAL_NOTICE_KINDS.reduce((n, kind) => (kind.test(text) ? n + 1 : n), 0);

/** Drops each legal notice of a product's blocks with the lines of its container, up to NOTICE_MAX_WORDS. */
export function dropLegalNotices(blocks: readonly Block[], log: RemovalLog): Block[] {
  const drop = new Set<number>();
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    if (drop.has(i) || b.kind === 'heading' || legalKinds(b.text) < MIN_KINDS) continue;
    // The run of blocks in the notice's container (its other lines, its sibling paragraphs).
    let start = i;
    while (start > 0 && sameContainer(blocks[start - 1] as Block, b)) start--;
    let end = i + 1;
    while (end < blocks.length && sameContainer(blocks[end] as Block, b)) end++;
    let words = 0;
    for (let j = start; j < end; j++) words += blockWords(blocks[j] as Block);
    if (words > NOTICE_MAX_WORDS) continue;
    for (let j = start; j < end; j++) {
      if (drop.has(j)) continue;
      drop.add(j);
      log.drop(blocks[j] as Block, 'html/legal-notice', `in a legal notice of ${words} words ("${clip(b.text)}"): fine print, not the product`);
    }
  }
  return drop.size === 0 ? [...blocks] : blocks.filter((_, i) => !drop.has(i));
}
