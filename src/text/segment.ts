import { blockKey, blockWords, shapeKey } from '../lexicon/features.js';
import { slugWords } from '../lexicon/slug.js';
import type { RemovalLog } from '../rules/rule.js';
import { isDisabled } from '../rules/rule.js';
import type { Block, ResolvedOptions, StoryDraft } from '../types.js';
import { judge, relabel, type Quality } from '../rules/quality.js';
import { findBoundaries } from './boundaries.js';
import { findPageBoundaries } from './pages.js';

/**
 * A text dump's blocks to story drafts: the page's own story first, appended ones after it.
 * The page's own story is the first one (infinite scroll appends below it), unless the URL's
 * slug names another story's headline better — never merely the longest.
 */
export function splitTextStories(blocks: readonly Block[], opts: ResolvedOptions, lang: string | undefined, _log: RemovalLog): StoryDraft[] {
  const labels = relabel(blocks, blocks.map((b) => judge(b, lang)));
  const edges = [0, ...boundaries(blocks, labels, opts), blocks.length];
  if (!isDisabled('segment/header-story', opts.disable)) dropHeaderCut(blocks, labels, edges);
  const drafts: StoryDraft[] = [];
  const dump = { slug: slugWords(opts.url) };
  const meta = lang === undefined ? {} : { lang };
  for (let k = 0; k + 1 < edges.length; k++) {
    drafts.push({ role: 'appended', blocks: blocks.slice(edges[k], edges[k + 1]), meta: { ...meta }, captions: [], dump });
  }
  const main = mainIndex(drafts, dump.slug);
  const ordered = [drafts[main] as StoryDraft, ...drafts.filter((_, i) => i !== main)];
  (ordered[0] as StoryDraft).role = 'main';
  return ordered;
}

/** Where stories start: a new headline with its own furniture, or a whole page's furniture between two stretches of prose. */
function boundaries(blocks: readonly Block[], labels: readonly Quality[], opts: ResolvedOptions): number[] {
  const cuts = new Set<number>();
  if (!isDisabled('segment/appended-story', opts.disable)) for (const b of findBoundaries(blocks)) cuts.add(b.at);
  if (!isDisabled('segment/appended-page', opts.disable)) for (const b of findPageBoundaries(blocks, labels)) cuts.add(b.at);
  return [...cuts].filter((at) => at > 0 && at < blocks.length).sort((a, b) => a - b);
}

/** The first story's prose is under this share of the second's: it is the page's header, not a story. */
const HEADER_SHARE = 0.3;
/**
 * A lone cut is the header's only when, besides, none of the first story's good blocks reaches
 * this many words: a mega-menu's blurbs are a sentence each, an article has a paragraph.
 */
const HEADER_BLURB_WORDS = 35;

/**
 * Words of the good blocks in [from, to), and the most words one of them holds; a block whose
 * text `elsewhere` holds is left out of `longest` (the site's blurb under every page's footer).
 */
function goodWords(blocks: readonly Block[], labels: readonly Quality[], from: number, to: number, elsewhere?: ReadonlySet<string>): { words: number; longest: number } {
  let words = 0;
  let longest = 0;
  for (let i = from; i < to; i++) {
    if (labels[i] !== 'good') continue;
    const n = blockWords(blocks[i] as Block);
    words += n;
    if (n > longest && !elsewhere?.has(blockKey(blocks[i] as Block))) longest = n;
  }
  return { words, longest };
}

/** Keys of the good blocks in [from, to). */
function goodKeys(blocks: readonly Block[], labels: readonly Quality[], from: number, to: number): Set<string> {
  const keys = new Set<string>();
  for (let i = from; i < to; i++) if (labels[i] === 'good') keys.add(blockKey(blocks[i] as Block));
  return keys;
}

/**
 * A cut inside the page's header (a mega-menu's teasers read as a story with its headline) made
 * the menu the main story and the article an appended one: when the first story holds a small
 * share of the second's prose, the first cut goes and the header stays above the article's body.
 * A lone cut (a short page before a long one is common) goes only when the first story's prose
 * is blurbs, no paragraph among them that the rest of the dump does not print again.
 */
export function dropHeaderCut(blocks: readonly Block[], labels: readonly Quality[], edges: number[]): void {
  if (edges.length < 3) return;
  const [start, cut, next] = edges as [number, number, number];
  if (goodWords(blocks, labels, start, cut).words >= HEADER_SHARE * goodWords(blocks, labels, cut, next).words) return;
  if (edges.length >= 4) {
    edges.splice(1, 1);
    return;
  }
  // A paragraph the rest of the dump prints again (the site's "about us" blurb in every footer) is not the first story's own.
  if (goodWords(blocks, labels, start, cut, goodKeys(blocks, labels, cut, blocks.length)).longest < HEADER_BLURB_WORDS) edges.splice(1, 1);
}

/** Index of the page's own story: the first, or the one whose opening lines best match the URL's slug words. */
function mainIndex(drafts: readonly StoryDraft[], slug: readonly string[]): number {
  if (slug.length < 3 || drafts.length < 2) return 0;
  let best = 0;
  let bestHits = 0;
  drafts.forEach((d, i) => {
    const head = new Set(shapeKey(d.blocks.slice(0, 12).map((b) => b.text).join(' ')).split(' '));
    const hits = slug.filter((w) => head.has(w)).length;
    if (hits > bestHits) {
      best = i;
      bestHits = hits;
    }
  });
  // Only a clear majority of the slug's words moves the main story off the first one.
  return bestHits >= Math.ceil(slug.length / 2) ? best : 0;
}
