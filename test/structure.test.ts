import assert from 'node:assert/strict';
import { test } from 'node:test';
import MarkdownIt from 'markdown-it';
import { clean, renderHtml, renderMarkdown, type ContentBlock, type Story } from '../src/index.js';
import { bodyOnly, contentStructure, markdownStructure, structureDiff } from './support/markdown-structure.js';

/** Typed content of HTML pages, its Markdown and HTML renderings, and what they escape. */

const PROSE = 'The ferry company said the new timetable would run from the first of May, with two extra crossings each evening during the summer season.';

function page(inner: string, head = ''): string {
  return `<html><head><title>Harbour ferry</title>${head}</head><body><article><h1>Harbour ferry</h1><p>${PROSE}</p>${inner}<p>${PROSE.replace('ferry', 'harbour')}</p></article></body></html>`;
}

async function mainStory(html: string, url?: string): Promise<{ story: Story; warnings: string[] }> {
  const r = await clean(html, url === undefined ? { fallback: false } : { url, fallback: false });
  const story = r.stories[0];
  assert.ok(story, 'a story');
  return { story, warnings: r.warnings };
}

function find<T extends ContentBlock['type']>(blocks: readonly ContentBlock[], type: T): Extract<ContentBlock, { type: T }>[] {
  const out: ContentBlock[] = [];
  const visit = (bs: readonly ContentBlock[]): void => {
    for (const b of bs) {
      if (b.type === type) out.push(b);
      if (b.type === 'list') for (const i of b.items) visit(i.blocks);
      if (b.type === 'quote') visit(b.blocks);
    }
  };
  visit(blocks);
  return out as Extract<ContentBlock, { type: T }>[];
}

test('headings keep their level; lists their order, start and nesting', async () => {
  const { story } = await mainStory(
    page('<h2>Crossings</h2><h3>Evening</h3><ol start="4"><li>Four</li><li>Five<ul><li>inner a</li><li>inner b</li></ul></li></ol>'),
  );
  const headings = find(story.content, 'heading').map((h) => [h.level, h.content]);
  assert.deepEqual(headings, [
    [2, [{ type: 'text', text: 'Crossings' }]],
    [3, [{ type: 'text', text: 'Evening' }]],
  ]);
  const [outer, inner] = find(story.content, 'list');
  assert.equal(outer?.ordered, true);
  assert.equal(outer?.start, 4);
  assert.equal(outer?.items.length, 2);
  assert.equal(inner?.ordered, false);
  assert.equal(inner?.items.length, 2);
  const md = renderMarkdown(story);
  assert.match(md, /^4\. Four\n5\. Five\n {3}- inner a\n {3}- inner b$/m);
  assert.match(story.body, /Four\nFive\n\ninner a\ninner b/);
});

test('a table keeps its header row and cells (empty ones too); code its exact text and language', async () => {
  const code = 'def push(panel, values):\n    # one line\n\tfor name, value in values:\n        print(name, "|", value)';
  const { story } = await mainStory(
    page(`<table><thead><tr><th>Setting</th><th>Default</th></tr></thead><tbody><tr><td>speed | max</td><td></td></tr><tr><td>x</td><td>y</td></tr></tbody></table><pre><code class="language-python">\n${code.replace(/</g, '&lt;')}\n\n</code></pre>`),
  );
  const [table] = find(story.content, 'table');
  assert.deepEqual(table?.head, [[{ type: 'text', text: 'Setting' }], [{ type: 'text', text: 'Default' }]]);
  assert.deepEqual(table?.rows, [[[{ type: 'text', text: 'speed | max' }], []], [[{ type: 'text', text: 'x' }], [{ type: 'text', text: 'y' }]]]);
  const [block] = find(story.content, 'code');
  assert.equal(block?.text, code);
  assert.equal(block?.lang, 'python');
  const back = markdownStructure(renderMarkdown(bodyOnly(story)));
  assert.deepEqual(back.rows, ['Setting ¦ Default', 'speed | max ¦ ', 'x ¦ y']);
  assert.deepEqual(back.code, [code]);
});

test('inline runs: emphasis, strong, code, links resolved against <base> or the page URL, line breaks', async () => {
  const inner = '<p>Tickets <em>must</em> be <strong>bought <a href="tickets.html">online</a></strong>, code <code>a*b</code><br>Quay 4<br>Old Town</p>';
  const withBase = await mainStory(page(inner, '<base href="https://ferry.example/help/">'), 'https://other.example/x/y');
  const md = renderMarkdown(withBase.story);
  assert.match(md, /Tickets \*must\* be \*\*bought \[online\]\(https:\/\/ferry\.example\/help\/tickets\.html\)\*\*, code `a\*b`\\\nQuay 4\\\nOld Town/);
  const withUrl = await mainStory(page(inner), 'https://ferry.example/news/a');
  assert.match(renderMarkdown(withUrl.story), /\(https:\/\/ferry\.example\/news\/tickets\.html\)/);
  // No page URL: the link stays relative rather than being guessed.
  const bare = await mainStory(page(inner));
  assert.match(renderMarkdown(bare.story), /\[online\]\(tickets\.html\)/);
  assert.match(renderHtml(bare.story), /<p>Tickets <em>must<\/em> be <strong>bought <a href="tickets\.html">online<\/a><\/strong>, code <code>a\*b<\/code><br>Quay 4<br>Old Town<\/p>/);
  assert.match(bare.story.body, /code a\*b Quay 4 Old Town/);
});

test('quotes and figures (image, alt text, caption) have their own blocks', async () => {
  const { story } = await mainStory(
    page('<blockquote><p>We will run until midnight.</p></blockquote><figure><img src="/img/ferry.jpg" alt="The ferry at the quay"><figcaption>The new ferry at the quay on Monday.</figcaption></figure>'),
    'https://ferry.example/news/a',
  );
  const [quote] = find(story.content, 'quote');
  assert.deepEqual(quote?.blocks, [{ type: 'paragraph', content: [{ type: 'text', text: 'We will run until midnight.' }] }]);
  const [figure] = find(story.content, 'figure');
  assert.equal(figure?.src, 'https://ferry.example/img/ferry.jpg');
  assert.equal(figure?.alt, 'The ferry at the quay');
  assert.deepEqual(figure?.caption, [{ type: 'text', text: 'The new ferry at the quay on Monday.' }]);
  const md = renderMarkdown(story);
  assert.match(md, /> We will run until midnight\./);
  assert.match(md, /!\[The ferry at the quay\]\(https:\/\/ferry\.example\/img\/ferry\.jpg\)\n\nThe new ferry at the quay on Monday\./);
});

test('Markdown escapes what would change the meaning, and a parser reads the text back unchanged', async () => {
  const lines = ['1999. That was the last year the old ferry ran.', '> 3.000 Bewertungen', '# not a heading', '- not an item', '+ not one either', '*not emphasis*', '[not](a link)', '<b>not html</b>', 'a_b snake_case and _under_', '=====', '`tick`', 'x &amp; y', '2) neither is this', 'a | pipe'];
  const { story } = await mainStory(page(lines.map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>`).join('')));
  const md = renderMarkdown(bodyOnly(story));
  const tokens = new MarkdownIt('commonmark').enable('table').parse(md, {});
  const types = new Set(tokens.map((t) => t.type));
  for (const t of ['ordered_list_open', 'bullet_list_open', 'blockquote_open', 'heading_open', 'em_open', 'link_open', 'html_inline', 'html_block', 'code_inline', 'hr', 'table_open']) {
    assert.ok(!types.has(t), `${t} in ${md}`);
  }
  const texts = tokens.filter((t) => t.type === 'inline').map((t) => (t.children ?? []).map((c) => c.content).join(''));
  // (Lines the story stages drop as furniture are not the point here; most are kept.)
  const kept = lines.filter((l) => story.body.includes(l));
  assert.ok(kept.length >= lines.length - 2, `kept: ${kept.join(' / ')}`);
  for (const l of kept) assert.ok(texts.includes(l), `${l} read back from ${md}`);
});

test('round trip: Markdown parsed back has the content\'s headings, items, cells and code', async () => {
  const { story } = await mainStory(
    page('<h2>A *starred* heading #</h2><ul><li><em>one</em> item</li><li>two <code>``x``</code><ol><li>deep</li></ol></li></ul><table><tr><td>a</td><td>b|c</td></tr><tr><td>d</td></tr></table><pre>```\nfence inside\n```</pre><ul><li>second list</li></ul>'),
  );
  const diff = structureDiff(contentStructure(story.content), markdownStructure(renderMarkdown(bodyOnly(story))));
  assert.equal(diff, null);
  assert.equal(markdownStructure(renderMarkdown(bodyOnly(story))).items.length, 4);
});

test('options leave out links (text stays), images and tables', async () => {
  const { story } = await mainStory(
    page('<p>The harbour office has put the whole plan for the summer season online: see <a href="https://x.example/a">the plan</a> before you travel.</p><figure><img src="https://x.example/i.jpg" alt="plan"></figure><table><tr><td>a</td><td>b</td></tr></table>'),
  );
  const full = renderMarkdown(story);
  assert.match(full, /\[the plan\]/);
  assert.match(full, /!\[plan\]/);
  assert.match(full, /\| a \| b \|/);
  const bare = renderMarkdown(story, { links: false, images: false, tables: false });
  assert.match(bare, /see the plan before/);
  assert.doesNotMatch(bare, /!\[|\]\(|\| a/);
  const html = renderHtml(story, { links: false, images: false, tables: false });
  assert.doesNotMatch(html, /<a |<img|<table/);
});

test('text dumps: bullets, numbering that counts up and short headings before a paragraph keep their structure', async () => {
  const dump = [
    'Harbour ferry timetable changes in May',
    '',
    PROSE,
    '',
    'What changes',
    PROSE.replace('ferry', 'new ferry'),
    '• Two extra crossings each evening, at eight and at ten o\'clock, from the first of May.',
    '• A later last boat on Fridays, leaving the harbour at half past eleven at night.',
    '1. Buy a ticket online at least an hour before the ferry leaves the harbour.',
    '2. Show the ticket on your phone to the crew when you board the ferry.',
    '1999. That was the last year the old ferry ran, and the harbour has changed a great deal since.',
    PROSE.replace('ferry', 'boat'),
  ].join('\n');
  const r = await clean(dump, { kind: 'text' });
  const md = renderMarkdown(bodyOnly(r.stories[0] as Story));
  assert.match(md, /^## What changes$/m);
  assert.match(md, /^- Two extra crossings each evening, [^\n]*\n- A later last boat on Fridays, [^\n]*$/m);
  assert.match(md, /^1\. Buy a ticket online [^\n]*\n2\. Show the ticket [^\n]*$/m);
  assert.match(md, /^1999\\\. That was/m);
});
