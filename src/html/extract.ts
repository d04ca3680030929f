import * as cheerio from 'cheerio';
import type { RemovalLog } from '../rules/rule.js';
import type { Block, Extractor, PageMeta, ResolvedOptions, StoryDraft } from '../types.js';

/** What the HTML path hands to the shared stages. */
export interface HtmlExtraction {
  drafts: StoryDraft[];
  page: PageMeta;
  extractor: Extractor;
  warnings: string[];
}

const DROP = 'script,style,noscript,template,iframe,svg,form,nav,header,footer,aside';
const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,figcaption,td';

/**
 * First, minimal HTML path: drop obvious chrome, take text blocks in document order, and let the
 * shared quality stage bound the body. (The full extractor replaces this.)
 */
export async function extractHtml(html: string, _opts: ResolvedOptions, log: RemovalLog): Promise<HtmlExtraction> {
  const $ = cheerio.load(html);
  $(DROP).each((_, el) => {
    const text = $(el).text().trim();
    if (text) log.drop({ text, where: el.tagName }, 'html/chrome', `<${el.tagName}> element`);
  });
  $(DROP).remove();
  const blocks: Block[] = [];
  $(BLOCKS).each((_, el) => {
    if ($(el).find(BLOCKS).length > 0) return;
    const text = $(el).text().replace(/\s+/g, ' ').trim();
    if (!text) return;
    const tag = el.tagName.toLowerCase();
    const heading = /^h[1-6]$/.test(tag);
    const block: Block = {
      id: blocks.length,
      kind: heading ? 'heading' : tag === 'li' ? 'list-item' : tag === 'figcaption' ? 'caption' : 'paragraph',
      text,
      where: tag,
      linkDensity: linkDensity($, el, text.length),
      gapBefore: true,
    };
    if (heading) block.level = Number(tag[1]);
    if (tag === 'figcaption') block.hints = ['caption'];
    blocks.push(block);
  });
  const page: PageMeta = {};
  const title = $('meta[property="og:title"]').attr('content') ?? $('h1').first().text().trim();
  if (title) page.title = title;
  const lang = $('html').attr('lang')?.toLowerCase().split(/[-_]/)[0];
  if (lang) page.lang = lang;
  const draft: StoryDraft = { role: 'main', blocks, meta: title ? { title } : {}, captions: [], needsBounds: true };
  return { drafts: [draft], page, extractor: 'html', warnings: [] };
}

function linkDensity($: cheerio.CheerioAPI, el: Parameters<cheerio.CheerioAPI>[0], length: number): number {
  if (length === 0) return 0;
  const linked = $(el).find('a').text().replace(/\s+/g, ' ').trim().length;
  return Math.min(1, linked / length);
}
