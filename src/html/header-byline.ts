import type { AnyNode } from 'domhandler';
import { labelledByline } from '../lexicon/signed.js';
import { collapse } from './dom.js';

/**
 * The name a "By" label signs the headline's header with, read from the header's texts
 * (html/header-date headerTexts) as lexicon/signed reads a header: "By" | "Jane Doe", "Posted by
 * jdoe on May 2, 2024", "by The Acme Team · 4 min read".
 */
export function headerByline(header: readonly AnyNode[]): string | undefined {
  return labelledByline(header.map((t) => (t.type === 'text' ? collapse(t.data) : '')).filter((t) => t !== ''));
}
