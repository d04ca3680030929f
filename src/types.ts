/**
 * The data that flows through declutter. HTML stages work on the parsed tree until they
 * produce `Block[]`; the text path produces the same `Block[]`, so every later stage
 * (rules, segmentation, metadata, output) is shared.
 */

export type InputKind = 'html' | 'text';

export type BlockKind =
  | 'heading'
  | 'paragraph'
  | 'list-item'
  | 'quote'
  | 'table'
  | 'code'
  | 'caption'
  | 'line';

/**
 * Evidence attached to a block: the HTML path's from markup (class/id words, tags); 'row' is a
 * text dump's line whose cells a tab separates, as a browser prints a table row.
 */
export type BlockHint = 'caption' | 'byline' | 'date' | 'source' | 'title' | 'credit' | 'row';

export interface Block {
  /** position in the document, unique within one clean() call */
  readonly id: number;
  kind: BlockKind;
  /** the block's text, whitespace-collapsed, never empty */
  text: string;
  /** where it came from: "line 12" for text, a short element path for HTML */
  where: string;
  /** share of characters inside links (0..1); 0 for text dumps */
  linkDensity: number;
  /** a blank line (text) or a new container (HTML) separates it from the block before */
  gapBefore: boolean;
  /** heading level 1-6 when kind is 'heading' */
  level?: number;
  hints?: readonly BlockHint[];
  /** HTML: what the markup says beyond the text (inline markup, lists, tables, code, images) */
  shape?: BlockShape;
}

/** One thing declutter removed, and why. Every dropped block has exactly one. */
export interface Removal {
  /** rule id, e.g. 'text/share-counter' */
  rule: string;
  /** why, with the measured value where there is one */
  reason: string;
  /** the removed text (a preview of at most 200 characters) */
  text: string;
  /** where it was: "line 12", an element path, or "story 2" */
  where: string;
}

export type StoryRole = 'main' | 'appended';

export interface Story {
  role: StoryRole;
  title?: string;
  /** paragraphs separated by exactly one blank line; the title is not part of it */
  body: string;
  captions: string[];
  /** ISO 8601; with the UTC offset when the page states a zone */
  published?: string;
  /** last modification, ISO 8601 like `published` (markup only: JSON-LD, article:modified_time) */
  modified?: string;
  /** who published the story: an agency named in the text ("Reuters"), else the publisher */
  source?: string;
  /** the authors as one display line ("Jane Doe, John Roe"); `authors` holds them one by one */
  byline?: string;
  /** each author a person's name; absent rather than a company, a credit or a label */
  authors?: string[];
  /** the place that opens the story ("MOSCOW"); the dateline also stays in the body */
  dateline?: string;
  /** BCP 47 primary language subtag when known ("en", "de") */
  lang?: string;
  /** the site's own name (og:site_name, JSON-LD publisher/WebSite), not its tagline */
  siteName?: string;
  /** the page's summary (og:description, meta description, JSON-LD description) */
  description?: string;
  /** the story's lead image, an absolute URL when the page URL is known */
  image?: string;
  /** the page's canonical URL (link rel=canonical, else og:url), absolute when resolvable */
  canonicalUrl?: string;
  /** keywords and sections the page states (article:tag, JSON-LD keywords), each once */
  tags?: string[];
  /** what kind of page the story comes from ("article", "listing", …), when classified */
  pageType?: string;
  /** words in the body (letter/digit runs) */
  wordCount?: number;
  /** the body as typed blocks (headings, lists, tables, code, quotes, figures, inline runs) */
  content: ContentBlock[];
  /** readers' comments and replies under the story, in page order (never part of `body`); absent when none */
  comments?: Comment[];
}

/** One reader comment or reply, as the page shows it. */
export interface Comment {
  /** the comment's text: paragraphs separated by one blank line */
  text: string;
  /** 0 for a comment on the story, 1 for a reply to it, and so on */
  depth: number;
  author?: string;
  /** ISO 8601 when the page states a date */
  published?: string;
}

/** The kinds of page the HTML path tells apart (html/page-type); each switches a profile on (html/profile). */
export const PAGE_TYPES = ['article', 'forum', 'product', 'collection', 'listing', 'documentation', 'service'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** Which extractor produced the stories. */
export type Extractor = 'text' | 'html' | 'readability' | 'none';

export interface CleanResult {
  /** the page's own story first, appended stories after it */
  stories: Story[];
  removed: Removal[];
  warnings: string[];
  kind: InputKind;
  extractor: Extractor;
  /** HTML: what kind of page it is ("article", "forum", "product", "collection", "listing", "documentation", "service") */
  pageType?: string;
}

// The options type lives with its defaults and validation.
export type { CleanOptions, ResolvedOptions } from './options.js';

/** The error declutter rejects with: always an Error with a string code. */
export class DeclutterError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'DeclutterError';
    this.code = code;
  }
}

/**
 * A story on its way through the shared stages: its blocks plus whatever metadata earlier stages
 * found (the HTML path fills much of it from markup; the text path from header lines).
 */
export interface StoryDraft {
  role: StoryRole;
  blocks: Block[];
  meta: Partial<Omit<Story, 'role' | 'body' | 'captions'>>;
  captions: string[];
  /** HTML: the story's <h1> when the title chosen is another (html/title): a copy of it is no body either */
  headline?: string;
  /**
   * Set by the text stage: the draft is a text dump's lines. Its body is still to be bounded by
   * the quality stage (stories/bounds), its title chosen among its lines and the URL's slug words,
   * and its content read from the lines' own marks (bullets, numbering) instead of markup.
   */
  dump?: DumpDraft;
}

/** What the shared stages need to know of a text dump's draft (StoryDraft.dump). */
export interface DumpDraft {
  /** the page URL's slug words (lexicon/slug), for choosing the title */
  slug: readonly string[];
}

/** Page-level metadata found outside any story (head tags, JSON-LD, a menu line's date). */
export interface PageMeta {
  title?: string;
  published?: string;
  source?: string;
  byline?: string;
  lang?: string;
  url?: string;
  /** the page's canonical URL (link rel=canonical, else og:url), absolute when resolvable */
  canonical?: string;
  /** the site's own name (og:site_name, JSON-LD WebSite/publisher name) */
  siteName?: string;
  /** the page's summary (og:description, meta description, JSON-LD description) */
  description?: string;
  /** last modification, ISO 8601 like `published` */
  modified?: string;
  /** a WebPage node's datePublished that the page prints as a date line: the main story's date where nothing else dates it */
  pagePublished?: string;
  /**
   * the headline shows the story's own date (one day beside the <h1>), on a page that is no list
   * of dated items or that names its author: a dated, signed story whatever its page type says;
   * 'stated' where the markup states a publishing date too, 'shown' where only the header dates
   * it (on a shop's page that is an item's date: an edition's, a release's)
   */
  shownStory?: 'stated' | 'shown';
  /** the headline's header shows the chosen authors' names, which the metadata ('stated') or a byline elsewhere ('shown') states too: a signed story whatever its page type says, on a shop's page only when stated */
  signedHeader?: 'stated' | 'shown';
  /** the page's author metadata names the site itself as the page's author: the site signs it whatever its page type */
  siteSigned?: boolean;
  /** the authors one by one, when the markup names people */
  authors?: string[];
  /** a thread's opening-post author (a handle may do), for pages that turn out to be forums */
  opener?: string;
  /** bylines outside the header name four or more people and none signs the story: a byline line in the body is a listed item's */
  listedBylines?: boolean;
  /** the first author element's name, where nothing names the opener: a thread's first poster, for pages that turn out to be forums */
  firstPoster?: string;
  /** the one name all the page's author elements show, where no candidate made the authors (one word may do): the story's, on a signed page type (html/author-choice soleAuthorElement) */
  soleByline?: string;
  /** the one person a labelled byline anywhere in the page names ("This post was written by …"), read only where no other source names anyone (html/page-byline) */
  pageSigned?: string;
  /** the lead image (og:image, twitter:image, JSON-LD image), absolute when resolvable */
  image?: string;
  /** article:tag, keywords, JSON-LD keywords/articleSection */
  tags?: string[];
  /** the URL relative links resolve against (`<base href>`, else the page URL), when known */
  base?: string;
}

/** Inline runs of a block's text. Link and image URLs are absolute where a base URL was known. */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'emphasis'; children: Inline[] }
  | { type: 'strong'; children: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'break' };

export interface ListItem {
  blocks: ContentBlock[];
}

/** A story's body as typed blocks: what the Markdown and HTML renderers write. */
export type ContentBlock =
  | { type: 'heading'; level: number; content: Inline[] }
  | { type: 'paragraph'; content: Inline[] }
  | { type: 'list'; ordered: boolean; start?: number; items: ListItem[] }
  /** `head` is the header row when the table has one; every row of a table has the same cells */
  | { type: 'table'; head?: Inline[][]; rows: Inline[][][] }
  /** `text` exactly as the page has it (line breaks and indentation kept) */
  | { type: 'code'; lang?: string; text: string }
  | { type: 'quote'; blocks: ContentBlock[] }
  | { type: 'figure'; src: string; alt?: string; caption?: Inline[] };

/** A structural element a block sits in; shared by every block inside it. */
export type Container =
  | { kind: 'list'; id: number; ordered: boolean; start?: number }
  | { kind: 'item'; id: number }
  | { kind: 'quote'; id: number }
  | { kind: 'table'; id: number }
  | { kind: 'figure'; id: number };

/** An image as the page has it (URL not yet resolved). */
export interface ImageRef {
  src: string;
  alt?: string;
  /** the <figure> it sits in, when any */
  figure?: number;
}

/** The HTML path's structural facts about a block. */
export interface BlockShape {
  /** the containers it sits in, outermost first (shared arrays: never mutated) */
  path: readonly Container[];
  /** inline runs, when the block holds more than plain text */
  inline?: Inline[];
  /** a table row: its cells, and whether it is a header row */
  cells?: Inline[][];
  header?: boolean;
  /** a code block: its exact text and language */
  code?: { text: string; lang?: string };
  /** images met since the block before (they stand before this block's text) */
  images?: ImageRef[];
  /** images after the last block of the part */
  imagesAfter?: ImageRef[];
}
