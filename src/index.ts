/**
 * declutter's public API: clean() one document, the types it returns, and the rule list.
 */
export { clean } from './pipeline.js';
export { listRules } from './rules/registry.js';
export { DeclutterError, PAGE_TYPES } from './types.js';
export { renderMarkdown } from './output/markdown.js';
export { renderHtml } from './output/html.js';
export { renderText } from './output/format.js';
export type { RenderOptions } from './output/render.js';
export type {
  Block,
  BlockKind,
  CleanOptions,
  CleanResult,
  Comment,
  ContentBlock,
  Extractor,
  Inline,
  InputKind,
  ListItem,
  PageType,
  Removal,
  Story,
  StoryRole,
} from './types.js';
export type { RuleInfo } from './rules/rule.js';
