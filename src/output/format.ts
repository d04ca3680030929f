import type { CleanResult, Story } from '../types.js';

/** Output formats the CLI writes; the library returns objects and never formats. */
export type Format = 'text' | 'markdown' | 'json' | 'jsonl';

export function storyText(story: Story): string {
  return story.title ? `${story.title}\n\n${story.body}` : story.body;
}

export function storyMarkdown(story: Story): string {
  const parts: string[] = [];
  if (story.title) parts.push(`# ${story.title}`);
  const meta = [story.byline && `By ${story.byline}`, story.source, story.published].filter(Boolean);
  if (meta.length) parts.push(`_${meta.join(' · ')}_`);
  if (story.body) parts.push(story.body);
  if (story.captions.length) parts.push(story.captions.map((c) => `> ${c}`).join('\n>\n'));
  return parts.join('\n\n');
}

/** One document's output in `format`; `stories` is already filtered to what the user asked for. */
export function formatResult(result: CleanResult, stories: readonly Story[], format: Format, extra: Record<string, unknown> = {}): string {
  switch (format) {
    case 'text':
      return stories.map(storyText).join('\n\n\n') + '\n';
    case 'markdown':
      return stories.map(storyMarkdown).join('\n\n---\n\n') + '\n';
    case 'json':
      return JSON.stringify({ ...extra, ...result, stories }, null, 2) + '\n';
    case 'jsonl':
      return JSON.stringify({ ...extra, ok: true, ...result, stories }) + '\n';
  }
}
