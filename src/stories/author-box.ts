import { blockIsProse, blockWords, isSpace } from '../lexicon/features.js';
import { isPersonName, MAX_NAME_CHARS } from '../lexicon/names.js';
import { BIO_NAME_PREFIX, BIO_SELF_NAMING, BIO_VERB, GIVEN_NAME_WORD } from '../lexicon/patterns.js';
import type { Quality } from '../rules/quality.js';
import type { Block } from '../types.js';

/**
 * An author's box under a dump's story prints the author's name on a line of its own, then a bio
 * that names them again in its first words ("Jane Doe" over "Jane is a travel writer who…", "Hi,
 * I'm Jane…"): the box is the person's, whatever profession the bio states. Only the body's last
 * few paragraphs are read; a body that pairs a name line with a paragraph naming it above them
 * too is a list of people (a profile round-up), whose last entry is no box.
 */
const REACH_PARAGRAPHS = 3;
/** A paragraph holds this many words at least (a teaser's headline with a full stop is none). */
const PARAGRAPH_WORDS = 15;
/** The name line sits this many lines above the bio at most (a role line, "Head Winemaker", between them). */
const NAME_ABOVE_LINES = 3;
/** A greeting names the blogger within this many characters ("Hi there! I'm Jane, and…"). */
const OPENING_CHARS = 40;
/** The story above the box holds at least this many times the words the cut takes. */
const BODY_SHARE = 2;

/** Where the body ends before a named author's box, or `end` when none is among its last paragraphs. */
export function namedBioCut(blocks: readonly Block[], labels: readonly Quality[], start: number, end: number): number {
  let seen = 0;
  let cut = end;
  let i = end - 1;
  for (; i > start && seen < REACH_PARAGRAPHS; i--) {
    if (!paragraph(blocks, labels, i)) continue;
    seen++;
    const name = nameAbove(blocks, i, start);
    if (name !== undefined) cut = name;
  }
  if (cut === end) return end;
  // A round-up of people pairs names with paragraphs all along; an author's box does so once, at the end.
  for (let k = i; k > start; k--) if (paragraph(blocks, labels, k) && nameAbove(blocks, k, start) !== undefined) return end;
  let above = 0;
  let below = 0;
  for (let k = start; k < end; k++) if (labels[k] === 'good') (k < cut ? (above += blockWords(blocks[k] as Block)) : (below += blockWords(blocks[k] as Block)));
  return above >= BODY_SHARE * below ? cut : end;
}

/** A good block of prose this long: a bio's paragraph, not a teaser's one-line title. */
function paragraph(blocks: readonly Block[], labels: readonly Quality[], i: number): boolean {
  const b = blocks[i] as Block;
  return labels[i] === 'good' && blockWords(b) >= PARAGRAPH_WORDS && blockIsProse(b);
}

/** The index of a name line just above the paragraph at `i` that the paragraph names in its first words. */
function nameAbove(blocks: readonly Block[], i: number, start: number): number | undefined {
  const para = blocks[i] as Block;
  for (let k = i - 1; k > start && para.id - (blocks[k] as Block).id <= NAME_ABOVE_LINES; k--) {
    if (names(para.text, (blocks[k] as Block).text)) return k;
  }
  return undefined;
}

/**
 * The line is a person's name of two words or more, and the paragraph opens on it: the whole
 * name or the first name, then a verb of who they are or a comma ("Irene is a writer…", "Jane
 * Doe, our editor, …"), or after a greeting's "I'm". A heading whose paragraph opens on its first
 * word ("Filing Receipt" over "Filing receipts are mailed…") names no one.
 */
function names(para: string, line: string): boolean {
  const name = line.trim().replace(BIO_NAME_PREFIX, '');
  // A paragraph above (no name: too long) is ruled out before it is read word by word.
  if (name.length > MAX_NAME_CHARS || !nameWords(name) || !isPersonName(name)) return false;
  const first = name.split(/\s+/u, 1)[0] as string;
  const text = para.replace(BIO_NAME_PREFIX, '');
  for (const said of [name, first]) {
    const at = text.indexOf(said);
    if (at < 0 || at > OPENING_CHARS) continue;
    if (at > 0 && !BIO_SELF_NAMING.test(text.slice(0, at))) continue;
    const rest = text.slice(at + said.length);
    if (rest.startsWith(',') || BIO_VERB.test(rest.trim().split(/\s+/u)[0] ?? '') || (at > 0 && /^\W/u.test(rest))) return true;
  }
  return false;
}

/**
 * The pieces `name.split(/\s+/u)` gives are two or more, each a word of a person's name
 * (GIVEN_NAME_WORD), read piece by piece: the line above a paragraph is often a paragraph too,
 * which fails on its first lower-case word without an array of all its words.
 */
export function nameWords(name: string): boolean {
  let pieces = 0;
  let from = 0;
  for (let i = 0; i <= name.length; i++) {
    if (i < name.length && !isSpace(name.charCodeAt(i))) continue;
    if (!GIVEN_NAME_WORD.test(name.slice(from, i))) return false;
    pieces++;
    while (i + 1 < name.length && isSpace(name.charCodeAt(i + 1))) i++;
    from = i + 1;
  }
  return pieces >= 2;
}
