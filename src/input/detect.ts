import type { InputKind } from '../types.js';

/** Markup that only HTML (or XML) documents open with or contain early. */
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|\?xml|meta|title|div|article|section|p|table|span|script|style|link|!--)[\s>]/i;
const HTML_TAGS = /<\/?(?:p|div|br|a|span|li|h[1-6]|article|section|img|table)\b[^>]*>/gi;
/** Characters of the page that say whether it is HTML. */
export const KIND_PROBE_CHARS = 20000;

/** HTML when the text starts like a document or is dense with tags; otherwise a text dump. */
export function detectKind(text: string): InputKind {
  const head = text.slice(0, KIND_PROBE_CHARS);
  if (HTML_START.test(head)) return 'html';
  const tags = head.match(HTML_TAGS)?.length ?? 0;
  // Lines are counted only when the tags could decide, and without splitting the head into them.
  return tags >= 5 && tags >= lineCount(head) / 10 ? 'html' : 'text';
}

/** `text.split('\n').length`. */
function lineCount(text: string): number {
  let n = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) n++;
  return n;
}
