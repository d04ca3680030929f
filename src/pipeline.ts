import { decode, headOf, isBlankText } from './input/decode.js';
import { detectKind, KIND_PROBE_CHARS } from './input/detect.js';
import { holdTexts, releaseTexts } from './lexicon/memo.js';
import { resolveOptions } from './options.js';
import { RemovalLog } from './rules/rule.js';
import { finishStory } from './stories/finish.js';
import { pageTypeFields } from './stories/metadata.js';
import { ContentNotes } from './stories/inline.js';
import { noStoryReason } from './text/empty.js';
import { readText } from './text/read.js';
import { thinBodyWarning } from './text/thin.js';
import { DeclutterError, type Block, type CleanOptions, type CleanResult, type InputKind, type ResolvedOptions, type Story } from './types.js';

/**
 * The whole cascade on one page:
 *   bytes → string (input/decode) → HTML or text (input/detect)
 *   HTML (html/read): pre-parse limits, parse, prune, choose the main container, blocks per story
 *         (html/extract), falling back to Readability when our own result looks weak (html/cascade)
 *   text (text/read): lines → blocks (text/lines) → story boundaries (text/segment)
 *   every story (stories/finish): line rules and metadata lines (stories/line-rules) → body bounds
 *         and title (stories/bounds) → duplicate lines → dateline → Story
 */
export async function clean(input: string | Uint8Array, options?: CleanOptions): Promise<CleanResult> {
  holdTexts();
  try {
    return await cleanResolved(input, resolveOptions(options));
  } catch (err) {
    if (err instanceof DeclutterError) throw err;
    const message = err instanceof Error ? err.message : String(err);
    throw new DeclutterError('internal', `declutter failed on this document: ${message}`);
  } finally {
    releaseTexts();
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
  const detected = opts.kind === 'html' ? 'html' : detectKind(headOf(decoded, KIND_PROBE_CHARS));
  const kind: InputKind = opts.kind === 'auto' ? detected : opts.kind;
  if (isBlankText(decoded)) return empty(kind, 'empty input: nothing to clean');
  const log = new RemovalLog();
  const warnings: string[] = decoded.warning ? [decoded.warning] : [];
  // Said, not silent: markup cleaned as text keeps tags and script text as body lines.
  if (kind === 'text' && detected === 'html') warnings.push("kind is 'text' but the input looks like HTML: its markup is cleaned as plain text (use kind 'auto' or 'html')");
  // The HTML stage is loaded on demand: a text-only pipeline never loads the HTML parser.
  const read = kind === 'html' ? await (await import('./html/read.js')).readHtml(decoded, opts, log) : readText(decoded.text, opts, log);
  const { drafts, page, extractor } = read;
  warnings.push(...read.warnings);
  const notes = new ContentNotes();
  const pageType = 'pageType' in read && typeof read.pageType === 'string' ? read.pageType : undefined;
  const bodies = new Map<Story, readonly Block[]>();
  const stories = drafts.map((d) => finishStory(d, page, opts, log, notes, pageType, bodies)).filter((s) => s.body !== '' || s.title !== undefined);
  if (pageType !== undefined) {
    for (const s of stories) {
      s.pageType = pageType;
      pageTypeFields(s, pageType, page);
    }
  }
  warnings.push(...notes.messages());
  if (stories.length === 0) warnings.push(kind === 'text' ? noStoryReason(drafts) : 'no story found: every block was judged boilerplate');
  else if (kind === 'text') {
    let thin = thinBodyWarning(drafts, stories, bodies);
    // Read again without a comment thread's lines, only when they could be what made it thin.
    const apart = thin === undefined ? undefined : threadLines(log);
    if (apart !== undefined) thin = thinBodyWarning(drafts, stories, bodies, apart);
    if (thin !== undefined) warnings.push(thin);
  }
  const result: CleanResult = { stories, removed: log.items, warnings, kind, extractor: stories.length ? extractor : 'none' };
  if (pageType !== undefined) result.pageType = pageType;
  return result;
}

/** Where the lines are that story/comment-thread set apart, when it did (undefined otherwise: nothing to skip). */
function threadLines(log: RemovalLog): Set<string> | undefined {
  let out: Set<string> | undefined;
  for (const r of log.items) if (r.rule === 'story/comment-thread') (out ??= new Set()).add(r.where);
  return out;
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
