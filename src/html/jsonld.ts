/**
 * JSON-LD as pages really write it: several scripts, `@graph` arrays, arrays of objects, nodes
 * referring to each other by `@id`, and malformed text (HTML comments, CDATA, trailing commas,
 * raw newlines inside strings, two documents in one script). Nothing here throws.
 */

export type LdNode = Record<string, unknown>;

/** Article-like types, best first; a page's own story is one of these. */
const ARTICLE_TYPES = [
  'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle', 'backgroundnewsarticle',
  'reviewnewsarticle', 'article', 'blogposting', 'liveblogposting', 'scholarlyarticle', 'techarticle', 'report',
  'socialmediaposting', 'discussionforumposting', 'recipe', 'howto',
];
const PAGE_TYPES = ['webpage', 'itempage', 'aboutpage', 'collectionpage', 'medicalwebpage', 'profilepage', 'qapage', 'faqpage'];
const PUBLISHER_TYPES = ['newsmediaorganization', 'organization', 'corporation'];

/** Bounds for hostile input: pages with megabytes of product JSON-LD must stay fast. */
const MAX_NODES = 5000;
const MAX_DEPTH = 12;

/** Parses one script's text, repairing what pages commonly get wrong; [] when hopeless. */
export function parseLd(raw: string): unknown[] {
  const text = raw
    .replace(/^\s*(?:\/\/\s*)?(?:<!--|<!\[CDATA\[)/, '')
    .replace(/(?:\/\/\s*)?(?:-->|\]\]>)\s*$/, '')
    .trim();
  if (text === '') return [];
  const direct = tryParse(text);
  if (direct !== undefined) return [direct];
  // Raw control characters (newlines inside strings) are invalid JSON; as spaces they are harmless.
  const repaired = text.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1');
  const values: unknown[] = [];
  for (const part of topLevelValues(repaired)) {
    const value = tryParse(part);
    if (value !== undefined) values.push(value);
  }
  return values.length > 0 ? values : salvage(text);
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** `{...}{...}` or `[...] [...]`: the top-level values, split by bracket depth outside strings. */
function topLevelValues(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') {
      if (depth === 0) start = i;
      depth++;
    } else if ((ch === '}' || ch === ']') && depth > 0) {
      depth--;
      if (depth === 0 && start >= 0) parts.push(text.slice(start, i + 1));
    }
  }
  return parts;
}

const SALVAGE_FIELDS = ['@type', 'headline', 'datePublished', 'dateModified', 'inLanguage'] as const;

/** Text JSON.parse cannot read at all (single quotes, stray quotes): pick the plain fields. */
function salvage(text: string): unknown[] {
  const node: LdNode = {};
  for (const field of SALVAGE_FIELDS) {
    const m = new RegExp(`"${field}"\\s*:\\s*"((?:[^"\\\\]|\\\\.){1,500})"`).exec(text);
    if (m?.[1]) node[field] = m[1].replace(/\\(["\\/])/g, '$1');
  }
  return Object.keys(node).length > 0 ? [node] : [];
}

/** Every object with a `@type` (or an `@id`), flattened out of arrays, `@graph` and nesting. */
export function flattenLd(values: readonly unknown[]): LdNode[] {
  const out: LdNode[] = [];
  const stack: { value: unknown; depth: number }[] = values.map((value) => ({ value, depth: 0 }));
  let seen = 0;
  while (stack.length > 0 && seen < MAX_NODES) {
    const { value, depth } = stack.pop() as { value: unknown; depth: number };
    seen++;
    if (depth > MAX_DEPTH || value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], depth: depth + 1 });
      continue;
    }
    const node = value as LdNode;
    if (node['@type'] !== undefined || node['@id'] !== undefined) out.push(node);
    const entries = Object.entries(node);
    // Pushed in reverse so that nodes come out in document order (pick() prefers the first).
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i] as [string, unknown];
      if (key !== 'articleBody' && key !== 'text' && child !== null && typeof child === 'object') stack.push({ value: child, depth: depth + 1 });
    }
  }
  return out;
}

export function typesOf(node: LdNode): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/:#]/, '').toLowerCase());
}

function rank(node: LdNode, order: readonly string[]): number {
  let best = Infinity;
  for (const t of typesOf(node)) {
    const i = order.indexOf(t);
    if (i >= 0 && i < best) best = i;
  }
  return best;
}

/** The node of the best type in `order`; among equals, the one about `url`, else the first. */
function pick(nodes: readonly LdNode[], order: readonly string[], url: string | undefined): LdNode | undefined {
  let best: LdNode | undefined;
  let bestRank = Infinity;
  for (const node of nodes) {
    const r = rank(node, order) - (url && aboutUrl(node, url) ? 0.5 : 0);
    if (r < bestRank) {
      best = node;
      bestRank = r;
    }
  }
  return best;
}

function aboutUrl(node: LdNode, url: string): boolean {
  const target = comparableUrl(url);
  const candidates = [node['url'], node['@id'], node['mainEntityOfPage']];
  return candidates.some((c) => {
    const s = typeof c === 'string' ? c : c && typeof c === 'object' ? (c as LdNode)['@id'] : undefined;
    return typeof s === 'string' && comparableUrl(s) === target;
  });
}

export function comparableUrl(url: string): string {
  return url.replace(/^https?:\/\/(?:www\.)?/i, '').replace(/[?#].*$/, '').replace(/\/+$/, '').toLowerCase();
}

/** What the page's JSON-LD says about its own story. */
export interface LdFacts {
  article?: LdNode;
  page?: LdNode;
  publisher?: LdNode;
  website?: LdNode;
  /** resolves `{"@id": …}` references to the full node when the page defines it */
  resolve(value: unknown): unknown;
}

export function ldFacts(scripts: readonly string[], url: string | undefined): LdFacts {
  const nodes = flattenLd(scripts.flatMap(parseLd));
  const byId = new Map<string, LdNode>();
  for (const n of nodes) {
    const id = n['@id'];
    // The fullest definition wins: references are bare {"@id"} objects.
    if (typeof id === 'string' && Object.keys(n).length > (byId.get(id) ? Object.keys(byId.get(id) as LdNode).length : 1)) byId.set(id, n);
  }
  const resolve = (value: unknown): unknown => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const id = (value as LdNode)['@id'];
      if (typeof id === 'string' && Object.keys(value).length === 1) return byId.get(id) ?? value;
    }
    return value;
  };
  const typed = nodes.filter((n) => n['@type'] !== undefined);
  const facts: LdFacts = { resolve };
  const page = pick(typed, PAGE_TYPES, url);
  if (page) facts.page = page;
  // A Q&A page's story is its question (its author and date are the opening post's); an FAQ's are not.
  const question = page && typesOf(page).includes('qapage') ? resolve(page['mainEntity']) : undefined;
  const article = pick(typed, ARTICLE_TYPES, url) ?? (isNode(question) && typesOf(question).includes('question') ? question : undefined);
  if (article) facts.article = article;
  const publisher = resolve(article?.['publisher'] ?? page?.['publisher']);
  const pubNode = isNode(publisher) ? publisher : pick(typed, PUBLISHER_TYPES, undefined);
  if (pubNode) facts.publisher = pubNode;
  const website = typed.find((n) => typesOf(n).includes('website'));
  if (website) facts.website = website;
  return facts;
}

export function isNode(value: unknown): value is LdNode {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
