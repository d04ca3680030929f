import { normKey } from '../lexicon/features.js';
import { authorsOf } from '../lexicon/names.js';
import { PERMALINK_MARK } from '../lexicon/patterns.js';
import { isDocsUrl, isFrontPage, pathName } from '../lexicon/slug.js';
import { isDisabled, type RemovalLog } from '../rules/rule.js';
import type { Block, DumpDraft, PageMeta, ResolvedOptions, Story, StoryDraft } from '../types.js';
import { applyBounds, dropsEcho, findBounds } from './bounds.js';
import { isShopDump } from './shop-end.js';
import { bodyText, bodyWords, buildContent } from './content.js';
import type { ContentNotes } from './inline.js';
import { cardStamps, placeCardStamps } from './card-stamps.js';
import { megaMenuLines } from './mega-menu.js';
import { textComments } from './text-comments.js';
import { textContent } from './text-content.js';
import { findDateline } from './dateline.js';
import { dropDuplicates } from './duplicates.js';
import { bestDate, headerSigner, inPageOrder, nearbyDate, signedByMany, takeHeaderSources, takeLines, takeStamp, type Taking } from './line-rules.js';
import { fillStoryMeta, headlineOnly } from './metadata.js';
import { nameUnderHeadline, underHeadline } from '../rules/metadata-lines.js';

/**
 * The shared per-story stages, one path for both kinds of input. What differs is data the
 * reading stage put on the draft: its language (chosen there), and for a text dump's lines
 * (`draft.dump`) the bounds still to find and content read from the lines' marks.
 */
export function finishStory(given: StoryDraft, page: PageMeta, opts: ResolvedOptions, log: RemovalLog, notes: ContentNotes, pageType?: string, bodies?: Map<Story, readonly Block[]>): Story {
  const named = given.dump === undefined && pageType === 'product' && given.role === 'main' && !isDisabled('meta/product-name', opts.disable);
  const draft = named ? withProductName(given) : given;
  const lang = draft.meta.lang ?? page.lang;
  const frontPage = isFrontPage(opts.url);
  const taking: Taking = { draft, dates: [], log };
  const stamps = draft.dump !== undefined && !isDisabled('story/card-stamps', opts.disable) ? cardStamps(draft.blocks) : undefined;
  const menu = draft.dump !== undefined && !isDisabled('story/mega-menu', opts.disable) ? megaMenuLines(draft.blocks) : undefined;
  const kept = takeLines(taking, { lang, title: draft.meta.title }, opts.disable, pageType !== undefined && CARD_PAGES.has(pageType) ? CARD_LINES : undefined, { stamps, menu });
  // Byline lines that name different people sign a list's items (cards, testimonials), not the story.
  if (signedByMany(taking)) delete draft.meta.byline;
  const { title, body: bounded, shortLines, headline } = draft.dump ? boundDump(taking, draft.dump, kept, lang, opts) : unbounded(draft, kept, log, named);
  // A short-line test that found menus alone left no body to guess the bounds of.
  if (shortLines === true && draft.role === 'main' && bounded.length > 0) notes.shortLineBody = true;
  // A forum's items are posts: the labels they repeat are the posters' ("Posts:", "Jane said:"), no field of theirs.
  const body = repeatsKept(draft, pageType, opts.url) ? bounded : dropDuplicates(bounded, log, opts.disable, pageType !== 'forum');
  const dateline = isDisabled('meta/dateline', opts.disable) ? undefined : (findDateline(body[0]?.text) ?? draft.meta.dateline);
  const content = draft.dump ? textContent(body) : buildContent({ all: draft.blocks, kept: body, captions: draft.captions, base: page.base }, notes);
  const story: Story = { role: draft.role, body: bodyText(body), captions: draft.captions, content };
  // The blocks a dump's body was joined from, for the thin-body warning's count (a Map per page, not a WeakMap: see thin.ts).
  if (draft.dump) bodies?.set(story, body);
  if (title !== undefined) story.title = title;
  // Markup states dates precisely (JSON-LD, <time datetime>, with their zone); a text line is
  // evidence. A dump's draft states none, so its lines decide.
  const stated = draft.meta.published ?? (draft.role === 'main' ? page.published : undefined);
  // A site's front page lists stories: a date line on it is a listed story's.
  const published = stated ?? (frontPage ? undefined : (bestDate(inPageOrder(taking.dates, draft.blocks), headline) ?? surroundingsDate(draft, page, log, opts) ?? (draft.role === 'main' ? page.pagePublished : undefined)));
  if (published !== undefined) story.published = published;
  // A line's update stamp, where the markup states no modified date (fillStoryMeta puts the page's).
  if (taking.modified !== undefined && !frontPage) story.modified = taking.modified;
  const source = draft.meta.source ?? (draft.role === 'main' ? page.source : undefined);
  if (source !== undefined) story.source = source;
  const byline = draft.meta.byline ?? (draft.role === 'main' ? page.byline : undefined);
  if (byline !== undefined) story.byline = byline;
  if (dateline !== undefined) story.dateline = dateline;
  if (lang !== undefined) story.lang = lang;
  fillStoryMeta(story, draft, page, bodyWords(body), frontPage);
  const comments = draft.dump && opts.comments ? textComments(draft.blocks, body) : draft.meta.comments;
  if (comments !== undefined && comments.length > 0) story.comments = comments;
  return story;
}

/**
 * A documentation page repeats a step once per tab (the same instruction for each language or
 * platform, the same note under each section): its repeats are its content, and story/duplicate-block
 * does not run there. On the WCXB dev pages typed documentation: 0.919 -> 0.925 F1 (18 pages up, 7 down).
 */
const REPEATS_KEPT: ReadonlySet<string> = new Set(['documentation']);

/**
 * A dump has no markup to type the page by: its URL does (a docs host, a manual's path word).
 * On the WCXB dev dumps the URL names 75 of the 89 documentation pages and 24 others; keeping
 * their repeats: documentation 0.879 -> 0.887 (43 pages up, 14 down), all 0.8227 -> 0.8234.
 */
function repeatsKept(draft: StoryDraft, pageType: string | undefined, url: string | undefined): boolean {
  if (pageType !== undefined) return REPEATS_KEPT.has(pageType);
  return draft.dump !== undefined && isDocsUrl(url);
}

/** Pages made of cards (html/page-type): each card's lines are its content. */
const CARD_PAGES: ReadonlySet<string> = new Set(['listing', 'collection']);
/**
 * On such a page a byline signs one card ("By Jane Doe" under a teaser, a book's author under its
 * title): the line stays in the body, its name still read as metadata. On the WCXB dev listings
 * and collections the byline lines removed held 1,699 words their references keep and 613 they leave out.
 */
const CARD_LINES: ReadonlySet<string> = new Set(['meta/byline']);

/** An HTML page's main story with no date of its own: the one date its pruned surroundings print (meta/nearby-date). */
function surroundingsDate(draft: StoryDraft, page: PageMeta, log: RemovalLog, opts: ResolvedOptions): string | undefined {
  if (draft.dump !== undefined || draft.role !== 'main' || isDisabled('meta/nearby-date', opts.disable)) return undefined;
  return nearbyDate(log.items, page.modified);
}

interface Bounded {
  title: string | undefined;
  body: Block[];
  /** the body is a short-line body (stories/short-lines) */
  shortLines?: boolean;
  /** a dump's headline: its index among the story's lines */
  headline?: number;
}

/** A dump's story: header sources taken, then the body bounded and the title chosen among its lines. */
function boundDump(taking: Taking, dump: DumpDraft, kept: Block[], lang: string | undefined, opts: ResolvedOptions): Bounded {
  const { draft, log } = taking;
  const blocks = takeHeaderSources(taking, kept, opts.disable);
  const undated = taking.dates.length === 0 && draft.meta.byline === undefined;
  const bounds = findBounds(blocks, lang, opts.disable, { all: draft.blocks, slug: dump.slug, name: pathName(opts.url), docs: isDocsUrl(opts.url), front: isFrontPage(opts.url), undated, shop: isShopDump(draft.blocks), menuWords: taking.menuWords });
  const bounded = applyBounds(blocks, bounds, log);
  if (taking.held !== undefined) bounded.body = placeCardStamps(taking.held, draft.blocks, bounded.body, log);
  // The lines under the headline that say more than a date or a name ("May 2, 2025 · 4 min read ·
  // By Jane Doe"): no metadata rule took them, and the bounds drop them as furniture; their date
  // and their labelled name are the story's.
  const under = bounds.title === undefined ? {} : underHeadline(blocks, bounds.title);
  // Taken beside any other date evidence: a stamp under the headline outranks a comment's (bestDate).
  const underAt = under.index === undefined ? -1 : draft.blocks.indexOf(blocks[under.index] as Block);
  if (under.stamp !== undefined && !taking.dates.some((d) => d.index === underAt) && !isDisabled('meta/timestamp', opts.disable)) takeStamp(taking, under.stamp, underAt);
  const headline = bounds.title === undefined ? -1 : draft.blocks.indexOf(blocks[bounds.title] as Block);
  // A byline line above the headline (a menu's "By Category", a contributors' label) gives way to
  // one under it; it stays the story's when nothing there signs.
  const above = taking.bylineAt !== undefined && taking.bylineAt < headline ? draft.meta.byline : undefined;
  if (above !== undefined) delete draft.meta.byline;
  if (draft.meta.byline === undefined && headline >= 0 && !isDisabled('meta/byline', opts.disable)) {
    const below = headerSigner(taking, headline);
    if (below !== undefined) draft.meta.byline = below;
  }
  // A starter label names who opened the thread, whatever byline line another post carries. A
  // labelled name is read as the label gives it: a handle or a brand counts (lexicon/signed).
  const signed = under.starter ?? (draft.meta.byline === undefined ? under.byline : undefined);
  if (signed !== undefined && !isDisabled('meta/byline', opts.disable)) {
    const people = authorsOf(signed);
    draft.meta.byline = signed;
    draft.meta.authors = people.length > 0 ? people : [signed];
  }
  // No byline line signed the story: a bare name under its headline, over its timestamp, does.
  if (draft.meta.byline === undefined && bounds.title !== undefined && !isDisabled('meta/byline', opts.disable)) {
    const name = nameUnderHeadline(blocks, bounds.title, bounds.bodyStart, draft.blocks);
    if (name !== undefined) draft.meta.byline = name;
  }
  draft.meta.byline ??= above;
  const title = bounded.title ?? draft.meta.title;
  // The headline without the tail its page hangs on ("Headline | Opinion") or the permalink mark
  // a documentation generator prints after it ("Quickstart¶"), as on the HTML path.
  return {
    title: title === undefined ? undefined : headlineOnly(title.replace(PERMALINK_MARK, '')),
    body: bounded.body,
    shortLines: bounds.shortLines !== undefined,
    ...(headline >= 0 ? { headline } : {}),
  };
}

/**
 * A story the HTML stage bounded already: only echoes of its title go (the title as the markup
 * states it, and the <h1> it was chosen over); the title loses the tail its template hangs on
 * (stories/metadata headlineOnly).
 */
function unbounded(draft: StoryDraft, kept: readonly Block[], log: RemovalLog, named: boolean): Bounded {
  const title = draft.meta.title;
  const key = title === undefined ? undefined : normKey(title);
  const headline = draft.headline === undefined ? undefined : normKey(draft.headline);
  const shown = title === undefined ? undefined : headlineOnly(title);
  return { title: shown, body: kept.filter((b) => (named && b.id === NAME_ID) || (!dropsEcho(b, key, log) && !dropsEcho(b, headline, log))) };
}

/**
 * A product's name is part of its page's content, not only its title: the description and the
 * specifications describe the item it names, as the shop's product box shows it above the price.
 * So on a product page the body opens with the name (meta/product-name), wherever the container
 * printed it (its echoes of the title go, as meta/headline-echo). On the WCXB dev pages 38 of
 * the 83 pages read as products hold the name in their reference's body.
 */
function withProductName(draft: StoryDraft): StoryDraft {
  const title = draft.meta.title;
  if (title === undefined) return draft;
  const block: Block = { id: NAME_ID, kind: 'heading', level: 1, text: headlineOnly(title), where: 'the page title', linkDensity: 0, gapBefore: true };
  return { ...draft, blocks: [block, ...draft.blocks] };
}

/** Ids count up from 0 in the document; -2 is free (-1 may be html/product's JSON-LD description) and stands before them. */
const NAME_ID = -2;
