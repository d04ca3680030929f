import { shapeKey } from './features.js';
import { DOCS_URL_HOST, DOCS_URL_PATH } from './patterns.js';

/** Words of the URL's last path segment that looks like a slug ("/2025/03/breakwater-approved"). */
export function slugWords(url: string | undefined): string[] {
  if (!url) return [];
  try {
    const path = new URL(url).pathname;
    const last = path.split('/').filter((p) => /[a-z]{3,}-[a-z]/i.test(p)).pop() ?? '';
    return slugKeyWords(safeDecode(last).replace(/\.[a-z]+$/i, ''));
  } catch {
    return [];
  }
}

/** The words a text is matched against a slug on: its shape key's words of three or more characters, numbers left out. */
export function slugKeyWords(text: string): string[] {
  return shapeKey(text).split(' ').filter((w) => w.length > 2 && !/^\d+$/.test(w));
}

/**
 * The URL's last path segment when it is one word ("/docs/concepts/workloads/pods/" → "pods",
 * "/reference/react/useState" → "usestate"), lower-cased, a file extension dropped: the name a
 * section, category or manual page is filed under. Undefined for a hyphenated slug (slugWords
 * reads those), a number, a site's root, a word under three characters, or a server's default
 * file name ("index", "default"), which names no page.
 */
export function pathName(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const last = new URL(url).pathname.split('/').filter((p) => p !== '').pop() ?? '';
    const word = safeDecode(last).replace(/\.[a-z]+$/i, '').toLowerCase();
    return /^\p{L}[\p{L}\p{N}]{2,}$/u.test(word) && !DEFAULT_PAGE.test(word) ? word : undefined;
  } catch {
    return undefined;
  }
}

const DEFAULT_PAGE = /^(?:index|default|home|main|start)$/;

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** A site's root URL without a query ("https://example.org/"): its front page, which lists stories. */
export function isFrontPage(url: string | undefined): boolean {
  if (url === undefined) return false;
  try {
    const u = new URL(url);
    return (u.pathname === '/' || u.pathname === '') && u.search === '';
  } catch {
    return false;
  }
}

/** The URL files the page as documentation (a docs host or a manual's path word): a dump's only evidence of its page type. */
export function isDocsUrl(url: string | undefined): boolean {
  return url !== undefined && (DOCS_URL_PATH.test(url) || DOCS_URL_HOST.test(url));
}
