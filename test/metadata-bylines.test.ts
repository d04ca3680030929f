import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clean } from '../src/index.js';
import { readMetadata } from '../src/html/metadata.js';
import { parseHtml } from '../src/html/parse.js';
import { besideDate } from '../src/lexicon/dates.js';
import { authorsOf, isPersonName, isTeamName } from '../src/lexicon/names.js';

/**
 * Visible bylines as templates print them (issue 13): a name beside its date, an author box that
 * opens with the name before a role and a bio, a team that signs a post, and the fields that name
 * someone other than the writer.
 */

const BODY = [
  'The harbour ferry will run every half hour this summer, after the council agreed to pay for a second boat and a new pier.',
  'Commuters had asked for more crossings for years, and the operator said the extra boat would also carry bicycles at no cost.',
  'The first timetable starts in June, and the old pier will stay open for freight until the new one is finished next spring.',
].map((p) => `<p>${p}</p>`).join('');

async function authorOf(top: string, bottom = '', head = ''): Promise<string[] | undefined> {
  const html = `<!doctype html><html lang="en"><head><title>Ferry every half hour</title>${head}</head><body><article><h1>Ferry every half hour</h1>${top}${BODY}${bottom}</article></body></html>`;
  const r = await clean(html, { fallback: false, url: 'https://harbourpost.example/news/ferry-every-half-hour' });
  return r.stories[0]?.authors;
}

test('byline beside a date: the weekday and "on" before the date go; a name after an opening date counts', async () => {
  assert.equal(besideDate('Posted by Orla Quinn on Tuesday March 4, 2025 @10:15AM'), 'Posted by Orla Quinn');
  assert.equal(besideDate('by Orla Quinn » Tue Mar 04, 2025 10:15 am'), 'by Orla Quinn');
  assert.equal(besideDate('Mar. 4, 2025 · Orla Quinn'), 'Orla Quinn');
  assert.deepEqual(await authorOf('<div class="story-byline">Posted by Orla Quinn on Tuesday March 4, 2025</div>'), ['Orla Quinn']);
  assert.deepEqual(await authorOf('<div class="post-date-author">Mar. 4, 2025 · Orla Quinn</div>'), ['Orla Quinn']);
});

// Keeps the reading of what follows a date from taking a section label for a name.
test('byline beside a date: a section after an opening date is no author', async () => {
  assert.equal(await authorOf('<div class="byline">March 4, 2025 | Travel &amp; Transport</div>'), undefined);
});

test('weekdays and months alone are no names', () => {
  for (const bad of ['Wed', 'Sat', 'Tuesday', 'March']) assert.ok(!isPersonName(bad), bad);
  assert.ok(isPersonName('Orla Quinn'));
  assert.deepEqual(authorsOf('Corresponding Author'), []);
});

test('author box: the name it opens with, not its role or bio', async () => {
  const box = '<div class="post-author-box"><div><img alt=""></div><div><div>Orla Quinn</div><div>Transport Reporter</div><p>Orla Quinn has covered the harbour, its boats and the people who work on them for the paper since she left university.</p></div></div>';
  assert.deepEqual(await authorOf('', box), ['Orla Quinn']);
  // A box that opens with something else names no one from its later text.
  const other = '<div class="post-author-box"><p>Thanks for reading our harbour coverage this week</p><p>Orla Quinn</p></div>';
  assert.equal(await authorOf('', other), undefined);
});

/** The authors the page's markup names (before any byline line of the body is read). */
function markupAuthors(body: string): string[] | undefined {
  return readMetadata(parseHtml(`<!doctype html><html><head><title>Ferry every half hour</title></head><body><h1>Ferry every half hour</h1>${body}</body></html>`)).meta.authors;
}

test('author box in a widget or card of its own is the story\'s; a related-stories card is not', () => {
  const role = '<div class="author-box__role">Transport Reporter</div>';
  assert.deepEqual(markupAuthors(`<div class="elementor-widget elementor-widget-author-box"><div class="box"><h4 class="author-box__name">Orla Quinn</h4>${role}</div></div>`), ['Orla Quinn']);
  assert.deepEqual(markupAuthors(`<div class="card author-card"><div><span class="author-name">Orla Quinn</span>${role}</div></div>`), ['Orla Quinn']);
  assert.equal(markupAuthors('<div class="card related"><span class="author">Ben Marsh</span></div>'), undefined);
  assert.equal(markupAuthors('<div class="comments"><div class="comment-author">Ben Marsh</div></div>'), undefined);
});

test('team bylines: a brand team signs where no person is named; a stated person wins', async () => {
  assert.deepEqual(await authorOf('<p class="author-name">Harbour Post Staff</p>'), ['Harbour Post Staff']);
  assert.deepEqual(await authorOf('<span class="hero-author">By the Harbour Post Team</span>'), ['the Harbour Post Team']);
  assert.deepEqual(await authorOf('<p class="author-name">Harbour Post Staff</p>', '', '<meta name="author" content="Orla Quinn">'), ['Orla Quinn']);
  for (const team of ['Harbour Post Team', 'Team Harbour', 'The Harbour Post editors']) assert.ok(isTeamName(team), team);
  for (const label of ['Our Team', 'Meet the Team', 'Team', 'Staff', 'Acme GmbH Team', 'info@harbourpost.example Team']) assert.ok(!isTeamName(label), label);
});

// Keeps the author box's name child from lending the name of an "Updated by" field.
test('a field naming someone other than the writer ("Updated by") lends no author through its name child', async () => {
  const top = '<div class="byline"><span class="author-name">By Orla Quinn</span></div><div class="byline-updated">Updated by <span class="author-name">Ben Marsh</span> Updated March 5, 2025</div>';
  assert.deepEqual(await authorOf(top), ['Orla Quinn']);
});

test('a signed page naming no other author takes its first itemprop=author name, a handle too', async () => {
  const thread = '<div class="post"><a itemprop="author" href="/u/tide_watcher77">tide_watcher77</a></div>';
  assert.deepEqual(await authorOf(thread), ['tide_watcher77']);
  // A name the markup states otherwise wins.
  assert.deepEqual(await authorOf(thread, '', '<meta name="author" content="Orla Quinn">'), ['Orla Quinn']);
});

test('a site front page names no author from its bylines (a listed story\'s), in markup or in a dump; a story URL does', async () => {
  const top = '<p class="byline">By Orla Quinn</p>';
  const html = `<!doctype html><html lang="en"><head><title>Harbour Post</title></head><body><article><h1>Ferry every half hour</h1>${top}${BODY}</article></body></html>`;
  const front = (await clean(html, { fallback: false, url: 'https://harbourpost.example/' })).stories[0];
  assert.equal(front?.authors, undefined);
  assert.deepEqual(await authorOf(top), ['Orla Quinn']);
  const dump = ['Ferry every half hour', 'By Orla Quinn', ...BODY.split(/<\/?p>/).filter((p) => p.trim() !== '')].join('\n');
  const frontDump = (await clean(dump, { kind: 'text', url: 'https://harbourpost.example/' })).stories[0];
  assert.equal(frontDump?.authors, undefined);
  const postDump = (await clean(dump, { kind: 'text', url: 'https://harbourpost.example/news/ferry' })).stories[0];
  assert.deepEqual(postDump?.authors, ['Orla Quinn']);
});

test('author metadata naming an account ("hbrowne77") gives way to the full name the story states or shows', async () => {
  const shown = '<div class="post-meta"><a href="/person/hanna-browne/">Hanna Browne</a></div>';
  assert.deepEqual(await authorOf(shown, '', '<meta name="author" content="hbrowne77">'), ['Hanna Browne']);
  const ld = '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Hanna Browne"}}</script>';
  assert.deepEqual(await authorOf('', '', `<meta name="author" content="hbrowne77"><meta property="article:author" content="hbrowne77">${ld}`), ['Hanna Browne']);
  // With no full name anywhere, the account is all the page says: it stays.
  assert.deepEqual(await authorOf('', '', '<meta name="author" content="hbrowne77">'), ['hbrowne77']);
});

test('an author box\'s description (a role, a degree) is no name; the name beside it is', async () => {
  const about = '<div class="dynamic-author-description">Certified Tea Taster, M.A. Journalism</div>';
  assert.equal(await authorOf(about), undefined);
  assert.deepEqual(await authorOf(`<p class="byline">By Hanna Browne</p>${about}`), ['Hanna Browne']);
});

test('stated author metadata whose name is empty before its affiliation (", Harbour Post") names no one', async () => {
  const ld = '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":", Harbour Post"}}</script>';
  assert.deepEqual(await authorOf('<p class="byline">By Hanna Browne</p>', '', ld), ['Hanna Browne']);
});

test('author metadata naming the site itself gives way to the person the byline names', async () => {
  const head = '<meta property="og:site_name" content="Harbour Post Weekly"><meta name="author" content="Harbour Post Weekly">';
  assert.deepEqual(await authorOf('<p class="byline">by Hanna Browne</p>', '', head), ['Hanna Browne']);
  // Alone, the site's name stays what the metadata states.
  assert.deepEqual(await authorOf('', '', head), ['Harbour Post Weekly']);
});

test('an author field\'s label beside the name: "Contributors:" text, "Author" heading, "Article by" heading', () => {
  assert.deepEqual(markupAuthors('<div class="meta"><div><strong>Contributors:</strong> Orla Quinn</div></div>'), ['Orla Quinn']);
  assert.deepEqual(markupAuthors('<div class="facts"><div><h3>Published</h3><p>March 4, 2025</p></div><div><h3>Author</h3><p>Orla Quinn</p></div></div>'), ['Orla Quinn']);
  // The label's value is the element after it, not the share buttons that follow.
  assert.deepEqual(markupAuthors('<div><h2>Article by</h2><div>Orla Quinn</div><div><button>Share on the harbour forum</button><button>Copy the link to this page</button></div></div>'), ['Orla Quinn']);
  // A label with no name beside it names no one.
  assert.equal(markupAuthors('<table><tr><th>Author</th><th>Message</th></tr></table>'), undefined);
});

test('a page builder\'s widget wrappers around an author box, and the <body>\'s template classes ("no-sidebar"), do not make it someone else\'s', () => {
  const box = '<div class="pb-widget pb-widget-author-box"><div class="pb-widget-container"><div class="pb-author-box"><div class="pb-author-box__text"><h4 class="pb-author-box__name">Orla Quinn</h4><p>Transport reporter</p></div></div></div></div>';
  const columns = `<div class="pb-section"><div class="pb-column"><h1>Ferry every half hour</h1>${BODY}</div><div class="pb-column"><div class="pb-widget-wrap">${box}</div></div></div>`;
  const html = (body: string, cls: string): string => `<!doctype html><html><head><title>Ferry every half hour</title></head><body class="${cls}">${body}</body></html>`;
  assert.deepEqual(readMetadata(parseHtml(html(columns, 'single'))).meta.authors, ['Orla Quinn']);
  // A page without an <h1>: the <body>'s classes describe its template, not a region of it.
  assert.deepEqual(readMetadata(parseHtml(html(`${BODY}<div class="post-author"><span class="author-name">Orla Quinn</span></div>`, 'single no-sidebar footer-widgets'))).meta.authors, ['Orla Quinn']);
  // A related story's card is still someone else's.
  assert.equal(markupAuthors(`${BODY}<div class="card"><div class="card-content"><span class="byline">Ciaran Dunne</span></div></div>`), undefined);
});

test('the byline under the headline is the story\'s even where related stories list four more writers', () => {
  const related = ['Ciaran Dunne', 'Maeve Lynch', 'Declan Walsh', 'Aoife Brennan']
    .map((n, i) => `<div class="post-teaser"><h3>Other story ${i}</h3><div class="date-and-author"><span>Feb ${i + 1}, 2025</span><span>${n}</span></div></div>`).join('');
  const head = '<div class="date-and-author"><span>Mar 4, 2025</span><span>Orla Quinn</span></div>';
  assert.deepEqual(markupAuthors(`${head}<p>The council agreed to pay for a second boat.</p>${BODY}${related}`), ['Orla Quinn']);
  // Without a byline of its own under the headline, the page lists writers: no author.
  assert.equal(markupAuthors(`${BODY}${related}`), undefined);
});

test('a byline showing the first of the writers the metadata lists gives the whole list', () => {
  const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry every half hour","author":[{"@type":"Person","name":"Orla Quinn"},{"@type":"Person","name":"Ciaran Dunne"}]}</script>';
  const html = `<!doctype html><html><head><title>Ferry every half hour</title>${ld}</head><body><h1>Ferry every half hour</h1><div class="byline">By <a href="/authors/orla-quinn">Orla Quinn</a></div><div class="byline">By <a href="/authors/orla-quinn">Orla Quinn</a></div>${BODY}</body></html>`;
  assert.deepEqual(readMetadata(parseHtml(html)).meta.authors, ['Orla Quinn', 'Ciaran Dunne']);
});

test('"Jane Doe on behalf of a group": the writer is the name before it', async () => {
  assert.deepEqual(authorsOf('Orla Quinn on behalf of the Harbour Users Group'), ['Orla Quinn']);
  assert.deepEqual(await authorOf('<div class="post-date-author">Mar. 4, 2025 · Orla Quinn on behalf of <a href="/groups/ferry">Ferry users group</a></div>'), ['Orla Quinn']);
});

test('a serial comma goes with its "and": the last name of a list is a name, not "and" and a name', () => {
  assert.deepEqual(authorsOf('Orla Quinn, Tamsin Kerr, and Ravi Lund'), ['Orla Quinn', 'Tamsin Kerr', 'Ravi Lund']);
  assert.deepEqual(authorsOf('Orla Quinn, Tamsin Kerr, & Ravi Lund'), ['Orla Quinn', 'Tamsin Kerr', 'Ravi Lund']);
  // A comma alone still separates; "Doe, Jane" (surname first) stays one person.
  assert.deepEqual(authorsOf('Orla Quinn, Ravi Lund'), ['Orla Quinn', 'Ravi Lund']);
  assert.deepEqual(authorsOf('Quinn, Orla'), ['Quinn, Orla']);
});
