/**
 * The features the profile selector learns from (bench/select-train): what the classifier saw of
 * a page (html/page-type's TypeEvidence) as numbers, all known before any profile runs.
 */
import { isFrontPage } from '../src/lexicon/slug.js';
import { PAGE_TYPES } from '../src/types.js';
import { urlHints, type TypeEvidence } from '../src/html/page-type.js';

/** Declared schema.org types grouped as the classifier reads them. */
const DECLARED_GROUPS: readonly (readonly [string, readonly string[]])[] = [
  ['products', ['Product', 'ProductGroup', 'IndividualProduct', 'og:product', 'og:og:product', 'og:product.item', 'Offer', 'AggregateOffer']],
  ['lists', ['CollectionPage', 'ItemList', 'SearchResultsPage', 'OfferCatalog']],
  ['stories', ['NewsArticle', 'Article', 'BlogPosting', 'Recipe', 'Report', 'ReportageNewsArticle']],
  ['ogArticle', ['og:article']],
  ['faq', ['FAQPage']],
  ['qa', ['QAPage', 'DiscussionForumPosting', 'Question', 'Answer', 'Comment']],
  ['offer', ['Service', 'ProfessionalService', 'SoftwareApplication', 'Organization', 'LocalBusiness']],
  ['tech', ['TechArticle', 'APIReference']],
];

const SURVEY_COUNTS = ['pre', 'sections', 'articles', 'times', 'posts', 'prices', 'priceTexts', 'cards'] as const;

/** The names of the features, in the order typeFeatures gives them. */
export const FEATURE_NAMES: readonly string[] = [
  ...SURVEY_COUNTS,
  'cardLinks',
  'logChars',
  'linkShare',
  'proseShare',
  ...PAGE_TYPES.map((t) => `points.${t}`),
  ...PAGE_TYPES.map((t) => `guess.${t}`),
  'declaresArticle',
  ...DECLARED_GROUPS.map(([name]) => `declared.${name}`),
  ...PAGE_TYPES.map((t) => `url.${t}`),
  'url.front',
  'url.depth',
  'url.slugWords',
  'url.digits',
  'url.query',
];

/** The page's features: counts and shares of its survey, the classifier's points, its declarations and its URL's shape. */
export function typeFeatures(e: TypeEvidence): number[] {
  const s = e.survey;
  const text = s.chars - s.linkChars;
  const hints = urlHints(e.url);
  const shape = urlShape(e.url);
  return [
    ...SURVEY_COUNTS.map((k) => s[k]),
    s.cardLinks,
    Math.log10(1 + s.chars),
    s.chars === 0 ? 0 : s.linkChars / s.chars,
    text <= 0 ? 0 : s.paraChars / text,
    ...PAGE_TYPES.map((t) => e.points[t] ?? 0),
    ...PAGE_TYPES.map((t) => (e.guess === t ? 1 : 0)),
    e.declaresArticle ? 1 : 0,
    ...DECLARED_GROUPS.map(([, names]) => names.reduce((n, name) => n + (e.declared.get(name) ?? 0), 0)),
    ...PAGE_TYPES.map((t) => hints.filter((h) => h === t).length),
    isFrontPage(e.url) ? 1 : 0,
    shape.depth,
    shape.slugWords,
    shape.digits,
    shape.query,
  ];
}

/** The URL path's depth, the words of its last segment's slug, whether it holds a number (a date, an id), and a query. */
function urlShape(url: string | undefined): { depth: number; slugWords: number; digits: number; query: number } {
  if (!url) return { depth: 0, slugWords: 0, digits: 0, query: 0 };
  try {
    const u = new URL(url);
    const parts = u.pathname.split('/').filter((p) => p !== '');
    const last = parts[parts.length - 1] ?? '';
    return { depth: parts.length, slugWords: last.split(/[-_]+/).filter((w) => /[a-z]/i.test(w)).length, digits: /\d/.test(u.pathname) ? 1 : 0, query: u.search === '' ? 0 : 1 };
  } catch {
    return { depth: 0, slugWords: 0, digits: 0, query: 0 };
  }
}
