import type { Comment, ContentBlock, Inline, Story } from '../types.js';
import { safeUrl } from '../stories/inline.js';
import { commentParagraphs, commentSignature, COMMENTS_HEADING, contentOf, leftoverCaptions, printedTitle, type RenderOptions } from './render.js';

/**
 * A story as a clean HTML fragment, written from its typed content rather than from the page's
 * markup: every text is escaped, the only elements are structural ones (headings, paragraphs,
 * lists, tables, code, quotes, figures, emphasis, links, line breaks) and the only attributes
 * are href, src, alt, start and a code block's language class, with URLs checked again against
 * a scheme allow-list. Nothing of the page's own attributes, scripts or styles can reach it.
 */
export function renderHtml(story: Story, options: RenderOptions = {}): string {
  const parts: string[] = ['<article>'];
  const meta = [story.byline && `By ${story.byline}`, story.source, story.published].filter(Boolean).join(' · ');
  const title = printedTitle(story);
  if (title || meta) {
    parts.push('<header>');
    if (title) parts.push(`<h1>${esc(title)}</h1>`);
    if (meta) parts.push(`<p>${esc(meta)}</p>`);
    parts.push('</header>');
  }
  for (const b of contentOf(story)) {
    const html = blockHtml(b, options);
    if (html !== '') parts.push(html);
  }
  for (const c of leftoverCaptions(story, options)) parts.push(`<aside><p>${esc(c)}</p></aside>`);
  if (story.comments?.length) parts.push(commentsHtml(story.comments));
  parts.push('</article>');
  return parts.join('\n');
}

/** Comments in their own section after the story, one <article> each; a reply sits in a blockquote per level. */
function commentsHtml(comments: readonly Comment[]): string {
  const out = ['<section>', `<h2>${COMMENTS_HEADING}</h2>`];
  for (const c of comments) {
    const sig = commentSignature(c);
    const inner = [...(sig === '' ? [] : [`<p><strong>${esc(sig)}</strong></p>`]), ...commentParagraphs(c).map((p) => `<p>${esc(p)}</p>`)].join('\n');
    const depth = Math.min(Math.max(0, Math.trunc(c.depth) || 0), MAX_REPLY_DEPTH);
    out.push(`${'<blockquote>'.repeat(depth)}<article>\n${inner}\n</article>${'</blockquote>'.repeat(depth)}`);
  }
  out.push('</section>');
  return out.join('\n');
}

const MAX_REPLY_DEPTH = 6;

function blockHtml(b: ContentBlock, o: RenderOptions): string {
  switch (b.type) {
    case 'heading': {
      const level = Math.min(6, Math.max(1, Math.trunc(b.level) || 2));
      return `<h${level}>${inlineHtml(b.content, o)}</h${level}>`;
    }
    case 'paragraph':
      return `<p>${inlineHtml(b.content, o)}</p>`;
    case 'list': {
      const items = b.items.map((item) => `<li>${itemHtml(item.blocks, o)}</li>`).join('\n');
      if (!b.ordered) return `<ul>\n${items}\n</ul>`;
      const start = b.start !== undefined && Number.isInteger(b.start) && b.start !== 1 ? ` start="${b.start}"` : '';
      return `<ol${start}>\n${items}\n</ol>`;
    }
    case 'table': {
      if (o.tables === false) return '';
      const row = (cells: readonly Inline[][], tag: string): string => `<tr>${cells.map((c) => `<${tag}>${inlineHtml(c, o)}</${tag}>`).join('')}</tr>`;
      const head = b.head ? `<thead>${row(b.head, 'th')}</thead>` : '';
      return `<table>${head}<tbody>\n${b.rows.map((r) => row(r, 'td')).join('\n')}\n</tbody></table>`;
    }
    case 'code': {
      const lang = b.lang?.replace(/[^\w+#.-]/g, '') ?? '';
      return `<pre><code${lang ? ` class="language-${esc(lang)}"` : ''}>${esc(b.text)}</code></pre>`;
    }
    case 'quote':
      return `<blockquote>\n${b.blocks.map((x) => blockHtml(x, o)).join('\n')}\n</blockquote>`;
    case 'figure': {
      const src = o.images === false ? undefined : safeUrl(b.src, undefined, true);
      if (src === undefined) return '';
      const img = `<img src="${esc(src)}" alt="${esc(b.alt ?? '')}">`;
      return b.caption ? `<figure>${img}<figcaption>${inlineHtml(b.caption, o)}</figcaption></figure>` : `<figure>${img}</figure>`;
    }
  }
}

/** An item of one paragraph (and lists under it) holds its text directly: <li>text<ul>…</ul></li>. */
function itemHtml(blocks: readonly ContentBlock[], o: RenderOptions): string {
  const tight = blocks.filter((b) => b.type !== 'list').length === 1 && blocks[0]?.type === 'paragraph';
  return blocks.map((x, i) => (tight && i === 0 && x.type === 'paragraph' ? inlineHtml(x.content, o) : blockHtml(x, o))).join('');
}

function inlineHtml(runs: readonly Inline[], o: RenderOptions): string {
  let out = '';
  for (const run of runs) {
    switch (run.type) {
      case 'text':
        out += esc(run.text);
        break;
      case 'break':
        out += '<br>';
        break;
      case 'code':
        out += `<code>${esc(run.text)}</code>`;
        break;
      case 'emphasis':
        out += `<em>${inlineHtml(run.children, o)}</em>`;
        break;
      case 'strong':
        out += `<strong>${inlineHtml(run.children, o)}</strong>`;
        break;
      case 'link': {
        const inner = inlineHtml(run.children, o);
        const href = o.links === false ? undefined : safeUrl(run.href, undefined, false);
        out += href === undefined ? inner : `<a href="${esc(href)}">${inner}</a>`;
        break;
      }
    }
  }
  return out;
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text and attribute values alike: every character that could end one or open markup. */
function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}
