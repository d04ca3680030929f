import { BOILERPLATE_RULES } from './boilerplate.js';
import { HTML_RULES } from './html.js';
import { META_RULES } from './metadata-lines.js';
import type { RuleInfo } from './rule.js';
import { STAGE_RULES } from './stage.js';
import { THREAD_RULES } from './thread.js';
import { WIDGET_RULES } from './widgets.js';

/** Every rule declutter applies, block rules first: the one list `--list-rules` and `disable` read. */
const RULES = [...WIDGET_RULES, ...THREAD_RULES, ...BOILERPLATE_RULES, ...META_RULES, ...STAGE_RULES, ...HTML_RULES] as const;

/** The id of a declared rule: an id written in code that is not declared does not compile. */
export type RuleId = (typeof RULES)[number]['id'];

const IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));

/** Every rule, as printed by `--list-rules`; `fixed` marks the names `disable` cannot switch off. */
export function listRules(): RuleInfo[] {
  return RULES.map((r) => ('fixed' in r ? { id: r.id, describe: r.describe, fixed: true } : { id: r.id, describe: r.describe }));
}

/** True for the id of a declared rule. */
export function isKnownRuleId(id: string): id is RuleId {
  return IDS.has(id);
}

/**
 * The entries of a `disable` list that reach no rule: neither a declared id nor a prefix ending
 * in '/' that some declared id starts with ("html/"). Empty when all are good.
 */
export function unknownRuleIds(disable: readonly string[]): string[] {
  return disable.filter((d) => !(IDS.has(d) || (d.endsWith('/') && RULES.some((r) => r.id.startsWith(d)))));
}
