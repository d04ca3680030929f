import type { Quality } from '../rules/quality.js';
import type { Block } from '../types.js';

/**
 * A body line that ends in a colon announces what follows ("You will need:", "The steps are:"):
 * the short lines between it and the next good block are its list, items the prose judge takes
 * for a menu. Only inside the body: a colon line cannot stretch the body's bounds.
 */
const INTRO_END = /:\s*$/;

/** Marks the lines of each list a good body line introduces as good; returns the indexes it marked. */
export function introducedLists(blocks: readonly Block[], labels: Quality[], bodyStart: number, bodyEnd: number): number[] {
  const marked: number[] = [];
  let i = bodyStart;
  while (i < bodyEnd) {
    if (labels[i] !== 'good' || !INTRO_END.test((blocks[i] as Block).text)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < bodyEnd && labels[j] !== 'good') j++;
    // A list runs up to the body's next good block; one that runs off the body's end is the page's.
    if (j < bodyEnd) {
      for (let k = i + 1; k < j; k++) {
        labels[k] = 'good';
        marked.push(k);
      }
    }
    i = j;
  }
  return marked;
}
