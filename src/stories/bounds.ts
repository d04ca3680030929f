import { blockIsProse, blockKey, blockWords, endsSentence, normKey, TITLE_MAX_WORDS, wordCount } from '../lexicon/features.js';
import { mayHaveKey } from '../lexicon/key-edges.js';
import { isEndLabel, isInlineTeaser } from '../rules/end-labels.js';
import { AUTHOR_BIO } from '../lexicon/patterns.js';
import { goodWords, judge, relabel, type Quality } from '../rules/quality.js';
import { isDisabled, type RemovalLog } from '../rules/rule.js';
import type { Block } from '../types.js';
import { bodyLines, docsLines, factRuns, frontSections, introducedLists, numberedItems, UNDATED_MIN_RUNS } from './body-lists.js';
import { shortLineBody } from './short-lines.js';
import { cardRuns } from './card-runs.js';
import { tileRun } from './tile-run.js';
import { cardHeads, subheads } from './subheads.js';
import { namedBioCut } from './author-box.js';
import { topicTail } from './topic-tail.js';
import { relatedRun } from './related-run.js';
import { standfirst } from './standfirst.js';
import { storyResumes } from './story-resumes.js';
import { commentThreadCut } from './comment-thread.js';
import { chooseTextTitle } from './text-title.js';
import { consentNotice, trimConsent } from './consent-edge.js';
import { ingredientList } from './ingredients.js';
import { PARAGRAPH_AFTER_TERMINATOR, terminatorCut } from './terminator.js';
import { shopEndCut, shortBodyTail } from './shop-end.js';
import { signupCut } from './signup-box.js';
import { finePrintCut, pageEndCut } from './page-end.js';
import { sectionBlurbs } from './section-blurbs.js';

/**
 * Where the story sits among a text story's remaining blocks (after the line rules ran):
 * the body is the stretch from the first to the last good block, the title the nearest
 * title-like line above the body, and everything outside is page furniture. The body ends early
 * at a terminating block (stories/terminator).
 */
export interface Bounds {
  /** index of the title block, when one was found */
  title: number | undefined;
  /** the title's text when the line rules took its line out (a headline printed twice) */
  titleText?: string;
  bodyStart: number;
  /** exclusive */
  bodyEnd: number;
  labels: Quality[];
  /** for a short-line body (stories/short-lines): why each line inside the bounds that is not body goes */
  shortLines?: Map<number, string>;
  /** a tail on another subject cut off the body (stories/topic-tail): the lines [bodyEnd, tail.end) */
  tail?: { end: number; why: string };
  /** other stories' teaser cards cut off the body (stories/related-run): the lines [bodyEnd, related.end) */
  related?: { end: number; why: string };
  /** lines the context pass made good after the body's last block judged good on its own (story/context-tail): [start, end) */
  contextTail?: { start: number; end: number };
  /** inline teasers inside the body ("Read more: …" between two paragraphs): dropped, the body goes on */
  teasers?: Set<number>;
  /** a related box inside the body (its label and the teasers under it, up to the next paragraph): dropped, the body goes on */
  boxes?: Map<number, string>;
  /** where the terminator scan met a related label that did not end the body (read by story/related-box, so the body is not scanned twice) */
  endLabels?: number[];
  /** a reader comment thread under the story (stories/comment-thread): the lines [bodyEnd, thread.end) */
  thread?: { end: number };
  /** a shop's reviews, other products or terms under its description (story/shop-end): the lines [bodyEnd, shop.end) */
  shop?: { end: number; why: string };
  /** the standfirst between the title and the body (story/standfirst): body, whatever else lies above the body */
  standfirst?: number;
  /** what the dump printed below the page's footer, or a body of closing lines only (story/page-end), or the page's notes (story/fine-print): the lines [bodyEnd, page.end) */
  page?: { end: number; why: string; rule: 'story/page-end' | 'story/fine-print' };
  /** an author's box the later cuts left among the body's last blocks (story/author-box, second pass): the lines [bodyEnd, author.end) */
  author?: { end: number };
}

/** Lines past the stretch's start where a headline marked by its byline, date or URL may sit. */
const TITLE_FORWARD = 400;
/** Prose above such a headline is header furniture when it is at most this share of the prose below. */
const HEADER_SHARE = 0.35;

/** A text story's own lines and URL slug, for choosing its title (stories/text-title). */
export interface TitleSource {
  all: readonly Block[];
  slug: readonly string[];
  /** the URL's last path segment when it is one word (lexicon/slug pathName) */
  name?: string;
  /** the URL files the page as documentation (lexicon/slug isDocsUrl) */
  docs?: boolean;
  /** the URL is a site's root: its front page (lexicon/slug isFrontPage) */
  front?: boolean;
  /** the story printed no date line and no byline: no news story's header (story/undated-sections) */
  undated?: boolean;
  /** the dump prints a cart control and a price line: a shop's page (story/shop-end) */
  shop?: boolean;
  /** words of the mega-menu lines the line rules took (story/mega-menu) */
  menuWords?: number | undefined;
}

export function findBounds(blocks: readonly Block[], lang: string | undefined, disable: readonly string[], source: TitleSource): Bounds {
  const prose = proseBounds(blocks, lang, disable, source);
  // After the title is chosen: a description's headline is weighed against the whole page's prose.
  if (source.shop === true && !isDisabled('story/shop-end', disable)) cutShop(blocks, prose, source.all);
  if (!isDisabled('story/inline-teaser', disable)) prose.teasers = inlineTeasers(blocks, prose.bodyStart, prose.bodyEnd);
  if (!isDisabled('story/intro-list', disable)) introducedLists(blocks, prose.labels, prose.bodyStart, prose.bodyEnd);
  if (!isDisabled('story/numbered-list', disable)) numberedItems(blocks, prose.labels, prose.bodyStart, prose.bodyEnd);
  if (source.docs === true && !isDisabled('story/docs-lines', disable)) docsLines(blocks, prose.labels, prose.bodyStart, prose.bodyEnd);
  const short = isDisabled('story/short-lines', disable) ? undefined : shortLines(blocks, prose, source);
  if (short !== undefined) {
    // A grid or a spec list ends at the shop's end label as a prose body does, when that label is in its last part.
    if (!isDisabled('story/shop-end', disable)) cutShop(blocks, short, source.all, shortBodyTail(blocks, short.labels, short.bodyStart, short.bodyEnd));
    return cutPageEnd(blocks, short, source.all, disable);
  }
  // After the short-line test: a fact sheet's lines are not the prose that test weighs, and a
  // sign-up box's sentences are prose it weighs.
  if (!isDisabled('story/related-run', disable)) cutRelatedRun(blocks, prose, source.all);
  if (!isDisabled('story/fact-lines', disable)) factRuns(blocks, prose.labels, prose.bodyStart, prose.bodyEnd);
  if (!isDisabled('story/card-run', disable)) cardRuns(blocks, prose.labels, prose.bodyStart, prose.bodyEnd, source.all);
  const run = isDisabled('story/tile-run', disable) ? undefined : tileRun(blocks, prose.labels, prose, source.all);
  if (run !== undefined) [prose.bodyStart, prose.bodyEnd] = [run.start, run.end];
  if (!isDisabled('story/body-lines', disable)) bodyLines(blocks, prose.labels, prose.bodyStart, prose.bodyEnd, source.all);
  if (!isDisabled('story/subheads', disable)) subheads(blocks, prose.labels, prose.bodyStart, prose.bodyEnd, source.all);
  if (source.front === true && !isDisabled('story/front-sections', disable)) frontSections(blocks, prose.labels, prose.bodyStart, prose.bodyEnd);
  if (!isDisabled('story/signup-box', disable)) prose.bodyEnd = signupCut(blocks, prose.labels, prose.bodyStart, prose.bodyEnd);
  // A listing's tiles each have a subject of their own: no tail strays from the body's one topic.
  if (run === undefined && !isDisabled('story/topic-tail', disable)) cutTail(blocks, prose);
  // After the tail cut: the headings kept here are no evidence of what the body's end talks about.
  if (source.undated === true && source.front !== true && !isDisabled('story/undated-sections', disable)) frontSections(blocks, prose.labels, prose.bodyStart, prose.bodyEnd, UNDATED_MIN_RUNS);
  if (!isDisabled('story/related-box', disable)) prose.boxes = relatedBoxes(blocks, prose.labels, prose.bodyStart, prose.bodyEnd, prose.endLabels, !isDisabled('story/related-read', disable));
  if (!isDisabled('story/ingredients', disable)) prose.bodyStart = ingredientList(blocks, prose.labels, prose.bodyStart);
  if (!isDisabled('story/standfirst', disable)) prose.standfirst = standfirst(blocks, prose.title, prose.bodyStart, prose.bodyEnd);
  const bounds = cutPageEnd(blocks, prose, source.all, disable);
  // Again once the furniture under the box (teasers, sign-up box, footer) is cut: the box is then among the last blocks.
  if (!isDisabled('story/author-box', disable)) cutAuthorBox(blocks, bounds);
  if (!isDisabled('story/section-blurbs', disable)) sectionBlurbs(blocks, bounds.labels, bounds.bodyStart, bounds.bodyEnd, lang);
  if (!isDisabled('story/card-heads', disable)) cardHeads(blocks, bounds.labels, bounds.bodyStart, bounds.bodyEnd, source.all);
  return bounds;
}

/** A related label this long at most (the HTML path's end-label bound). */
const BOX_LABEL_MAX_CHARS = 80;
/** A box holds this many lines under its label at most: a longer run is a list the page is made of (a listing's teasers, a docs index). Fitted on the dev dumps (3, 6, 12 tried: 3 loses no WCXB page). */
const BOX_MAX_LINES = 3;

/**
 * Related boxes inside the body: a related label ("Related Coverage", "Mehr zum Thema") the body
 * goes on after drops itself and the lines under it up to the next paragraph of 25+ words, as on
 * the HTML path (html/end-label): the box's teasers go, the story resumes after it.
 */
function relatedBoxes(blocks: readonly Block[], labels: readonly Quality[], start: number, end: number, at: readonly number[] | undefined, read: boolean): Map<number, string> | undefined {
  let found: Map<number, string> | undefined;
  let from = start;
  for (const i of at ?? labelsIn(blocks, start, end)) {
    if (i < from || i >= end) continue;
    const text = (blocks[i] as Block).text;
    if (text.length > BOX_LABEL_MAX_CHARS || isInlineTeaser(text)) continue;
    let j = i + 1;
    while (j < end && !(labels[j] === 'good' && blockWords(blocks[j] as Block) >= PARAGRAPH_AFTER_TERMINATOR)) j++;
    // A longer run is a box when the story resumes under it (story/related-read).
    if (j - i - 1 > BOX_MAX_LINES && !(read && storyResumes(blocks, labels, start, i, end) === j)) continue;
    const why = `under the "${text}" label, before the next paragraph of ${PARAGRAPH_AFTER_TERMINATOR}+ words`;
    (found ??= new Map()).set(i, `"${text}" opens a box of links inside the body`);
    for (let k = i + 1; k < j; k++) found.set(k, why);
    from = j;
  }
  return found;
}

/** The related labels in [start, end), when the terminator scan did not list them (story/terminator disabled). */
function labelsIn(blocks: readonly Block[], start: number, end: number): number[] {
  const out: number[] = [];
  for (let i = start; i < end; i++) if (isEndLabel((blocks[i] as Block).text)) out.push(i);
  return out;
}

/** The inline teasers inside the body, or undefined when there is none. */
function inlineTeasers(blocks: readonly Block[], start: number, end: number): Set<number> | undefined {
  let found: Set<number> | undefined;
  for (let i = start; i < end; i++) if (isInlineTeaser((blocks[i] as Block).text)) (found ??= new Set()).add(i);
  return found;
}

/** The short-line body (stories/short-lines) when the prose body holds too little of the story. */
function shortLines(blocks: readonly Block[], prose: Bounds, source: TitleSource): Bounds | undefined {
  let words = 0;
  // The lines story/context-tail, story/shop-end or a comment thread took off the end still count as the prose this test weighs;
  // a cookie or consent dialog's sentences are the browser's, not the page's prose.
  const cut = prose.shop?.end ?? prose.bodyEnd;
  const end = Math.max(prose.contextTail?.start === cut ? prose.contextTail.end : cut, prose.thread?.end ?? 0);
  for (let i = prose.bodyStart; i < end; i++) if (prose.labels[i] === 'good' && i !== prose.title && !consentNotice(blocks[i] as Block)) words += blockWords(blocks[i] as Block);
  const short = shortLineBody(blocks, source.all, words, source.menuWords);
  if (short === undefined) return undefined;
  const bounds: Bounds = { ...prose, bodyStart: short.bodyStart, bodyEnd: short.bodyEnd, labels: short.labels, shortLines: short.why, contextTail: undefined };
  // Menus alone are no story: a line of theirs is no headline either.
  if (short.empty === true) return { ...bounds, title: undefined, titleText: undefined };
  // A headline inside it: what sits above is the page's header (menus, banners, filter labels), as above a prose body's headline.
  const title = bounds.title;
  if (title === undefined || title <= bounds.bodyStart || title >= bounds.bodyEnd) return bounds;
  const moved = nextGood(bounds.labels, title + 1, bounds.bodyEnd);
  if (moved < bounds.bodyEnd && goodWords(blocks, bounds.labels, bounds.bodyStart, title) <= HEADER_SHARE * goodWords(blocks, bounds.labels, moved, bounds.bodyEnd)) bounds.bodyStart = moved;
  return bounds;
}

/** Ends the body before a run of other stories' teaser cards (stories/related-run), recording why. */
function cutRelatedRun(blocks: readonly Block[], bounds: Bounds, all: readonly Block[]): void {
  const run = relatedRun(blocks, bounds.labels, bounds.bodyStart, bounds.bodyEnd, all);
  if (run === undefined) return;
  bounds.related = { end: bounds.bodyEnd, why: `${run.cards} cards of other stories (a headline over a short teaser, marked by a date, a "Read more" or a cut-off end) below a longer story` };
  bounds.bodyEnd = run.at;
}

/** Ends a shop page's body at a label over reviews, other products or the shop's terms (story/shop-end), recording why. */
function cutShop(blocks: readonly Block[], bounds: Bounds, all: readonly Block[], from = bounds.bodyStart): void {
  const at = shopEndCut(blocks, bounds.labels, bounds.bodyStart, bounds.bodyEnd, all, from);
  if (at >= bounds.bodyEnd) return;
  bounds.shop = { end: bounds.bodyEnd, why: `under the shop's "${(blocks[at] as Block).text}" label` };
  bounds.bodyEnd = at;
}

/** Ends the body at the page's footer or its fine print (stories/page-end), recording why. */
function cutPageEnd(blocks: readonly Block[], bounds: Bounds, all: readonly Block[], disable: readonly string[]): Bounds {
  const footer = isDisabled('story/page-end', disable) ? undefined : pageEndCut(blocks, bounds.labels, bounds.bodyStart, bounds.bodyEnd, all);
  const end = footer?.at ?? bounds.bodyEnd;
  const notes = isDisabled('story/fine-print', disable) ? undefined : finePrintCut(blocks, bounds.labels, bounds.bodyStart, end);
  const cut = notes ?? footer;
  return cut === undefined ? bounds : { ...bounds, bodyEnd: cut.at, page: { end: bounds.bodyEnd, why: cut.why, rule: notes === undefined ? 'story/page-end' : 'story/fine-print' } };
}

/** Ends the body before a tail on another subject (stories/topic-tail), recording why. */
function cutTail(blocks: readonly Block[], bounds: Bounds): void {
  const cut = topicTail(blocks, bounds.labels, bounds.bodyStart, bounds.bodyEnd);
  if (cut === undefined) return;
  bounds.tail = { end: bounds.bodyEnd, why: `${cut.tailWords} words of prose after it share little vocabulary with the body (cosine ${cut.cosine.toFixed(2)})` };
  bounds.bodyEnd = cut.at;
}

function proseBounds(blocks: readonly Block[], lang: string | undefined, disable: readonly string[], source: TitleSource): Bounds {
  const judged = blocks.map((b) => judge(b, lang));
  const labels = isDisabled('quality/context', disable) ? judged : relabel(blocks, judged);
  const cluster = goodStretch(labels) ?? baseline(blocks, labels);
  if (!cluster) return { title: undefined, bodyStart: blocks.length, bodyEnd: blocks.length, labels };
  let [bodyStart, bodyEnd] = cluster;
  if (!isDisabled('story/consent-edge', disable)) [bodyStart, bodyEnd] = trimConsent(blocks, labels, bodyStart, bodyEnd);
  // A long headline can pass as a good block; the body opens with a sentence, not a headline.
  // Lines that open the body without ending a sentence are its header: section, kicker, title.
  while (
    nextGood(labels, bodyStart + 1, bodyEnd) < bodyEnd &&
    !endsSentence((blocks[bodyStart] as Block).text) &&
    blockWords(blocks[bodyStart] as Block) <= TITLE_MAX_WORDS
  ) {
    bodyStart = nextGood(labels, bodyStart + 1, bodyEnd);
  }
  const stretchEnd = bodyEnd;
  if (!isDisabled('story/context-tail', disable)) bodyEnd = judgedEnd(blocks, judged, labels, bodyStart, bodyEnd);
  const contextTail = { start: bodyEnd, end: stretchEnd };
  // The labels the terminator's scan meets, for story/related-box (undefined: that rule scans for them itself).
  const endLabels = isDisabled('story/terminator', disable) ? undefined : [];
  bodyEnd = Math.min(bodyEnd, terminatorCut(blocks, labels, bodyStart, bodyEnd, disable, source.all, endLabels ?? []));
  if (!isDisabled('story/author-box', disable)) bodyEnd = authorBoxCut(blocks, labels, bodyStart, bodyEnd);
  const threadAt = isDisabled('story/comment-thread', disable) ? bodyEnd : commentThreadCut(blocks, labels, bodyStart, bodyEnd, source.all);
  const thread = threadAt < bodyEnd ? { end: stretchEnd } : undefined;
  bodyEnd = threadAt;
  const found = chooseTextTitle({ ...source, kept: blocks, bodyStart, forward: TITLE_FORWARD });
  const title = found?.kept;
  // A headline the line rules took out (printed twice) splits the stretch where its line sat.
  const split = found === undefined ? undefined : (title ?? keptAfter(blocks, source.all, found.at));
  if (found === undefined || split === undefined || split <= bodyStart) return { title, titleText: found?.text, bodyStart, bodyEnd, labels, contextTail, thread, endLabels };
  // A headline inside the stretch: what sits above it is the page's header (a mega-menu's
  // descriptions, a banner), unless that is a large part of the prose.
  const moved = nextGood(labels, title === undefined ? split : split + 1, bodyEnd);
  const header = moved < bodyEnd && goodWords(blocks, labels, bodyStart, split) <= HEADER_SHARE * goodWords(blocks, labels, moved, bodyEnd);
  if (title === undefined) return { title, titleText: found.text, bodyStart: header ? moved : bodyStart, bodyEnd, labels, contextTail, thread, endLabels };
  if (header) return { title, bodyStart: moved, bodyEnd, labels, contextTail, thread, endLabels };
  const above = chooseTextTitle({ ...source, kept: blocks, bodyStart, forward: 0 });
  return { title: above?.kept, titleText: above?.text, bodyStart, bodyEnd, labels, contextTail, thread, endLabels };
}

/**
 * The body runs from the first to the last good block. (Keeping only the densest cluster of good
 * blocks, C4-style, was measured on the dev set: every gap threshold from 5 to 12 lines lost
 * more recall than it won precision — F1 0.810–0.821 against 0.825 for the whole stretch.)
 */
function goodStretch(labels: readonly Quality[]): [number, number] | undefined {
  const first = labels.indexOf('good');
  return first < 0 ? undefined : [first, labels.lastIndexOf('good') + 1];
}

/** The context tail goes when its words are under this share of the body's above it. */
const CONTEXT_TAIL_SHARE = 0.25;

/**
 * The body ends at its last block judged good on its own: short and near-good lines the context
 * pass made good after it (a "Leave a comment!", a sign-up line, a teaser next to the last
 * paragraph) are the page's furniture below the story more often than its last lines, unless
 * they are a large part of the story (a list closing a service or product page) or one sentence
 * right below the last paragraph.
 */
function judgedEnd(blocks: readonly Block[], judged: readonly Quality[], labels: readonly Quality[], start: number, end: number): number {
  let last = end - 1;
  while (last >= start && judged[last] !== 'good') last--;
  if (last < start || last === end - 1) return end;
  if (last === end - 2 && closingSentence(blocks, last)) return end;
  const tail = goodWords(blocks, labels, last + 1, end);
  return tail < CONTEXT_TAIL_SHARE * goodWords(blocks, labels, start, last + 1) ? last + 1 : end;
}

/** A sentence printed right below the last paragraph, the only line after it: the story's closing line. */
function closingSentence(blocks: readonly Block[], last: number): boolean {
  const next = blocks[last + 1] as Block;
  return next.id === (blocks[last] as Block).id + 1 && blockIsProse(next);
}

/** An author's bio sits in the last blocks of the body and is at most a long paragraph (70 words missed bios of 90-120 on the WCXB dumps). */
const AUTHOR_BOX_REACH = 3;
const AUTHOR_BOX_MAX_WORDS = 130;

/**
 * The author box under an article ("Jane Doe writes about energy for …", "Hallo, ich bin …"):
 * one of the body's last few good blocks that opens like a bio ends the body there.
 */
function authorBoxCut(blocks: readonly Block[], labels: readonly Quality[], start: number, end: number): number {
  let seen = 0;
  for (let i = end - 1; i > start && seen < AUTHOR_BOX_REACH; i--) {
    if (labels[i] !== 'good') continue;
    seen++;
    const text = (blocks[i] as Block).text;
    if (AUTHOR_BIO.test(text) && wordCount(text) <= AUTHOR_BOX_MAX_WORDS) return i;
  }
  return namedBioCut(blocks, labels, start, end);
}

/** Ends the body before an author's box among its last blocks once the cuts below it are made, recording where the body ended before. */
function cutAuthorBox(blocks: readonly Block[], bounds: Bounds): void {
  const at = authorBoxCut(blocks, bounds.labels, bounds.bodyStart, bounds.bodyEnd);
  if (at >= bounds.bodyEnd) return;
  bounds.author = { end: bounds.bodyEnd };
  bounds.bodyEnd = at;
}

/** Words a lone block needs to stand as the body when no block was judged good. */
const BASELINE_MIN_WORDS = 20;

/**
 * trafilatura's baseline, in spirit: when nothing passes as good (a paywalled teaser ending in
 * "…", a page of long unpunctuated lines), the longest block of some length is the body rather
 * than nothing at all.
 */
function baseline(blocks: readonly Block[], labels: Quality[]): [number, number] | undefined {
  let best = -1;
  blocks.forEach((b, i) => {
    if (blockWords(b) >= BASELINE_MIN_WORDS && (best < 0 || b.text.length > (blocks[best] as Block).text.length)) best = i;
  });
  if (best < 0) return undefined;
  labels[best] = 'good';
  return [best, best + 1];
}

/** Index among the kept blocks of the first one below the story line `at` (blocks.length when none is). */
function keptAfter(blocks: readonly Block[], all: readonly Block[], at: number): number {
  const id = ((all[0] as Block | undefined)?.id ?? 0) + at;
  let lo = 0;
  let hi = blocks.length;
  // Kept blocks are in the story's order: ids ascend.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((blocks[mid] as Block).id <= id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function nextGood(labels: readonly Quality[], from: number, end: number): number {
  for (let i = from; i < end; i++) if (labels[i] === 'good') return i;
  return end;
}

/**
 * Drops everything outside the bounds and the bad blocks inside, each with its rule and reason.
 * Returns the title text (if any) and the body blocks.
 */
export function applyBounds(
  blocks: readonly Block[],
  bounds: Bounds,
  log: RemovalLog,
): { title: string | undefined; body: Block[] } {
  const body: Block[] = [];
  const titleText = bounds.title === undefined ? bounds.titleText : (blocks[bounds.title] as Block).text;
  const titleKey = titleText === undefined ? undefined : normKey(titleText);
  blocks.forEach((b, i) => {
    if (i === bounds.title) log.drop(b, 'meta/title', 'taken as the story title');
    else if (!dropsEcho(b, titleKey, log)) placeInBody(b, i, bounds, log, body);
  });
  return { title: titleText, body };
}

/** A block that is neither title nor echo: furniture outside the bounds, a bad block inside, or body. */
function placeInBody(b: Block, i: number, bounds: Bounds, log: RemovalLog, body: Block[]): void {
  if (i === bounds.standfirst) body.push(b);
  else if (i < bounds.bodyStart) log.drop(b, 'story/before-body', `page furniture above the body (${blockWords(b)} words)`);
  else if (bounds.author && i >= bounds.bodyEnd && i < bounds.author.end) log.drop(b, 'story/author-box', `an author's box under the story, from its name or bio on (${blockWords(b)} words)`);
  else if (bounds.related && i >= bounds.bodyEnd && i < bounds.related.end) log.drop(b, 'story/related-run', `related reading under the story: ${bounds.related.why}`);
  else if (bounds.tail && i >= bounds.bodyEnd && i < bounds.tail.end) log.drop(b, 'story/topic-tail', `a tail on another subject: ${bounds.tail.why}`);
  else if (bounds.page && i >= bounds.bodyEnd && i < bounds.page.end) log.drop(b, bounds.page.rule, `${bounds.page.why} (${blockWords(b)} words)`);
  else if (bounds.shop && i >= bounds.bodyEnd && i < bounds.shop.end) log.drop(b, 'story/shop-end', `reviews, other products or the shop's terms, ${bounds.shop.why} (${blockWords(b)} words)`);
  else if (bounds.thread && i >= bounds.bodyEnd && i < bounds.thread.end) log.drop(b, 'story/comment-thread', `a reader comment thread under the story, from its heading on (${blockWords(b)} words)`);
  else if (bounds.contextTail !== undefined && i >= bounds.contextTail.start && i < bounds.contextTail.end && i >= bounds.bodyEnd) log.drop(b, 'story/context-tail', `a line the context pass kept after the body's last good paragraph (${blockWords(b)} words)`);
  else if (i >= bounds.bodyEnd) log.drop(b, 'story/after-body', `after the body's last good block (${blockWords(b)} words)`);
  else if (bounds.boxes?.has(i) && bounds.labels[i] === 'good') log.drop(b, 'story/related-box', bounds.boxes.get(i) as string);
  else if (bounds.teasers?.has(i)) log.drop(b, 'story/inline-teaser', `a link to another story between the body's paragraphs (${blockWords(b)} words)`);
  else if (bounds.labels[i] !== 'good' && bounds.shortLines?.has(i)) log.drop(b, 'story/short-lines', `a short-line body's furniture: ${bounds.shortLines.get(i) ?? ''}`);
  else if (bounds.labels[i] !== 'good') log.drop(b, 'quality/bad-block', `judged ${bounds.labels[i] ?? 'bad'} inside the body (${b.text.length} characters)`);
  else body.push(b);
}

/** meta/headline-echo: a block that repeats the story's title (case, spacing and punctuation aside) goes. */
export function dropsEcho(b: Block, titleKey: string | undefined, log: RemovalLog): boolean {
  if (titleKey === undefined || !mayHaveKey(b.text, titleKey) || blockKey(b) !== titleKey) return false;
  log.drop(b, 'meta/headline-echo', 'repeats the title');
  return true;
}
