import type { Comment, ContentBlock, Inline, Story } from '../types.js';
import { commentParagraphs, commentSignature, COMMENTS_HEADING, contentOf, leftoverCaptions, printedTitle, type RenderOptions } from './render.js';

/**
 * A story as Markdown: CommonMark, with GFM tables. Text is escaped wherever it could change
 * what a reader parses ("1999. That…" is no list, "> 3.000 Bewertungen" no quote, "*" no
 * emphasis), so the Markdown parsed back has the story's structure and nothing else.
 */
export function renderMarkdown(story: Story, options: RenderOptions = {}): string {
  const parts: string[] = [];
  const title = printedTitle(story);
  if (title) parts.push(`# ${headingText(escapeText(title))}`);
  const meta = [story.byline && `By ${story.byline}`, story.source, story.published].filter(Boolean);
  if (meta.length) parts.push(`*${escapeText(meta.join(' · '))}*`);
  const body = blocksMd(contentOf(story), options);
  if (body !== '') parts.push(body);
  const captions = leftoverCaptions(story, options);
  if (captions.length) parts.push(captions.map((c) => `> ${escapeLine(escapeText(c))}`).join('\n>\n'));
  if (story.comments?.length) parts.push(commentsMd(story.comments));
  return parts.join('\n\n');
}

/** Comments under their own heading, after the story; a reply is quoted once per level. */
function commentsMd(comments: readonly Comment[]): string {
  const out = [`## ${COMMENTS_HEADING}`];
  for (const c of comments) {
    const sig = commentSignature(c);
    const paras = commentParagraphs(c).map((p) => escapeLine(escapeText(p)));
    const md = (sig === '' ? paras : [`**${escapeText(sig)}**`, ...paras]).join('\n\n');
    const prefix = '> '.repeat(Math.min(Math.max(0, Math.trunc(c.depth) || 0), MAX_REPLY_DEPTH));
    out.push(prefix === '' ? md : md.split('\n').map((l) => (l === '' ? prefix.trimEnd() : prefix + l)).join('\n'));
  }
  return out.join('\n\n');
}

/** Replies nested deeper are quoted at this depth. */
const MAX_REPLY_DEPTH = 6;

function blocksMd(blocks: readonly ContentBlock[], o: RenderOptions): string {
  const out: string[] = [];
  let prevList: { ordered: boolean; alt: boolean } | undefined;
  for (const b of blocks) {
    let alt = false;
    // Two lists in a row would read as one: the second uses the other marker.
    if (b.type === 'list') alt = prevList !== undefined && prevList.ordered === b.ordered && !prevList.alt;
    const md = blockMd(b, o, alt);
    if (md === '') continue;
    prevList = b.type === 'list' ? { ordered: b.ordered, alt } : undefined;
    out.push(md);
  }
  return out.join('\n\n');
}

function blockMd(b: ContentBlock, o: RenderOptions, alt: boolean): string {
  switch (b.type) {
    case 'heading': {
      const text = inlineMd(b.content, o, 'heading');
      return text === '' ? '' : `${'#'.repeat(b.level)} ${headingText(text)}`;
    }
    case 'paragraph':
      return paragraphMd(b.content, o);
    case 'list':
      return listMd(b, o, alt);
    case 'table':
      return o.tables === false ? '' : tableMd(b, o);
    case 'code':
      return codeMd(b.text, b.lang);
    case 'quote': {
      const inner = blocksMd(b.blocks, o);
      return inner === '' ? '' : inner.split('\n').map((l) => (l === '' ? '>' : `> ${l}`)).join('\n');
    }
    case 'figure': {
      if (o.images === false) return '';
      const image = `![${escapeText(b.alt ?? '')}](${destination(b.src)})`;
      const caption = b.caption ? paragraphMd(b.caption, o) : '';
      return caption === '' ? image : `${image}\n\n${caption}`;
    }
  }
}

function paragraphMd(runs: readonly Inline[], o: RenderOptions): string {
  const text = inlineMd(runs, o, 'block');
  return text
    .split('\n')
    .map(escapeLine)
    .join('\n');
}

function listMd(list: Extract<ContentBlock, { type: 'list' }>, o: RenderOptions, alt: boolean): string {
  const items = list.items.map((item) => itemMd(item.blocks, o)).filter((t) => t !== '');
  if (items.length === 0) return '';
  // Loose (blank lines between items) only where an item holds two blocks that need one between them.
  const loose = list.items.some((item) => item.blocks.some((b, i) => i > 0 && b.type !== 'list'));
  const start = list.start ?? 1;
  const lines = items.map((text, i) => {
    const marker = list.ordered ? `${start + i}${alt ? ')' : '.'} ` : alt ? '* ' : '- ';
    const pad = ' '.repeat(marker.length);
    return marker + text.split('\n').map((l, j) => (j === 0 || l === '' ? l : pad + l)).join('\n');
  });
  return lines.join(loose ? '\n\n' : '\n');
}

/** An item's blocks: a nested list follows its line directly, other blocks after a blank line. */
function itemMd(blocks: readonly ContentBlock[], o: RenderOptions): string {
  let out = '';
  blocks.forEach((b, i) => {
    const md = blocksMd([b], o);
    if (md === '') return;
    out += out === '' ? md : (b.type === 'list' && i > 0 ? '\n' : '\n\n') + md;
  });
  return out;
}

function tableMd(t: Extract<ContentBlock, { type: 'table' }>, o: RenderOptions): string {
  // GFM tables need a header row: a table without one shows its first row there.
  const head = t.head ?? t.rows[0];
  const rows = t.head ? t.rows : t.rows.slice(1);
  if (head === undefined || head.length === 0) return '';
  const row = (cells: readonly Inline[][]): string => `| ${cells.map((c) => inlineMd(c, o, 'cell')).join(' | ')} |`;
  return [row(head), `|${head.map(() => ' --- ').join('|')}|`, ...rows.map(row)].join('\n');
}

/** A fence longer than any run of backticks in the code, so no line of it can close the block. */
function codeMd(text: string, lang: string | undefined): string {
  let longest = 0;
  for (const m of text.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const fence = '`'.repeat(Math.max(3, longest + 1));
  const info = lang?.replace(/[^\w+#.-]/g, '') ?? '';
  return `${fence}${info}\n${text}\n${fence}`;
}

type Where = 'block' | 'heading' | 'cell';

function inlineMd(runs: readonly Inline[], o: RenderOptions, where: Where): string {
  let out = '';
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i] as Inline;
    switch (run.type) {
      case 'text':
        out += escapeText(run.text);
        break;
      case 'break':
        // A backslash before the line end is CommonMark's hard break; headings and cells have no lines.
        out += where === 'block' ? '\\\n' : ' ';
        break;
      case 'code':
        out += codeSpan(run.text);
        break;
      case 'emphasis':
      case 'strong':
        out += delimited(inlineMd(run.children, o, where), run.type === 'strong' ? '**' : '*', out.slice(-1), firstChar(runs[i + 1]));
        break;
      case 'link': {
        const inner = inlineMd(run.children, o, where);
        out += o.links === false || inner.trim() === '' ? inner : delimitedLink(inner, run.href);
        break;
      }
    }
  }
  return out;
}

/**
 * Spaces at the edges stay outside the delimiters ("* a*" would be no emphasis). Where
 * CommonMark would not read the delimiters as emphasis (punctuation inside next to a letter
 * outside: "**Us$**11"), the text goes without them rather than with stray asterisks.
 */
function delimited(inner: string, mark: string, before: string, after: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner) as RegExpExecArray;
  const [, lead = '', core = '', trail = ''] = m;
  // Nothing visible to emphasise (a zero-width joiner in <b>): no delimiters either.
  if (/^[\p{Cf}\p{Z}]*$/u.test(core)) return inner;
  const prev = lead === '' ? before : ' ';
  const next = trail === '' ? after : ' ';
  const opens = !isPunct(core[0]) || prev === '' || /\s/.test(prev) || isPunct(prev);
  const closes = !isPunct(core[core.length - 1]) || next === '' || /\s/.test(next) || isPunct(next);
  if (!opens || !closes) return inner;
  return `${lead}${mark}${core}${mark}${trail}`;
}

function isPunct(c: string | undefined): boolean {
  return c !== undefined && /[\p{P}\p{S}]/u.test(c);
}

/** The first character the run after will write (enough to tell a letter from a space or a mark). */
function firstChar(run: Inline | undefined): string {
  if (run === undefined) return '';
  if (run.type === 'text') return run.text[0] ?? '';
  if (run.type === 'break') return '\n';
  if (run.type === 'code') return '`';
  return run.type === 'link' ? '[' : '*';
}

function delimitedLink(inner: string, href: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner) as RegExpExecArray;
  return `${m[1]}[${m[2]}](${destination(href)})${m[3]}`;
}

/** A link destination that cannot end early or break out: spaces, brackets and quotes encoded. */
function destination(url: string): string {
  return url.replace(/[\s()<>\\"'`]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

function codeSpan(text: string): string {
  let longest = 0;
  for (const m of text.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const ticks = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || (text.startsWith(' ') && text.endsWith(' ')) ? ' ' : '';
  return `${ticks}${pad}${text}${pad}${ticks}`;
}

/**
 * Characters that mean something anywhere in a line: emphasis, code, links, raw HTML, entities,
 * table pipes, strikethrough. An underscore inside a word (snake_case) cannot open emphasis.
 */
export function escapeText(text: string): string {
  return text
    .replace(/[\\`*[\]<>|~]/g, '\\$&')
    .replace(/_/g, (_, i: number, s: string) => (isWordChar(s[i - 1]) && isWordChar(s[i + 1]) ? '_' : '\\_'))
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/**
 * What a line may not start with: a heading (#), quote (>), list marker (-, +, *, "1." "1)"),
 * setext underline or thematic break (=, -), or a tilde fence.
 */
function escapeLine(line: string): string {
  return line
    .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
    .replace(/^([>+=-])/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** A heading's text may not end in what would read as its closing sequence ("Notes #"). */
function headingText(text: string): string {
  return text.replace(/(^|\s)(#+)$/, '$1\\$2');
}
