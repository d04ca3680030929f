import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import MarkdownIt from 'markdown-it';
import { memoryIO } from '../src/cli/io.js';
import { EXIT_OK, run } from '../src/cli/run.js';
import { clean, renderHtml, renderMarkdown, renderText, type Block, type Story } from '../src/index.js';
import { textComments } from '../src/stories/text-comments.js';
import { SAMPLES } from './support/golden.js';

/** Readers' comments: their own section on the story, never in the body, left out on request. */

const STORY = [
  'The lock keepers on the upper canal will open the gates by hand this winter while the new motors are fitted to both chambers.',
  'Boats should expect waits of up to an hour on weekends, the trust said, and crews are asked to book a passage a day ahead.',
  'The work is due to finish before the spring holidays, when traffic on the canal is at its busiest for the whole year.',
];

interface Post {
  author: string;
  date?: string;
  text: string;
  replies?: Post[];
}

function postHtml(p: Post): string {
  const date = p.date ? `<time datetime="${p.date}">${p.date}</time>` : '';
  const replies = p.replies?.length ? `<ul class="children">${p.replies.map(postHtml).join('')}</ul>` : '';
  return `<li class="comment"><div class="comment-body"><div class="comment-meta"><span class="comment-author">${p.author}</span> ${date}</div><div class="comment-content"><p>${p.text}</p></div><a class="reply-link" href="#r">Reply</a></div>${replies}</li>`;
}

function page(posts: readonly Post[], extra = ''): string {
  const story = STORY.map((p) => `<p>${p}</p>`).join('');
  const list = posts.length ? `<ol class="comment-list">${posts.map(postHtml).join('')}</ol>` : '';
  return `<html><body><main><article><h1>Canal locks worked by hand</h1>${story}</article><section id="comments"><h2>${posts.length} Comments</h2>${list}${extra}<div id="respond"><h3>Leave a Reply</h3><form><textarea></textarea></form></div></section></main></body></html>`;
}

const THREAD: Post[] = [
  { author: 'Ada Lind', date: '2025-01-03T09:15:00Z', text: 'We went through last weekend and the keepers were very quick about it.', replies: [{ author: 'Bo Sand', date: '2025-01-03T11:00:00Z', text: 'Same for us, though the queue at the bottom lock was long.' }] },
  { author: 'Cai Moor', date: '2025-01-04T18:30:00Z', text: 'Does the booking also apply to canoes, or only to motor boats?' },
];

test('a comment section becomes story.comments with author, date, text and reply depth; the body keeps none of it', async () => {
  const r = await clean(page(THREAD), { fallback: false });
  const story = r.stories[0] as Story;
  assert.deepEqual(story.comments, [
    { text: 'We went through last weekend and the keepers were very quick about it.', depth: 0, author: 'Ada Lind', published: '2025-01-03T09:15:00Z' },
    { text: 'Same for us, though the queue at the bottom lock was long.', depth: 1, author: 'Bo Sand', published: '2025-01-03T11:00:00Z' },
    { text: 'Does the booking also apply to canoes, or only to motor boats?', depth: 0, author: 'Cai Moor', published: '2025-01-04T18:30:00Z' },
  ]);
  assert.equal(story.body, STORY.join('\n\n'));
  for (const word of ['keepers were very quick', 'Reply', 'Leave a Reply', 'Comments']) assert.ok(!story.body.includes(word), word);
});

test('comments: false (CLI --no-comments) leaves them out and the body unchanged', async () => {
  const withComments = (await clean(page(THREAD), { fallback: false })).stories[0] as Story;
  const without = (await clean(page(THREAD), { fallback: false, comments: false })).stories[0] as Story;
  assert.equal(without.comments, undefined);
  assert.equal(without.body, withComments.body);
  const io = memoryIO({ stdin: page(THREAD) });
  assert.equal(await run(['--no-comments', '--format', 'markdown'], io), EXIT_OK);
  assert.doesNotMatch(io.stdout(), /Comments|Ada Lind/);
  const io2 = memoryIO({ stdin: page(THREAD) });
  assert.equal(await run(['--format', 'markdown'], io2), EXIT_OK);
  assert.match(io2.stdout(), /## Comments\n\n\*\*Ada Lind · 2025-01-03T09:15:00Z\*\*/);
});

test('a single comment, and a single reply to it, are found by their words, author and date', async () => {
  const one: Post[] = [{ author: 'Dee Park', date: '2025-02-01', text: 'Thanks for the warning, we will book ahead.', replies: [{ author: 'Eli Ross', date: '2025-02-02', text: 'So will we.' }] }];
  const story = (await clean(page(one), { fallback: false })).stories[0] as Story;
  assert.deepEqual(
    story.comments?.map((c) => [c.author, c.depth, c.text]),
    [
      ['Dee Park', 0, 'Thanks for the warning, we will book ahead.'],
      ['Eli Ross', 1, 'So will we.'],
    ],
  );
});

test('no comments where the section holds only a form, and schema.org Comment markup is read too', async () => {
  const empty = (await clean(page([]), { fallback: false })).stories[0] as Story;
  assert.equal(empty.comments, undefined);
  const schema = '<div class="discussion"><div itemscope itemtype="https://schema.org/Comment"><p>A schema comment about the gates and the new motors.</p></div></div>';
  const marked = (await clean(page([], schema), { fallback: false })).stories[0] as Story;
  assert.deepEqual(marked.comments?.map((c) => c.text), ['A schema comment about the gates and the new motors.']);
});

test('on a forum thread the replies are the body, not comments', async () => {
  const r = await clean(readFileSync(path.join(SAMPLES, 'html--forum-thread', 'input.html')));
  assert.equal(r.pageType, 'forum');
  const story = r.stories[0] as Story;
  assert.equal(story.comments, undefined);
  assert.ok(story.body.split('\n\n').length >= 3, story.body);
});

const md = new MarkdownIt('commonmark');

test('renderers write the comments after the body under a Comments heading; Markdown parses back to the same text; HTML escapes them', async () => {
  const hostile: Post[] = [
    { author: '&lt;b onmouseover=alert(1)&gt;Gus&lt;/b&gt;', date: '2025-01-05', text: '<img src=x onerror=alert(1)> # not a heading and *not* emphasis' },
    { author: 'Fay', date: '2025-01-06', text: '1999. That was the year the motors were last replaced.' },
  ];
  const story = (await clean(page(hostile), { fallback: false })).stories[0] as Story;
  assert.equal(story.comments?.length, 2);
  const markdown = renderMarkdown(story);
  const tokens = md.parse(markdown, {});
  assert.ok(!tokens.some((t) => t.type === 'html_block' || t.type === 'html_inline' || t.type === 'ordered_list_open' || t.type === 'em_open'));
  const headings = tokens.filter((t, i) => tokens[i - 1]?.type === 'heading_open').map((t) => t.content);
  assert.equal(headings.at(-1), 'Comments');
  const paragraphs = tokens.filter((t, i) => tokens[i - 1]?.type === 'paragraph_open' && t.type === 'inline').map((t) => (t.children ?? []).map((c) => c.content).join(''));
  for (const c of story.comments ?? []) assert.ok(paragraphs.includes(c.text), c.text);
  const html = renderHtml(story);
  assert.match(html, /<section>\n<h2>Comments<\/h2>/);
  assert.doesNotMatch(html, /<script|<img|<b /);
  assert.match(html, /<p><strong>&lt;b onmouseover=alert\(1\)&gt;Gus&lt;\/b&gt; · 2025-01-05<\/strong><\/p>/);
  assert.ok(html.indexOf('<h2>Comments</h2>') > html.indexOf(STORY[2] as string));
  const text = renderText(story);
  assert.match(text, /\n\nComments\n\n<b onmouseover=alert\(1\)>Gus<\/b> · 2025-01-05\n/);
});

function lines(texts: readonly string[]): Block[] {
  return texts.map((text, id) => ({ id, kind: 'line', text, where: `line ${id + 1}`, linkDensity: 0, gapBefore: false }));
}

test('text dumps: a comments heading after the body, then "Name says:" posts, gives the comments; none without the heading', () => {
  const all = lines([
    'Canal locks worked by hand',
    ...STORY,
    '2 Comments',
    'Ada Lind says:',
    'January 3, 2025 at 9:15 am',
    'We went through last weekend and the keepers were very quick about it.',
    'Reply',
    'Cai Moor says',
    '4 January 2025',
    'Does the booking also apply to canoes?',
    'Loading...',
    'Reply',
    'Leave a Reply',
    'Your email address will not be published. Required fields are marked *',
    'Eve says:',
    'After the form: not read.',
  ]);
  const body = all.slice(1, 4);
  assert.deepEqual(textComments(all, body), [
    { text: 'We went through last weekend and the keepers were very quick about it.', depth: 0, author: 'Ada Lind', published: '2025-01-03T09:15:00' },
    { text: 'Does the booking also apply to canoes?', depth: 0, author: 'Cai Moor', published: '2025-01-04' },
  ]);
  const noHeading = all.map((b) => (b.text === '2 Comments' ? { ...b, text: 'Read next' } : b));
  assert.deepEqual(textComments(noHeading, body), []);
  // "…, Officer says" without its colon and without a date line after it is a headline.
  const headline = lines(['Story line one.', 'Comments', 'Pharmacists warned, Officer says', 'Some teaser text here.']);
  assert.deepEqual(textComments(headline, headline.slice(0, 1)), []);
});

test('text dumps end to end: the blog-comments sample gives its two comments; comments: false none, same body', async () => {
  const dump = readFileSync(path.join(SAMPLES, 'text--blog-comments', 'input.txt'));
  const story = (await clean(dump)).stories[0] as Story;
  assert.deepEqual(story.comments?.map((c) => c.author), ['Tom', 'Lena']);
  const without = (await clean(dump, { comments: false })).stories[0] as Story;
  assert.equal(without.comments, undefined);
  assert.equal(without.body, story.body);
});
