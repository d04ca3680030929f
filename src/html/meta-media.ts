import { absoluteUrl, decodeEntities } from './meta-values.js';
import { isNode, type LdNode } from './jsonld.js';

/**
 * The story's lead image and tags as the page states them: Open Graph and Twitter cards, the
 * article's JSON-LD, `article:tag`, keywords. Values are checked to look like what they claim:
 * an image is an http(s) address (never a data: URI or a tracking pixel's empty value), a tag a
 * short phrase.
 */

const IMAGE_KEYS = ['og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src', 'image', 'thumbnail'] as const;
const MAX_TAGS = 20;
const MAX_TAG_CHARS = 60;

/** The lead image, absolute against `base`; undefined when nothing usable is stated. */
export function leadImage(metas: ReadonlyMap<string, string>, article: LdNode | undefined, imageLink: string | undefined, base: string | undefined): string | undefined {
  const candidates = [...IMAGE_KEYS.map((k) => metas.get(k)), ldImage(article?.['image']), ldImage(article?.['thumbnailUrl']), imageLink];
  for (const raw of candidates) {
    const url = raw ? absoluteUrl(decodeEntities(raw.trim()), base) : undefined;
    if (url && /^https?:\/\//i.test(url)) return url;
  }
  return undefined;
}

/** JSON-LD image: a URL string, an ImageObject ({url} or {contentUrl}), or an array of these. */
function ldImage(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return first;
  if (isNode(first)) {
    const url = first['url'] ?? first['contentUrl'];
    return typeof url === 'string' ? url : undefined;
  }
  return undefined;
}

/**
 * The story's tags: every `article:tag`, else the article's JSON-LD keywords, else the
 * news_keywords or keywords meta tag; split on commas, trimmed, without repeats.
 */
export function storyTags(articleTags: readonly string[], metas: ReadonlyMap<string, string>, article: LdNode | undefined): string[] | undefined {
  const keywords = article?.['keywords'];
  const sources: (readonly string[])[] = [
    articleTags,
    Array.isArray(keywords) ? keywords.filter((k): k is string => typeof k === 'string') : typeof keywords === 'string' ? [keywords] : [],
    [metas.get('news_keywords') ?? ''],
    [metas.get('keywords') ?? ''],
  ];
  for (const values of sources) {
    const tags = cleanTags(values);
    if (tags.length > 0) return tags;
  }
  return undefined;
}

function cleanTags(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    for (const part of decodeEntities(value).split(/[,;]/)) {
      const tag = part.replace(/\s+/g, ' ').trim();
      const key = tag.toLowerCase();
      if (tag === '' || tag.length > MAX_TAG_CHARS || seen.has(key)) continue;
      seen.add(key);
      out.push(tag);
      if (out.length === MAX_TAGS) return out;
    }
  }
  return out;
}
