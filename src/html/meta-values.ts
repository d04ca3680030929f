import { findDate } from '../lexicon/dates.js';
import { DANGLING_SEPARATOR, TITLE_SEPARATOR_SPLIT, TITLE_SLASH_SPLIT } from '../lexicon/patterns.js';
import { comparableUrl, isNode } from './jsonld.js';

/**
 * The values pages state, normalized: dates to ISO 8601 with the stated offset, language tags to
 * their primary subtag, author strings to names, titles without their site-name suffix.
 */

export function sharesWords(a: string, b: string): boolean {
  const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [];
  const other = new Set(words(b));
  const mine = words(a);
  return mine.length === 0 || mine.some((w) => other.has(w));
}

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'",
  // Typographic entities templates double-escape into titles ("Headline &bull; Site").
  bull: '•', middot: '·', raquo: '»', laquo: '«', ndash: '–', mdash: '—', hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“',
  reg: '®', trade: '™', copy: '©',
};

/** The few entities JSON-LD writers leave in strings (a script's text is never entity-decoded). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6}|#39);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (ENTITIES[lower] !== undefined) return ENTITIES[lower];
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : lower.startsWith('#') ? parseInt(lower.slice(1), 10) : NaN;
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** "https://…", "//cdn…", "www.x.de", "facebook.com/name": an address, not a name. */
export const isUrl = (s: string): boolean => /^(?:https?:)?\/\//i.test(s) || (!/\s/.test(s) && /^(?:www\.|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:\/|$))/i.test(s));

export const notUrl = (s: string | undefined): string | undefined => (s && !/^(?:https?:)?\/\//i.test(s) ? s : undefined);

/**
 * A site's name without the tagline many templates put after it: "WSVN 7News | Miami News,
 * Weather, Sports | Fort Lauderdale" → "WSVN 7News". The name is the first part.
 */
export function nameOnly(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const first = value.split(TITLE_SEPARATOR_SPLIT)[0]?.trim() ?? '';
  return first.length >= 2 ? first : value;
}

const EMPTY_NAME = /^\s*[,;|/·•–—-]/u;

/** CMS account names that say nothing about who wrote the story. */
const PLACEHOLDER_AUTHORS = new Set(['admin', 'administrator', 'user', 'guest', 'unknown', 'anonymous', 'editor', 'webmaster', 'root']);

/** An author that is a name, not a profile URL or a placeholder; "By Jane Doe" → "Jane Doe". */
export function personName(value: string | undefined): string | undefined {
  // ", Harbour Post": a template that filled in the affiliation after an empty name.
  if (!value || isUrl(value) || EMPTY_NAME.test(value)) return undefined;
  const name = value.replace(/^(?:by|von|par|por|di|door|de)\s+/i, '').trim();
  return name === '' || PLACEHOLDER_AUTHORS.has(name.toLowerCase()) ? undefined : name;
}

export function firstDate(values: readonly (string | undefined)[]): string | undefined {
  for (const v of values) {
    const iso = v ? isoDate(v) : undefined;
    if (iso) return iso;
  }
  return undefined;
}

/** Machine dates: 2025-02-16, 2025-02-16T05:45:00.000+0530, 2025-02-16 05:45 Z. */
const MACHINE_DATE = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?\s*$/i;
const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * A date as the page states it, to ISO 8601: the stated UTC offset is kept (+0530 → +05:30),
 * a date alone stays a date, a time without a zone gets none. Free text goes to findDate.
 */
export function isoDate(raw: string): string | undefined {
  const m = MACHINE_DATE.exec(raw);
  if (!m) {
    if (/^\d{10}(?:\d{3})?$/.test(raw.trim())) return epochDate(raw.trim());
    return raw.length <= 200 ? findDate(raw)?.iso : undefined;
  }
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((x) => (x === undefined ? undefined : Number(x)));
  if (!y || !mo || !d || y < 1900 || y > 2100 || mo > 12 || d > 31) return undefined;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (h === undefined || mi === undefined) return date;
  if (h > 23 || mi > 59 || (s ?? 0) > 59) return date;
  return `${date}T${pad(h)}:${pad(mi)}:${pad(s ?? 0)}${offsetOf(m[7])}`;
}

function offsetOf(zone: string | undefined): string {
  if (!zone) return '';
  if (/^(?:z|utc|gmt)$/i.test(zone)) return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  return m ? `${m[1]}${m[2]}:${m[3] ?? '00'}` : '';
}

/** Unix seconds or milliseconds (some CMSs put these in meta tags): UTC. */
function epochDate(raw: string): string | undefined {
  const ms = raw.length === 13 ? Number(raw) : Number(raw) * 1000;
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  if (!Number.isFinite(ms) || y < 1995 || y > 2100) return undefined;
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** BCP 47 primary subtag: "de-DE" → "de", "en_US" → "en"; a JSON-LD Language node's name too. */
export function langCode(value: unknown): string | undefined {
  const v = isNode(value) ? value['alternateName'] ?? value['name'] : Array.isArray(value) ? value[0] : value;
  if (typeof v !== 'string') return undefined;
  const primary = v.trim().toLowerCase().split(/[-_\s,;]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}

export function absoluteUrl(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    // A relative link without a base (or a broken one) is still worth reporting as written.
    return isUrl(href) ? href : undefined;
  }
}

/** Names a site goes by, from its URL: "www.spiegel.de" → "spiegel.de", "spiegel". */
export function hostNames(url: string | undefined): string[] {
  if (!url) return [];
  const host = comparableUrl(url).split('/')[0] ?? '';
  const labels = host.split('.');
  const main = labels.length >= 2 ? labels[labels.length - 2] : undefined;
  // "forums.example.org" goes by "example.org" too.
  const domain = labels.length > 2 ? labels.slice(-2).join('.') : undefined;
  return [host, ...(domain ? [domain] : []), ...(main && main.length >= 3 ? [main] : [])];
}

/** A headline without parts at either end that name the site ("Headline – Site"); never empties it. */
export function siteTrimmer(names: readonly (string | undefined)[]): (text: string) => string {
  const known = names.filter((n): n is string => !!n).map(norm);
  return (text) => {
    const parts = text.split(TITLE_SEPARATOR_SPLIT);
    let start = 0;
    let end = parts.length - 1;
    while (end - start >= 2 && isSiteName(parts[end] ?? '', known)) end -= 2;
    while (end - start >= 2 && isSiteName(parts[start] ?? '', known)) start += 2;
    return parts.slice(start, end + 1).join('').trim() || text;
  };
}

/** Lower case letters and digits only, umlauts spelled out as hosts spell them ("Bächli" → "baechli"). */
const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[äöü]/g, (c) => `${c.normalize('NFD')[0] ?? ''}e`)
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** The last part of a title split at its separators, when it has several: where the site's name goes. */
export function suffixPart(title: string | undefined): string | undefined {
  const parts = title === undefined ? [] : trimSeparators(title).split(TITLE_SEPARATOR_SPLIT);
  return parts.length >= 3 ? parts[parts.length - 1]?.trim() : undefined;
}

/** A test of whether a text is exactly one of the names the site goes by (case, spaces and punctuation aside). */
export function siteNameTest(names: readonly (string | undefined)[]): (text: string) => boolean {
  const known = new Set(names.filter((n): n is string => !!n).map(norm).filter((n) => n.length >= 2));
  return (text) => known.has(norm(text));
}

function isSiteName(part: string, names: readonly string[]): boolean {
  const p = norm(part);
  if (p.length < 2) return false;
  const initials = acronymOf(part);
  return names.some((n) => n !== '' && (p === n || (n.length >= 3 && p.includes(n)) || (p.length >= 4 && n.includes(p)) || n.startsWith(p) || n === initials));
}

/**
 * The initials of a name of three or more words, function words aside: "Occupational Safety and
 * Health Administration" → "osha", which is how its host (osha.gov) names it.
 */
function acronymOf(part: string): string | undefined {
  const words = part.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const initials = words.filter((w) => !ACRONYM_SKIPS.has(w)).map((w) => w[0] ?? '');
  return initials.length >= ACRONYM_MIN ? initials.join('') : undefined;
}

const ACRONYM_MIN = 3;
const ACRONYM_SKIPS: ReadonlySet<string> = new Set(['and', 'of', 'the', 'for', 'on', 'in', 'at', 'to', 'de', 'des', 'der', 'und', 'für', 'et', 'la', 'le', 'y', 'del']);

/** A part short enough to be a site name or section: at most 4 words and under 40% of the rest. */
function clearlyShorter(part: string, rest: string): boolean {
  return part.split(/\s+/).length <= 4 && part.length * 2.5 <= rest.length && rest.split(/\s+/).length >= 3;
}

/**
 * "Headline | Site" → "Headline": parts at either end that name the site (og:site_name, the
 * publisher, the host) are dropped; failing that, a trailing part that is clearly the shorter side
 * of a " | " or " - " split. A colon never splits a title ("Brexit: what next" stays whole); a
 * site name in brackets at the end goes.
 */
export function stripTitleSuffix(raw: string, names: readonly (string | undefined)[], headlines: readonly string[] = []): string {
  const known = [...names.filter((n): n is string => !!n), ...TEMPLATE_PARTS].map(norm);
  const title = siteAffixesOff(trimSeparators(raw), known);
  const parts = afterTemplateLabel(title.split(TITLE_SEPARATOR_SPLIT), known);
  if (parts.length < 3) {
    const rest = parts.join('').trim();
    return slashTrail(rest, known) ?? rest;
  }
  const matched = headlineRun(parts, headlines, known);
  if (matched) return matched;
  // parts alternate text, separator, text, …
  let start = 0;
  let end = parts.length - 1;
  // "Headline | Site | Slogan": everything from the first later part that names the site goes.
  for (let k = 2; k < parts.length; k += 2) {
    if (isSiteName(parts[k] ?? '', known)) {
      end = k - 2;
      break;
    }
  }
  while (end - start >= 2 && isSiteName(parts[start] ?? '', known)) start += 2;
  if (end === parts.length - 1 && start === 0) {
    const last = parts[end] ?? '';
    const rest = parts.slice(0, end - 1).join('');
    if (clearlyShorter(last, rest)) end -= 2;
  }
  const kept = parts.slice(start, end + 1).join('').trim();
  return kept === '' ? title : kept;
}

/**
 * "Topic / Board / Site Forums": a trail of slash-separated parts from the page up to the site
 * (forum software writes its titles so) is the page's part alone. Needs two slashes and the site
 * named last: one slash joins a headline's own words ("2026 / 2027", "AC/DC").
 */
function slashTrail(title: string, known: readonly string[]): string | undefined {
  const parts = title.split(TITLE_SLASH_SPLIT);
  if (parts.length < 3 || !isSiteName(parts[parts.length - 1] ?? '', known)) return undefined;
  const first = parts[0]?.trim() ?? '';
  return first === '' ? undefined : first;
}

/** "Headline [Acme Docs]": the site's name in closing brackets goes. */
function siteAffixesOff(title: string, known: readonly string[]): string {
  const bracket = /^(.{4,}?)\s+\[([^\][]{2,60})\]$/u.exec(title);
  if (bracket && isSiteName(bracket[2] ?? '', known)) return (bracket[1] ?? title).trim();
  return title;
}

/** Parts that blog templates put around every title. */
const TEMPLATE_PARTS = ['Blog Archive', 'Blog Archiv', 'View topic', 'View thread'];
const TEMPLATE_KEYS: ReadonlySet<string> = new Set(TEMPLATE_PARTS.map(norm));

/**
 * "Site • View topic - Topic", "Site » Blog Archive » Post": a template's label with parts after
 * it introduces the page's own title; the parts before it (the site's) go.
 */
function afterTemplateLabel(parts: string[], known: readonly string[]): string[] {
  for (let k = parts.length - 3; k >= 0; k -= 2) {
    if (TEMPLATE_KEYS.has(norm(parts[k] ?? '')) && parts.slice(0, k).every((p, i) => i % 2 === 1 || isSiteName(p, known) || TEMPLATE_KEYS.has(norm(p)))) return parts.slice(k + 2);
  }
  return parts;
}

/**
 * The page's own <h1> settles it: when a run of the title's parts is exactly a headline on the
 * page, that run is the title ("Alles Neue | Bibliothek 2.0" with <h1>Alles Neue</h1>).
 */
function headlineRun(parts: readonly string[], headlines: readonly string[], known: readonly string[]): string | undefined {
  // A headline that is the site's name (a logo in an <h1>) says nothing about which part is the story's.
  const site = new Set(known);
  const wanted = new Set(headlines.map(norm).filter((h) => h.length >= 4 && !site.has(h)));
  if (wanted.size === 0) return undefined;
  for (let i = 0; i < parts.length; i += 2) {
    for (let j = parts.length - 1; j >= i; j -= 2) {
      // The whole title is no run, and its last part alone is the site's slot ("Chapter - Book").
      if (j === parts.length - 1 && (i === 0 || i === j)) continue;
      const run = parts.slice(i, j + 1).join('').trim();
      if (wanted.has(norm(run))) return run;
    }
  }
  return undefined;
}

/** "Headline -" (a template with an empty site name): the dangling separator goes. */
function trimSeparators(title: string): string {
  return title.replace(DANGLING_SEPARATOR, '').trim() || title;
}
