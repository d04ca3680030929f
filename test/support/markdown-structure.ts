import MarkdownIt from 'markdown-it';
import type { ContentBlock, Inline, Story } from '../../src/index.js';

/**
 * The structure a reader sees in Markdown, read by a real CommonMark parser (markdown-it, with
 * its GFM tables), and the same structure read from declutter's typed content, so the two can
 * be compared: headings with their level, list items, table cells, code blocks byte for byte.
 */
export interface Structure {
  /** "2 Section title" */
  headings: string[];
  /** the first paragraph of each list item */
  items: string[];
  /** each row's cells joined by " ¦ " */
  rows: string[];
  code: string[];
}

const md = new MarkdownIt('commonmark').enable('table');

type Token = ReturnType<typeof md.parse>[number];

export function markdownStructure(markdown: string): Structure {
  const tokens = md.parse(markdown, {});
  const out: Structure = { headings: [], items: [], rows: [], code: [] };
  let row: string[] | null = null;
  let itemOpen = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    switch (t.type) {
      case 'heading_open':
        if (inlineText(tokens[i + 1]) !== '') out.headings.push(`${t.tag.slice(1)} ${inlineText(tokens[i + 1])}`);
        break;
      case 'list_item_open':
        itemOpen = true;
        break;
      case 'inline':
        if (itemOpen && tokens[i - 1]?.type === 'paragraph_open' && inlineText(t) !== '') out.items.push(inlineText(t));
        itemOpen = false;
        if (row !== null && (tokens[i - 1]?.type === 'th_open' || tokens[i - 1]?.type === 'td_open')) row.push(inlineText(t));
        break;
      case 'tr_open':
        row = [];
        break;
      case 'tr_close':
        if (row) out.rows.push(row.join(' ¦ '));
        row = null;
        break;
      case 'fence':
      case 'code_block':
        out.code.push(t.content.replace(/\n$/, ''));
        break;
      default:
        if (t.type.endsWith('_open') && t.type !== 'paragraph_open') itemOpen = false;
    }
  }
  return out;
}

function inlineText(t: Token | undefined): string {
  let s = '';
  for (const c of t?.children ?? []) {
    if (c.type === 'text' || c.type === 'code_inline') s += c.content;
    else if (c.type === 'softbreak' || c.type === 'hardbreak') s += ' ';
  }
  return squash(s);
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The same structure from typed content, as the renderer meant it. */
export function contentStructure(blocks: readonly ContentBlock[], out: Structure = { headings: [], items: [], rows: [], code: [] }): Structure {
  for (const b of blocks) {
    switch (b.type) {
      case 'heading':
        if (plain(b.content) !== '') out.headings.push(`${b.level} ${plain(b.content)}`);
        break;
      case 'list':
        for (const item of b.items) {
          const first = item.blocks[0];
          if (first?.type === 'paragraph' && plain(first.content) !== '') out.items.push(plain(first.content));
          contentStructure(first?.type === 'paragraph' ? item.blocks.slice(1) : item.blocks, out);
        }
        break;
      case 'table': {
        const head = b.head ?? b.rows[0];
        const rows = b.head ? b.rows : b.rows.slice(1);
        if (head === undefined || head.length === 0) break;
        for (const r of [head, ...rows]) out.rows.push(r.map(plain).join(' ¦ '));
        break;
      }
      case 'code':
        out.code.push(b.text);
        break;
      case 'quote':
        contentStructure(b.blocks, out);
        break;
      default:
    }
  }
  return out;
}

function plain(runs: readonly Inline[]): string {
  return squash(joined(runs));
}

function joined(runs: readonly Inline[]): string {
  let s = '';
  for (const r of runs) {
    if (r.type === 'text' || r.type === 'code') s += r.text;
    else if (r.type === 'break') s += ' ';
    else s += joined(r.children);
  }
  return s;
}

/** The first difference between two structures, or null. */
export function structureDiff(want: Structure, got: Structure): string | null {
  for (const key of ['headings', 'items', 'rows', 'code'] as const) {
    const a = want[key];
    const b = got[key];
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) {
      if (a[i] !== b[i]) return `${key}[${i}]: content ${JSON.stringify(a[i]?.slice(0, 160))} vs Markdown ${JSON.stringify(b[i]?.slice(0, 160))}`;
    }
  }
  return null;
}

/** The story's body alone as Markdown (no title, metadata line or captions after it). */
export function bodyOnly(story: Story): Story {
  return { role: story.role, body: story.body, captions: [], content: story.content };
}
