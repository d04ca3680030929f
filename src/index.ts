/**
 * declutter's public API: clean() one document, the types it returns, and the rule list.
 */
export { clean } from './pipeline.js';
export { listRules } from './rules/registry.js';
export { DeclutterError } from './types.js';
export type {
  Block,
  BlockKind,
  CleanOptions,
  CleanResult,
  Extractor,
  InputKind,
  Removal,
  Story,
  StoryRole,
} from './types.js';
export type { RuleInfo } from './rules/rule.js';
