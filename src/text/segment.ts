import { shapeKey } from '../lexicon/features.js';
import { slugWords } from '../lexicon/slug.js';
import type { RemovalLog } from '../rules/rule.js';
import { isDisabled } from '../rules/rule.js';
import type { Block, ResolvedOptions, StoryDraft } from '../types.js';
import { judge, relabel } from '../rules/quality.js';
import { findBoundaries } from './boundaries.js';
import { findPageBoundaries } from './pages.js';

/**
 * A text dump's blocks to story drafts: the page's own story first, appended ones after it.
 * The page's own story is the first one (infinite scroll appends below it), unless the URL's
 * slug names another story's headline better — never merely the longest.
 */
export function splitTextStories(blocks: readonly Block[], opts: ResolvedOptions, lang: string | undefined, _log: RemovalLog): StoryDraft[] {
  const edges = [0, ...boundaries(blocks, opts, lang), blocks.length];
  const drafts: StoryDraft[] = [];
  const dump = { slug: slugWords(opts.url) };
  const meta = lang === undefined ? {} : { lang };
  for (let k = 0; k + 1 < edges.length; k++) {
    drafts.push({ role: 'appended', blocks: blocks.slice(edges[k], edges[k + 1]), meta: { ...meta }, captions: [], dump });
  }
  const main = mainIndex(drafts, opts.url);
  const ordered = [drafts[main] as StoryDraft, ...drafts.filter((_, i) => i !== main)];
  (ordered[0] as StoryDraft).role = 'main';
  return ordered;
}

/** Where stories start: a new headline with its own furniture, or a whole page's furniture between two stretches of prose. */
function boundaries(blocks: readonly Block[], opts: ResolvedOptions, lang: string | undefined): number[] {
  const cuts = new Set<number>();
  if (!isDisabled('segment/appended-story', opts.disable)) for (const b of findBoundaries(blocks)) cuts.add(b.at);
  if (!isDisabled('segment/appended-page', opts.disable)) {
    const labels = relabel(blocks, blocks.map((b) => judge(b, lang).quality));
    for (const b of findPageBoundaries(blocks, labels)) cuts.add(b.at);
  }
  return [...cuts].filter((at) => at > 0 && at < blocks.length).sort((a, b) => a - b);
}

/** Index of the page's own story: the first, or the one whose opening lines best match the URL slug. */
function mainIndex(drafts: readonly StoryDraft[], url: string | undefined): number {
  const slug = slugWords(url);
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
