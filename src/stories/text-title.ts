import { isTimestampLine } from '../lexicon/dates.js';
import { isProse, isTitleLike, normKey, wordCount } from '../lexicon/features.js';
import { isPersonName } from '../lexicon/names.js';
import {
  BYLINE,
  COUNTER,
  CREDIT_TAIL,
  LETTER,
  NAV_WORDS,
  PAGE_FOOTER_LINE,
  PAGE_HEADER_LINE,
  READ_MORE,
  SHARE_WORDS,
  STAMP_PREFIX,
  TITLE_CONTACT,
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
  /** how many lines past the body's start a headline may sit (a header of prose-like furniture) */
  forward: number;
}

/** A line that can never be a headline, whatever its neighbours. */
function isFurniture(text: string): boolean {
  if (!isTitleLike(text) || text.length > 250) return true;
  const letters = text.match(LETTER)?.length ?? 0;
  if (letters < MIN_LETTER_SHARE * text.replace(/\s/g, '').length) return true;
  return (
    CREDIT_TAIL.test(text) ||
    TITLE_CONTACT.test(text) ||
    BYLINE.test(text) ||
    STAMP_PREFIX.test(text) ||
    PAGE_FOOTER_LINE.test(text) ||
    PAGE_HEADER_LINE.test(text) ||
    READ_MORE.test(text) ||
    SHARE_WORDS.test(text) ||
    COUNTER.test(text) ||
    (text.length <= 80 && isTimestampLine(text)) ||
    (wordCount(text) <= 3 && text.search(NAV_WORDS) >= 0)
  );
}

/** A byline, author name or date line. */
function isMetaLine(text: string): boolean {
  if (text.length > 120) return false;
  return BYLINE.test(text) || STAMP_PREFIX.test(text) || isTimestampLine(text) || isPersonName(text);
}

/** A byline or date within META_NEAR lines of the story line at `at`. */
function metaNear(all: readonly Block[], at: number): boolean {
  for (let j = Math.max(0, at - META_NEAR); j <= at + META_NEAR && j < all.length; j++) {
    if (j !== at && isMetaLine((all[j] as Block).text)) return true;
  }
  return false;
}

/** Share of the slug's words the line holds. */
function slugShare(slug: readonly string[], text: string): number {
  if (slug.length === 0) return 0;
  const have = new Set(normKey(text).split(' '));
  return slug.filter((w) => have.has(w)).length / slug.length;
}

/** Past the body's start only a line the page marks as its headline may be the title. */
const STRONG_SLUG = 0.5;

function score(ctx: TitleContext, k: number, keys: ReadonlyMap<string, number>): number | undefined {
  const b = ctx.kept[k] as Block;
  const words = wordCount(b.text);
  const meta = metaNear(ctx.all, b.id - (ctx.all[0] as Block).id);
  const repeated = (keys.get(normKey(b.text)) ?? 0) > 1;
  const slug = slugShare(ctx.slug, b.text);
  if (k >= ctx.bodyStart && !(meta && words >= 3) && slug < STRONG_SLUG) return undefined;
  let s = (words >= 4 ? 1 : words === 3 ? 0 : -1) + (meta ? 2 : 0) + (repeated ? 1.5 : 0) + 3 * slug;
  // Right above the first paragraph (or its header lines) is where a headline sits.
  const next = ctx.kept[k + 1];
  if (next !== undefined && isProse(next.text)) s += 1;
  const first = ctx.kept[ctx.bodyStart];
  const gap = first === undefined ? REACH : Math.abs(first.id - b.id);
  return s - gap * 0.03 - (k >= ctx.bodyStart ? 1 : 0);
}

/** Index in `kept` of the title line, or undefined when no line above the body can be one. */
export function chooseTextTitle(ctx: TitleContext): number | undefined {
  const keys = new Map<string, number>();
  for (const b of ctx.all) {
    const key = normKey(b.text);
    keys.set(key, (keys.get(key) ?? 0) + 1);
  }
  let best: number | undefined;
  let bestScore = -Infinity;
  const from = Math.max(0, ctx.bodyStart - REACH);
  const to = Math.min(ctx.kept.length, ctx.bodyStart + ctx.forward);
  for (let k = from; k < to; k++) {
    const text = (ctx.kept[k] as Block).text;
    if (isProse(text) || isFurniture(text)) continue;
    const s = score(ctx, k, keys);
    if (s === undefined) continue;
    if (s >= bestScore) {
      best = k;
      bestScore = s;
    }
  }
  return best;
}
