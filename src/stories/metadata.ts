import { AGENCY } from '../lexicon/patterns.js';
import { letterRuns } from '../lexicon/features.js';
import { authorsOf } from '../lexicon/names.js';
import type { PageMeta, Story, StoryDraft } from '../types.js';

/**
 * The story's metadata fields beyond title, body and dates: authors (checked to be people's
 * names), the page-level fields the markup states (site name, description, image, canonical URL,
 * tags, modified), and the body's word count. Page-level fields go to the page's own story only.
 */
export function fillStoryMeta(story: Story, draft: StoryDraft, page: PageMeta): void {
  const main = draft.role === 'main';
  const people = authorList(draft, main ? page : {});
  if (people.length > 0) {
    story.authors = people;
    story.byline = people.join(', ');
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
  story.wordCount = letterRuns(story.body);
}

/** The markup's weighed authors (html/authors) first, then the story's own byline line. */
function authorList(draft: StoryDraft, page: PageMeta): string[] {
  if (page.authors !== undefined && page.authors.length > 0) return page.authors;
  for (const byline of [draft.meta.byline, page.byline]) {
    if (byline === undefined || AGENCY.test(byline)) continue;
    const people = authorsOf(byline);
    if (people.length > 0) return people;
  }
  return [];
}
