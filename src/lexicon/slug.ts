import { shapeKey } from './features.js';
import { DOCS_URL_HOST, DOCS_URL_PATH } from './patterns.js';

/** Words of the URL's last path segment that looks like a slug ("/2025/03/breakwater-approved"). */
export function slugWords(url: string | undefined): string[] {
  if (!url) return [];
  try {
    const path = new URL(url).pathname;
    const last = path.split('/').filter((p) => /[a-z]{3,}-[a-z]/i.test(p)).pop() ?? '';
    return shapeKey(safeDecode(last).replace(/\.[a-z]+$/i, '')).split(' ').filter((w) => w.length > 2 && !/^\d+$/.test(w));
  } catch {
    return [];
  }
}

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
