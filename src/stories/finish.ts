import { detectLangOf } from '../lexicon/languages.js';
import { isProse, normKey } from '../lexicon/features.js';
import { META_RULES } from '../rules/metadata-lines.js';
import { isDisabled, type RemovalLog } from '../rules/rule.js';
import type { Block, InputKind, PageMeta, ResolvedOptions, Story, StoryDraft } from '../types.js';
import { applyBounds, findBounds } from './bounds.js';
import { findDateline } from './dateline.js';
import { bestDate, take, takeLines, type DateEvidence } from './line-rules.js';
import { fillStoryMeta } from './metadata.js';

/** The shared per-story stages; `kind` says whether the body still has to be bounded. */
export function finishStory(draft: StoryDraft, page: PageMeta, kind: InputKind, opts: ResolvedOptions, log: RemovalLog): Story {
  // A text page was already read whole (fromText): where that found no language, a part won't.
  const lang = opts.lang ?? draft.meta.lang ?? page.lang ?? (kind === 'html' ? detectLangOf(draft.blocks)?.lang : undefined);
  const dates: DateEvidence[] = [];
  let blocks = takeLines(draft, { lang, title: draft.meta.title }, log, opts.disable, dates);
  let title = draft.meta.title;
  let body: Block[];
  if (kind === 'text' || draft.needsBounds) {
    blocks = takeHeaderSources(draft, blocks, log, opts.disable, dates);
    const bounded = applyBounds(blocks, findBounds(blocks, lang, opts.disable), log);
    title = bounded.title ?? title;
    body = bounded.body;
  } else {
    body = dropEchoes(blocks, title, log);
  }
  body = dropDuplicates(body, log, opts.disable);
  const dateline = isDisabled('meta/dateline', opts.disable) ? undefined : findDateline(body[0]?.text);
  const story: Story = { role: draft.role, body: body.map((b) => b.text).join('\n\n'), captions: draft.captions };
  if (title !== undefined) story.title = title;
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
  return story;
}

const SOURCE_RULE = META_RULES.find((r) => r.id === 'meta/source');

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

function dropEchoes(blocks: readonly Block[], title: string | undefined, log: RemovalLog): Block[] {
  if (title === undefined) return [...blocks];
  const key = normKey(title);
  return blocks.filter((b) => {
    if (normKey(b.text) !== key) return true;
    log.drop(b, 'meta/headline-echo', 'repeats the title');
    return false;
  });
}

/** Within-page duplicates: a block whose normalised text was already kept goes. */
function dropDuplicates(blocks: readonly Block[], log: RemovalLog, disable: readonly string[]): Block[] {
  if (isDisabled('story/duplicate-block', disable)) return [...blocks];
  const seen = new Set<string>();
  return blocks.filter((b) => {
    const key = normKey(b.text);
    if (key === '' || !seen.has(key)) {
      seen.add(key);
      return true;
    }
    log.drop(b, 'story/duplicate-block', `repeats an earlier block (${b.text.length} characters)`);
    return false;
  });
}
