import type { Decoded } from '../input/decode.js';
import { chooseLang } from '../lexicon/languages.js';
import type { RemovalLog } from '../rules/rule.js';
import type { ResolvedOptions } from '../types.js';
import { extractHtml, type HtmlExtraction } from './extract.js';
import { limitForParse, limitWarning } from './limits.js';

/** The HTML stage as the pipeline sees it: pre-parse limits, then extraction (html/extract). */
export async function readHtml(decoded: Decoded, opts: ResolvedOptions, log: RemovalLog): Promise<HtmlExtraction> {
  // Nesting and open formatting elements are capped before any parser sees the page (html/limits).
  // Valid UTF-8 bytes go in as bytes: the pre-pass decodes only the markup it keeps.
  const limited = limitForParse(decoded.utf8 ?? decoded.text);
  const limitNote = limitWarning(limited);
  // A page nested past the limit is markup soup, not an article: jsdom (the Readability fallback)
  // would spend seconds on its flattened tree.
  const htmlOpts = limited.flattened > 0 ? Object.freeze({ ...opts, fallback: false }) : opts;
  const result = await extractHtml(limited.markup, htmlOpts, log);
  // Each story's language: the one its markup or the page states, checked against its own text.
  for (const d of result.drafts) {
    const lang = chooseLang(opts.lang, [d.meta.lang, result.page.lang], d.blocks);
    if (lang !== undefined) d.meta.lang = lang;
  }
  return limitNote === undefined ? result : { ...result, warnings: [limitNote, ...result.warnings] };
}
