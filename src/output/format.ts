import type { CleanResult, Story } from '../types.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { commentParagraphs, commentSignature, COMMENTS_HEADING, printedTitle, type RenderOptions } from './render.js';

/** Output formats the CLI writes; the library returns objects and never formats. */
export type Format = 'text' | 'markdown' | 'html' | 'json' | 'jsonl';

/** File extension for a format, used when `--out-dir` writes one file per input. */
export const FORMAT_EXT: Readonly<Record<Format, string>> = { text: '.txt', markdown: '.md', html: '.html', json: '.json', jsonl: '.jsonl' };

export interface FormatOptions extends RenderOptions {
  /**
   * Carry `removed` in json/jsonl output. Default: true, so `--format json` prints the whole
   * CleanResult; the CLI turns it off for JSONL streams unless `--removed` is given.
   */
  removed?: boolean;
}

/** The title and body as plain text (what the accuracy benches score). */
export function storyText(story: Story): string {
  const title = printedTitle(story);
  return title ? `${title}\n\n${story.body}` : story.body;
}

/** The story as plain text: title, body, then the comments under their heading (a reply indented per level). */
export function renderText(story: Story): string {
  const text = storyText(story);
  if (!story.comments?.length) return text;
  const parts = [COMMENTS_HEADING];
  for (const c of story.comments) {
    const sig = commentSignature(c);
    const indent = '  '.repeat(Math.min(Math.max(0, Math.trunc(c.depth) || 0), MAX_TEXT_INDENT));
    parts.push([...(sig === '' ? [] : [sig]), ...commentParagraphs(c)].map((l) => indent + l).join('\n'));
  }
  return `${text}\n\n${parts.join('\n\n')}`;
}

const MAX_TEXT_INDENT = 6;

/** The story as Markdown (output/markdown); kept under this name for library users. */
export function storyMarkdown(story: Story, options: RenderOptions = {}): string {
  return renderMarkdown(story, options);
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
      return stories.map(renderText).join('\n\n\n') + '\n';
    case 'markdown':
      return stories.map((s) => renderMarkdown(s, options)).join('\n\n---\n\n') + '\n';
    case 'html':
      return stories.map((s) => renderHtml(s, options)).join('\n') + '\n';
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
