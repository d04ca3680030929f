import type { Block, Removal } from '../types.js';
import type { RuleId } from './registry.js';

/** What a rule may look at besides the block itself. */
export interface RuleContext {
  /** all blocks of the story (or document) being filtered, in order */
  readonly blocks: readonly Block[];
  /** index of the block under test in `blocks` */
  readonly index: number;
  /** detected or given language ("en"), when known */
  readonly lang: string | undefined;
  /** the story's title, when already known */
  readonly title: string | undefined;
}

/**
 * A named heuristic. `test` is pure: it returns the reason to drop the block (carrying the
 * measured value) or null to keep it. Families declare theirs as `Rule<string>` (the registry
 * then knows each literal id); code elsewhere sees `Rule`, whose id is a declared one.
 */
export interface Rule<Id extends string = RuleId> {
  readonly id: Id;
  readonly describe: string;
  test(block: Block, ctx: RuleContext): string | null;
}

/** A rule's public description, for `--list-rules`. */
export interface RuleInfo<Id extends string = string> {
  readonly id: Id;
  readonly describe: string;
  /**
   * True for a name a stage gives what it always removes (the title line, the lines outside the
   * body's bounds, the blocks judged bad): listed so that every removal names its reason, but
   * `disable` cannot switch it off — the stage has no result without it — and refuses it.
   */
  readonly fixed?: true;
}

const PREVIEW = 200;

export function preview(text: string): string {
  return text.length <= PREVIEW ? text : `${text.slice(0, PREVIEW - 1)}…`;
}

/** The start of a text, for a reason that quotes what matched. */
export function clip(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Collects removals; the only way a stage drops a block, so none goes unrecorded. */
export class RemovalLog {
  readonly items: Removal[] = [];

  drop(block: Pick<Block, 'text' | 'where'>, rule: RuleId, reason: string): void {
    this.items.push({ rule, reason, text: preview(block.text), where: block.where });
  }
}

/** True when `id` is switched off by `disable` (exact ids, or prefixes ending in '/'). */
export function isDisabled(id: RuleId, disable: readonly string[]): boolean {
  for (const d of disable) {
    if (d === id || (d.endsWith('/') && id.startsWith(d))) return true;
  }
  return false;
}
