import { findDate, monthFirstIso, printsMonthFirst, unglueAge } from '../lexicon/dates.js';
import { BOILERPLATE_RULES } from '../rules/boilerplate.js';
import { blockIsProse, blockWords, normKey } from '../lexicon/features.js';
import { authorsOf } from '../lexicon/names.js';
import { UPDATE_WORD } from '../lexicon/patterns.js';
import { META_RULES, inHeader, labelledStampName, metaValue, nameBeforeStamp, readStamp, stampDate, type MetaRule, type Stamp } from '../rules/metadata-lines.js';
import { isDisabled, type RemovalLog, type Rule, type RuleContext } from '../rules/rule.js';
import type { Removal } from '../types.js';
import { THREAD_RULES } from '../rules/thread.js';
import { WIDGET_RULES } from '../rules/widgets.js';
import { placeBeforeDate } from './dateline.js';
import type { Block, StoryDraft } from '../types.js';

/** Evidence for the story's date, ranked: a full timestamp beats a bare date beats a menu date. */
export interface DateEvidence {
  iso: string;
  rank: number;
  /** the block the line was (stamps only) */
  index?: number;
  /** the line labels the date as an update ("Last updated: …") */
  updated?: boolean;
}

/** One story's run of the line rules: where taken values, date evidence and removals go. */
export interface Taking {
  draft: StoryDraft;
  dates: DateEvidence[];
  log: RemovalLog;
  /** the normalised keys of the draft's captions, kept beside its list so many captions stay linear */
  captionKeys?: Set<string>;
  /** the first date a timestamp line labels as an update ("Last updated: …") */
  modified?: string;
  /** card date lines (stories/card-stamps) held out of the bounds, with why the stamp rule took them: placed after */
  held?: { block: Block; reason: string }[];
  /** words of the lines story/mega-menu took: the page as printed holds them (stories/short-lines weighs them) */
  menuWords?: number;
  /** every line that signed with people's names, in order (signedByMany and headerSigner read them) */
  signers?: Signer[];
  /** where the line that set the draft's byline is */
  bylineAt?: number;
}

/** A line that names people: who (their names' key), where, and the byline as the line gives it. */
interface Signer {
  key: string;
  index: number;
  value: string;
}

/** What stages over the whole story found before the line rules run, by the story's block index. */
export interface LineMarks {
  /** card date lines (stories/card-stamps) */
  stamps?: ReadonlySet<number> | undefined;
  /** mega-menu lines (stories/mega-menu), with why */
  menu?: ReadonlyMap<number, string> | undefined;
}

/** Widgets, then navigation, then metadata lines, then notices: the order matters (see below). */
const MENU_RULES = BOILERPLATE_RULES.filter((r) => r.id.startsWith('nav/'));
const NOTICE_RULES = BOILERPLATE_RULES.filter((r) => !r.id.startsWith('nav/'));
// Source lines are only taken in the story header (takeHeaderSources).
const LINE_META = META_RULES.filter((r) => r.id !== 'meta/source');
const SOURCE_META = META_RULES.filter((r) => r.id === 'meta/source');

/**
 * Runs the line rules over a story's blocks. Navigation runs before the metadata rules so that
 * a menu line holding the page date ("date 2025-02-16 Menu Explore") is dropped as a menu, its
 * date kept only as weak evidence; metadata runs before the notices so that a caption with a
 * © credit becomes a caption, not a copyright line.
 */
export function takeLines(to: Taking, ctxBase: Omit<RuleContext, 'index' | 'blocks'>, disable: readonly string[], stay?: ReadonlySet<string>, marks: LineMarks = {}): Block[] {
  const { stamps, menu } = marks;
  const kept: Block[] = [];
  const { draft, dates, log } = to;
  const blocks = draft.blocks;
  const on = <R extends Rule>(rules: readonly R[]): R[] => rules.filter((r) => !isDisabled(r.id, disable));
  const widgets = on([...WIDGET_RULES, ...THREAD_RULES]);
  const menus = on(MENU_RULES);
  const metas = on(LINE_META);
  const notices = on(NOTICE_RULES);
  // One context for the whole run, its index moved along: rules read it and never keep it.
  const ctx = { ...ctxBase, blocks, index: 0 };
  blocks.forEach((block, index) => {
    ctx.index = index;
    // A code block is the author's literal text: a "}" or a "a > b > c" there is code, no widget or menu.
    if (block.kind === 'code') {
      kept.push(block);
      return;
    }
    const mega = menu?.get(index);
    if (mega !== undefined) {
      log.drop(block, 'story/mega-menu', mega);
      to.menuWords = (to.menuWords ?? 0) + blockWords(block);
      return;
    }
    if (fire(widgets, block, ctx, log)) return;
    if (fire(menus, block, ctx, log)) {
      const d = findDate(block.text);
      if (d) dates.push({ iso: d.iso, rank: 0 });
      return;
    }
    const meta = fireMeta(metas, block, ctx, to, stay, stamps?.has(index) === true);
    if (meta === 'stays') kept.push(block);
    if (meta !== null) return;
    if (fire(notices, block, ctx, log)) return;
    kept.push(block);
  });
  return kept;
}

/**
 * Source lines ("Reuters |") are taken only above the first line of prose, the story header, of
 * a dump's story: run on the blocks the line rules kept, without language or title.
 */
export function takeHeaderSources(to: Taking, blocks: Block[], disable: readonly string[]): Block[] {
  const sources = SOURCE_META.filter((r) => !isDisabled(r.id, disable));
  if (sources.length === 0) return blocks;
  const firstProse = blocks.findIndex((b) => blockIsProse(b));
  const end = firstProse < 0 ? blocks.length : firstProse;
  const ctx = { blocks, index: 0, lang: undefined, title: undefined };
  return blocks.filter((b, index) => {
    ctx.index = index;
    return index >= end || fireMeta(sources, b, ctx, to) === null;
  });
}

/**
 * The first metadata rule that fires on the block: its value goes on the draft, the block to the
 * log ('gone') — unless the rule is one of `stay`'s, whose lines keep their place in the body ('stays').
 */
function fireMeta(rules: readonly MetaRule[], block: Block, ctx: RuleContext, to: Taking, stay?: ReadonlySet<string>, card = false): 'gone' | 'stays' | 'held' | null {
  for (const rule of rules) {
    const reason = rule.test(block, ctx);
    if (reason === null) continue;
    take(to, rule, block, ctx.index);
    if (stay?.has(rule.id) === true || rule.stays?.(block) === true) return 'stays';
    // A card's date line: out of the bounds' way (they weigh the lines as before), placed after them.
    if (card && rule.id === 'meta/timestamp') {
      (to.held ??= []).push({ block, reason });
      return 'held';
    }
    to.log.drop(block, rule.id, reason);
    return 'gone';
  }
  return null;
}

function fire(rules: readonly Rule[], block: Block, ctx: RuleContext, log: RemovalLog): boolean {
  for (const rule of rules) {
    const reason = rule.test(block, ctx);
    if (reason !== null) {
      log.drop(block, rule.id, reason);
      return true;
    }
  }
  return false;
}

/** Stores what a metadata line says on the draft. */
function take(to: Taking, rule: MetaRule, block: Block, index: number): void {
  const { draft, dates } = to;
  // "June 14, 20241 yr": a stamp with its age glued on is read with the two apart.
  const text = rule.takes === 'published' ? unglueAge(block.text) : block.text;
  const value = metaValue(rule.takes, text);
  if (value === undefined || value === '') return;
  switch (rule.takes) {
    case 'caption':
      addCaption(to, value);
      break;
    case 'published': {
      const stamp = labelledAbove(readStamp(text), draft.blocks[index - 1]);
      // Only the story's first stamp line is its own; a later one heads a reply or a card.
      const first = dates.length === 0;
      takeStamp(to, stamp, index);
      if (stamp.published === undefined && stamp.modified === undefined) dates.push({ iso: value, rank: value.includes('T') ? 2 : 1, index });
      // A name beside a date below the story's prose signs a comment.
      if (inHeader(draft.blocks, index)) {
        const signer = stamp.byline ?? (first ? (nameBeforeStamp(text, draft.blocks) ?? labelledStampName(text)) : undefined);
        if (signer !== undefined) {
          setByline(to, signer, index);
          noteSigner(to, signer, index);
        }
      }
      const place = placeBeforeDate(text);
      if (place !== undefined) draft.meta.dateline ??= place;
      break;
    }
    case 'byline':
      setByline(to, value, index);
      noteSigner(to, value, index);
      // "By Jane Doe – Updated May 6, 2025 at 1:00 PM": the line's date is the story's too.
      takeStamp(to, readStamp(block.text), index);
      break;
    case 'source':
      draft.meta.source ??= value;
      break;
  }
}

/** Words of a label alone on its line ("Last update:", "Updated on"). */
const LABEL_MAX_WORDS = 3;

/**
 * A dump puts a label and its date on lines of their own ("Last update:" over "July 16, 2025"):
 * a change label alone on the line above makes the date a change stamp.
 */
function labelledAbove(stamp: Stamp, above: Block | undefined): Stamp {
  if (stamp.published === undefined || stamp.modified !== undefined || above === undefined) return stamp;
  if (blockWords(above) > LABEL_MAX_WORDS || !UPDATE_WORD.test(above.text) || findDate(above.text) !== null) return stamp;
  const { published, ...rest } = stamp;
  return { ...rest, modified: published };
}

/** A timestamp's dates as evidence (a date labelled as an update too: bestDate weighs it); its update date as the modified date. */
export function takeStamp(to: Taking, stamp: Stamp, index: number): void {
  const iso = stamp.published ?? stamp.modified;
  if (iso !== undefined) to.dates.push({ iso, rank: iso.includes('T') ? 2 : 1, index, updated: stamp.published === undefined });
  if (stamp.modified !== undefined) to.modified ??= stamp.modified;
}

/**
 * Byline lines naming different people with no story between them ("By Jane Doe" on one card,
 * "By John Roe" on the next; a testimonial's signature under each quote) sign the items of a
 * list, not the story: the story keeps none of them (stories/finish). A byline that the story's
 * prose follows before another name appears is the story's (the others sign related stories).
 */
function noteSigner(to: Taking, value: string, index: number): void {
  const people = authorsOf(value);
  if (people.length === 0) return;
  const key = people.map((n) => n.toLowerCase()).sort().join('|');
  (to.signers ??= []).push({ key, index, value });
}

/** A line naming other people than `first` with less than a story's prose between them. */
function contests(to: Taking, first: { key: string; index: number }, key: string, index: number): boolean {
  return key !== first.key && proseWords(to.draft.blocks, first.index + 1, index) < STORY_BETWEEN_WORDS;
}

function setByline(to: Taking, value: string, index: number): void {
  if (to.draft.meta.byline !== undefined) return;
  to.draft.meta.byline = value;
  to.bylineAt = index;
}

/**
 * The byline of the first line under a dump's headline (`headline`: its index among the story's
 * lines) that names people, when no line further down contests it (noteSigner): a "By Category",
 * "By Region" filter of the site's menu or a contributors' label above the headline signed first,
 * and either named no one or was contested by the story's own byline.
 */
export function headerSigner(to: Taking, headline: number): string | undefined {
  const signers = to.signers ?? [];
  const at = signers.findIndex((s) => s.index > headline && s.index <= headline + HEADLINE_AFTER);
  const below = signers[at];
  if (below === undefined || signers.slice(at + 1).some((s) => contests(to, below, s.key, s.index))) return undefined;
  return below.value;
}

/** Words of prose between two bylines that make the first one the story's (a teaser card holds fewer). */
const STORY_BETWEEN_WORDS = 100;

function proseWords(blocks: readonly Block[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to && n < STORY_BETWEEN_WORDS; i++) {
    const b = blocks[i] as Block;
    if (blockIsProse(b)) n += blockWords(b);
  }
  return n;
}

/** True when the story's byline lines name different people with no story between them. */
export function signedByMany(to: Taking): boolean {
  const [first, ...later] = to.signers ?? [];
  return first !== undefined && later.some((s) => contests(to, first, s.key, s.index));
}

/** Adds a caption unless the story has it already (case, spacing and punctuation aside). */
function addCaption(to: Taking, value: string): void {
  const keys = (to.captionKeys ??= new Set(to.draft.captions.map((c) => normKey(c))));
  const key = normKey(value);
  if (keys.has(key)) return;
  keys.add(key);
  to.draft.captions.push(value);
}

/**
 * The date evidence as the page orders its numeric dates: where it prints one that reads only
 * month first ("10/31/2024") and none that reads only day first, a stamp line's ambiguous date
 * ("09.10.2024") is month first too (lexicon/dates printsMonthFirst).
 */
export function inPageOrder(dates: readonly DateEvidence[], blocks: readonly Block[]): readonly DateEvidence[] {
  const turned = dates.map((d) => {
    const text = d.index === undefined ? undefined : blocks[d.index]?.text;
    const iso = text === undefined ? d.iso : monthFirstIso(d.iso, text);
    return iso === d.iso ? d : { ...d, iso };
  });
  // The whole story is read for the page's order only when a stamp line's date could turn.
  return turned.every((d, k) => d === dates[k]) || !printsMonthFirst(blocks.map((b) => b.text)) ? dates : turned;
}

/**
 * The best date evidence: highest rank, earliest on the page among equals. A date labelled as
 * an update gives way to a stamp that is not, above it or just below it ("edited May 8" over
 * "asked May 6"); a stamp further down (a related story's, a comment's) does not outrank it.
 * A stamp beside the headline (`headline`: its block's index) is the story's: it outranks the
 * stamps further away, a comment's or a related story's, even when they carry a time of day.
 */
export function bestDate(dates: readonly DateEvidence[], headline?: number): string | undefined {
  let firstPlain = Infinity;
  for (const d of dates) if (d.updated !== true && d.rank > 0 && d.index !== undefined) firstPlain = Math.min(firstPlain, d.index);
  let best: DateEvidence | undefined;
  let bestRank = -1;
  for (const d of dates) {
    const givesWay = d.updated === true && firstPlain <= (d.index ?? 0) + UPDATE_NEAR;
    const rank = givesWay ? UPDATE_RANK : d.rank + (d.rank > 0 && besideHeadline(d.index, headline) ? HEADLINE_RANK : 0);
    if (rank > bestRank) {
      best = d;
      bestRank = rank;
    }
  }
  return best?.iso;
}

/**
 * Lines of a story's header around its headline: a kicker's date or a post's card (its stamp,
 * poster, rank, join date) above it, the byline's and its stamp below.
 */
const HEADLINE_BEFORE = 6;
const HEADLINE_AFTER = 10;
/** Above any rank a stamp earns elsewhere (a full timestamp: 2). */
const HEADLINE_RANK = 2;

function besideHeadline(index: number | undefined, headline: number | undefined): boolean {
  return index !== undefined && headline !== undefined && index >= headline - HEADLINE_BEFORE && index <= headline + HEADLINE_AFTER;
}

/** Between a menu date (0) and a bare date (1). */
const UPDATE_RANK = 0.5;
/** Lines below an update stamp within which a published stamp is its neighbour (a poster's card between them). */
const UPDATE_NEAR = 8;

/**
 * Where the HTML stage pruned a story's surroundings: its site header, sidebar, share bar,
 * author box, the lines under an end label or after it, and what lay outside its container.
 */
const SURROUNDINGS: ReadonlySet<string> = new Set(['html/header', 'html/aside', 'html/share', 'html/author-box', 'html/end-label', 'html/after-story', 'html/outside-story']);

/**
 * The date the story's surroundings print, when they print one day only ("May 31, 2024" in a
 * date box outside the story's container, "Published July 8, 2025" in its sidebar): a story
 * with no date of its own was published then. Several days there are a list's (related
 * stories, an archive), and none of them the story's; the day the markup gives as the story's
 * modified date is a change stamp.
 */
export function nearbyDate(removed: readonly Removal[], modified?: string): string | undefined {
  let found: string | undefined;
  for (const r of removed) {
    if (!SURROUNDINGS.has(r.rule) || r.text.length > NEARBY_MAX_CHARS) continue;
    const iso = stampDate(r.text);
    if (iso === undefined) continue;
    found ??= iso;
    if (found.slice(0, 10) !== iso.slice(0, 10) || otherDay(r.text, iso)) return undefined;
  }
  // The day the markup says the story was changed is a change stamp printed, not its publishing.
  return found !== undefined && found.slice(0, 10) === modified?.slice(0, 10) ? undefined : found;
}

const NEARBY_MAX_CHARS = 120;

/** True when the text holds a date on another day than `iso` after its first one ("Seed swap May 2, 2025 Shed lock June 9, 2025"). */
function otherDay(text: string, iso: string): boolean {
  const first = findDate(text);
  const second = first === null ? null : findDate(text.slice(first.end));
  return second !== null && second.iso.slice(0, 10) !== iso.slice(0, 10);
}
