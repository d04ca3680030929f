import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clean } from '../src/index.js';
import { parseHtml } from '../src/html/parse.js';
import { headerDate } from '../src/html/header-date.js';
import { readMetadata } from '../src/html/metadata.js';
import type { Element } from 'domhandler';

/**
 * Dates a pipeline can trust (issue 13): the story's own date is the one the page states for its
 * article or shows next to its headline; a page template's stamp is no story date.
 */

const PARAGRAPHS = [
  'The valley council agreed on Monday to reopen the old railway bridge to walkers and cyclists after two years of repairs to its stone piers.',
  'Residents had campaigned for the crossing since the flood, which cut the shortest route between the two villages and the school on the far bank.',
  'Work on the approach paths will finish in the autumn, the council said, and a small café is planned for the former signal box beside the bridge.',
];

function page(head: string, header: string, opts: { before?: string } = {}): string {
  const body = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');
  return `<!doctype html><html lang="en"><head>${head}</head><body><header><a href="/">Valley News</a></header><div class="hero">${opts.before ?? ''}<h1>Old railway bridge to reopen for walkers</h1>${header}</div><article>${body}</article></body></html>`;
}

async function main(html: string, url?: string): Promise<Record<string, unknown>> {
  const r = await clean(html, { fallback: false, ...(url ? { url } : {}) });
  const story = r.stories[0];
  assert.ok(story, 'a story');
  return story as unknown as Record<string, unknown>;
}

test('date: the date shown next to the headline, outside the body, is the story date', async () => {
  const s = await main(page('', '<div class="info"><a href="/authors/ann-lee">Ann Lee</a><span>•</span><span>March 17, 2025</span></div>'));
  assert.equal(s['published'], '2025-03-17');
});

test('date: a label and its date in sibling elements ("Last updated" | date) give the modified date', async () => {
  const head = '<meta property="article:published_time" content="2024-11-02T08:00:00Z">';
  const s = await main(page(head, '<div><p>Last updated</p><time>Aug 04, 2025</time></div>'));
  assert.equal(s['published'], '2024-11-02T08:00:00Z');
  assert.equal(s['modified'], '2025-08-04');
});

test('date: a kicker date just above the headline counts; a date inside prose does not', async () => {
  assert.equal((await main(page('', '', { before: '<span class="kicker">12 January 2024</span>' })))['published'], '2024-01-12');
  const prose = '<p>The bridge, first opened on 3 May 1898 by the railway company, carried goods trains until the line closed to all traffic.</p>';
  assert.equal((await main(page('', prose)))['published'], undefined);
});

test('date: a WebPage node stamped by the template is no story date', async () => {
  const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"https://example.org/bridge","datePublished":"2019-04-01T10:00:00+00:00"}]}</script>';
  assert.equal((await main(page(ld, '')))['published'], undefined);
  // The same date on the article node is the story's.
  const article = ld.replace('"WebPage"', '"NewsArticle"');
  assert.equal((await main(page(article, '')))['published'], '2019-04-01T10:00:00+00:00');
});

test('date: a documentation page reports no published date; its modified date stays', async () => {
  const head = '<meta property="article:published_time" content="2023-02-01T00:00:00Z"><meta property="article:modified_time" content="2025-01-09T00:00:00Z">';
  const code = '<pre>bridge open --walkers</pre>'.repeat(6);
  const html = page(head, '').replace('<article>', `<article>${code}`);
  const s = await main(html, 'https://example.org/docs/bridge-settings');
  assert.equal(s['pageType'], 'documentation');
  assert.equal(s['published'], undefined);
  assert.equal(s['modified'], '2025-01-09T00:00:00Z');
});

test('headerDate: reads forward past the byline, stops at prose', () => {
  const doc = parseHtml('<div><h1>Title</h1><div><span>By Ann Lee</span><span>5 Feb 2024 · 3 min read</span></div><p>Body.</p></div>');
  const h1 = (doc.children[0] as Element).children[0] as Element;
  assert.deepEqual(headerDate(h1), { iso: '2024-02-05', updated: false });
  const long = parseHtml(`<div><h1>Title</h1><p>${'A long opening paragraph of the story itself. '.repeat(4)}</p><span>5 Feb 2024</span></div>`);
  assert.equal(headerDate((long.children[0] as Element).children[0] as Element), undefined);
});

test('date: a question\'s itemprop=dateCreated is its date; a comment\'s or an answer\'s microdata date is not', async () => {
  const question = '<div class="meta"><span>Asked</span> <time itemprop="dateCreated" datetime="2016-04-09 08:12:40Z">9 years ago</time></div>';
  const comment = '<ul><li itemprop="comment" itemscope itemtype="https://schema.org/Comment"><span>Nice idea</span><div itemprop="datePublished">2019-10-02 17:00:00 +00:00</div></li></ul>';
  const answer = '<div itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer"><time itemprop="dateCreated" datetime="2018-01-03 10:00:00Z">later</time></div>';
  // The thread's comments and answers follow the question's text.
  const thread = (header: string): string => page('', header).replace('</article>', `</article>${comment}${answer}`);
  const s = await main(thread(question));
  assert.equal(s['published'], '2016-04-09T08:12:40Z');
  // With no date of the question itself, an answer's or a comment's date is still no story date.
  const none = await main(thread(''));
  assert.equal(none['published'], undefined);
});

test('date: a header showing only when the post was edited leaves the published date to the markup', async () => {
  const header = '<div><a href="/posts/1/revisions">edited <span>Mar 2, 2021 at 19:57</span></a></div><time itemprop="dateCreated" datetime="2016-04-09T08:12:40Z">9 years ago</time>';
  const s = await main(page('', header));
  assert.equal(s['published'], '2016-04-09T08:12:40Z');
  assert.equal(s['modified'], '2021-03-02T19:57:00');
});

test('date: a <time> labelled or classed as an update is the modified date, never the published one', async () => {
  // The markup's reading (a body line "Last updated: …" is the line rules' to weigh).
  const markup = (body: string): string | undefined => readMetadata(parseHtml(`<html><body><h1>Old railway bridge to reopen</h1><p>${PARAGRAPHS.join(" ")}</p>${body}</body></html>`)).meta.published;
  assert.equal(markup('<footer><span>Last updated: <time datetime="2026-01-12">January 12, 2026</time></span></footer>'), undefined);
  assert.equal(markup('<footer><span>Posted <time datetime="2016-07-15">July 15, 2016</time></span></footer>'), '2016-07-15');
  const classed = await main(page('', '').replace('</article>', '<div class="field--name-changed"><time datetime="2026-02-12T14:36:23-05:00">February 12, 2026</time></div></article>'));
  assert.equal(classed['published'], undefined);
  const plain = await main(page('', '').replace('</article>', '<div class="field--name-created"><time datetime="2016-07-15T09:00:00-05:00">July 15, 2016</time></div></article>'));
  assert.equal(plain['published'], '2016-07-15T09:00:00-05:00');
});

// Keeps the update-stamp rule from passing over a header's own publishing stamp.
test('date: of two header stamps, the one not labelled as an update is the published date', async () => {
  const s = await main(page('', '<div><span class="dateline">December 22, 2022</span><span class="dateline updated">Updated January 2, 2026</span></div>'));
  assert.equal(s['published'], '2022-12-22');
});

/** A page the type survey reads as a listing: an intro under the headline over a river of short teasers. */
function teaserRiver(header: string, card: (i: number) => string): string {
  const intro = '<div class="intro"><p>Notes from the canal trust on the locks, the towpaths and the works planned for this year, gathered on one page.</p></div>';
  const og = '<meta property="og:type" content="article">';
  return `<html><head>${og}</head><body><div class="top"><h1>Canal works this spring</h1>${header}${intro}</div><div class="river">${Array.from({ length: 10 }, (_, i) => card(i)).join('')}</div></body></html>`;
}

const TEASER = (i: number): string =>
  `<div class="teaser"><h3><a href="/w/${i}">Lock gate works, part ${i}</a></h3><div>Lower gate of lock ${i}</div><div>Closed for two weeks</div><div>Crew from the north yard</div></div>`;

test('date: a page read as a listing whose headline shows its date and byline keeps both', async () => {
  const r = await clean(teaserRiver('<div class="meta"><span>By Mara Quint</span> · <span>April 2, 2025</span></div>', TEASER), { url: 'https://example.org/canal-works', fallback: false });
  assert.equal(r.pageType, 'listing');
  assert.equal(r.stories[0]?.published, '2025-04-02');
  assert.equal(r.stories[0]?.byline, 'Mara Quint');
});

test('date: a listing whose items are dated shows no story date, even beside its headline', async () => {
  const dated = (i: number): string => TEASER(i).replace('</h3>', `</h3><time datetime="2025-03-${10 + i}">March ${10 + i}, 2025</time>`);
  const r = await clean(teaserRiver('<div class="meta"><span>April 2, 2025</span></div>', dated), { url: 'https://example.org/canal-works', fallback: false });
  assert.equal(r.pageType, 'listing');
  assert.equal(r.stories[0]?.published, undefined);
});

test('date: a standfirst between the headline and the byline does not hide the date under it', async () => {
  const dek = '<p class="dek">Two years after the flood closed it, the stone crossing between the villages is to carry walkers and cyclists again from the autumn, the council decided.</p>';
  const s = await main(page('', `${dek}<p class="author">Ines Varga</p><div><span>14.06.2024</span><span>4 min read</span></div>`));
  assert.equal(s['published'], '2024-06-14');
  // The body's own prose under the headline still ends the header.
  const prose = `<p>${PARAGRAPHS[0]} ${PARAGRAPHS[1]} ${PARAGRAPHS[2]}</p>`;
  assert.equal((await main(page('', `${prose}<div><span>14.06.2024</span></div>`)))['published'], undefined);
});

test('date: an author\'s bio in a hover card beside the byline does not hide the date under it', async () => {
  const bio = 'Ines Varga has walked and mapped the county\'s footpaths for twenty years and writes about rights of way, bridges and the people who keep them open.';
  const card = (cls: string): string => `<div class="byline"><span>Ines Varga</span><div class="${cls}"><p>${bio}</p><a href="/team/ines-varga">View profile</a></div></div><div><span>14.06.2024</span></div>`;
  assert.equal((await main(page('', card('author-tooltip'))))['published'], '2024-06-14');
  assert.equal((await main(page('', card('profilePopover__body'))))['published'], '2024-06-14');
  // The same text in a plain box is the body's prose: the header has ended above the date.
  assert.equal((await main(page('', card('author-box'))))['published'], undefined);
});

test('date: <meta name="published-date"> is a published date', async () => {
  const s = await main(page('<meta name="published-date" content="2022-05-19">', ''));
  assert.equal(s['published'], '2022-05-19');
});

test('date: a standfirst printed twice (a fallback copy) does not hide the date under it', async () => {
  const text = 'Two years after the flood closed it, the stone crossing between the villages is to carry walkers and cyclists again from the autumn.';
  const head = '<script type="application/ld+json">{"@type":"Article","headline":"Old railway bridge to reopen for walkers","datePublished":"Jun 3, 2025"}</script>';
  const s = await main(page(head, `<p class="summary">${text}</p><p class="summary fallback">${text}</p><div class="date">August 25, 2024</div>`));
  assert.equal(s['published'], '2024-08-25');
});

test('date: metadata stating the day the header labels "Updated" gives way to the day it labels published', async () => {
  const head = '<script type="application/ld+json">{"@type":"Article","headline":"Old railway bridge to reopen for walkers","datePublished":"Aug 21, 2025"}</script>';
  const header = '<div><div>Published <span>Apr 26, 2023</span></div><div>Updated <span>Aug 21, 2025</span></div></div>';
  assert.equal((await main(page(head, header)))['published'], '2023-04-26');
  // A stated day the header shows unlabelled stays.
  const plain = '<div><div><span>Aug 21, 2025</span></div><div>Updated <span>Sep 2, 2025</span></div></div>';
  assert.equal((await main(page(head, plain)))['published']?.toString().slice(0, 10), '2025-08-21');
});

test('authors: a page read as a listing whose header shows the name an author box elsewhere names keeps that author', async () => {
  const box = '<div class="author-card"><a href="/authors/mara-quint"><p class="author-card__name">Mara Quint</p></a><p>Mara walks the towpaths every week and writes about the canal for the trust.</p></div>';
  const html = teaserRiver('<p class="hero-name">Mara Quint</p>', TEASER).replace('</body>', `${box}</body>`);
  const r = await clean(html, { url: 'https://example.org/canal-works', fallback: false });
  assert.equal(r.pageType, 'listing');
  assert.deepEqual(r.stories[0]?.authors, ['Mara Quint']);
  // A name only the header shows ("By" a brand beside a product's or a list's title) is dropped with the type.
  const brand = await clean(teaserRiver('<p class="vendor">By Lockside Supplies</p>', TEASER), { url: 'https://example.org/canal-works', fallback: false });
  assert.equal(brand.pageType, 'listing');
  assert.equal(brand.stories[0]?.authors, undefined);
});

test('date: of two stated publishing days that disagree, the one the header shows is the story\'s, whichever tag comes first', async () => {
  const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2022-09-14T06:00:00Z"}</script>';
  const head = `${ld}<meta name="date" content="May 6, 2025">`;
  assert.equal((await main(page(head, '<p class="meta">By Rhian Moss · May 6, 2025</p>')))['published'], '2025-05-06');
  // A header that shows neither stated day leaves the first stated one.
  assert.equal((await main(page(head, '<p class="meta">By Rhian Moss</p>')))['published'], '2022-09-14T06:00:00Z');
});

test('date: a WebPage node\'s datePublished counts where the page prints that day as a date line, and only there', async () => {
  const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"https://example.org/bridge","datePublished":"2019-04-01T10:00:00+00:00"}]}</script>';
  // The day printed above the post's title, in the template's meta row (no <h1> on the page).
  // The category label runs into the day in the row's text ("NEWSApril 1, 2019"), so that row
  // is no date line of its own.
  const shown = (day: string, label = 'NEWS'): string => `<!doctype html><html lang="en"><head>${ld}</head><body><div class="post-meta"><span class="cat"><a href="/category/news/">${label}</a></span><span class="when">${day}</span></div><h2>Old railway bridge to reopen for walkers</h2><article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  assert.equal((await main(shown('April 1, 2019'))).published, '2019-04-01T10:00:00+00:00');
  assert.equal((await main(shown('Read the news'))).published, undefined);
  // A label ending in a lowercase letter ("NewsApril 1, 2019") is read apart from the capitalised
  // month glued to it: the row itself dates the story, the same day.
  assert.equal((await main(shown('April 1, 2019', 'News'))).published, '2019-04-01');
});
