import { blockWords } from '../lexicon/features.js';
import { STANDFIRST_MARKS, STANDFIRST_OPEN } from '../lexicon/patterns.js';
import type { Block } from '../types.js';

/** Lines between the title and the body's first line, at most, for one of them to be the standfirst. */
const STANDFIRST_REACH = 2;
const STANDFIRST_MIN_WORDS = 8;
const STANDFIRST_MAX_WORDS = 60;
/** A list of tags or names has more commas than a sentence under a headline. */
const STANDFIRST_MAX_COMMAS = 3;

/**
 * The standfirst (dek) between a story's headline and its first paragraph: a line of 8-60 words
 * right under the title, with the body at most two lines below, is the story's summary, which the
 * body's start (the first good block, past header lines that end no sentence) leaves out. Not a
 * line holding a date, a time, a label, a credit in brackets or a breadcrumb's marks (digits,
 * colons, brackets, "»", "|", "·"), a list of tags, or one opening in lower case. On the dev dumps:
 * trafilatura snippets tp +9, fp +1 (both file halves up); WCXB dumps level (even +0.00001, odd 0.0000).
 */
export function standfirst(blocks: readonly Block[], title: number | undefined, bodyStart: number, bodyEnd: number): number | undefined {
  if (title === undefined || title >= bodyStart || bodyStart - title - 1 > STANDFIRST_REACH || bodyStart >= bodyEnd) return undefined;
  for (let i = title + 1; i < bodyStart; i++) {
    const text = (blocks[i] as Block).text;
    const words = blockWords(blocks[i] as Block);
    if (words < STANDFIRST_MIN_WORDS || words > STANDFIRST_MAX_WORDS || !STANDFIRST_OPEN.test(text) || STANDFIRST_MARKS.test(text)) continue;
    if (commas(text) > STANDFIRST_MAX_COMMAS) continue;
    return i;
  }
  return undefined;
}

function commas(text: string): number {
  let n = 0;
  for (let k = text.indexOf(','); k >= 0; k = text.indexOf(',', k + 1)) n++;
  return n;
}
