import { decode, headOf, isBlankText, type Decoded } from './input/decode.js';
import { detectKind, KIND_PROBE_CHARS } from './input/detect.js';
import { limitForParse, limitWarning } from './input/limits.js';
import { detectLangOf } from './metadata/lang.js';
import { bestDate, take, takeLines, type DateEvidence } from './metadata/takers.js';
import { findDateline } from './metadata/dateline.js';
import { resolveOptions } from './options.js';
import { forgetTexts, normKey, isProse } from './rules/features.js';
import { META_RULES } from './rules/metadata-lines.js';
import { isDisabled, RemovalLog } from './rules/rule.js';
import { splitTextStories } from './segment/split.js';
import { applyBounds, findBounds } from './text/story.js';
import { textToBlocks } from './text/lines.js';
import {
  DeclutterError,
  type Block,
  type CleanOptions,
  type CleanResult,
  type Extractor,
  type InputKind,
  type PageMeta,
  type ResolvedOptions,
  type Story,
  type StoryDraft,
} from './types.js';

/**
 * The whole cascade on one page:
 *   bytes → string (input/decode) → HTML or text (input/detect)
 *   HTML: parse, prune, choose the main container, blocks per story (html/extract), falling back
 *         to Readability when our own result looks weak
 *   text: lines → blocks (text/lines) → story boundaries (segment/)
 *   every story: line rules and metadata lines (metadata/takers) → body bounds and title
 *         (text/story) → duplicate lines → dateline → Story
 */
export async function clean(input: string | Uint8Array, options?: CleanOptions): Promise<CleanResult> {
  try {
    return await cleanResolved(input, resolveOptions(options));
  } catch (err) {
    if (err instanceof DeclutterError) throw err;
    const message = err instanceof Error ? err.message : String(err);
    throw new DeclutterError('internal', `declutter failed on this document: ${message}`);
  } finally {
    forgetTexts();
  }
}

async function cleanResolved(input: string | Uint8Array, opts: ResolvedOptions): Promise<CleanResult> {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw new DeclutterError('bad-input', 'input must be a string or a Uint8Array');
  }
  const size = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
  if (size > opts.maxBytes) {
    throw new DeclutterError('too-large', `input is ${size} bytes, over the limit of ${opts.maxBytes} (option maxBytes)`);
  }
  // Decoded bytes are well-formed already (every decoder writes U+FFFD for what it cannot read).
  const decoded = typeof input === 'string' ? decode(wellFormed(input)) : decode(input);
  const kind: InputKind = opts.kind === 'auto' ? detectKind(headOf(decoded, KIND_PROBE_CHARS)) : opts.kind;
  if (isBlankText(decoded)) return empty(kind, 'empty input: nothing to clean');
  const log = new RemovalLog();
  const warnings: string[] = decoded.warning ? [decoded.warning] : [];
  const { drafts, page, extractor } = kind === 'html' ? await fromHtml(decoded, opts, log, warnings) : fromText(decoded.text, opts, log);
  const stories = drafts.map((d) => finishStory(d, page, kind, opts, log)).filter((s) => s.body !== '' || s.title !== undefined);
  if (stories.length === 0) warnings.push('no story found: every block was judged boilerplate');
  return { stories, removed: log.items, warnings, kind, extractor: stories.length ? extractor : 'none' };
}

const SURROGATE = /[\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Lone surrogates (a string cut mid-character) become U+FFFD, so every output is valid Unicode. */
function wellFormed(text: string): string {
  return SURROGATE.test(text) ? text.replace(LONE_SURROGATE, '\uFFFD') : text;
}

function empty(kind: InputKind, warning: string): CleanResult {
  return { stories: [], removed: [], warnings: [warning], kind, extractor: 'none' };
}

async function fromHtml(
  decoded: Decoded,
  opts: ResolvedOptions,
  log: RemovalLog,
  warnings: string[],
): Promise<{ drafts: StoryDraft[]; page: PageMeta; extractor: Extractor }> {
  // Loaded on demand: a text-only pipeline never pays for the HTML parser.
  const { extractHtml } = await import('./html/extract.js');
  // Nesting and open formatting elements are capped before any parser sees the page (input/limits).
  // Valid UTF-8 bytes go in as bytes: the pre-pass decodes only the markup it keeps.
  const limited = limitForParse(decoded.utf8 ?? decoded.text);
  const limitNote = limitWarning(limited);
  if (limitNote !== undefined) warnings.push(limitNote);
  // A page nested past the limit is markup soup, not an article: jsdom (the Readability fallback)
  // would spend seconds on its flattened tree (100,000 <div>s at depth 256: 13 s).
  const htmlOpts = limited.flattened > 0 ? Object.freeze({ ...opts, fallback: false }) : opts;
  const result = await extractHtml(limited.html, htmlOpts, log);
  warnings.push(...result.warnings);
  return result;
}

function fromText(text: string, opts: ResolvedOptions, log: RemovalLog): { drafts: StoryDraft[]; page: PageMeta; extractor: Extractor } {
  const blocks = textToBlocks(text);
  const lang = opts.lang ?? detectLangOf(blocks)?.lang;
  const drafts = splitTextStories(blocks, opts, lang, log);
  return { drafts, page: lang ? { lang } : {}, extractor: 'text' };
}

/** The shared per-story stages; `kind` says whether the body still has to be bounded. */
function finishStory(draft: StoryDraft, page: PageMeta, kind: InputKind, opts: ResolvedOptions, log: RemovalLog): Story {
  // A text page was already read whole (fromText): where that found no language, a part won't.
  const lang = opts.lang ?? draft.meta.lang ?? page.lang ?? (kind === 'html' ? detectLangOf(draft.blocks)?.lang : undefined);
  const dates: DateEvidence[] = [];
  let blocks = takeLines(draft, { lang, title: draft.meta.title }, log, opts.disable, dates);
  let title = draft.meta.title;
  let body: Block[];
  if (kind === 'text' || draft.needsBounds) {
    blocks = takeHeaderSources(draft, blocks, log, opts.disable, dates);
    const bounded = applyBounds(blocks, findBounds(blocks, lang, opts.disable), log);
    title = bounded.title ?? title;
    body = bounded.body;
  } else {
    body = dropEchoes(blocks, title, log);
  }
  body = dropDuplicates(body, log, opts.disable);
  const dateline = isDisabled('meta/dateline', opts.disable) ? undefined : findDateline(body[0]?.text);
  const story: Story = { role: draft.role, body: body.map((b) => b.text).join('\n\n'), captions: draft.captions };
  if (title !== undefined) story.title = title;
  // Markup states dates precisely (JSON-LD, <time datetime>, with their zone); a text line is evidence.
  const stated = draft.meta.published ?? (draft.role === 'main' ? page.published : undefined);
  const published = kind === 'html' ? (stated ?? bestDate(dates)) : (bestDate(dates) ?? stated);
  if (published !== undefined) story.published = published;
  const source = draft.meta.source ?? (draft.role === 'main' ? page.source : undefined);
  if (source !== undefined) story.source = source;
  const byline = draft.meta.byline ?? (draft.role === 'main' ? page.byline : undefined);
  if (byline !== undefined) story.byline = byline;
  if (dateline !== undefined) story.dateline = dateline;
  if (lang !== undefined) story.lang = lang;
  return story;
}

const SOURCE_RULE = META_RULES.find((r) => r.id === 'meta/source');

/** Source lines ("Reuters |") are only taken above the first line of prose: the story header. */
function takeHeaderSources(draft: StoryDraft, blocks: Block[], log: RemovalLog, disable: readonly string[], dates: DateEvidence[]): Block[] {
  if (!SOURCE_RULE || isDisabled(SOURCE_RULE.id, disable)) return blocks;
  const firstProse = blocks.findIndex((b) => isProse(b.text));
  const end = firstProse < 0 ? blocks.length : firstProse;
  return blocks.filter((b, index) => {
    if (index >= end) return true;
    const reason = SOURCE_RULE.test(b, { blocks, index, lang: undefined, title: undefined });
    if (reason === null) return true;
    take(draft, SOURCE_RULE, b, dates);
    log.drop(b, SOURCE_RULE.id, reason);
    return false;
  });
}

function dropEchoes(blocks: readonly Block[], title: string | undefined, log: RemovalLog): Block[] {
  if (title === undefined) return [...blocks];
  const key = normKey(title);
  return blocks.filter((b) => {
    if (normKey(b.text) !== key) return true;
    log.drop(b, 'meta/headline-echo', 'repeats the title');
    return false;
  });
}

/** Within-page duplicates: a block whose normalised text was already kept goes. */
function dropDuplicates(blocks: readonly Block[], log: RemovalLog, disable: readonly string[]): Block[] {
  if (isDisabled('story/duplicate-block', disable)) return [...blocks];
  const seen = new Set<string>();
  return blocks.filter((b) => {
    const key = normKey(b.text);
    if (key === '' || !seen.has(key)) {
      seen.add(key);
      return true;
    }
    log.drop(b, 'story/duplicate-block', `repeats an earlier block (${b.text.length} characters)`);
    return false;
  });
}
