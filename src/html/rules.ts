import type { RuleInfo } from '../rules/rule.js';
import { FILTER_RULES } from './filter.js';
import { PRUNE_RULES } from './prune.js';

/** Every rule of the HTML path, for `--list-rules` (this module loads no parser). */
export const HTML_RULES: readonly RuleInfo[] = [
  ...PRUNE_RULES,
  ...FILTER_RULES,
  { id: 'html/outside-story', describe: "text outside the chosen story container(s) that no pruning rule took: recorded, not kept" },
  {
    id: 'html/appended-story',
    describe: 'several <article>/schema.org Article elements with their own headline are separate stories; the main one by URL, canonical link or title, else the first',
  },
].map(({ id, describe }) => ({ id, describe }));
