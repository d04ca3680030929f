import { normKey } from '../lexicon/features.js';
import { CODE_LANGUAGE_LINE } from '../lexicon/patterns.js';
import type { Block } from '../types.js';

/** A run of this many language names or more, one a line, is a tab row (a list of two is a sentence's pair). */
const MIN_TAB_LABELS = 3;
/** The same tab row printed this many times: a page whose code samples each switch between languages. */
const MIN_TAB_ROWS = 2;

/**
 * A warning when the dump prints one row of code-language tabs ("Python", "Node.js", "Ruby", …)
 * more than once: a documentation page whose samples each switch language shows the open tab's
 * code only, and the other tabs' code, which the page holds, is not in the text dump. A list of
 * languages printed once (a tech stack in an article) is no tab row.
 */
export function codeTabsWarning(blocks: readonly Block[]): string | undefined {
  const rows = new Map<string, { labels: string[]; count: number }>();
  let run: string[] = [];
  const close = (): void => {
    if (run.length >= MIN_TAB_LABELS) {
      const key = run.map(normKey).join('|');
      const row = rows.get(key) ?? { labels: run, count: 0 };
      row.count++;
      rows.set(key, row);
    }
    run = [];
  };
  for (const b of blocks) {
    const text = b.text.trim();
    if (CODE_LANGUAGE_LINE.test(text)) run.push(text);
    else close();
  }
  close();
  for (const { labels, count } of rows.values()) {
    if (count < MIN_TAB_ROWS) continue;
    return `the dump prints a row of ${labels.length} code-language tabs (${labels.slice(0, 3).join(', ')}, …) ${count} times: a text dump holds the open tab's code only, not the other languages' samples the page holds`;
  }
  return undefined;
}
