import { blockWords } from '../lexicon/features.js';
import { INGREDIENTS_LABEL } from '../lexicon/patterns.js';
import type { Quality } from '../rules/quality.js';
import type { Block } from '../types.js';

/** The ingredient label sits this many lines above the body's first good block at most (a list of 15-20 amounts, each a line or two). */
const INGREDIENTS_REACH = 40;
/** An ingredient line ("200 g Zucker", "1 Pck. Backpulver") is short: shorter than a sentence of the method. */
const INGREDIENT_MAX_WORDS = 12;
/** Lines holding an amount (a digit) under the label, at least, and their least share of its lines: a list of quantities, not a menu with a few counts in it. */
const INGREDIENT_MIN_AMOUNTS = 3;
const INGREDIENT_AMOUNT_SHARE = 0.25;

/**
 * A recipe's ingredient list above its method: the dump prints each amount as a short line, which
 * the judge drops, so the body starts at the method's first sentence and the list is lost. An
 * ingredient label ("Zutaten", "Ingredients") within reach above the body, with short lines under
 * it of which several hold an amount, opens the body instead: the label and its lines are body.
 * On the dev dumps: trafilatura snippets tp +6, fn -6, fp 0 (4 pages, 2 per file-name half); WCXB
 * dumps and concat unchanged. Returns the new body start (bodyStart when there is no such list).
 */
export function ingredientList(blocks: readonly Block[], labels: Quality[], bodyStart: number): number {
  const floor = Math.max(0, bodyStart - INGREDIENTS_REACH);
  let label = -1;
  for (let i = bodyStart - 1; i >= floor; i--) {
    if (INGREDIENTS_LABEL.test((blocks[i] as Block).text)) {
      label = i;
      break;
    }
  }
  if (label < 0) return bodyStart;
  let amounts = 0;
  for (let i = label + 1; i < bodyStart; i++) {
    const b = blocks[i] as Block;
    if (blockWords(b) > INGREDIENT_MAX_WORDS) return bodyStart;
    if (/\d/.test(b.text)) amounts++;
  }
  if (amounts < INGREDIENT_MIN_AMOUNTS || amounts < INGREDIENT_AMOUNT_SHARE * (bodyStart - label - 1)) return bodyStart;
  for (let i = label; i < bodyStart; i++) labels[i] = 'good';
  return label;
}
