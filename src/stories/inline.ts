import type { Inline } from '../types.js';

/**
 * Link and image URLs for the structured body: absolute against the base URL when there is one,
 * kept relative when there is none, and dropped when their scheme could run code or carry a
 * payload (javascript:, vbscript:, data:, file:…). Each drop is counted for a warning.
 */

const SAFE_LINK_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:', 'tel:', 'ftp:']);
const SAFE_IMAGE_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:']);
/** Characters a browser strips from URLs before it reads the scheme ("java\tscript:"). */
const URL_NOISE = /[\u0000-\u0020\u007F-\u009F\u00AD\u200B-\u200F\u2028\u2029\u2060\uFEFF]/g;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** What the structured body left out, for the result's warnings. */
export class ContentNotes {
  unsafeLinks = 0;
  unsafeImages = 0;
  imagesWithoutSrc = 0;
  codeCut = 0;
  /** the main story of a dump is a short-line body (stories/short-lines): no prose held its share */
  shortLineBody = false;

  messages(): string[] {
    const out: string[] = [];
    if (this.shortLineBody) out.push(SHORT_LINE_WARNING);
    if (this.unsafeLinks > 0) out.push(`structure: ${this.unsafeLinks} link(s) with an unsafe URL (javascript:, data:, …) kept as plain text`);
    if (this.unsafeImages > 0) out.push(`structure: ${this.unsafeImages} image(s) with an unsafe URL (javascript:, data:, …) dropped`);
    if (this.imagesWithoutSrc > 0) out.push(`structure: ${this.imagesWithoutSrc} image(s) without a source dropped`);
    if (this.codeCut > 0) out.push(`structure: ${this.codeCut} code block(s) longer than ${MAX_CODE_CHARS} characters cut`);
    return out;
  }
}

/**
 * A body of short lines is chosen by what it is not (repeats, menus, legal lines), not by prose:
 * its bounds are a guess. On the WCXB dev dumps such bodies score 0.48 word F1 (all pages 0.82),
 * on the trafilatura dumps 0.70 snippet F1 (all 0.89).
 */
const SHORT_LINE_WARNING = "the main story has no prose body: it is the dump's lines less the site's furniture (a listing, a product grid, a link list), and its bounds are a guess";

/** A code block past this is cut (the body keeps its text): renderers and readers choke on more. */
export const MAX_CODE_CHARS = 200_000;

/** The URL to write, or undefined when it must not be written. */
export function safeUrl(raw: string, base: string | undefined, image: boolean): string | undefined {
  const url = raw.replace(URL_NOISE, '');
  if (url === '') return undefined;
  const schemes = image ? SAFE_IMAGE_SCHEMES : SAFE_LINK_SCHEMES;
  if (HAS_SCHEME.test(url)) {
    const scheme = (url.slice(0, url.indexOf(':')) + ':').toLowerCase();
    if (!schemes.has(scheme)) return undefined;
    return parsed(url, undefined) ?? undefined;
  }
  if (base === undefined) return url;
  return parsed(url, base);
}

function parsed(url: string, base: string | undefined): string | undefined {
  try {
    const u = new URL(url, base);
    return u.href;
  } catch {
    return undefined;
  }
}

/**
 * Inline runs with their links resolved. A link to an unsafe URL, or to a place in the page
 * ("#note-3", an anchor the output does not carry), keeps its text without the link.
 */
export function resolveInline(runs: readonly Inline[], base: string | undefined, notes: ContentNotes): Inline[] {
  const out: Inline[] = [];
  for (const run of runs) {
    if (run.type === 'link') {
      const children = resolveInline(run.children, base, notes);
      const href = run.href.trim();
      const url = href.startsWith('#') ? undefined : safeUrl(href, base, false);
      if (url === undefined) {
        if (!href.startsWith('#')) notes.unsafeLinks++;
        out.push(...children);
      } else out.push({ type: 'link', href: url, children });
    } else if (run.type === 'emphasis' || run.type === 'strong') {
      out.push({ type: run.type, children: resolveInline(run.children, base, notes) });
    } else out.push(run);
  }
  return out;
}

/** Inline runs as plain text, a line break as a space (as the block's text has it). */
export function plainText(runs: readonly Inline[]): string {
  let s = '';
  for (const run of runs) {
    if (run.type === 'text' || run.type === 'code') s += run.text;
    else if (run.type === 'break') s += ' ';
    else s += plainText(run.children);
  }
  return s;
}
