import { clip, type RemovalLog } from '../rules/rule.js';
import type { Block } from '../types.js';

/**
 * Data a page's script reads, printed as an element's text: a block whose whole text is a
 * serialized object ({"price":"EUR 15.49","offerId":"…"}) or a list of them. A shop parks its
 * buy box's prices there, a widget its settings, a grid the ids it will fill in; the page never
 * shows it as words, and glued into a body it reads as one long line of keys and quotes. Code
 * blocks are left alone: a documentation page prints JSON on purpose, inside <pre> or <code>.
 * Taken from the chosen blocks, not pruned before the choice: a large such block sits inside the
 * part of the page it serves, and the choice of container may lean on its weight.
 */

/** An object's opening with a quoted key, or a list that opens with such an object. */
const DATA_OPENING = /^(?:\{\s*"|\[\s*\{\s*")/;
/** A quoted string, with its escapes (the last one may be cut off). */
const QUOTED = /"(?:[^"\\]|\\.)*"?/g;
/** What serialized data holds between its quoted keys and values: brackets, separators, numbers and the three literals. */
const DATA_GLUE = /true|false|null|[\s[\]{}:,.+\-\deE]+/g;
/** The key-value mark. */
const KEY_MARK = /"\s*:/;

/**
 * A quoted value of this many words is a name or a sentence (a product's title, a caption): data
 * that holds one is what a script prints on the page (a grid filled from it), and the markup's
 * only copy of that text. Machine data is ids, prices, flags and codes ("EUR 15.49", "NEW").
 */
const SHOWN_VALUE_WORDS = 4;

/**
 * Whether `text` is all serialized data for a script: an object (or a list of objects) of quoted
 * keys and values, none of which reads as words to show.
 */
export function isSerializedData(text: string): boolean {
  const t = text.trim();
  if (!DATA_OPENING.test(t) || !KEY_MARK.test(t) || t.replace(QUOTED, '').replace(DATA_GLUE, '') !== '') return false;
  for (const [quoted] of t.matchAll(QUOTED)) if (quoted.split(/\s+/).length >= SHOWN_VALUE_WORDS) return false;
  return true;
}

/** A code block, or a line that sets code inline (<code>{"a": 1}</code>): shown on purpose. */
function isCode(b: Block): boolean {
  return b.kind === 'code' || (b.shape?.inline?.some((run) => run.type === 'code') ?? false);
}

/**
 * Takes the blocks (not code) that are serialized data out of `draft` and returns their characters:
 * no prose of the page either, so the caller takes them off its prose count (a body that lost a
 * large one is not weak beside it).
 */
export function dropSerializedData(draft: { blocks: Block[] }, log: RemovalLog): number {
  let chars = 0;
  draft.blocks = draft.blocks.filter((b) => {
    if (!isSerializedData(b.text) || isCode(b)) return true;
    chars += b.text.length;
    log.drop(b, 'html/serialized-data', `serialized data (${b.text.length} characters of quoted keys and values): what the page's script reads, not its words: "${clip(b.text)}"`);
    return false;
  });
  return chars;
}
