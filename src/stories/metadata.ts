import { AGENCY, HEADLINE_TAIL } from '../lexicon/patterns.js';
import { letterRuns } from '../lexicon/features.js';
import { authorsOf, cleanName, isTeamName, printedList } from '../lexicon/names.js';
import type { PageMeta, Story, StoryDraft } from '../types.js';

/**
 * The story's metadata fields beyond title, body and dates: authors (checked to be people's
 * names), the page-level fields the markup states (site name, description, image, canonical URL,
 * tags, modified), and the body's word count (`words`, as stories/content bodyWords counts it).
 * Page-level fields go to the page's own story only.
 */
export function fillStoryMeta(story: Story, draft: StoryDraft, page: PageMeta, words: number, frontPage = false): void {
  const main = draft.role === 'main';
  const people = authorList(draft, main ? page : {}, frontPage);
  if (people.length > 0) {
    story.authors = people;
    story.byline = displayLine(people, draft, page);
  } else {
    delete story.byline;
  }
  if (main) {
    if (page.modified !== undefined) story.modified = page.modified;
    if (page.siteName !== undefined) story.siteName = page.siteName;
    if (page.description !== undefined) story.description = page.description;
    if (page.image !== undefined) story.image = page.image;
    if (page.canonical !== undefined) story.canonicalUrl = page.canonical;
    if (page.tags !== undefined && page.tags.length > 0) story.tags = page.tags;
  }
  story.wordCount = words;
}

/**
 * The authors as one display line, as the page prints them where it does ("Jane Doe and John
 * Roe": the markup's printed list, or the byline line they came from), else joined with commas.
 */
function displayLine(people: readonly string[], draft: StoryDraft, page: PageMeta): string {
  if (people === page.authors && page.byline !== undefined) return page.byline;
  const line = draft.meta.byline;
  return (line === undefined ? undefined : printedList(line, people)) ?? people.join(', ');
}

/**
 * The markup's weighed authors (html/authors) first, then the story's own byline line (none on a
 * site's front page). On a page
 * whose markup was read, a byline line the markup did not confirm needs full names: one word
 * there ("By Clause", "Type") is a heading or a label as often as a handle.
 */
function authorList(draft: StoryDraft, page: PageMeta, frontPage: boolean): string[] {
  if (page.authors !== undefined && page.authors.length > 0) return page.authors;
  // A site's front page lists stories: a byline line on it is a listed story's; so is one on a
  // page whose markup shows many different bylines and none in the headline's header.
  if (frontPage || page.listedBylines === true) return [];
  // Names a label under a dump's headline gave (stories/finish), checked as the label reads them.
  if (draft.meta.authors !== undefined && draft.meta.authors.length > 0) return draft.meta.authors;
  // Every author element of the page shows one name (html/author-choice soleAuthorElement): a line
  // the markup does not mark ("A Site's Weblog" over a date in the banner) names no one else.
  if (page.soleByline !== undefined && draft.dump === undefined) return [page.soleByline];
  for (const byline of [draft.meta.byline, page.byline]) {
    if (byline === undefined || AGENCY.test(byline)) continue;
    const people = authorsOf(byline);
    if (people.length > 0 && (draft.dump !== undefined || people.every((n) => /\s/.test(n)))) return people;
    // "By The Harbour Times Staff": a byline line may sign with a team.
    const team = cleanName(byline);
    if (isTeamName(team)) return [team];
  }
  return [];
}

/**
 * A page's headline without the tail its template or writer hangs on after " | " or a spaced
 * hyphen ("Best Movers in 2025 | Top 19 Companies", "Guide to Yoga - Personally Tested"); the
 * head must keep a few words of its own. Dashes (– —) join a headline's own clauses, so stay.
 */
export function headlineOnly(title: string): string {
  const match = HEADLINE_TAIL.exec(title);
  if (match === null) return title;
  const head = title.slice(0, match.index).trim();
  // "GNW - Gaming News Weekly": a short head before a hyphen is an abbreviation or a brand.
  return letterRuns(head) >= (match[0].includes('|') ? 2 : 3) ? head : title;
}

/** Page types whose page is not a dated story: a date there is the page's or a listed item's. */
const UNDATED_TYPES: ReadonlySet<string> = new Set(['product', 'collection', 'listing', 'documentation', 'service']);
/** Page types that are no one's writing: a name there is a reviewer's, a contact's, the shop's or a listed item's author. */
const UNSIGNED_TYPES: ReadonlySet<string> = new Set(['product', 'collection', 'documentation', 'service', 'listing']);
/** A shop's page types: "by Name" beside an item's title there is the item's maker or its book's author. */
const SHOP_TYPES: ReadonlySet<string> = new Set(['product', 'collection']);

/** Header evidence the markup states holds on any page; evidence only the page shows holds except on a shop's page, where it is the item's. */
function holds(evidence: 'stated' | 'shown' | undefined, pageType: string): boolean {
  return evidence === 'stated' || (evidence === 'shown' && !SHOP_TYPES.has(pageType));
}

/**
 * The main story's fields as its page type (html/page-type) has them: an undated or unsigned
 * type reports no `published` or no authors (template date stamps, a listed item's date, a "last
 * updated"; reviewers', contacts' or listed items' authors); a thread's author is whoever opened
 * it, when no author metadata says otherwise. A page of a signed type that names no author
 * otherwise takes its first itemprop=author or post-author attribute too (a thread the page type
 * took for an article, a one-word byline the markup marks as the author's). A page whose headline
 * shows the story's date (html/metadata `shownStory`) keeps its date and authors whatever its type;
 * one whose header shows its author's name, which a byline or the metadata elsewhere confirms
 * (`signedHeader`; on a shop's page only the metadata), or whose author metadata names the site
 * itself (`siteSigned`), keeps its authors.
 */
export function pageTypeFields(story: Story, pageType: string, page: PageMeta): void {
  if (story.role !== 'main') return;
  // A story whose headline shows its date is one, whatever the page's type; on a shop's page
  // only where the markup states a date too ("Hardcover – March 3, 2018" beside an item's title is the item's).
  const shown = holds(page.shownStory, pageType);
  if (UNDATED_TYPES.has(pageType) && !shown) delete story.published;
  // A shop's item card repeats its maker's name in the header and in a byline of its own: only
  // author metadata stating the name signs a shop's page.
  const headerKeeps = holds(page.signedHeader, pageType);
  if (UNSIGNED_TYPES.has(pageType) && !shown && !headerKeeps && page.siteSigned !== true) {
    delete story.authors;
    delete story.byline;
  }
  const sole = soleAuthor(story, pageType, page);
  if (sole !== undefined) {
    story.authors = [sole];
    story.byline = sole;
  }
}

/**
 * The one name the story takes from the page's own signals: a thread's opener (on a forum, or
 * where nothing else names anyone on a signed type); on a forum, its first post's byline (the
 * thread's posters outvote its opener in html/author-choice chooseAuthors); else, where nothing
 * names anyone on a signed type, the one name all its author elements agree on (html/author-choice
 * soleAuthorElement), else the page's labelled byline (html/page-byline).
 */
function soleAuthor(story: Story, pageType: string, page: PageMeta): string | undefined {
  const unnamed = story.authors === undefined && !UNSIGNED_TYPES.has(pageType);
  if (page.opener !== undefined && (pageType === 'forum' || unnamed)) return page.opener;
  if (page.firstPoster !== undefined && pageType === 'forum') return page.firstPoster;
  return unnamed ? (page.soleByline ?? page.pageSigned) : undefined;
}
