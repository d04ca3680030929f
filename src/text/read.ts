import { chooseLang } from '../lexicon/languages.js';
import type { RemovalLog } from '../rules/rule.js';
import type { Extractor, PageMeta, ResolvedOptions, StoryDraft } from '../types.js';
import { textToBlocks } from './lines.js';
import { splitTextStories } from './segment.js';
import { codeTabsWarning } from './tabs.js';

/** The text stage as the pipeline sees it: lines → blocks → one draft per story. */
export function readText(text: string, opts: ResolvedOptions, log: RemovalLog): { drafts: StoryDraft[]; page: PageMeta; extractor: Extractor; warnings: string[] } {
  const blocks = textToBlocks(text);
  const lang = chooseLang(opts.lang, [], blocks);
  const drafts = splitTextStories(blocks, opts, lang, log);
  const tabs = codeTabsWarning(blocks);
  return { drafts, page: lang ? { lang } : {}, extractor: 'text', warnings: tabs === undefined ? [] : [tabs] };
}
