import { normKey } from '../lexicon/features.js';
import { plainText } from '../stories/inline.js';
import type { Comment, ContentBlock, Story } from '../types.js';

/** What the Markdown and HTML renderers leave out, in the manner of trafilatura's options. */
export interface RenderOptions {
  /** write links (default true); false keeps their text */
  links?: boolean;
  /** write figures (default true); false leaves images out (their captions go with the captions) */
  images?: boolean;
  /** write tables (default true); false leaves them out */
  tables?: boolean;
}

/** The heading the comments section is written under, after the body. */
export const COMMENTS_HEADING = 'Comments';

/** A comment's signature line: "Jane Doe · 2024-05-02", or what of it the page states. */
export function commentSignature(c: Comment): string {
  return [c.author, c.published].filter((x) => x !== undefined && x !== '').join(' · ');
}

/** A comment's paragraphs (its text is paragraphs separated by blank lines). */
export function commentParagraphs(c: Comment): string[] {
  return c.text.split(/\n{2,}/).map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p !== '');
}

/**
 * The title to print above the body: none when the body opens with it already (a product page's
 * body opens with the product's name: stories/finish meta/product-name), so it reads once.
 */
export function printedTitle(story: Story): string | undefined {
  if (!story.title) return undefined;
  const { body, title } = story;
  return body.startsWith(title) && (body.length === title.length || body[title.length] === '\n') ? undefined : title;
}

/** The story's typed content; a story without one (made by hand, or by an older version) reads its body. */
export function contentOf(story: Story): readonly ContentBlock[] {
  if (Array.isArray(story.content)) return story.content;
  return story.body
    .split(/\n{2,}/)
    .filter((p) => p.trim() !== '')
    .map((p) => ({ type: 'paragraph', content: [{ type: 'text', text: p.replace(/\s+/g, ' ').trim() }] }));
}

/** Captions no figure of the content shows: they are written after the story, as before. */
export function leftoverCaptions(story: Story, options: RenderOptions): string[] {
  if (story.captions.length === 0) return [];
  const shown = new Set<string>();
  if (options.images !== false) collectCaptions(contentOf(story), shown);
  return story.captions.filter((c) => !shown.has(normKey(c)));
}

function collectCaptions(blocks: readonly ContentBlock[], into: Set<string>): void {
  for (const b of blocks) {
    if (b.type === 'figure' && b.caption) into.add(normKey(plainText(b.caption)));
    else if (b.type === 'quote') collectCaptions(b.blocks, into);
    else if (b.type === 'list') for (const item of b.items) collectCaptions(item.blocks, into);
  }
}
