import { wordCount } from '../lexicon/features.js';
import { clip, type RemovalLog } from '../rules/rule.js';
import type { Block } from '../types.js';

/** A button's label: "Get started", "Contact sales", "Start free trial". */
const CTA_MAX_WORDS = 4;

/**
 * A service page's lines that are one short link and nothing else ("Learn more" under a
 * feature, "Book a demo" under the hero): buttons that send the reader on, not what the page
 * says. The service profile keeps links (html/link-block is off there: a section's linked cards
 * are content), so these need their own test: a short line that is all link.
 */
export function dropCallsToAction(blocks: readonly Block[], log: RemovalLog): Block[] {
  return blocks.filter((b) => {
    if (b.kind !== 'paragraph' || b.linkDensity < 1 || wordCount(b.text) > CTA_MAX_WORDS) return true;
    log.drop(b, 'html/cta', `a line of at most ${CTA_MAX_WORDS} words that is one link: "${clip(b.text)}"`);
    return false;
  });
}

/**
 * A service page's code block: the product shown at work (an editor mock-up, an API call beside a
 * feature) as a screenshot would show it, not what the page says. Only on a page the classifier
 * reads as a service (a product's home page, a declared service): a page read so only by what it
 * lacks (html/profile UNDATED_PAGE) may be an undated tutorial, whose code is its text. On the
 * WCXB dev pages: 4 pages hold code (all product home pages), none of it in their references;
 * all 4 up, +0.41 F1 summed (even 2, odd 2).
 */
export function dropCodeDemos(blocks: readonly Block[], log: RemovalLog): Block[] {
  return blocks.filter((b) => {
    if (b.kind !== 'code') return true;
    log.drop(b, 'html/code-demo', `a code block on a service page (${wordCount(b.text)} words): the product's demo, not its description`);
    return false;
  });
}
