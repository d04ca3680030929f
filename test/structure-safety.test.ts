import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { parseDocument } from 'htmlparser2';
import type { AnyNode, Element } from 'domhandler';
import MarkdownIt from 'markdown-it';
import { clean, renderHtml, renderMarkdown, type Story } from '../src/index.js';
import { SAMPLES } from './support/golden.js';
import { bodyOnly, contentStructure, markdownStructure, structureDiff } from './support/markdown-structure.js';

/** The HTML and Markdown renderings are safe on hostile pages, and structure survives a round trip. */

const PROSE = 'The council said the harbour ferry would run every evening from May, with two extra crossings on Fridays and a later last boat during the summer.';

const XSS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">one</a>',
  '<a href="JaVaScRiPt:alert(1)">two</a>',
  '<a href="  javascript:alert(1)">three</a>',
  '<a href="java&#x09;script:alert(1)">four</a>',
  '<a href="&#106;avascript:alert(1)">five</a>',
  '<a href="vbscript:msgbox(1)">six</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">seven</a>',
  '<img src="javascript:alert(1)" alt="eight">',
  '<img src="data:image/svg+xml,&lt;svg onload=alert(1)&gt;" alt="nine">',
  '<svg onload=alert(1)><circle r="1"/></svg>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<span onclick="alert(1)" style="background:url(javascript:alert(1))">styled text</span>',
  '<a href="https://ok.example/" onmouseover="alert(1)">ten</a>',
  '"&gt;&lt;script&gt;alert(1)&lt;/script&gt;',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<object data="javascript:alert(1)"></object>',
  '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">x</button></form>',
  '<a href="https://ok.example/a?x=&quot;onmouseover=alert(1)">eleven</a>',
  '<code>&lt;img src=x onerror=alert(1)&gt;</code>',
  '<em onmouseover="alert(1)">twelve</em>',
  '<a href="https://ok.example/"><img src="https://ok.example/i.png" alt="&quot; onerror=&quot;alert(1)"></a>',
  '<img src="https://track.example/p.gif" width="1" height="1">',
  '<a href="\u0001javascript:alert(1)">thirteen</a>',
  '<a href="/relative?q=<script>">fourteen</a>',
];

const ALLOWED_TAGS = new Set(['article', 'header', 'aside', 'section', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'pre', 'code', 'blockquote', 'figure', 'figcaption', 'img', 'em', 'strong', 'a', 'br']);
const ALLOWED_ATTRIBUTES: Readonly<Record<string, ReadonlySet<string>>> = { a: new Set(['href']), img: new Set(['src', 'alt']), ol: new Set(['start']), code: new Set(['class']) };
const SAFE_URL = /^(?:https?:|mailto:|tel:|ftp:|[^:]*$|[^:]*[/?#])/i;

function hostilePage(payload: string): string {
  return `<html><body><article><h1>Ferry times</h1><p>${PROSE}</p><p>Before ${payload} after, ${PROSE.toLowerCase()}</p><ul><li>${payload} in a list item that is long enough to stay</li></ul><p>${PROSE.replace('council', 'operator')}</p></article></body></html>`;
}

function checkHtml(html: string, payload: string): void {
  const walk = (n: AnyNode): void => {
    if (n.type === 'tag' || n.type === 'script' || n.type === 'style') {
      const el = n as Element;
      assert.ok(ALLOWED_TAGS.has(el.name), `<${el.name}> from ${payload}`);
      for (const [name, value] of Object.entries(el.attribs)) {
        assert.ok(ALLOWED_ATTRIBUTES[el.name]?.has(name), `${el.name}[${name}] from ${payload}`);
        if (name === 'href' || name === 'src') {
          assert.match(value, SAFE_URL, `${name}=${value} from ${payload}`);
          assert.doesNotMatch(value, /javascript|vbscript|^data:|p\.gif/i, `${name}=${value} from ${payload}`);
        }
        if (name === 'class') assert.match(value, /^language-[\w+#.-]+$/);
      }
    }
    if ('children' in n) for (const c of n.children) walk(c);
  };
  walk(parseDocument(html));
}

const md = new MarkdownIt('commonmark').enable('table');

function checkMarkdown(text: string, payload: string): void {
  const visit = (tokens: ReturnType<typeof md.parse>): void => {
    for (const t of tokens) {
      assert.ok(t.type !== 'html_inline' && t.type !== 'html_block', `raw HTML in Markdown from ${payload}: ${t.content}`);
      for (const name of ['href', 'src']) {
        const v = t.attrGet(name);
        if (v !== null) assert.doesNotMatch(v, /javascript|vbscript|^data:|p\.gif/i, `${name}=${v} from ${payload}`);
      }
      if (t.children) visit(t.children);
    }
  };
  visit(md.parse(text, {}));
}

test('XSS payloads embedded in pages: the HTML output holds only allow-listed tags, attributes and URLs; the Markdown no raw HTML or unsafe link', async () => {
  let unsafeWarned = 0;
  for (const payload of XSS) {
    for (const url of [undefined, 'https://ferry.example/news/times']) {
      const r = await clean(hostilePage(payload), url === undefined ? { fallback: false } : { url, fallback: false });
      const story = r.stories[0] as Story;
      assert.ok(story, payload);
      checkHtml(renderHtml(story), payload);
      checkMarkdown(renderMarkdown(story), payload);
      if (r.warnings.some((w) => /unsafe URL/.test(w))) unsafeWarned++;
    }
  }
  assert.ok(unsafeWarned >= 10, `unsafe URLs are reported (${unsafeWarned})`);
});

test('hand-made content with hostile values renders safely too', () => {
  const story: Story = {
    role: 'main',
    title: '<script>alert(1)</script>',
    body: 'x',
    captions: ['</aside><script>'],
    content: [
      { type: 'paragraph', content: [{ type: 'link', href: 'javascript:alert(1)', children: [{ type: 'text', text: 'x' }] }] },
      { type: 'figure', src: 'data:text/html,<script>', alt: '"><script>' },
      { type: 'figure', src: 'https://ok.example/i.png', alt: '" onerror="alert(1)' },
      { type: 'code', lang: '"><script>', text: '</code><script>alert(1)</script>' },
      { type: 'heading', level: 99, content: [{ type: 'text', text: 'h' }] },
      { type: 'list', ordered: true, start: 2, items: [{ blocks: [{ type: 'paragraph', content: [{ type: 'text', text: '<b>' }] }] }] },
    ],
  };
  const html = renderHtml(story);
  checkHtml(html, 'hand-made');
  assert.match(html, /<h6>h<\/h6>/);
  checkMarkdown(renderMarkdown(story), 'hand-made');
});

test('bad input renders safely: deep nesting, tables in tables, a 1 MB code block, images without src, relative URLs without a page URL', async () => {
  const deep = '<ul><li>level item text here'.repeat(300) + '</li></ul>'.repeat(300);
  const nested = '<table><tr><td><table><tr><td>inner a</td><td>inner b</td></tr><tr><td>inner c</td><td>inner d</td></tr></table></td><td><p>outer cell paragraph</p></td></tr></table>';
  const code = `<pre><code>${'x = 1 # a line of code\n'.repeat(46_000)}</code></pre>`;
  const images = '<figure><img alt="no source"><figcaption>A picture without a source file.</figcaption></figure><p>The operator has put the new timetable for the summer season on <a href="/local/page">its own page</a>, with the fares and the times of the last boats each night.</p><img src="/img/pic.jpg" alt="relative">';
  for (const [name, inner] of [['deep', deep], ['nested', nested], ['code', code], ['images', images]] as const) {
    const r = await clean(`<html><body><article><h1>Ferry</h1><p>${PROSE}</p>${inner}<p>${PROSE.replace('council', 'mayor')}</p></article></body></html>`, { fallback: false });
    const story = r.stories[0] as Story;
    assert.ok(story, name);
    const html = renderHtml(story);
    checkHtml(html, name);
    const markdown = renderMarkdown(story);
    assert.equal(structureDiff(contentStructure(story.content), markdownStructure(renderMarkdown(bodyOnly(story)))), null, name);
    if (name === 'code') {
      assert.ok(r.warnings.some((w) => /code block\(s\) longer than/.test(w)), r.warnings.join('; '));
      assert.ok(markdown.length < 300_000);
    }
    if (name === 'nested') {
      // The outer table holds a paragraph: layout, flattened; the inner one stays a table.
      assert.match(markdown, /\| inner a \| inner b \|\n\| --- \| --- \|\n\| inner c \| inner d \|/);
      assert.match(markdown, /^outer cell paragraph$/m);
    }
    if (name === 'images') {
      assert.ok(r.warnings.some((w) => /without a source/.test(w)), r.warnings.join('; '));
      assert.match(markdown, /\]\(\/local\/page\)/);
      assert.match(markdown, /!\[relative\]\(\/img\/pic\.jpg\)/);
    }
  }
});

test('round trip on every sample: Markdown parsed back has the same headings, list items, table cells and code', async () => {
  for (const dir of readdirSync(SAMPLES).sort()) {
    const input = readdirSync(path.join(SAMPLES, dir)).find((f) => f.startsWith('input.'));
    if (!input) continue;
    const r = await clean(readFileSync(path.join(SAMPLES, dir, input)));
    for (const story of r.stories) {
      assert.equal(structureDiff(contentStructure(story.content), markdownStructure(renderMarkdown(bodyOnly(story)))), null, dir);
    }
  }
});

const WCXB = path.resolve(import.meta.dirname, '../../../shared/bench-data/wcxb-dev');
const DEV_PAGES = 200;

test(`round trip on ${DEV_PAGES} WCXB dev pages`, { skip: existsSync(path.join(WCXB, 'html')) ? false : `no dev pages at ${WCXB}` }, async () => {
  const files = readdirSync(path.join(WCXB, 'html')).filter((f) => f.endsWith('.html.gz')).sort().slice(0, DEV_PAGES);
  let structured = 0;
  for (const f of files) {
    const truth = JSON.parse(readFileSync(path.join(WCXB, 'ground-truth', f.replace('.html.gz', '.json')), 'utf8')) as { url?: string };
    const r = await clean(gunzipSync(readFileSync(path.join(WCXB, 'html', f))), truth.url ? { url: truth.url, fallback: false } : { fallback: false });
    for (const story of r.stories) {
      const want = contentStructure(story.content);
      structured += want.headings.length + want.items.length + want.rows.length + want.code.length;
      assert.equal(structureDiff(want, markdownStructure(renderMarkdown(bodyOnly(story)))), null, f);
    }
  }
  // The pages do carry structure: the comparison is not over empty lists.
  assert.ok(structured > 1000, `${structured} structural elements`);
});
