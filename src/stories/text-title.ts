import { isTimestampLine } from '../lexicon/dates.js';
import { blockIsProse, blockKey, blockWords, creditOf, holdsWord, isProse, isTitleLike, letterCount, nonSpaceLength, normKey, shapeKey, wordCount } from '../lexicon/features.js';
import { mayHaveKey } from '../lexicon/key-edges.js';
import { memo } from '../lexicon/memo.js';
import { isPersonName } from '../lexicon/names.js';
import {
  BYLINE,
  DATE_STAMP_LINE,
  CONTROL_LINE,
  COUNTER,
  GENERIC_HEADING,
  HEADLINE_DATE_RUN,
  LINK_LABEL_TAIL,
  NAV_WORDS,
  NON_FINAL_DOTS,
  PAGE_FOOTER_LINE,
  PAGE_HEADER_LINE,
  PHONE_RUN,
  endsAsQuestion,
  READ_MORE,
  SHARE_WORDS,
  STAMP_PREFIX,
  SUBTITLE_SPLIT,
  TITLE_CONTACT,
  TITLE_SEPARATOR_SPLIT,
} from '../lexicon/patterns.js';
import type { Block } from '../types.js';

/**
 * A text story's title: of the title-like lines above the body, the one that looks most like the
 * story's headline. A headline sits next to its byline or date, or right above the first
 * paragraph; the page repeats it (breadcrumb, echo); the URL's slug names it; it has a few words.
 * Menu items, credits, contact lines and the page's opening or closing lines are never titles.
 */

/** How far above the body (in the story's own lines) a headline may sit. */
const REACH = 40;
/** Lines either side of a headline where its byline or date sits. */
const META_NEAR = 3;
const MIN_LETTER_SHARE = 0.5;

/** The story's own lines (draft blocks) and what the line rules left of them. */
export interface TitleContext {
  /** every line of the story part, in order (ids are consecutive) */
  all: readonly Block[];
  /** the lines the line rules kept; the title is one of them */
  kept: readonly Block[];
  /** index in `kept` of the body's first block */
  bodyStart: number;
  /** words of the page URL's slug (empty when none) */
  slug: readonly string[];
  /** the URL's last path segment when it is one word (lexicon/slug pathName) */
  name?: string | undefined;
  /** how many lines past the body's start a headline may sit (a header of prose-like furniture) */
  forward: number;
}

/**
 * A line that can never be a headline, whatever its neighbours. Memoised, as isMetaLine: a story's
 * lines are read as candidates and as each other's neighbours, by both title searches.
 */
const isFurniture = memo((text: string): boolean => !isTitleLike(text) || isFurnitureLine(text));

/** isFurniture's tests but the title's shape (word count, closing full stop). */
const isFurnitureLine = memo((text: string): boolean => {
  if (text.length > 250) return true;
  if (letterCount(text) < MIN_LETTER_SHARE * nonSpaceLength(text)) return true;
  return (
    creditOf(text) !== undefined ||
    TITLE_CONTACT.test(text) ||
    holdsPhone(text) ||
    DATE_STAMP_LINE.test(text) ||
    BYLINE.test(text) ||
    STAMP_PREFIX.test(text) ||
    PAGE_FOOTER_LINE.test(text) ||
    PAGE_HEADER_LINE.test(text) ||
    CONTROL_LINE.test(text) ||
    READ_MORE.test(text) ||
    SHARE_WORDS.test(text) ||
    COUNTER.test(text) ||
    (text.length <= 80 && isTimestampLine(text)) ||
    (wordCount(text) <= 3 && text.search(NAV_WORDS) >= 0) ||
    GENERIC_HEADING.test(text) ||
    isLinkEntry(text)
  );
});

/** A digit run that is no date or span of years a headline holds: a phone number. */
export function holdsPhone(text: string): boolean {
  // exec from lastIndex 0 (PHONE_RUN never matches empty), not matchAll: that copies the
  // expression per call. lastIndex is left at 0, as matchAll left it.
  PHONE_RUN.lastIndex = 0;
  let found = false;
  for (let m = PHONE_RUN.exec(text); m !== null; m = PHONE_RUN.exec(text)) {
    if (HEADLINE_DATE_RUN.test(m[0])) continue;
    found = true;
    break;
  }
  PHONE_RUN.lastIndex = 0;
  return found;
}

/** "Careers at Acme Go to Careers": a menu entry and its link label, whose words repeat the entry's. */
function isLinkEntry(text: string): boolean {
  const m = LINK_LABEL_TAIL.exec(text);
  if (!m) return false;
  const entry = new Set(normKey(m[1] ?? '').split(' '));
  return normKey(m[2] ?? '').split(' ').some((w) => w.length >= 3 && entry.has(w));
}

/** Longest byline, author name or date line. */
const META_MAX_CHARS = 120;

/** A byline, author name or date line; the length first, before the memo (most neighbours are paragraphs). */
const metaLine = memo((text: string): boolean => BYLINE.test(text) || STAMP_PREFIX.test(text) || isTimestampLine(text) || isPersonName(text));
const isMetaLine = (text: string): boolean => text.length <= META_MAX_CHARS && metaLine(text);

/** Share of the slug's words the line holds: each slug word looked for among the key's words where they stand. */
function slugShare(slug: readonly string[], text: string): number {
  if (slug.length === 0) return 0;
  const key = normKey(text);
  let n = 0;
  for (const w of slug) if (holdsWord(key, w)) n++;
  return n / slug.length;
}

/** Slug words a line must hold every one of to be read as the page's name whatever its shape. */
const SLUG_NAMED_MIN = 3;

/**
 * The URL's slug names the line: it holds every one of three or more slug words and is no longer
 * than a one-sentence headline. A forum's thread title or a headline may read as a sentence ("If
 * the forum comes to an end soon.", "… in the U.S."); the URL naming it marks it as the page's
 * title all the same (measured on WCXB dumps: 5 titles won, 0 lost; a named line inside the body,
 * or longer than a headline, is a paragraph and lost more than it won).
 */
function namedBySlug(slug: readonly string[], text: string): boolean {
  return slug.length >= SLUG_NAMED_MIN && text.length <= SLUG_NAMED_MAX_CHARS && wordCount(text) <= QUESTION_MAX_WORDS && slugShare(slug, text) === 1;
}

/**
 * The line says the slug's words and no others (small words and numbers aside), whole or before
 * its subtitle: "How to Make Furniture" or "How to Make Furniture: a guide" under
 * ".../how-to-make-furniture/". A slug is most often the headline's own words (a subtitle left
 * out), so such a line is the headline more often than one that only holds the slug's words among
 * others ("Read more about making furniture").
 */
function slugLine(slug: SlugSayer, text: string): boolean {
  if (slug.size < SLUG_LINE_MIN || text.length > SLUG_NAMED_MAX_CHARS) return false;
  if (slug.saysOnly(text)) return true;
  // SUBTITLE_SPLIT never matches empty: the part before its first match is split()'s first piece.
  const cut = text.search(SUBTITLE_SPLIT);
  return cut >= 0 && slug.saysOnly(text.slice(0, cut));
}

/** A slug's words and the test whether a text's slug-compared words (lexicon/slug slugKeyWords) are they, every one and no other. */
interface SlugSayer {
  /** how many words the slug has (repeats counted) */
  size: number;
  saysOnly(text: string): boolean;
}

/**
 * The slug's distinct words, and per word the last text that said it: a text's shape key is read
 * word by word in place, and most lines stop at their first word the slug does not hold (no split
 * or set per line, which made this test a tenth of the title search).
 */
function slugSayer(slug: readonly string[]): SlugSayer {
  const words = [...new Set(slug)];
  const saidIn = new Int32Array(words.length);
  let texts = 0;
  const saysOnly = (text: string): boolean => {
    const key = shapeKey(text);
    texts++;
    let said = 0;
    let any = false;
    for (let from = 0; from < key.length; ) {
      let to = key.indexOf(' ', from);
      if (to < 0) to = key.length;
      // slugKeyWords' words: three characters or more, not all digits.
      if (to - from > 2 && !digitsOnly(key, from, to)) {
        any = true;
        const j = wordAt(words, key, from, to);
        if (j < 0) return false;
        if (saidIn[j] !== texts) {
          saidIn[j] = texts;
          said++;
        }
      }
      from = to + 1;
    }
    return any && said === words.length;
  };
  return { size: slug.length, saysOnly };
}

/** Index in `words` of the word `key` holds at [from, to), or -1. */
function wordAt(words: readonly string[], key: string, from: number, to: number): number {
  for (let j = 0; j < words.length; j++) {
    const w = words[j] as string;
    if (w.length === to - from && key.startsWith(w, from)) return j;
  }
  return -1;
}

/** `/^\d+$/` on key[from, to): ASCII digits only. */
function digitsOnly(key: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return to > from;
}

/** Slug words a slug line must say (one word names a section, which pathName reads). */
const SLUG_LINE_MIN = 2;
const SLUG_LINE_WEIGHT = 2;

/** Longest line read as named by the slug, in characters (QUESTION_MAX_WORDS words; longer lines are paragraphs). */
const SLUG_NAMED_MAX_CHARS = 160;

/** Longest line compared with the URL path's last word (a word and its spaces or marks). */
const NAME_MAX_CHARS = 40;

/** Past the body's start only a line the page marks as its headline may be the title. */
const STRONG_SLUG = 0.5;
/** Words of a question that can still be a headline ("What is a certificate?"). */
const QUESTION_MAX_WORDS = 16;

/** A candidate line: where it sits among the story's lines and, when the line rules kept it, among the kept ones. */
interface Candidate {
  at: number;
  kept: number | undefined;
  text: string;
  /** printed again within TWICE_NEAR lines */
  twice: boolean;
}

/** What the scorer reads off one candidate. */
interface Evidence {
  words: number;
  metaBelow: boolean;
  metaAbove: boolean;
  repeated: boolean;
  pair: boolean;
  /** the same line again within TWICE_NEAR lines: a breadcrumb's last crumb over the page's heading */
  twice: boolean;
  slug: number;
  /** the line says the slug's words and no others */
  slugLine: boolean;
  nextProse: boolean;
  prevProse: boolean;
  /** lines above the body's first line (negative: inside the body) */
  above: number;
  capitals: number;
}

/** A byline or date within META_NEAR lines on one side of the story line at `at`. */
function metaSide(all: readonly Block[], at: number, step: 1 | -1): boolean {
  for (let d = 1; d <= META_NEAR; d++) {
    const b = all[at + step * d];
    if (b !== undefined && isMetaLine(b.text)) return true;
  }
  return false;
}

const CAPITALISED = /(?:^|\s)\p{Lu}\p{L}{3,}/gu;
const LONG_WORD = /(?:^|\s)\p{L}{4,}/gu;

/** How many matches a global pattern (one that never matches empty) has in `text`: `match(p)?.length`, without the array. */
function matches(pattern: RegExp, text: string): number {
  let n = 0;
  pattern.lastIndex = 0;
  while (pattern.test(text)) n++;
  return n;
}

/** What the URL's slug says of a line: the share of its words the line holds, and whether the line says them and no others. */
interface SlugMarks {
  slug: number;
  slugLine: boolean;
}

function evidence(ctx: TitleContext, c: Candidate, keys: (key: string) => number, firstAt: number, marks: SlugMarks): Evidence {
  const key = blockKey(c);
  const near = (d: number): string | undefined => ctx.all[c.at + d]?.text;
  const long = matches(LONG_WORD, c.text);
  return {
    words: blockWords(c),
    metaBelow: metaSide(ctx.all, c.at, 1),
    metaAbove: metaSide(ctx.all, c.at, -1),
    repeated: keys(key) > 1,
    pair: [near(-1), near(1)].some((t) => t !== undefined && normKey(t) === key),
    twice: c.twice,
    ...marks,
    nextProse: proseAfter(ctx.all, c.at),
    prevProse: c.at > 0 && blockIsProse(ctx.all[c.at - 1] as Block) && !isQuestion((ctx.all[c.at - 1] as Block).text),
    above: firstAt - c.at,
    capitals: long === 0 ? 0 : matches(CAPITALISED, c.text) / long,
  };
}

/**
 * The line holds a nearby line and more: a breadcrumb ending in the headline ("Home › Blog ›
 * Headline", or glued by innerText: "HomeBlogHeadline") or the headline with the site's name
 * ("Headline | Site"). The bare line is the title.
 */
function holdsNeighbour(all: readonly Block[], at: number): boolean {
  const key = blockKey(all[at] as Block);
  for (let d = -META_NEAR; d <= META_NEAR; d++) {
    const other = d === 0 ? undefined : all[at + d];
    if (other === undefined) continue;
    const near = blockKey(other);
    if (near.length === 0 || near.length >= key.length || !near.includes(' ')) continue;
    if (key.endsWith(near) || (key.startsWith(`${near} `) && headBeforeSeparator(all[at] as Block) === near)) return true;
  }
  return false;
}

/** The key of a line's part before its first title separator ("Headline" of "Headline | Site"); the whole key when it has none. */
function headBeforeSeparator(b: Block): string {
  const head = b.text.split(TITLE_SEPARATOR_SPLIT)[0] ?? '';
  return head === b.text ? blockKey(b) : normKey(head);
}

/** A paragraph stands within PARAGRAPH_NEAR lines above: inside the body such a line is a subhead of the text. */
function afterParagraph(all: readonly Block[], at: number): boolean {
  for (let j = at - 1; j >= 0 && j >= at - PARAGRAPH_NEAR; j--) if (blockIsProse(all[j] as Block)) return true;
  return false;
}

const PARAGRAPH_NEAR = 2;

/** The next line that is not a repeat of this one is prose. */
function proseAfter(all: readonly Block[], at: number): boolean {
  const key = blockKey(all[at] as Block);
  for (let j = at + 1; j < all.length && j <= at + 2; j++) {
    const t = (all[j] as Block).text;
    if (normKey(t) !== key) return isProse(t);
  }
  return false;
}

/** A question or exclamation a headline may be: short, one sentence ("Is it really DNS?", "Cheap Fixes Are the Best!"). */
function isQuestion(text: string): boolean {
  return endsAsQuestion(text) && wordCount(text) <= QUESTION_MAX_WORDS && !/[.!?;]\s/.test(text.replace(NON_FINAL_DOTS, ''));
}

/**
 * A linear score over the evidence. The weights were fitted (softmax over each page's candidates)
 * on the WCXB dev article dumps and rounded; each keeps the sign its reading suggests: a headline
 * has a few words, its byline or date below or above it, the URL's words, prose right after it,
 * capitalised words; a line between two paragraphs is a subhead; distance costs.
 */
export function score(e: Evidence): number {
  const w = e.words;
  const size = w <= 2 ? -0.9 : w === 3 ? -0.4 : w <= 7 ? 0.3 : w <= 16 ? 1 : 0;
  const inside = e.above <= 0;
  return (
    size +
    (e.metaBelow ? 0.5 : 0) +
    (e.metaAbove ? 0.5 : 0) +
    (e.repeated ? -0.25 : 0) +
    (e.pair ? 0.5 : 0) +
    (e.twice ? TWICE_WEIGHT : 0) +
    2.5 * e.slug +
    (e.slug >= STRONG_SLUG ? 2.3 : 0) +
    (e.slugLine ? SLUG_LINE_WEIGHT : 0) +
    (e.nextProse ? 0.4 : 0) +
    (e.prevProse ? -0.7 : 0) +
    (inside ? -1 - 0.05 * Math.min(-e.above, 60) : -0.08 * Math.min(e.above, 40)) +
    0.3 * e.capitals
  );
}

/** Past the body's start a line is a candidate only when its byline, date or the URL marks it as the headline, or it opens the body. */
function admissible(e: Evidence): boolean {
  if (e.above > 0) return true;
  return e.above === 0 || ((e.metaBelow || e.metaAbove) && e.words >= 3) || e.slug >= STRONG_SLUG || e.twice;
}

/** What `admissible` asks of a line inside the body, read without the rest of its evidence. */
function markedInside(ctx: TitleContext, at: number, text: string, slug: number, twice: boolean): boolean {
  return slug >= STRONG_SLUG || twice || (wordCount(text) >= 3 && (metaSide(ctx.all, at, 1) || metaSide(ctx.all, at, -1)));
}

/** How near a line's second printing may stand for the two to be one heading printed twice. */
const TWICE_NEAR = 2;
const TWICE_WEIGHT = 1;
/** How many characters two printings of one heading may differ by (spacing, a mark). */
const TWICE_LENGTH_SLACK = 4;

/** The line is printed again within TWICE_NEAR lines: the page's heading under its breadcrumb's last crumb. */
function printedTwice(all: readonly Block[], at: number): boolean {
  const b = all[at] as Block;
  for (let d = -TWICE_NEAR; d <= TWICE_NEAR; d++) {
    const other = d === 0 ? undefined : all[at + d];
    // Keys are read only for lines of about the same length (most lines differ there).
    if (other === undefined || Math.abs(other.text.length - b.text.length) > TWICE_LENGTH_SLACK) continue;
    const key = blockKey(b);
    if (key !== '' && blockKey(other) === key) return true;
  }
  return false;
}

/**
 * The title line: among the story's lines from REACH above the body's first line to `forward`
 * lines into it, the best-scoring one that can be a headline. A line the line rules took out as
 * a back-to-back repeat (breadcrumb end + headline, headline + its echo) is still a candidate.
 */
export function chooseTextTitle(ctx: TitleContext): { kept: number | undefined; at: number; text: string } | undefined {
  const base = (ctx.all[0] as Block | undefined)?.id ?? 0;
  const first = ctx.kept[ctx.bodyStart];
  const firstAt = first === undefined ? ctx.all.length : first.id - base;
  const from = Math.max(0, firstAt - REACH);
  const to = Math.min(ctx.all.length, firstAt + ctx.forward + 1);
  // Where each story line of the window sits among the kept ones (-1: taken out by the line rules).
  const keptAt = new Int32Array(Math.max(0, to - from)).fill(-1);
  ctx.kept.forEach((b, k) => {
    const at = b.id - base;
    if (at >= from && at < to) keptAt[at - from] = k;
  });
  const keys = keyCounter(ctx.all, from, to);
  const sayer = slugSayer(ctx.slug);
  const most = mostRecord();
  let best: Candidate | undefined;
  let bestScore = -Infinity;
  // The best score, ties to the later line, whatever the order the lines are read in. Lines above
  // the body are read first, from the body up, then the lines inside it: a line that cannot beat
  // the best so far (scored with every unread cue at its most) skips its furniture and evidence
  // tests, and inside the body, where a line is seldom the headline, its marks too.
  const read = (at: number): void => {
    const text = (ctx.all[at] as Block).text;
    const k = keptAt[at - from] as number;
    const kept = k < 0 ? undefined : k;
    // A line the URL's slug names may read as a sentence above the body's first line, not inside
    // the body. A line that is the one word the URL's path ends in ("/workloads/pods/" and "Pods")
    // is the page's name wherever it stands, as the slug marks it (WCXB dumps: 32 titles won, 2 lost).
    const filed = ctx.name !== undefined && text.length <= NAME_MAX_CHARS && normKey(text) === ctx.name;
    const named = filed || (at <= firstAt && namedBySlug(ctx.slug, text));
    if (!named && isProse(text) && !isQuestion(text)) return;
    // A line that cannot beat the best even with the slug's marks at their most is skipped
    // before they are read (the score grows with each of them).
    most.slug = 1;
    most.slugLine = true;
    if (under(most, text, firstAt - at, true, bestScore)) return;
    most.slug = filed ? 1 : slugShare(ctx.slug, text);
    // Inside the body a line right under a paragraph is a subhead, whatever words it says.
    most.slugLine = slugLine(sayer, text) && (at <= firstAt || !afterParagraph(ctx.all, at));
    const { slug } = most;
    // At the bound a later line could still tie the best and win: only a line under it is skipped
    // (its second printing is looked for only when that could lift it over the bound).
    if (under(most, text, firstAt - at, true, bestScore)) return;
    const twice = printedTwice(ctx.all, at);
    if (!twice && under(most, text, firstAt - at, false, bestScore)) return;
    // Inside the body only a line marked as the headline is admissible: tested before the
    // furniture patterns, it spares them the body's other short lines (subheads, captions, list items).
    if (at > firstAt && !markedInside(ctx, at, text, slug, twice)) return;
    if (named ? isFurnitureLine(text) : isFurniture(text)) return;
    if (holdsNeighbour(ctx.all, at)) return;
    const c = { at, kept, text, twice };
    const e = evidence(ctx, c, keys, firstAt, { slug, slugLine: most.slugLine });
    if (kept === undefined && !e.pair) return;
    if (!admissible(e)) return;
    const s = score(e);
    if (s > bestScore || (s === bestScore && best !== undefined && at > best.at)) {
      best = c;
      bestScore = s;
    }
  };
  for (let at = Math.min(to - 1, firstAt); at >= from; at--) read(at);
  for (let at = to - 1; at > firstAt; at--) read(at);
  return best && { kept: best.kept, at: best.at, text: best.text };
}

/** Rounding room for the bound: a line is skipped only when its best possible score is this far under the best. */
const BOUND_SLACK = 1e-9;

/**
 * The line's score, with every cue but its words, slug marks (set in `most` already), place and
 * second printing at its most, is under the best so far by more than the rounding room: the line
 * cannot win. `most` is one record per title search, filled per line (no record or closure per line).
 */
function under(most: Evidence, text: string, above: number, twice: boolean, bestScore: number): boolean {
  if (bestScore === -Infinity) return false;
  most.words = wordCount(text);
  most.twice = twice;
  most.above = above;
  return score(most) + BOUND_SLACK <= bestScore;
}

/** A record for `under` to fill: the cues it leaves at their most are set here once. */
function mostRecord(): Evidence {
  return { words: 0, metaBelow: true, metaAbove: true, repeated: false, pair: true, twice: false, slug: 0, slugLine: false, nextProse: true, prevProse: false, above: 0, capitals: 1 };
}

/** Keys counted one by one before keyCounter counts them all at once. */
const KEYS_ONE_BY_ONE = 16;

/**
 * How many of the story's lines have a candidate's key (a line of [from, to)), counted when first
 * asked: a story's title search weighs a few candidates (about five on the WCXB dumps), and a
 * table of every key in its window cost more than counting theirs. Past KEYS_ONE_BY_ONE keys the
 * table is made after all (keyCounts), so a window of many candidates stays linear.
 */
export function keyCounter(all: readonly Block[], from: number, to: number): (key: string) => number {
  const asked = new Map<string, number>();
  let table: Map<string, number> | undefined;
  return (key) => {
    if (table !== undefined) return table.get(key) ?? 0;
    let n = asked.get(key);
    if (n !== undefined) return n;
    if (asked.size >= KEYS_ONE_BY_ONE) {
      table = keyCounts(all.map((b) => blockKey(b)), from, to);
      return table.get(key) ?? 0;
    }
    n = 0;
    // A line whose first or last character rules the key out is passed over without making its key.
    for (const b of all) if (mayHaveKey(b.text, key) && blockKey(b) === key) n++;
    asked.set(key, n);
    return n;
  };
}

/**
 * How many of the story's lines (`all`: their keys) have each key of the lines in [from, to) (the
 * candidates' keys; no other is asked). A key of a length no candidate's has is passed over
 * without hashing it.
 */
function keyCounts(all: readonly string[], from: number, to: number): Map<string, number> {
  const keys = new Map<string, number>();
  let longest = 0;
  for (let at = from; at < to; at++) {
    const key = all[at] as string;
    keys.set(key, 0);
    longest = Math.max(longest, key.length);
  }
  const lengths = new Uint8Array(longest + 1);
  for (const key of keys.keys()) lengths[key.length] = 1;
  for (const key of all) {
    if (key.length > longest || lengths[key.length] === 0) continue;
    const n = keys.get(key);
    if (n !== undefined) keys.set(key, n + 1);
  }
  return keys;
}
