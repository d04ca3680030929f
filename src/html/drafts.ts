/**
 * One story's draft from the page's pruned tree (html/extract): prune → choose → blocks → filter
 * under a root or in given containers, and the two profile variants that weigh a wider content
 * region against the generic container (a page of sections or cards, a declared article).
 */
import type { AnyNode, Element } from 'domhandler';
import { endsSentence, wordCount } from '../lexicon/features.js';
import { chooseLang } from '../lexicon/languages.js';
import { isDisabled, RemovalLog } from '../rules/rule.js';
import type { Block, Container, ResolvedOptions, StoryDraft } from '../types.js';
import { toBlocks } from './blocks.js';
import { chooseMain, contains } from './choose.js';
import { filterBlocks, storyRun } from './filter.js';
import { contentRegion, precedes, profileFor, proseChars, type Grid, type Profile } from './profile.js';
import type { StatsOf } from './stats.js';

/**
 * A draft, the containers it was read from, and their blocks before filtering; `reach`: the wider
 * container some of its blocks were taken from (productDraft), when there is one.
 */
export type DraftWithParts = StoryDraft & { parts: readonly Element[]; raw: readonly Block[]; reach?: Element };

/** What every draft of one page is read from: the page's body, its pruned tree and measures, the block ids. */
export interface DraftScope {
  body: Element;
  lang: string | undefined;
  pruned: ReadonlySet<AnyNode>;
  stats: StatsOf;
  opts: ResolvedOptions;
  ids: { next: number };
  /** the page's largest card grid, found when first asked */
  gridOf: () => Grid | null;
}

/**
 * A page spread over sections or cards (html/profile): the content region around the best
 * container, cleaned with the profile's filters. It must keep at least REGION_KEEPS of the prose
 * the generic path keeps, else the generic result stands: a wrong type never loses the body.
 * A thread read as a discussion (its replies outweigh the rest; `replies`: its comment regions)
 * keeps its best container, unless that is one reply inside them — one post of a thread is not
 * the page a reader reads: the thread's region is taken then, as a forum's.
 */
export function regionDraft(scope: DraftScope, log: RemovalLog, profile: Profile, replies?: readonly Element[]): DraftWithParts | null {
  const { body, stats } = scope;
  const generic = loggedDraft(scope);
  if (replies !== undefined && !insideOneReply(generic.draft?.parts ?? [], replies)) return keep(generic, log);
  const top = generic.draft ? contentRegion(generic.draft.parts[0] as Element, body, stats, profile.regionMaxLinks) : body;
  const parts = regionParts(top, scope, profile);
  // The region is often the generic draft's own container: its blocks are read once (blocks are
  // never changed after html/blocks makes them; only the filters differ).
  const same = generic.draft !== null && sameParts(parts, generic.draft.parts) ? generic.draft.raw : undefined;
  const region = loggedDraft(scope, profile, parts, same);
  const wins = region.draft !== null && (generic.draft === null || proseChars(region.draft.blocks) >= REGION_KEEPS * proseChars(generic.draft.blocks));
  if (wins && profile.storyTail && region.draft && storyRun(region.draft.blocks)) {
    // An article with a tail, typed a listing by its related grid: its region, every filter on.
    return keep(loggedDraft(scope, undefined, region.draft.parts, region.draft.raw), log);
  }
  return keep(wins ? region : generic, log);
}

function insideOneReply(parts: readonly Element[], replies: readonly Element[]): boolean {
  return parts.length > 0 && parts.every((p) => replies.some((c) => c !== p && contains(c, p)));
}

/** A draft and the removals that made it, kept apart until it is chosen. */
interface LoggedDraft {
  draft: DraftWithParts | null;
  log: RemovalLog;
}

/** draftFor into a log of its own; with a profile, the profile's filters are left out (html/profile). */
function loggedDraft(scope: DraftScope, profile?: Profile, parts?: readonly Element[], raw?: readonly Block[]): LoggedDraft {
  const { body, lang, pruned, stats, opts, ids } = scope;
  const log = new RemovalLog();
  const resolved = profile ? { ...opts, disable: [...opts.disable, ...profile.keepFiltered] } : opts;
  return { draft: draftFor(body, lang, pruned, stats, resolved, log, ids, parts, raw, profile?.type === 'product'), log };
}

function sameParts(a: readonly Element[], b: readonly Element[]): boolean {
  return a.length === b.length && a.every((el, i) => el === b[i]);
}

/** The chosen draft's removals go to the page's log. */
function keep(chosen: LoggedDraft, log: RemovalLog): DraftWithParts | null {
  log.items.push(...chosen.log.items);
  return chosen.draft;
}

const REGION_KEEPS = 0.8;

/**
 * A declared article (html/profile `widen`): its chosen container, unless the content region
 * around it holds REGION_SPREAD times the container's text (the page's measures: no second pass
 * when it does not) and, read as a listing's, REGION_GROWTH times its prose outside links. A
 * section front or a blog's home page declares itself an article (og:type, a CMS's default
 * JSON-LD) and its container is the intro above the cards.
 */
export function widenedDraft(scope: DraftScope, log: RemovalLog): { draft: DraftWithParts | null; listing: boolean } {
  const { body, stats } = scope;
  const generic = loggedDraft(scope);
  const listing = profileFor('listing');
  const top = generic.draft?.parts[0];
  if (!generic.draft || !top) return { draft: keep(generic, log), listing: false };
  const parts = regionParts(contentRegion(top, body, stats, listing.regionMaxLinks), scope, listing);
  if (charsOf(parts, stats) < REGION_SPREAD * charsOf(generic.draft.parts, stats)) return { draft: keep(generic, log), listing: false };
  const region = loggedDraft(scope, listing, parts);
  const wins = region.draft !== null && proseChars(region.draft.blocks) >= REGION_GROWTH * proseChars(generic.draft.blocks);
  return { draft: keep(wins ? region : generic, log), listing: wins };
}

const REGION_GROWTH = 3;
const REGION_SPREAD = 2;

function charsOf(parts: readonly Element[], stats: StatsOf): number {
  let n = 0;
  for (const p of parts) n += stats.get(p)?.chars ?? 0;
  return n;
}

/** The region, and on a page of cards the region around its largest grid when that lies outside. */
function regionParts(top: Element, scope: DraftScope, profile: Profile): Element[] {
  const { body, stats } = scope;
  const grid = profile.cards && top !== body ? scope.gridOf()?.parent : undefined;
  if (grid === undefined || contains(top, grid)) return [top];
  const around = contentRegion(grid, body, stats, profile.regionMaxLinks);
  if (contains(around, top)) return [around];
  return precedes(top, around) ? [top, around] : [around, top];
}

/**
 * A product's page (html/product-prose): its chosen container, and the paragraphs of prose the
 * content region around it holds elsewhere. A shop sets the product's description in tabs and
 * sections beside the buy box, and the container takes one of them (a course's outline without
 * its "who is it for", a game's feature list without its "about"). What else the region holds is
 * mostly the shop's furniture (options, other offers, labels, badges), so only prose joins:
 * paragraphs of PROSE_CHARS or more and PROSE_WORDS words, without a link, that end a sentence.
 * On the WCXB dev pages' regions, such paragraphs outside the container were 61% reference text
 * by characters, every other kind of block 8-39%. Each is taken on its own, so the region is read
 * without the story-tail filters (the listing's): a label there does not cut what follows.
 * A list's items join the same way when the list holds FEATURE_ITEMS or more of them: a product's
 * feature bullets ("About this item": a sentence each, no links). One or two such items are a
 * shop's slogans, not a feature list (on the WCXB dev pages, two "value" bullets of a shop).
 * Blocks keep the region's order; the container stands when the region's reading misses one of its blocks.
 * On the WCXB dev pages read as products (with tooltips pruned, html/hidden): 20 of 86 changed,
 * 15 up and 5 down (a shop's slogan paragraph, a store-switch dialog), +0.71 F1 summed.
 */
export function productDraft(scope: DraftScope, log: RemovalLog): DraftWithParts | null {
  const generic = loggedDraft(scope, profileFor('product'));
  const first = generic.draft?.parts[0];
  if (!generic.draft || !first || isDisabled('html/product-prose', scope.opts.disable)) return keep(generic, log);
  const listing = profileFor('listing');
  const top = contentRegion(first, scope.body, scope.stats, listing.regionMaxLinks);
  if (generic.draft.parts.length === 1 && top === first) return keep(generic, log);
  const region = loggedDraft(scope, listing, [top]);
  const merged = region.draft ? withProse(generic.draft.blocks, region.draft.blocks) : null;
  if (merged === null) return keep(generic, log);
  for (const b of merged.dropped) region.log.drop(b, 'html/outside-story', "outside the product's container and not a paragraph of prose");
  return keep({ draft: { ...generic.draft, blocks: merged.blocks, reach: top }, log: region.log }, log);
}

const PROSE_CHARS = 100;
const PROSE_WORDS = 8;

/** A list's prose items that make it a feature list. */
const FEATURE_ITEMS = 3;

function isProse(b: Block): boolean {
  return b.linkDensity === 0 && b.text.length >= PROSE_CHARS && endsSentence(b.text) && wordCount(b.text) >= PROSE_WORDS;
}

/** The innermost list a block sits in. */
function listOf(b: Block): number | undefined {
  const path = b.shape?.path ?? [];
  for (let i = path.length - 1; i >= 0; i--) {
    const c = path[i] as Container;
    if (c.kind === 'list') return c.id;
  }
  return undefined;
}

/** The lists of the region that hold FEATURE_ITEMS or more items of prose. */
function featureLists(region: readonly Block[]): Set<number> {
  const items = new Map<number, number>();
  for (const b of region) {
    const list = b.kind === 'list-item' && isProse(b) ? listOf(b) : undefined;
    if (list !== undefined) items.set(list, (items.get(list) ?? 0) + 1);
  }
  const lists = new Set<number>();
  for (const [list, n] of items) if (n >= FEATURE_ITEMS) lists.add(list);
  return lists;
}

/** A paragraph of prose, or a prose item of a feature list. */
function isProseBlock(b: Block, lists: ReadonlySet<number>): boolean {
  if (b.kind === 'paragraph') return isProse(b);
  if (b.kind !== 'list-item') return false;
  const list = listOf(b);
  return list !== undefined && lists.has(list) && isProse(b);
}

/**
 * The region's blocks that are the container's (each once) or prose (paragraphs, feature lists' items), in the region's order, and
 * the others; null when the region adds no prose or misses one of the container's blocks.
 */
function withProse(own: readonly Block[], region: readonly Block[]): { blocks: Block[]; dropped: Block[] } | null {
  const left = new Map<string, number>();
  for (const b of own) left.set(b.text, (left.get(b.text) ?? 0) + 1);
  const blocks: Block[] = [];
  const dropped: Block[] = [];
  let added = 0;
  const lists = featureLists(region);
  for (const b of region) {
    const n = left.get(b.text);
    if (n !== undefined && n > 0) {
      left.set(b.text, n - 1);
      blocks.push(b);
    } else if (n === undefined && isProseBlock(b, lists)) {
      blocks.push(b);
      added++;
    } else dropped.push(b);
  }
  for (const n of left.values()) if (n > 0) return null;
  return added === 0 ? null : { blocks, dropped };
}

/** Prune → choose → blocks → filter, under `root` (or in the `parts` given); `product`: the page is read as a product's (html/filter trimTail). */
export function draftFor(
  root: Element,
  lang: string | undefined,
  pruned: ReadonlySet<AnyNode>,
  stats: StatsOf,
  opts: ResolvedOptions,
  log: RemovalLog,
  ids: { next: number },
  given?: readonly Element[],
  read?: readonly Block[],
  product = false,
): DraftWithParts | null {
  const parts = given ?? chooseMain(root, pruned, stats)?.parts;
  if (!parts) return null;
  const raw = read ?? toBlocks(parts, pruned, ids.next);
  if (!read) ids.next += raw.length;
  const blocks = filterBlocks(raw, log, opts.disable, chooseLang(opts.lang, [lang]), opts.url, product);
  // The text path's quality stage (stories/bounds) does not run on top of ours: it measured P 0.936 R 0.812
  // (F1 0.869) on the dev set against our own filters' P 0.926 R 0.936 — it drops too much story.
  return { role: 'main', blocks, meta: {}, captions: [], parts, raw };
}
