import { chooseLang } from '../lexicon/languages.js';
import { isProse, normKey } from '../lexicon/features.js';
import { slugWords } from '../lexicon/slug.js';
import { META_RULES, type MetaRule } from '../rules/metadata-lines.js';
import { clip, isDisabled, type RemovalLog } from '../rules/rule.js';
import type { Block, InputKind, PageMeta, ResolvedOptions, Story, StoryDraft } from '../types.js';
import { applyBounds, findBounds } from './bounds.js';
import { bodyText, buildContent } from './content.js';
import type { ContentNotes } from './inline.js';
import { textComments } from './text-comments.js';
import { textContent } from './text-content.js';
import { findDateline } from './dateline.js';
import { bestDate, take, takeLines, type DateEvidence } from './line-rules.js';
import { fillStoryMeta, headlineOnly } from './metadata.js';

/** The shared per-story stages; `kind` says whether the body still has to be bounded. */
export function finishStory(draft: StoryDraft, page: PageMeta, kind: InputKind, opts: ResolvedOptions, log: RemovalLog, notes: ContentNotes): Story {
  // A text page was already read whole (fromText): where that found no language, a part won't.
  const lang = chooseLang(opts.lang, [draft.meta.lang, page.lang], kind === 'html' ? draft.blocks : undefined);
  const dates: DateEvidence[] = [];
  let blocks = takeLines(draft, { lang, title: draft.meta.title }, log, opts.disable, dates);
  let title = draft.meta.title;
  let body: Block[];
  if (kind === 'text' || draft.needsBounds) {
    blocks = takeHeaderSources(draft, blocks, log, opts.disable, dates);
    const source = kind === 'text' ? { all: draft.blocks, slug: slugWords(opts.url) } : undefined;
    const bounded = applyBounds(blocks, findBounds(blocks, lang, opts.disable, source), log);
    title = bounded.title ?? title;
    body = bounded.body;
    // A headline printed twice was taken as a caption pair before it was chosen as the title.
    if (bounded.title !== undefined) dropCaption(draft, bounded.title);
  } else {
    body = dropEchoes(blocks, title, log);
  }
  body = dropDuplicates(body, log, opts.disable);
  const dateline = isDisabled('meta/dateline', opts.disable) ? undefined : (findDateline(body[0]?.text) ?? draft.meta.dateline);
  const content = kind === 'text' ? textContent(body) : buildContent({ all: draft.blocks, kept: body, captions: draft.captions, base: page.base }, notes);
  const story: Story = { role: draft.role, body: bodyText(body), captions: draft.captions, content };
  if (title !== undefined) story.title = kind === 'html' ? headlineOnly(title) : title;
  // Markup states dates precisely (JSON-LD, <time datetime>, with their zone); a text line is evidence.
  const stated = draft.meta.published ?? (draft.role === 'main' ? page.published : undefined);
  const published = kind === 'html' ? (stated ?? bestDate(dates)) : (bestDate(dates) ?? stated);
  if (published !== undefined) story.published = published;
  const source = draft.meta.source ?? (draft.role === 'main' ? page.source : undefined);
  if (source !== undefined) story.source = source;
  const byline = draft.meta.byline ?? (draft.role === 'main' ? page.byline : undefined);
  if (byline !== undefined) story.byline = byline;
  if (dateline !== undefined) story.dateline = dateline;
  if (lang !== undefined) story.lang = lang;
  fillStoryMeta(story, draft, page);
  const comments = kind === 'text' && opts.comments ? textComments(draft.blocks, body) : draft.meta.comments;
  if (comments !== undefined && comments.length > 0) story.comments = comments;
  return story;
}

const SOURCE_RULE: MetaRule | undefined = META_RULES.find((r) => r.id === 'meta/source');

/** Source lines ("Reuters |") are only taken above the first line of prose: the story header. */
function takeHeaderSources(draft: StoryDraft, blocks: Block[], log: RemovalLog, disable: readonly string[], dates: DateEvidence[]): Block[] {
  if (!SOURCE_RULE || isDisabled(SOURCE_RULE.id, disable)) return blocks;
  const firstProse = blocks.findIndex((b) => isProse(b.text));
  const end = firstProse < 0 ? blocks.length : firstProse;
  return blocks.filter((b, index) => {
    if (index >= end) return true;
    const reason = SOURCE_RULE.test(b, { blocks, index, lang: undefined, title: undefined });
    if (reason === null) return true;
    take(draft, SOURCE_RULE, b, dates);
    log.drop(b, SOURCE_RULE.id, reason);
    return false;
  });
}

function dropCaption(draft: StoryDraft, title: string): void {
  const key = normKey(title);
  const at = draft.captions.findIndex((c) => normKey(c) === key);
  if (at >= 0) draft.captions.splice(at, 1);
}

function dropEchoes(blocks: readonly Block[], title: string | undefined, log: RemovalLog): Block[] {
  if (title === undefined) return [...blocks];
  const key = normKey(title);
  return blocks.filter((b) => {
    if (normKey(b.text) !== key) return true;
    log.drop(b, 'meta/headline-echo', 'repeats the title');
    return false;
  });
}

/**
 * Within-story repeats: a block whose text, after case, spacing and punctuation are normalised,
 * equals an earlier block's goes; the first copy stays. Numbers count: lines that share a
 * pattern but not their figures (results, court lists, changelogs) are not repeats.
 */
function dropDuplicates(blocks: readonly Block[], log: RemovalLog, disable: readonly string[]): Block[] {
  if (isDisabled('story/duplicate-block', disable)) return [...blocks];
  const first = new Map<string, number>();
  return blocks.filter((b, i) => {
    const key = normKey(b.text);
    const k = first.get(key);
    if (key === '' || k === undefined) {
      first.set(key, i);
      return true;
    }
    const original = blocks[k] as Block;
    log.drop(b, 'story/duplicate-block', `repeats block ${k + 1} (${original.where}): "${clip(original.text)}"`);
    return false;
  });
}
