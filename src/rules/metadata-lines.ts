import { besideDate, dateOpens, findDate, gluesAge, hasYearDigits, isTimestampLine, unglueAge, type FoundDate } from '../lexicon/dates.js';
import { authorsOf, isPersonName, teamBrand } from '../lexicon/names.js';
import { blockIsProse, blockKey, blockWords, creditOf, endsSentence, forEachLowerWord, wordCount } from '../lexicon/features.js';
import { AGENCY, AUTHOR_LABEL_LINE, AUTHOR_LABEL_PREFIX, BYLINE, BYLINE_HEAD, BYLINE_PREFIX, GLUED_BY, DOMAIN_WORD, MEMBER_SINCE, READ_TIME, STAMP_LABEL_TAIL, STAMP_PREFIX, STAMP_SEPARATOR, TRAILING_SEPARATOR, UPDATE_WORD } from '../lexicon/patterns.js';
import { labelledByline, signedName, threadStarter } from '../lexicon/signed.js';
import type { RuleId } from './registry.js';
import { clip, type Rule } from './rule.js';
import type { Block } from '../types.js';

/** What a metadata rule does with the line it takes out of the body. */
export type MetaField = 'caption' | 'published' | 'byline' | 'source';

export interface MetaRule<Id extends string = RuleId> extends Rule<Id> {
  readonly takes: MetaField;
  /** true for a line whose value is taken while the line keeps its place in the body */
  readonly stays?: (block: Block) => boolean;
}

const CAPTION_MAX_WORDS = 80;
const BYLINE_MAX_WORDS = 12;
const SOURCE_MAX_WORDS = 4;
const BARE_NAME_MAX_WORDS = 4;
/** A bare name counts only in the first third of the story's lines (its header, not comments). */
const BARE_NAME_SHARE = 1 / 3;
const TIMESTAMP_MAX_CHARS = 120;

/**
 * Header lines that become metadata instead of body: captions, timestamps, bylines, sources.
 * Run before the quality rules, which would otherwise drop these short unpunctuated lines
 * without keeping what they say.
 */
export const META_RULES = [
  {
    id: 'meta/caption-credit',
    takes: 'caption',
    describe: 'a line ending in a photo credit ("(AFP)", "(AP Photo/…)", "Getty Images", "© Name") is a caption, unless the story is told in its captions',
    test: (b, ctx) => {
      if (b.hints?.includes('caption')) return toldCaption(b) && toldInCaptions(ctx.blocks) ? null : 'marked as a caption in the markup';
      if (blockWords(b) > CAPTION_MAX_WORDS) return null;
      const credit = creditOf(b.text);
      return credit === undefined ? null : `ends in a photo credit "${credit.trim()}"`;
    },
  },
  {
    id: 'meta/timestamp',
    takes: 'published',
    describe: 'a timestamp line ("Feb 16, 2025 05:45 AM IST", "Updated 3 March 2024", "16.02.2025, 14:30 Uhr"); a post\'s stamp with its age glued on ("June 14, 20241 yr") is read and stays in the body',
    test: (b) => {
      const found = timestampOf(b.text) ?? gluedTimestamp(b.text);
      return found ? `timestamp ${found.iso}` : null;
    },
    // A dump runs a post's stamp and its age together ("June 14, 20241 yr"): a forum post's or a
    // card's header line, which the story keeps (the WCXB references keep posts' date lines); its
    // date still counts.
    stays: (b) => gluesAge(b.text),
  },
  {
    id: 'meta/byline',
    takes: 'byline',
    describe: 'a byline ("By Jane Doe", "Von Max Muster")',
    test: (b, ctx) => {
      if (b.hints?.includes('byline')) return 'marked as a byline in the markup';
      const words = blockWords(b);
      const head = headName(b.text);
      if (words > BYLINE_MAX_WORDS ? head === undefined : endsSentence(b.text)) return null;
      if (BYLINE.test(b.text.replace(GLUED_BY, 'By '))) return `byline of ${words} words`;
      if (head !== undefined) return `byline "${head}" before a separator`;
      if (b.kind === 'heading') return null;
      return labelledName(b.text, ctx.blocks, ctx.index) ?? bareName(b.text, ctx.blocks, ctx.index);
    },
  },
  {
    id: 'meta/source',
    takes: 'source',
    describe: 'a source line: a news agency or a short name ending in a separator ("Reuters |")',
    test: (b) => {
      const words = blockWords(b);
      if (words === 0 || words > SOURCE_MAX_WORDS || endsSentence(b.text)) return null;
      const name = b.text.replace(TRAILING_SEPARATOR, '');
      if (AGENCY.test(name)) return `news agency "${name}"`;
      if (name !== b.text && /^\p{Lu}/u.test(name)) return `short name "${name}" ending in a separator`;
      return null;
    },
  },
] as const satisfies readonly MetaRule<string>[];

/** Longest line read as a byline that goes on past a separator. */
const BYLINE_HEAD_MAX_CHARS = 160;

/** "By Jane Doe | Travel | 8 min read": the name before the separator, when it is people's names. */
function headName(text: string): string | undefined {
  if (text.length > BYLINE_HEAD_MAX_CHARS) return undefined;
  const name = BYLINE_HEAD.exec(text)?.[1]?.trim();
  return name !== undefined && authorsOf(name).length > 0 ? name : undefined;
}

/**
 * "Jane Doe" over "September 4, 2025" in the story's first third: a bare full name (or a team's,
 * "Harbour Team") right above the timestamp is the byline. Its words must be names in this story,
 * never used in lower case elsewhere ("Climate Change", "Related Articles" are ordinary words
 * capitalised as a heading).
 */
function bareName(text: string, blocks: readonly Block[], index: number): string | null {
  const words = wordCount(text);
  if (words < 2 || words > BARE_NAME_MAX_WORDS || !inHeader(blocks, index) || !/^\p{L}/u.test(text)) return null;
  const below = blocks[index + 1];
  const own = below === undefined || !isTimestamp(below.text) ? undefined : signerWords(text.trim());
  if (own === undefined || writesAnyLower(own, blocks)) return null;
  return `a name above the timestamp line "${clip(below?.text ?? '')}"`;
}

/**
 * A dump's bare name on the line right under the story's headline, with the story's timestamp
 * or reading time a few lines below or above it ("Lisa Pham" / "Jun 9" / "5 min read" under the
 * headline): the byline. Two to four name words (a person's or a team's), none of which the
 * story writes in lower case.
 */
export function nameUnderHeadline(blocks: readonly Block[], title: number, bodyStart: number, all: readonly Block[]): string | undefined {
  const block = title + 1 < bodyStart ? blocks[title + 1] : undefined;
  const line = block?.text.trim();
  // A role after a comma, or a site's domain ("Acme.ai"), is no bare name.
  if (block === undefined || line === undefined || line.includes(',') || DOMAIN_WORD.test(line)) return undefined;
  const words = wordCount(line);
  const own = signerWords(line);
  if (words < 2 || words > BARE_NAME_MAX_WORDS || own === undefined) return undefined;
  // The lines the metadata rules took (the timestamp among them) are in the story's whole run; the
  // stamp may sit above the name ("May 2, 2025" between the headline and the name, or over a kicker and the headline).
  const at = all.indexOf(block);
  const stamped = (b: Block): boolean => isTimestamp(b.text) || READ_TIME.test(b.text);
  if (at < 0 || !(all.slice(at + 1, at + 1 + STAMP_LOOKAHEAD).some(stamped) || all.slice(Math.max(0, at - STAMP_LOOKAHEAD), at).some(stamped))) return undefined;
  return writesAnyLower(own, all) ? undefined : line;
}

/**
 * "Jane Doe October 14, 2025", "Jane Doe • Oct 20, 2025", "Jane Doe | May 22, 2025": a dump
 * joins a header's name and date elements on one line, the name first. A full name (two to four
 * name words, none of which the story writes in lower case) before the stamp's date is the byline,
 * as the same name on the line above the stamp is (bareName). A text after the date is not read:
 * a section, a place or a source follows a date as often ("Jan 26, 2016 near Hudson").
 */
export function nameBeforeStamp(text: string, blocks: readonly Block[]): string | undefined {
  // "ByJane DoeMar 5, 2025": the dump glued a "By" label to the name, and the name to the date.
  const line = text.replace(GLUED_BY, 'By ');
  const found = findDate(line);
  if (found === null || dateOpens(line, found)) return undefined;
  const name = besideDate(line, found).replace(STAMP_LABEL_TAIL, '').replace(AUTHOR_LABEL_PREFIX, '').replace(TRAILING_SEPARATOR, '').trim();
  // A role after a comma ("Associate Editor, Acme"), or a site's domain ("Acme.Cloud"), is no bare name.
  // A review's or an edit's label the dump glued on ("Jane DoeReviewed 06/08/2024") names no writer.
  if (name.includes(',') || DOMAIN_WORD.test(name) || DOTTED_WORD.test(name) || UPDATE_WORD.test(name) || GLUED_OTHER_LABEL.test(name)) return undefined;
  const words = wordCount(name);
  if (words < 2 || words > BARE_NAME_MAX_WORDS || !/^\p{Lu}/u.test(name) || !isPersonName(name)) return undefined;
  return writesAnyLower(name, blocks) ? undefined : name;
}

/**
 * The words of a bare name line that must be names in the story (writesAnyLower): a person's
 * whole name, or a team's own words ("Harbour" of "Harbour Team": "team" is an everyday word);
 * undefined for a line that names neither.
 */
function signerWords(line: string): string | undefined {
  return isPersonName(line) ? line : teamBrand(line);
}

/** A word running on past a dot ("Acme.Cloud"), as a domain does; an initial ("A.J. Neal") does not. */
const DOTTED_WORD = /\p{L}\.\p{L}{2}/u;
/** A label of another's part in the story glued to the name's last word ("DoeReviewed", "DoeEdited"). */
const GLUED_OTHER_LABEL = /\p{Ll}(?:Reviewed|Edited|Modified)$/u;

/** How many lines under the name the story's timestamp may sit (a role or a bullet between). */
const STAMP_LOOKAHEAD = 3;

/**
 * What the few lines right under a dump's headline say that no metadata rule took, because they
 * say more than a date or a name ("March 15, 2022 · 3 min read · By Acme Online", "Posted on May
 * 2, 2025 by Jane Doe - 5 Comments", "By: Jane Doe"): the bounds drop them unread as furniture,
 * or keep them as the body's first line. The first dated line is the story's stamp; the first
 * "By" label among them signs the story (lexicon/signed, as in an HTML header), a starter label
 * a thread. Short lines only, no prose.
 */
export function underHeadline(blocks: readonly Block[], title: number): UnderHeadline {
  const found: UnderHeadline = {};
  // Wherever the bounds start the body: a short header line may read as its first line.
  for (let i = title + 1; i < blocks.length && i <= title + STAMP_LOOKAHEAD; i++) {
    const b = blocks[i] as Block;
    if (blockWords(b) > STAMP_LINE_MAX_WORDS || blockIsProse(b)) continue;
    // "Registered: 2011-11-29" on a poster's card is when someone joined, not when anything was published.
    const stamp = hasYearDigits(b.text) && !MEMBER_SINCE.test(b.text) ? readStamp(b.text) : {};
    if (found.stamp === undefined && (stamp.published !== undefined || stamp.modified !== undefined)) {
      found.stamp = stamp;
      found.index = i;
    }
    const parts = stampParts(b.text);
    found.byline ??= labelledByline(parts);
    found.starter ??= threadStarter(parts);
  }
  return found;
}

/**
 * A thread's first post opens with its poster, the time and the post's number: "jdoe May 2, 2025,
 * 7:33pm 1", "jdoe (Jane Doe) 2 May 2025 18:48 #1". The one account name before the stamp of post
 * number one is who opened the thread.
 */
function firstPoster(text: string, found: FoundDate): string | undefined {
  if (!FIRST_POST_NUMBER.test(text.slice(found.end))) return undefined;
  const poster = text.slice(0, found.start).replace(DISPLAY_NAME, '').trim();
  return /^\S+$/u.test(poster) ? signedName(poster) : undefined;
}

/**
 * "January 20, 2025 by Jane Doe", "Posted on May 2, 2025 by jdoe", "BY JANE DOE ON MAY 2, 2025":
 * the name a "By" label gives on a stamp line, before or after its date, read as the same label
 * on a line under the headline is (underHeadline, lexicon/signed labelledByline).
 */
export function labelledStampName(text: string): string | undefined {
  const parts = stampParts(text);
  return labelledByline(parts) ?? threadStarter(parts);
}

/** What follows the first post's stamp: its number. */
const FIRST_POST_NUMBER = /^\s*#?1\s*$/u;
/** "(Jane Doe)": the display name a forum prints after the account's. */
const DISPLAY_NAME = /\s*\([^()]{1,40}\)\s*$/u;

export interface UnderHeadline {
  /** the first dated line's stamp, and where that line is */
  stamp?: Stamp;
  index?: number;
  /** the name a "By" label gives */
  byline?: string;
  /** the name a thread's starter label gives ("Thread starter jdoe") */
  starter?: string;
}

/** A header line's parts: the text before and after its date, split at its separators, without a trailing "Updated" label. */
function stampParts(text: string): string[] {
  return betweenDates(text)
    .flatMap((side) => side.split(STAMP_SEPARATOR))
    .map((p) => p.replace(STAMP_LABEL_TAIL, '').replace(/\.$/u, '').trim().replace(DANGLING_WORD, ''))
    .filter((p) => p !== '');
}

/** The texts before, between and after a line's dates ("May 2, 2025June 9, 2025 by Jane Doe": a published and an updated day). */
function betweenDates(text: string): string[] {
  const sides: string[] = [];
  let rest = text;
  for (let i = 0; i < MAX_STAMP_DATES; i++) {
    const found = findDate(rest);
    if (found === null) break;
    sides.push(rest.slice(0, found.start));
    rest = rest.slice(found.end);
  }
  sides.push(rest);
  return sides;
}

const MAX_STAMP_DATES = 3;
/** "By Jane Doe on" | date, "By Jane Doe In" | section link: the word that led to the date or to a link the dump left out. */
const DANGLING_WORD = /\s+(?:on|in|at)$/iu;

/** Longest line read as a header's stamp line (a byline, a date, a reading time and a count). */
const STAMP_LINE_MAX_WORDS = 20;

/**
 * "By" on one line, "Jane Doe" on the next (innerText breaks the byline's elements apart): the
 * name under a bare author label in the story's header is the byline.
 */
function labelledName(text: string, blocks: readonly Block[], index: number): string | null {
  const label = blocks[index - 1];
  if (label === undefined || !AUTHOR_LABEL_LINE.test(label.text.trim()) || wordCount(text) > BARE_NAME_MAX_WORDS) return null;
  const own = /^\p{Lu}/u.test(text) && inHeader(blocks, index) ? signerWords(text.trim()) : undefined;
  if (own === undefined || writesAnyLower(own, blocks)) return null;
  return `a name under the author label "${clip(label.text)}"`;
}

/** Prose lines above a header line at most: a menu's descriptions, not a story's paragraphs. */
const HEADER_PROSE = 2;

/**
 * The story's header: its first third, or (under a long menu) any line with at most HEADER_PROSE
 * prose lines above it, or any line above the first run of PROSE_RUN prose lines back to back
 * (a menu's descriptions come one by one; the story's body is such a run). Comments and author
 * boxes sit below the story's prose.
 */
export function inHeader(blocks: readonly Block[], index: number): boolean {
  return index <= blocks.length * BARE_NAME_SHARE || index <= headerEnd(blocks) || index < proseRunStart(blocks);
}

const PROSE_RUN = 3;
const PROSE_RUN_START = new WeakMap<readonly Block[], number>();

/** Where the first run of PROSE_RUN prose lines starts (-1 without one), found once per story. */
function proseRunStart(blocks: readonly Block[]): number {
  let start = PROSE_RUN_START.get(blocks);
  if (start === undefined) {
    start = -1;
    let run = 0;
    for (let i = 0; i < blocks.length; i++) {
      run = blockIsProse(blocks[i] as Block) ? run + 1 : 0;
      if (run === PROSE_RUN) {
        start = i - PROSE_RUN + 1;
        break;
      }
    }
    PROSE_RUN_START.set(blocks, start);
  }
  return start;
}

/**
 * Where a story's header can end at the latest: the index of its prose line number
 * HEADER_PROSE + 1 (Infinity with fewer). Found once per story: counting from the top for each
 * candidate line made a story of many short lines quadratic (1 MB of tag soup: 2.3 s → 19.7 s).
 */
const HEADER_END = new WeakMap<readonly Block[], number>();

function headerEnd(blocks: readonly Block[]): number {
  let end = HEADER_END.get(blocks);
  if (end === undefined) {
    end = Infinity;
    let prose = 0;
    for (let i = 0; i < blocks.length; i++) {
      if (blockIsProse(blocks[i] as Block) && ++prose > HEADER_PROSE) {
        end = i;
        break;
      }
    }
    HEADER_END.set(blocks, end);
  }
  return end;
}

/**
 * Whether the story writes one of the name's words of three characters or more in lower case:
 * a LOWER_WORD of one of its lines (lexicon/features forEachLowerWord) is the word lower-cased.
 * Only the lines that hold the lower-cased word are read word by word.
 */
export function writesAnyLower(name: string, blocks: readonly Block[]): boolean {
  return name.split(/\s+/).some((w) => w.length >= 3 && writesLower(w.toLowerCase(), blocks));
}

function writesLower(word: string, blocks: readonly Block[]): boolean {
  let found = false;
  const see = (w: string): void => {
    if (w === word) found = true;
  };
  for (const b of blocks) {
    if (!b.text.includes(word)) continue;
    forEachLowerWord(b.text, see);
    if (found) return true;
  }
  return false;
}

/** The date of a timestamp line ("Updated 3 March 2024"), or undefined for any other line. */
/** The timestamp of a stamp line with its age glued to the year ("June 14, 20241 yr"), read with the two apart. */
function gluedTimestamp(text: string): FoundDate | undefined {
  // Ungluing only adds a space: a line too long for a timestamp stays so (a paragraph is not scanned for a year).
  if (text.length > TIMESTAMP_MAX_CHARS) return undefined;
  const unglued = unglueAge(text);
  return unglued === text ? undefined : timestampOf(unglued);
}

function timestampOf(text: string): FoundDate | undefined {
  // "Registered: 2011-11-29", "Joined Mar 2019": a poster's card, not when anything was published.
  // STAMP_PREFIX's cut leaves a space where the prefix was and joins no digits: a line without
  // a year has none after it, and findDate finds nothing (tested first: most lines have none).
  if (text.length > TIMESTAMP_MAX_CHARS || !hasYearDigits(text) || MEMBER_SINCE.test(text)) return undefined;
  const line = text.replace(STAMP_PREFIX, ' ');
  const found = findDate(line);
  return found && isTimestampLine(line, found) ? found : undefined;
}

const isTimestamp = (text: string): boolean => timestampOf(text) !== undefined;

/** The date of a timestamp line ("Published July 8, 2025", "May 31, 2024"), or undefined for any other line. */
export function stampDate(text: string): string | undefined {
  return timestampOf(text)?.iso;
}

/** Prose in captions from this many words on can be a story's text. */
const CAPTION_STORY_MIN_WORDS = 30;
const TOLD_IN_CAPTIONS = new WeakMap<readonly Block[], boolean>();

/**
 * A caption's prose that can tell the story. A quotation in a figure (a testimonial, a pull quote)
 * is the quoted person's, which the figure's caption attributes: no caption of the story's.
 */
function toldCaption(b: Block): boolean {
  return b.kind !== 'quote' && blockIsProse(b);
}

/**
 * Whether the prose the markup marks as captions outweighs the story's other prose: a slideshow,
 * a gallery of ideas or a video page tells its story under its pictures, and those captions are
 * its body. Counted once per block list. On the dev sets this holds on 3 trafilatura pages, no WCXB page.
 */
function toldInCaptions(blocks: readonly Block[]): boolean {
  let told = TOLD_IN_CAPTIONS.get(blocks);
  if (told === undefined) {
    let captions = 0;
    let other = 0;
    for (const b of blocks) {
      if (!blockIsProse(b)) continue;
      if (b.hints?.includes('caption')) captions += toldCaption(b) ? blockWords(b) : 0;
      else other += blockWords(b);
    }
    told = captions >= CAPTION_STORY_MIN_WORDS && captions > other;
    TOLD_IN_CAPTIONS.set(blocks, told);
  }
  return told;
}

/**
 * What a timestamp line says. `published`: its date, unless the line labels that date an update
 * ("Last updated: March 4, 2025"); `modified`: the date the line labels an update, the first one
 * or one after a published date ("Published March 2, 2025 · Updated March 4, 2025"); `byline`:
 * the full names a byline label puts beside the date ("By Jane Doe, March 4, 2025").
 */
export interface Stamp {
  published?: string;
  modified?: string;
  byline?: string;
}

export function readStamp(text: string): Stamp {
  const first = findDate(text);
  if (first === null) return {};
  const stamp: Stamp = {};
  if (UPDATE_WORD.test(text.slice(0, first.start))) stamp.modified = first.iso;
  else stamp.published = first.iso;
  const rest = text.slice(first.end);
  const second = findDate(rest);
  if (second !== null) {
    const between = rest.slice(0, second.start);
    if (stamp.published !== undefined && UPDATE_WORD.test(between)) stamp.modified = second.iso;
    else if (stamp.modified !== undefined && !UPDATE_WORD.test(between)) stamp.published = second.iso;
  }
  // Only a labelled name ("By Jane Doe, May 6"): a name-like text beside a date is a source, a
  // place or a section as often ("12/09/2025 | City Desk", "Jan 26, 2016 near Hudson").
  const beside = second === null ? besideDate(text, first).replace(STAMP_LABEL_TAIL, '') : '';
  const name = beside.replace(AUTHOR_LABEL_PREFIX, '').replace(TRAILING_SEPARATOR, '').trim();
  const people = name === beside.trim() || UPDATE_WORD.test(beside) ? [] : authorsOf(name);
  if (people.length > 0 && people.every((n) => /\s/.test(n))) stamp.byline = name;
  else if (second === null) {
    const poster = firstPoster(text, first);
    if (poster !== undefined) stamp.byline = poster;
  }
  return stamp;
}

/** The value a metadata line gives its field. */
export function metaValue(field: MetaField, text: string): string | undefined {
  switch (field) {
    case 'caption':
      return text;
    case 'published':
      return findDate(text.replace(STAMP_PREFIX, ' '))?.iso;
    case 'byline':
      return headName(text) ?? text.replace(GLUED_BY, 'By ').replace(BYLINE_PREFIX, '').replace(TRAILING_SEPARATOR, '').trim();
    case 'source':
      return text.replace(TRAILING_SEPARATOR, '').trim();
  }
}

