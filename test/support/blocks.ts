import type { RuleContext } from '../../src/rules/rule.js';
import type { Block } from '../../src/types.js';

/** A text-dump block for rule tests. */
export function line(text: string, id = 0, extra: Partial<Block> = {}): Block {
  return { id, kind: 'line', text, where: `line ${id + 1}`, linkDensity: 0, gapBefore: true, ...extra };
}

/** Rule context for the block at `index` among `texts`. */
export function ctxOf(texts: readonly string[], index: number, lang?: string): { block: Block; ctx: RuleContext } {
  const blocks = texts.map((t, i) => line(t, i));
  return { block: blocks[index] as Block, ctx: { blocks, index, lang, title: undefined } };
}
