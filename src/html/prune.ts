/** Marks page furniture under <body> as pruned: two passes of the pruning rules (html/prune-rules) over the tree, one removal recorded per element. */
import type { AnyNode, Element } from 'domhandler';
import { HTML_CONSENT_WORDS } from '../lexicon/patterns.js';
import { isDisabled, type RemovalLog } from '../rules/rule.js';
import { attr, isElement, markupWords, pathOf, textOf, walk } from './dom.js';
import { twinCounter } from './cards.js';
import { EMPTY_STATS, measure, NON_TEXT, type NodeStats, type NodeStatsMap, type StatsOf } from './stats.js';
import { isStoryMarkup } from './prune-exempt.js';
import { PRUNE_RULES, type PruneContext, type PruneRule } from './prune-rules.js';

/** Prose holds a comma every few dozen characters; a hidden menu, a code blob or a list of names holds few or none. */
const PROSE_CHARS_PER_COMMA = 250;

/**
 * A hidden element's text outside links when it reads as prose (see PROSE_CHARS_PER_COMMA) and
 * is no cookie or consent box (what pages hide most often), else 0.
 */
function hiddenProse(el: Element, stats: NodeStats): number {
  const text = stats.chars - stats.linkChars;
  if (text === 0 || stats.commas * PROSE_CHARS_PER_COMMA < text) return 0;
  return HTML_CONSENT_WORDS.test(markupWords(el)) ? 0 : text;
}

const PREVIEW_CHARS = 200;

/**
 * Marks furniture under `body` as pruned (the tree itself is left intact for the metadata stage)
 * and records one removal per pruned element that held visible text; the regions pruned as
 * comments are also returned, in document order. Two passes: what markup
 * declares (tags, roles, hidden), then class/id words — the second measures the story's share
 * of the page without the first pass's furniture, so a cookie dialog's text cannot make the
 * story's wrapper look small. Returns the pruned set, the stats measured without it, and the
 * page's prose: characters outside links once what markup declares furniture is gone.
 */
export function prune(
  body: Element,
  log: RemovalLog,
  disable: readonly string[],
  keepFor?: (stats: StatsOf) => readonly string[],
): { pruned: Set<AnyNode>; stats: NodeStatsMap; pageProse: number; pageText: number; hiddenText: number; comments: Element[] } {
  const pruned = new Set<AnyNode>();
  const comments: Element[] = [];
  const stats = measure(body, pruned);
  // `keepFor` reads the unpruned page and names rules to leave out on it (html/profile).
  const keep = keepFor?.(stats) ?? [];
  // html/post-comments only serves a page whose comments are kept (a thread's posts): elsewhere html/comments takes them all.
  const rules = PRUNE_RULES.filter((r) => !isDisabled(r.id, disable) && !keep.includes(r.id) && (r.id !== 'html/post-comments' || keep.includes('html/comments')));
  let pageProse = 0;
  let pageText = 0;
  let hiddenText = 0;
  const twins = twinCounter(body);
  for (const pass of ['markup', 'words'] as const) {
    const before = pruned.size;
    hiddenText += prunePass(body, stats, pruned, rules, pass, log, comments, twins);
    subtractPruned(body, stats, [...pruned].slice(before));
    if (pass === 'markup') {
      const page = stats.get(body) ?? EMPTY_STATS;
      pageProse = page.chars - page.linkChars;
      pageText = page.chars;
    }
  }
  return { pruned, stats, pageProse, pageText, hiddenText, comments };
}

/**
 * Takes newly pruned subtrees out of their ancestors' stats, so the stats describe the page
 * without them (cheaper than measuring the page again: only the ancestors change).
 */
export function subtractPruned(body: Element, stats: NodeStatsMap, removed: readonly AnyNode[]): void {
  for (const node of removed) {
    if (!isElement(node)) continue;
    const own = stats.get(node);
    if (!own) continue;
    for (let anc = node.parent; anc && isElement(anc); anc = anc.parent) {
      const s = stats.get(anc);
      if (s) {
        s.chars -= own.chars;
        s.linkChars -= own.linkChars;
        s.paraChars -= own.paraChars;
        s.paragraphs -= own.paragraphs;
        s.h1 -= own.h1;
        s.commas -= own.commas;
      }
      if (anc === body) break;
    }
  }
}

const CODE_TAGS: ReadonlySet<string> = new Set(['pre', 'code']);

function prunePass(
  body: Element,
  stats: StatsOf,
  pruned: Set<AnyNode>,
  rules: readonly PruneRule[],
  pass: PruneContext['pass'],
  log: RemovalLog,
  comments: Element[],
  twins: (el: Element) => number,
): number {
  const page = stats.get(body) ?? EMPTY_STATS;
  let hidden = 0;
  let storyDepth = 0;
  let codeDepth = 0;
  walk(
    body,
    (node) => {
      if (!isElement(node) || pruned.has(node) || NON_TEXT.has(node.name)) return false;
      const own = stats.get(node) ?? EMPTY_STATS;
      if (own.chars === 0) return false;
      // Inside a code block, class words name the highlighter's tokens ("comment", "tag", "meta"), not furniture.
      const words = pass === 'words' && codeDepth === 0 ? markupWords(node) : '';
      // Every words-pass rule reads class/id words: an element without any cannot match.
      if (node !== body && (pass === 'markup' || words !== '')) {
        const ctx: PruneContext = { stats: own, page, words, inStory: storyDepth > 0, pass, role: pass === 'markup' ? (attr(node, 'role') ?? '') : '', all: stats, twins };
        for (const rule of rules) {
          const reason = rule.test(node, ctx);
          if (reason === null) continue;
          pruned.add(node);
          // Comment regions are read again for the story's comments (html/comments).
          if (rule.id === 'html/comments') comments.push(node);
          else if (rule.id === 'html/hidden') hidden += hiddenProse(node, own);
          log.drop({ text: textOf(node, undefined, PREVIEW_CHARS), where: pathOf(node) }, rule.id, reason);
          return false;
        }
      }
      if (isStoryMarkup(node)) storyDepth++;
      if (CODE_TAGS.has(node.name)) codeDepth++;
      return true;
    },
    (node) => {
      if (!isElement(node)) return;
      if (isStoryMarkup(node)) storyDepth--;
      if (CODE_TAGS.has(node.name)) codeDepth--;
    },
  );
  return hidden;
}
