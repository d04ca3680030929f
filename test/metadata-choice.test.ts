import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element } from 'domhandler';
import { clean } from '../src/index.js';
import { threadOpener } from '../src/html/authors.js';
import { ldFacts } from '../src/html/jsonld.js';
import { readMetadata } from '../src/html/metadata.js';
import { parseHtml } from '../src/html/parse.js';
import { isStatedAuthor } from '../src/lexicon/names.js';
import { pageTypeFields } from '../src/stories/metadata.js';
import type { Story } from '../src/types.js';

/**
 * Which of the page's candidates becomes the title and the author (issue 13): the headline the
 * story shows unless it is the template's, and the author the page's metadata states even when
 * that is a desk, a team or a handle rather than a full name.
 */

const BODY = [
  'The valley railway will run a steam train on winter Saturdays again, after volunteers finished repairing the old engine shed.',
  'Tickets go on sale next week, and the society said the first trains would leave the lower station at ten in the morning.',
  'The line closed to regular traffic decades ago, but members have kept the track and the two stations in working order.',
].map((p) => `<p>${p}</p>`).join('');

async function story(head: string, top: string, url = 'https://valleyrail.example/news/steam-returns'): Promise<Record<string, unknown>> {
  const html = `<!doctype html><html lang="en"><head>${head}</head><body><article>${top}${BODY}</article></body></html>`;
  const r = await clean(html, { fallback: false, url });
  return r.stories[0] as unknown as Record<string, unknown>;
}

test('title: an <h1> that is a section label gives way to the title the markup states', async () => {
  const s = await story('<title>Steam trains return on winter Saturdays | Valley Rail</title>', '<h1>Our Blog</h1>');
  assert.equal(s['title'], 'Steam trains return on winter Saturdays');
});

test('title: an <h1> that is the site name (a logo) gives way to the stated title', async () => {
  const s = await story('<meta property="og:site_name" content="Valley Rail Society"><title>Steam trains return on winter Saturdays - Valley Rail Society</title>', '<h1>Valley Rail Society</h1>');
  assert.equal(s['title'], 'Steam trains return on winter Saturdays');
});

test('title: a slogan <h1> sharing no word with the stated titles nor the URL gives way; one the URL echoes stays', async () => {
  const head = '<title>Heritage Railway Tickets | Valley Rail</title>';
  const slogan = await story(head, '<h1>Feel the romance of the past</h1>', 'https://valleyrail.example/tickets');
  assert.equal(slogan['title'], 'Heritage Railway Tickets');
  const echoed = await story(head, '<h1>Winter steam specials</h1>', 'https://valleyrail.example/winter-steam-specials');
  assert.equal(echoed['title'], 'Winter steam specials');
});

test('title: the real headline stays when the stated title words it differently; a glued "Title:" label goes', async () => {
  const s = await story('<title>Steam is back in the valley | Valley Rail</title>', '<h1>Title: Steam trains return on winter Saturdays</h1>');
  assert.equal(s['title'], 'Steam trains return on winter Saturdays');
});

test('title: a double-escaped separator entity in og:title still splits off the site name', async () => {
  const s = await story('<meta property="og:site_name" content="Valley Rail"><meta property="og:title" content="Steam trains return &amp;bull; Valley Rail">', '');
  assert.equal(s['title'], 'Steam trains return');
});

test('title: a JSON-LD headline that is a description, or cut short, loses to the page title', async () => {
  const long = 'The valley railway society announced today that after many months of hard work by its volunteers the old steam engine will run again on Saturdays all winter long.';
  const described = await story(`<title>Steam trains return on winter Saturdays</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"${long}"}</script>`, '');
  assert.equal(described['title'], 'Steam trains return on winter Saturdays');
  const cut = await story('<title>Steam trains return on winter Saturdays after the shed repairs</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Steam trains return on winter Saturdays after the"}</script>', '');
  assert.equal(cut['title'], 'Steam trains return on winter Saturdays after the shed repairs');
});

test('author: a team or an organisation stated as the author by the metadata is the author', async () => {
  const team = await story('<meta name="author" content="Valley Rail Newsroom Team">', '<h1>Steam trains return</h1>');
  assert.deepEqual(team['authors'], ['Valley Rail Newsroom Team']);
  const org = await story('<script type="application/ld+json">{"@type":"Article","headline":"Steam trains return","author":{"@type":"Organization","name":"Heritage Lines Trust"}}</script>', '<h1>Steam trains return</h1>');
  assert.deepEqual(org['authors'], ['Heritage Lines Trust']);
  const both = await story('<script type="application/ld+json">{"@type":"Article","headline":"Steam trains return","author":[{"@type":"Organization","name":"Heritage Lines Trust"},{"@type":"Person","name":"Ines Varga"}]}</script>', '<h1>Steam trains return</h1>');
  assert.deepEqual(both['authors'], ['Ines Varga']);
});

test('author: a name with its credentials stays whole; a class-named element needs a person', async () => {
  const s = await story('<meta name="author" content="Petra Holm, MD">', '<h1>Steam trains return</h1>');
  assert.deepEqual(s['authors'], ['Petra Holm, MD']);
  const visible = await story('', '<h1>Steam trains return</h1><p class="author">Heritage Rail Foundation</p>');
  assert.equal(visible['byline'], undefined);
});

test('stated authors: desks, handles and credentials pass; ids, companies, addresses and sentences do not', () => {
  for (const ok of ['Valley Rail Newsroom Team', 'kayak_fan', 'Petra Holm, MD', 'Heritage Lines Trust']) assert.ok(isStatedAuthor(ok), ok);
  for (const bad of ['a3f9c2e81b77', 'Rail Parts GmbH', 'info@valleyrail.example', 'www.valleyrail.example', 'admin', 'This page was written by volunteers. and more', 'Photo: Ines Varga']) {
    assert.ok(!isStatedAuthor(bad), bad);
  }
});

test('forum: the first itemprop=author name opened the thread, else the post author an attribute names', () => {
  const doc = parseHtml('<div><span itemprop="author"><span itemprop="name">steam_fan</span></span></div>');
  const el = (doc.children[0] as Element).children[0] as Element;
  assert.equal(threadOpener('late_replier', [el]), 'steam_fan');
  assert.equal(threadOpener('steam_fan', []), 'steam_fan');
  assert.equal(threadOpener('0x9f3a2b7c5d', []), undefined);
});

test('forum: the markup keeps the first post author an attribute names, for a page that turns out a thread', () => {
  const doc = parseHtml('<html><body><div class="thread"><aside class="quote" data-username="someone_else">Quoted</aside><article class="post" data-author="steam_fan"><p>First post</p></article><article class="post" data-author="late_replier"><p>Reply</p></article></div></body></html>');
  assert.equal(readMetadata(doc).meta.opener, 'steam_fan');
});

test('forum: a Q&A page states its question, whose author opened the thread; FAQ questions are no story', () => {
  const qa = ldFacts(['{"@type":"QAPage","mainEntity":{"@type":"Question","name":"Which oil for a steam engine?","author":{"@type":"Person","name":"steam_fan"}}}'], undefined);
  assert.equal(qa.article?.['name'], 'Which oil for a steam engine?');
  const faq = ldFacts(['{"@type":"FAQPage","mainEntity":[{"@type":"Question","name":"When do trains run?"}]}'], undefined);
  assert.equal(faq.article, undefined);
});

test('page type: a forum takes its opener as author; a listing names none', () => {
  const base = (): Story => ({ role: 'main', body: 'x', captions: [], content: [], authors: ['Late Replier'], byline: 'Late Replier' }) as unknown as Story;
  const forum = base();
  pageTypeFields(forum, 'forum', { opener: 'steam_fan' });
  assert.deepEqual(forum.authors, ['steam_fan']);
  const listing = base();
  pageTypeFields(listing, 'listing', {});
  assert.equal(listing.authors, undefined);
  assert.equal(listing.byline, undefined);
});

test('date: a site front page reports no published date; the same page at a story URL does', async () => {
  const head = '<meta property="article:published_time" content="2025-03-04T09:00:00Z">';
  const front = await story(head, '<h1>Steam trains return</h1>', 'https://valleyrail.example/');
  assert.equal(front['published'], undefined);
  const post = await story(head, '<h1>Steam trains return</h1>', 'https://valleyrail.example/?p=412');
  assert.equal(post['published'], '2025-03-04T09:00:00Z');
});

test('date: the date under the headline beats a later stated date the header does not show; an earlier stated one stays', async () => {
  const later = await story('<script type="application/ld+json">{"@type":"Article","headline":"Steam trains return","datePublished":"2025-06-12"}</script>', '<h1>Steam trains return</h1><p>November 2, 2022</p>');
  assert.equal(later['published']?.toString().slice(0, 10), '2022-11-02');
  const earlier = await story('<script type="application/ld+json">{"@type":"Article","headline":"Steam trains return","datePublished":"2021-06-12"}</script>', '<h1>Steam trains return</h1><p>November 2, 2022</p>');
  assert.equal(earlier['published'], '2021-06-12');
});

test('date: a text dump of a site front page reports no date from its lines; the same dump at a story URL does', async () => {
  const dump = ['Steam trains return on winter Saturdays', 'March 4, 2025', ...BODY.split(/<\/?p>/).filter((p) => p.trim() !== '')].join('\n');
  const front = (await clean(dump, { kind: 'text', url: 'https://valleyrail.example/' })).stories[0];
  assert.equal(front?.published, undefined);
  const post = (await clean(dump, { kind: 'text', url: 'https://valleyrail.example/news/steam-returns' })).stories[0];
  assert.equal(post?.published, '2025-03-04');
});

test('author: a byline in a header wrapper classed as a grid "sidebar" that holds the headline is the story\'s; one in a real sidebar is not', async () => {
  const header = await story('', '<div class="layout-area-sidebar"><h1>Steam trains return</h1><div class="meta"><p>Written by</p><p>Ines Varga</p></div></div>');
  assert.deepEqual(header['authors'], ['Ines Varga']);
  const html = `<!doctype html><html lang="en"><body><article><h1>Steam trains return</h1>${BODY}</article><div class="sidebar"><div class="meta"><p>Written by</p><p>Ines Varga</p></div></div></body></html>`;
  const side = (await clean(html, { fallback: false })).stories[0];
  assert.equal(side?.authors, undefined);
});

test('forum: the header\'s "Thread starter" names the opener even when the first post shown is another poster\'s', () => {
  const header = '<div class="thread-header"><h1>Which glue holds oak outdoors?</h1><ul><li><span class="sr-only">Thread starter</span><a class="username" href="/members/oak_novice.42/">oak_novice</a></li><li>Started 3 days ago</li></ul></div>';
  const posts = '<article class="message" data-author="bench_elder"><p>Page two of the thread opens with my reply.</p></article><article class="message" data-author="oak_novice"><p>Thanks, I will try that.</p></article>';
  assert.equal(readMetadata(parseHtml(`<html><body>${header}${posts}</body></html>`)).meta.opener, 'oak_novice');
  // Without the label, the first post's author stays the opener.
  const bare = header.replace('<span class="sr-only">Thread starter</span>', '');
  assert.equal(readMetadata(parseHtml(`<html><body>${bare}${posts}</body></html>`)).meta.opener, 'bench_elder');
});

test('author: links to profile pages that each name a different person once are a list of contacts, not a byline', async () => {
  const contacts = '<div class="contacts"><h3>Talk to us</h3><a href="/about/people/orla-brennan">Orla Brennan</a><a href="/about/people/tomas-vidal">Tomas Vidal</a></div>';
  assert.equal((await story('', `<h1>Steam trains return on winter Saturdays</h1>${contacts}`))['byline'], undefined);
  // The same person linked twice (a byline and an author box) signs the story.
  const signed = '<div class="meta"><a href="/about/people/orla-brennan">Orla Brennan</a></div><div class="box"><a href="/about/people/orla-brennan">Orla Brennan</a><a href="/about/people/tomas-vidal">Tomas Vidal</a></div>';
  assert.equal((await story('', `<h1>Steam trains return on winter Saturdays</h1>${signed}`))['byline'], 'Orla Brennan');
});

test('author: metadata stating a team beside a person names the person; a team stated alone stays', async () => {
  const head = '<meta name="author" content="Valley Rail Staff"><script type="application/ld+json">{"@type":"Article","headline":"Steam trains return","author":{"@type":"Person","name":"Ines Varga"}}</script>';
  const both = await story(head, '<h1>Steam trains return</h1><div class="post-author">Valley Rail Staff</div>');
  assert.deepEqual(both['authors'], ['Ines Varga']);
  // A person only a page element shows (a reviewer's box) does not outrank the stated team.
  const alone = await story('<meta name="author" content="Valley Rail Staff">', '<h1>Steam trains return</h1><div class="post-author">Valley Rail Staff</div><div class="reviewer"><a href="/people/ines-varga/">Ines Varga</a></div>');
  assert.deepEqual(alone['authors'], ['Valley Rail Staff']);
});

test("author: metadata naming a role's account ('Site Admin') gives way to the person the author box names; alone it stays", async () => {
  const head = '<meta name="author" content="Harbour Admin">';
  const box = '<div class="author-meta"><p><strong>Tomas Orrell:</strong> Tomas has run the harbour office since 2004 and writes the monthly notes.</p></div>';
  const body = '<h1>Winter moorings</h1><p>Boats stay on the north pontoon until March, and the crane lifts run every second Saturday.</p>';
  assert.deepEqual((await story(head, body + box))['authors'], ['Tomas Orrell']);
  // The account alone still signs, as before; a person's stated name is no account.
  assert.deepEqual((await story(head, body))['authors'], ['Harbour Admin']);
  assert.deepEqual((await story('<meta name="author" content="Wendy Admiral">', body + box))['authors'], ['Wendy Admiral']);
});
