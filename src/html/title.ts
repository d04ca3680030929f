import type { AnyNode, Document, Element } from 'domhandler';
import { TITLE_SEPARATOR } from '../rules/patterns.js';
import type { PageMeta } from '../types.js';
import { collapse, isElement, textOf, walk } from './dom.js';

/**
 * What the page says about itself in its head, read in one walk: <title>, og:title, the
 * canonical link and <html lang>. (The richer page metadata — JSON-LD, dates, authors — comes
 * from html/metadata.ts when present; this is what the extractor itself needs to pick stories.)
 */
export interface HeadInfo {
  title?: string;
  ogTitle?: string;
  canonical?: string;
  lang?: string;
}

export function readHead(doc: Document): HeadInfo {
  const info: HeadInfo = {};
  walk(doc, (node) => {
    if (!isElement(node)) return node.type === 'root';
    switch (node.name) {
      case 'html': {
        const lang = node.attribs['lang'] ?? node.attribs['xml:lang'];
        if (lang) info.lang = lang.toLowerCase().split(/[-_]/)[0] ?? lang;
        return true;
      }
      case 'head':
        return true;
      case 'title':
        info.title ??= textOf(node);
        return false;
      case 'meta': {
        const prop = node.attribs['property'] ?? node.attribs['name'];
        if (prop === 'og:title' && node.attribs['content']) info.ogTitle ??= collapse(node.attribs['content']);
        return false;
      }
      case 'link':
        if ((node.attribs['rel'] ?? '').split(/\s+/).includes('canonical') && node.attribs['href']) info.canonical ??= node.attribs['href'];
        return false;
      default:
        // The head's tags are all we read here; <body> is the extractor's.
        return false;
    }
  });
  return info;
}

/** "Headline | Site" → "Headline": the longest part when a separator splits the title. */
export function stripSiteName(title: string): string {
  const parts = title.split(TITLE_SEPARATOR).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length < 2) return title;
  return parts.reduce((a, b) => (b.length > a.length ? b : a));
}

export function pageMetaFromHead(head: HeadInfo): PageMeta {
  const page: PageMeta = {};
  const title = head.ogTitle ?? (head.title ? stripSiteName(head.title) : undefined);
  if (title) page.title = title;
  if (head.lang) page.lang = head.lang;
  if (head.canonical) page.url = head.canonical;
  return page;
}

/** The h1 elements of the page that survived pruning, in document order. */
export function headlines(body: Element, pruned: ReadonlySet<AnyNode>): Element[] {
  const found: Element[] = [];
  walk(body, (node) => {
    if (!isElement(node) || pruned.has(node)) return false;
    if (node.name === 'h1') {
      found.push(node);
      return false;
    }
    return true;
  });
  return found;
}
