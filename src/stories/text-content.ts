import { endsSentence, wordCount } from '../lexicon/features.js';
import type { Block, ContentBlock, ListItem } from '../types.js';

/**
 * A text dump's body as typed content. A dump has no markup, only what its lines show: bullets
 * ("• ", or "- " / "* " on two lines in a row), numbering that counts up ("1. ", "2. "), and short
 * headline-like lines standing before a paragraph. Everything else is a paragraph.
 */

/** Bullets that are never anything else; "-", "*" and "+" also open dialogue lines and notes. */
const SURE_BULLET = /^[•·▪◦●‣⁃■□►▸➤✓✔]\s*(\S.*)$/u;
const ASCII_BULLET = /^[-*+]\s+(\S.*)$/;
const NUMBERED = /^(\d{1,3})[.)]\s+(\S.*)$/;
const HEADING_MAX_WORDS = 10;
const HEADING_MAX_CHARS = 90;
/** Headings end in a word, a question mark or a closing bracket, never in sentence punctuation. */
const HEADING_END = /[\p{L}\p{N}?)\]"'”’»]$/u;
const STARTS_UPPER = /^[\p{Lu}\p{N}]/u;

interface Marked {
  kind: 'bullet' | 'number' | 'plain';
  text: string;
  n?: number;
}

export function textContent(blocks: readonly Block[]): ContentBlock[] {
  const marked = blocks.map(markOf);
  const out: ContentBlock[] = [];
  for (let i = 0; i < marked.length; ) {
    const run = listRun(marked, i);
    if (run > 0) {
      out.push(listOf(marked.slice(i, i + run)));
      i += run;
      continue;
    }
    const text = (blocks[i] as Block).text;
    if (isHeading(text, blocks[i + 1]?.text, out[out.length - 1])) {
      out.push({ type: 'heading', level: 2, content: [{ type: 'text', text }] });
    } else out.push({ type: 'paragraph', content: [{ type: 'text', text }] });
    i++;
  }
  return out;
}

function markOf(b: Block): Marked {
  const sure = SURE_BULLET.exec(b.text);
  if (sure) return { kind: 'bullet', text: sure[1] as string, n: 1 };
  const ascii = ASCII_BULLET.exec(b.text);
  if (ascii) return { kind: 'bullet', text: ascii[1] as string, n: 0 };
  const num = NUMBERED.exec(b.text);
  if (num) return { kind: 'number', text: num[2] as string, n: Number(num[1]) };
  return { kind: 'plain', text: b.text };
}

/**
 * How many lines from `i` make one list: bullets of one kind, or numbers counting up by one.
 * A single line counts only with a sure bullet: "1999. That was the year…" is a paragraph.
 */
function listRun(marked: readonly Marked[], i: number): number {
  const first = marked[i] as Marked;
  if (first.kind === 'plain') return 0;
  let j = i + 1;
  while (j < marked.length) {
    const m = marked[j] as Marked;
    const prev = marked[j - 1] as Marked;
    if (m.kind !== first.kind) break;
    if (m.kind === 'number' && m.n !== (prev.n as number) + 1) break;
    j++;
  }
  const run = j - i;
  if (run >= 2) return run;
  return first.kind === 'bullet' && first.n === 1 ? 1 : 0;
}

function listOf(lines: readonly Marked[]): ContentBlock {
  const items: ListItem[] = lines.map((m) => ({ blocks: [{ type: 'paragraph', content: [{ type: 'text', text: m.text }] }] }));
  const first = lines[0] as Marked;
  if (first.kind !== 'number') return { type: 'list', ordered: false, items };
  return first.n === 1 ? { type: 'list', ordered: true, items } : { type: 'list', ordered: true, start: first.n as number, items };
}

/** A short headline-like line that stands before a paragraph, not after another heading. */
function isHeading(text: string, next: string | undefined, before: ContentBlock | undefined): boolean {
  if (next === undefined || before?.type === 'heading') return false;
  if (text.length > HEADING_MAX_CHARS || !STARTS_UPPER.test(text) || !HEADING_END.test(text)) return false;
  const words = wordCount(text);
  if (words < 1 || words > HEADING_MAX_WORDS) return false;
  return endsSentence(next) && wordCount(next) >= 2 * words && wordCount(next) >= 8;
}
