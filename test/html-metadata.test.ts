import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Document } from 'domhandler';
import { isoDate, readMetadata, stripTitleSuffix } from '../src/html/metadata.js';
import { parseLd } from '../src/html/jsonld.js';
import { parseHtml } from '../src/html/parse.js';
import type { PageMeta } from '../src/types.js';

/** The page as the extractor reads it (html/parse's tree). */
const load = (html: string): Document => parseHtml(html);
const pageMetadata = (page: Document, url?: string): PageMeta => readMetadata(page, url).meta;
const articleBodyFromJsonLd = (page: Document, url?: string): string | undefined => readMetadata(page, url).articleBody();
const ld = (json: string): string => `<script type="application/ld+json">${json}</script>`;
const doc = (head: string, body = '<p>Body.</p>', htmlAttrs = ''): string =>
  `<!doctype html><html${htmlAttrs}><head>${head}</head><body>${body}</body></html>`;

const GRAPH = JSON.stringify({
  '@context': 'https://schema.org',
  '@graph': [
    { '@type': 'WebSite', '@id': 'https://news.example/#website', name: 'Example News' },
    { '@type': 'WebPage', '@id': 'https://news.example/a/#webpage', name: 'Page name', inLanguage: 'de-DE' },
    {
      '@type': 'NewsArticle',
      '@id': 'https://news.example/a/#article',
      headline: 'Flood waters recede in the valley',
      datePublished: '2025-02-16T05:45:00+0530',
      dateModified: '2025-02-17',
      author: [{ '@id': 'https://news.example/#/person/1' }, { '@type': 'Person', name: 'Ben Roe' }],
      publisher: { '@id': 'https://news.example/#org' },
      inLanguage: 'de-DE',
      articleBody: 'The water went down overnight. <b>Roads</b> reopened &amp; schools too.',
    },
    { '@type': 'Person', '@id': 'https://news.example/#/person/1', name: 'Ann Lee' },
    { '@type': 'NewsMediaOrganization', '@id': 'https://news.example/#org', name: 'Example Publishing' },
  ],
});

test('JSON-LD @graph: headline, offset-normalised date, @id authors and publisher, language', () => {
  const $ = load(doc(`<title>Flood waters recede in the valley | Example News</title>${ld(GRAPH)}`, '<p>x</p>', ' lang="en"'));
  const meta = pageMetadata($, 'https://news.example/a/');
  assert.equal(meta.title, 'Flood waters recede in the valley');
  assert.equal(meta.published, '2025-02-16T05:45:00+05:30');
  assert.equal(meta.modified, '2025-02-17');
  assert.equal(meta.byline, 'Ann Lee, Ben Roe');
  assert.equal(meta.source, 'Example Publishing');
  // JSON-LD inLanguage outranks <html lang>
  assert.equal(meta.lang, 'de');
  assert.equal(meta.url, 'https://news.example/a/');
});

test('articleBodyFromJsonLd: the article body without tags and entities; undefined when absent', () => {
  const $ = load(doc(ld(GRAPH)));
  assert.equal(articleBodyFromJsonLd($), 'The water went down overnight. Roads reopened & schools too.');
  assert.equal(articleBodyFromJsonLd(load(doc('<meta property="og:title" content="T">'))), undefined);
});

test('malformed JSON-LD is repaired: comments, CDATA, trailing commas, raw newlines, two objects in one script', () => {
  const broken = [
    '<!--\n{"@type": "NewsArticle", "headline": "Commented headline",}\n-->',
    '//<![CDATA[\n{"@type": "Article", "headline": "Cdata headline"}\n//]]>',
    '{"@type": "BlogPosting", "headline": "Line\nbreak", "author": {"name": "Cy Doe",},}',
    '{"@type": "Organization", "name": "Org"}{"@type": "NewsArticle", "headline": "Second object"}',
  ];
  const headlines = broken.map((raw) => parseLd(raw).flatMap((v) => (Array.isArray(v) ? v : [v])).map((v) => (v as Record<string, unknown>)['headline'] ?? null));
  assert.deepEqual(headlines, [['Commented headline'], ['Cdata headline'], ['Line break'], [null, 'Second object']]);
});

test('hopeless JSON-LD never throws and leaves the other sources in charge', () => {
  const garbage = ['{{{', 'null', '[]', '"just a string"', '[{"@type": 5}]', `${'['.repeat(5000)}${']'.repeat(5000)}`, "{'@type': 'NewsArticle', 'headline': 'single quotes'}"];
  const head = `${garbage.map(ld).join('')}<meta property="og:title" content="Real title">`;
  const meta = pageMetadata(load(doc(head)));
  assert.equal(meta.title, 'Real title');
});

test('salvage: JSON that cannot parse still gives its plain headline and date', () => {
  const raw = '{"@type": "NewsArticle", "headline": "Salvaged headline", "datePublished": "2024-03-01T10:00:00Z", "author": Jane Doe}';
  const meta = pageMetadata(load(doc(`${ld(raw)}<title>Salvaged headline - Site</title>`)));
  assert.equal(meta.title, 'Salvaged headline');
  assert.equal(meta.published, '2024-03-01T10:00:00Z');
});

test('OpenGraph and meta tags only', () => {
  const head = [
    '<meta property="og:title" content="Council approves the new bridge">',
    '<meta property="og:site_name" content="Town Crier">',
    '<meta property="article:published_time" content="2023-10-05T14:30:00-04:00">',
    '<meta name="author" content="By Dana Smith">',
    '<meta property="og:description" content="A short summary.">',
    '<meta property="og:url" content="https://towncrier.example/bridge">',
  ].join('');
  const meta = pageMetadata(load(doc(head)));
  assert.deepEqual(meta, {
    title: 'Council approves the new bridge',
    siteName: 'Town Crier',
    source: 'Town Crier',
    published: '2023-10-05T14:30:00-04:00',
    authors: ['Dana Smith'],
    byline: 'Dana Smith',
    description: 'A short summary.',
    canonical: 'https://towncrier.example/bridge',
    url: 'https://towncrier.example/bridge',
  });
});

test('other meta families: dc.*, sailthru.*, parsely-page, name=date', () => {
  const dc = pageMetadata(load(doc('<meta name="DC.date.issued" content="2022-01-04"><meta name="dc.creator" content="Eva Braun-Klein">')));
  assert.equal(dc.published, '2022-01-04');
  assert.equal(dc.byline, 'Eva Braun-Klein');
  const sailthru = pageMetadata(load(doc('<meta name="sailthru.date" content="2021-06-01 08:15:00 +0200"><meta name="sailthru.author" content="Max Mustermann">')));
  assert.equal(sailthru.published, '2021-06-01T08:15:00+02:00');
  assert.equal(sailthru.byline, 'Max Mustermann');
  const parsely = pageMetadata(load(doc(`<meta name="parsely-page" content='{"title": "Parsely title", "pub_date": "2020-02-02T02:02:02Z", "author": "Pat Sly"}'>`)));
  assert.deepEqual([parsely.title, parsely.published, parsely.byline], ['Parsely title', '2020-02-02T02:02:02Z', 'Pat Sly']);
  // An unreadable first date does not hide a readable later one.
  const later = pageMetadata(load(doc('<meta name="date" content="yesterday"><meta name="dcterms.date" content="2019-05-06">')));
  assert.equal(later.published, '2019-05-06');
});

test('<time datetime>, itemprop=datePublished, free-text dates; <html lang>; relative canonical', () => {
  const body = '<p>Updated <time datetime="2024-05-02">May 2</time></p><span itemprop="datePublished">16. Februar 2025, 14:30 Uhr</span>';
  const meta = pageMetadata(load(doc('<link rel="canonical" href="/story/1"><title>Title</title>', body, ' lang="pt-BR"')), 'https://site.example/x?y=1');
  assert.equal(meta.published, '2025-02-16T14:30:00');
  assert.equal(meta.lang, 'pt');
  assert.equal(meta.canonical, 'https://site.example/story/1');
  const plain = pageMetadata(load(doc('<title>T</title>', '<time datetime="2024-05-02T09:00:00+01:00">2 May</time>')));
  assert.equal(plain.published, '2024-05-02T09:00:00+01:00');
});

test('authors: URLs and CMS placeholders are not bylines; strings and objects are', () => {
  const art = (author: unknown): string => ld(JSON.stringify({ '@type': 'Article', headline: 'H', author }));
  assert.equal(pageMetadata(load(doc(art('Jo Writer')))).byline, 'Jo Writer');
  assert.equal(pageMetadata(load(doc(art({ '@type': 'Person', givenName: 'Kim', familyName: 'Park' })))).byline, 'Kim Park');
  assert.equal(pageMetadata(load(doc(art({ name: 'admin' })))).byline, undefined);
  assert.equal(pageMetadata(load(doc(art('https://facebook.com/someone')))).byline, undefined);
  assert.equal(pageMetadata(load(doc('<meta property="article:author" content="https://www.facebook.com/x">'))).byline, undefined);
});

test('a JSON-LD headline unrelated to the page title is a template leftover', () => {
  const head = `${ld('{"@type": "NewsArticle", "headline": "escenic"}')}<meta property="og:title" content="Plumber jailed after boiler fault">`;
  assert.equal(pageMetadata(load(doc(head))).title, 'Plumber jailed after boiler fault');
});

test('several articles: the one about the page URL wins', () => {
  const list = JSON.stringify([
    { '@type': 'NewsArticle', headline: 'Other story', url: 'https://s.example/other' },
    { '@type': 'NewsArticle', headline: 'This story', url: 'https://www.s.example/this/' },
  ]);
  assert.equal(pageMetadata(load(doc(ld(list))), 'https://s.example/this').title, 'This story');
  assert.equal(pageMetadata(load(doc(ld(list)))).title, 'Other story');
});

test('title suffix stripping', () => {
  const names = ['Example News', 'example.com', 'example'];
  assert.equal(stripTitleSuffix('Flood waters recede | Example News', names), 'Flood waters recede');
  assert.equal(stripTitleSuffix('Flood waters recede - EXAMPLE.COM', names), 'Flood waters recede');
  assert.equal(stripTitleSuffix('Example News » Flood waters recede', names), 'Flood waters recede');
  assert.equal(stripTitleSuffix('Flood waters recede | Politik | Example News', names), 'Flood waters recede | Politik');
  // umlauts as hosts spell them
  assert.equal(stripTitleSuffix('Lawinenkunde für Anfänger - Bächli Bergsport', ['baechli-bergsport.ch', 'baechlibergsport']), 'Lawinenkunde für Anfänger');
  // no known name: a clearly shorter trailing part goes, a comparable one stays
  assert.equal(stripTitleSuffix('Council approves the new bridge over the river - Crier', []), 'Council approves the new bridge over the river');
  assert.equal(stripTitleSuffix('Interview - Angela Merkel', []), 'Interview - Angela Merkel');
  // a colon is part of the headline
  assert.equal(stripTitleSuffix('Brexit: what happens next', ['brexit']), 'Brexit: what happens next');
  assert.equal(stripTitleSuffix('Headline with nothing after -', []), 'Headline with nothing after');
  assert.equal(stripTitleSuffix('Example News', names), 'Example News');
  // the site named in the middle: it and whatever follows go
  assert.equal(stripTitleSuffix('Gift guide | Example News | Shop now!', names), 'Gift guide');
  assert.equal(stripTitleSuffix('Blog Archive » Plugins in Plex', []), 'Plugins in Plex');
});

test('title: a template label ("View topic") introduces the topic; a host\'s acronym names the site', () => {
  const forum = ['Harbour Boats', 'harbourboats.org', 'harbourboats'];
  assert.equal(stripTitleSuffix('Harbour Boats • View topic - Which anchor for a muddy bottom?', forum), 'Which anchor for a muddy bottom?');
  assert.equal(stripTitleSuffix('Which anchor for a muddy bottom? • View topic', forum), 'Which anchor for a muddy bottom?');
  const agency = ['nmfa.gov', 'nmfa'];
  assert.equal(stripTitleSuffix('Harbour Dredging - Permits | National Marine Fisheries Agency', agency), 'Harbour Dredging - Permits');
  // Initials that spell nothing the site goes by leave the part alone.
  assert.equal(stripTitleSuffix('Harbour Dredging - Permits | National Marine Fisheries Agency', ['nmf.gov', 'nmf']), 'Harbour Dredging - Permits | National Marine Fisheries Agency');
});

test('a forum title written as a slash trail up to the site keeps the topic; a slash inside a headline stays', () => {
  const names = ['Harbour Boats Forum', 'forum.harbourboats.org', 'harbourboats'];
  assert.equal(stripTitleSuffix('Which anchor for a muddy bottom? / Gear and Rigging / Harbour Boats Forum', names), 'Which anchor for a muddy bottom?');
  assert.equal(stripTitleSuffix('Tide tables for 2026 / 2027', names), 'Tide tables for 2026 / 2027');
  // The site not named last: no trail.
  assert.equal(stripTitleSuffix('Oars / paddles / poles compared', names), 'Oars / paddles / poles compared');
});

test('a title part equal to the page <h1> is the headline, whatever the site calls itself', () => {
  assert.equal(stripTitleSuffix('Spring is here | Library 2.0 and more', [], ['Spring is here']), 'Spring is here');
  const $ = load(doc('<title>Spring is here | Library 2.0 and more</title>', '<h1>Spring  is <em>here</em></h1><p>x</p>'));
  assert.equal(pageMetadata($).title, 'Spring is here');
});

test('isoDate keeps the stated offset and never invents one', () => {
  assert.equal(isoDate('2025-02-16T05:45:00+0530'), '2025-02-16T05:45:00+05:30');
  assert.equal(isoDate('2025-02-16T05:45:00.123Z'), '2025-02-16T05:45:00Z');
  assert.equal(isoDate('2025-02-16 05:45'), '2025-02-16T05:45:00');
  assert.equal(isoDate('2025-02-16'), '2025-02-16');
  assert.equal(isoDate('2025-2-6T5:07:09-03'), '2025-02-06T05:07:09-03:00');
  assert.equal(isoDate('Feb 16, 2025 5:45 PM IST'), '2025-02-16T17:45:00+05:30');
  assert.equal(isoDate('1700000000'), '2023-11-14T22:13:20Z');
  assert.equal(isoDate('2025-13-45'), undefined);
  assert.equal(isoDate('soon'), undefined);
});

test('pages with no head, frames or an XML document give empty metadata, not an exception', () => {
  for (const html of ['', 'plain text', '<frameset><frame src="a.html"></frameset>', '<?xml version="1.0"?><svg><title>Icon</title></svg>']) {
    const meta = pageMetadata(load(html));
    assert.equal(meta.title, undefined, html);
  }
});
