import type { CleanResult, Story } from '../types.js';

/** Output formats the CLI writes; the library returns objects and never formats. */
export type Format = 'text' | 'markdown' | 'json' | 'jsonl';

/** File extension for a format, used when `--out-dir` writes one file per input. */
export const FORMAT_EXT: Readonly<Record<Format, string>> = { text: '.txt', markdown: '.md', json: '.json', jsonl: '.jsonl' };

export interface FormatOptions {
  /**
   * Carry `removed` in json/jsonl output. Default: true, so `--format json` prints the whole
   * CleanResult; the CLI turns it off for JSONL streams unless `--removed` is given.
   */
  removed?: boolean;
}

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
export function formatResult(
  result: CleanResult,
  stories: readonly Story[],
  format: Format,
  extra: Record<string, unknown> = {},
  options: FormatOptions = {},
): string {
  switch (format) {
    case 'text':
      return stories.map(storyText).join('\n\n\n') + '\n';
    case 'markdown':
      return stories.map(storyMarkdown).join('\n\n---\n\n') + '\n';
    case 'json':
      return JSON.stringify(jsonRecord(result, stories, extra, options), null, 2) + '\n';
    case 'jsonl':
      return JSON.stringify(jsonRecord(result, stories, extra, options)) + '\n';
  }
}

function jsonRecord(
  result: CleanResult,
  stories: readonly Story[],
  extra: Record<string, unknown>,
  options: FormatOptions,
): Record<string, unknown> {
  const { removed, ...rest } = result;
  // `ok` tells a result from an error record (several inputs as one json array, a JSONL stream).
  const record: Record<string, unknown> = { ...extra, ok: true, stories };
  if (options.removed ?? true) record['removed'] = removed;
  return { ...record, ...rest, stories };
}

/** A document that could not be cleaned, as the one record a JSONL stream owes for it. */
export interface ErrorInfo {
  code: string;
  message: string;
}

/**
 * The error record a failed input gets in json and jsonl output, in its place among the results.
 * Text and markdown have none: the message goes to stderr instead.
 */
export function formatError(error: ErrorInfo, format: Format, extra: Record<string, unknown> = {}): string {
  const record = { ...extra, ok: false, error: { code: error.code, message: error.message } };
  if (format === 'jsonl') return JSON.stringify(record) + '\n';
  if (format === 'json') return JSON.stringify(record, null, 2) + '\n';
  return '';
}
