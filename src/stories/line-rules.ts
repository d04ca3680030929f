import { findDate } from '../lexicon/dates.js';
import { BOILERPLATE_RULES } from '../rules/boilerplate.js';
import { isProse, normKey } from '../lexicon/features.js';
import { META_RULES, metaValue, type MetaRule } from '../rules/metadata-lines.js';
import { isDisabled, type RemovalLog, type Rule, type RuleContext } from '../rules/rule.js';
import { WIDGET_RULES } from '../rules/widgets.js';
import { placeBeforeDate } from './dateline.js';
import type { Block, StoryDraft } from '../types.js';

/** Evidence for the story's date, ranked: a full timestamp beats a bare date beats a menu date. */
export interface DateEvidence {
  iso: string;
  rank: number;
}

/** One story's run of the line rules: where taken values, date evidence and removals go. */
export interface Taking {
  draft: StoryDraft;
  dates: DateEvidence[];
  log: RemovalLog;
  /** the normalised keys of the draft's captions, kept beside its list so many captions stay linear */
  captionKeys?: Set<string>;
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
export function takeLines(to: Taking, ctxBase: Omit<RuleContext, 'index' | 'blocks'>, disable: readonly string[]): Block[] {
  const kept: Block[] = [];
  const { draft, dates, log } = to;
  const blocks = draft.blocks;
  const on = <R extends Rule>(rules: readonly R[]): R[] => rules.filter((r) => !isDisabled(r.id, disable));
  const widgets = on(WIDGET_RULES);
  const menus = on(MENU_RULES);
  const metas = on(LINE_META);
  const notices = on(NOTICE_RULES);
  // One context for the whole run, its index moved along: rules read it and never keep it.
  const ctx = { ...ctxBase, blocks, index: 0 };
  blocks.forEach((block, index) => {
    ctx.index = index;
    if (fire(widgets, block, ctx, log)) return;
    const menu = fire(menus, block, ctx, log);
    if (menu) {
      const d = findDate(block.text);
      if (d) dates.push({ iso: d.iso, rank: 0 });
      return;
    }
    if (fireMeta(metas, block, ctx, to)) return;
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
  const firstProse = blocks.findIndex((b) => isProse(b.text));
  const end = firstProse < 0 ? blocks.length : firstProse;
  const ctx = { blocks, index: 0, lang: undefined, title: undefined };
  return blocks.filter((b, index) => {
    ctx.index = index;
    return index >= end || !fireMeta(sources, b, ctx, to);
  });
}

/** The first metadata rule that fires on the block: its value goes on the draft, the block to the log. */
function fireMeta(rules: readonly MetaRule[], block: Block, ctx: RuleContext, to: Taking): boolean {
  for (const rule of rules) {
    const reason = rule.test(block, ctx);
    if (reason === null) continue;
    take(to, rule, block);
    to.log.drop(block, rule.id, reason);
    return true;
  }
  return false;
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
function take(to: Taking, rule: MetaRule, block: Block): void {
  const { draft, dates } = to;
  const value = metaValue(rule.takes, block.text);
  if (value === undefined || value === '') return;
  switch (rule.takes) {
    case 'caption':
      addCaption(to, value);
      break;
    case 'published': {
      dates.push({ iso: value, rank: value.includes('T') ? 2 : 1 });
      const place = placeBeforeDate(block.text);
      if (place !== undefined) draft.meta.dateline ??= place;
      break;
    }
    case 'byline':
      draft.meta.byline ??= value;
      break;
    case 'source':
      draft.meta.source ??= value;
      break;
  }
}

/** Adds a caption unless the story has it already (case, spacing and punctuation aside). */
function addCaption(to: Taking, value: string): void {
  const keys = (to.captionKeys ??= new Set(to.draft.captions.map((c) => normKey(c))));
  const key = normKey(value);
  if (keys.has(key)) return;
  keys.add(key);
  to.draft.captions.push(value);
}

/** The best date evidence: highest rank, earliest on the page among equals. */
export function bestDate(dates: readonly DateEvidence[]): string | undefined {
  let best: DateEvidence | undefined;
  for (const d of dates) if (!best || d.rank > best.rank) best = d;
  return best?.iso;
}
