import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clean } from '../src/index.js';
import { authorsOf, isPersonName } from '../src/lexicon/names.js';

/**
 * Metadata a pipeline can trust (issue 13): each case is a kind of wrong value seen on real pages,
 * written here in our own words. A wrong author, source, language or date is worse than none.
 */

const PARAGRAPHS = [
  'The harbour authority voted on Tuesday to run a night ferry to the northern islands from the spring onwards, after a year of talks with the crews.',
  'Islanders had asked for a late boat for years, saying the last crossing at six in the evening left them stranded after work or hospital visits on the mainland.',
  'The first sailings are planned for April, and the authority said it would review the timetable after the summer season with the island councils.',
];

function page(head: string, header: string, lang = 'en', paragraphs = PARAGRAPHS): string {
  return `<!doctype html><html lang="${lang}"><head>${head}</head><body><article><h1>Night ferry approved for the islands</h1>${header}${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}

async function main(html: string): Promise<Record<string, unknown>> {
  const r = await clean(html, { fallback: false });
  const story = r.stories[0];
  assert.ok(story, 'a story');
  return story as unknown as Record<string, unknown>;
}

test('author: a photo credit in the byline slot is no author; the author element names the author', async () => {
  const s = await main(page('', '<p class="byline">PAP/ Tomasz Nowak</p><div id="article-author">Anna Kowalczyk</div>'));
  assert.deepEqual(s['authors'], ['Anna Kowalczyk']);
  assert.equal(s['byline'], 'Anna Kowalczyk');
});

test('author: a label is no author; citation_author names the author', async () => {
  const s = await main(page('<meta name="citation_author" content="Maria Lindqvist">', '<span class="author">Author information</span>'));
  assert.deepEqual(s['authors'], ['Maria Lindqvist']);
});

test('author: a sentence, an e-mail address or a company in the author tag gives no byline', async () => {
  const values = [
    'Le Maroc possède de nombreux avantages pour attirer les investisseurs étrangers…',
    'redaktion[at]hafenblatt.example',
    'Hafen Handels GmbH www.hafen-handel.example',
    'Beispiel-Verlag GmbH, Köln, Germany',
  ];
  for (const v of values) {
    const s = await main(page(`<meta name="author" content="${v}">`, ''));
    assert.equal(s['byline'], undefined, v);
    assert.equal(s['authors'], undefined, v);
  }
});

test('person names: names pass; credits, labels, e-mails, companies and sentences do not', () => {
  for (const name of ['Jane Doe', 'Jean-Luc Picard', "Aoife O'Riordan", 'Ludwig van Beethoven', 'J. R. Hartley']) assert.ok(isPersonName(name), name);
  for (const bad of ['PAP/ Rafał Guz', 'Author information', 'info@example.com', 'Acme Widgets Inc', 'Full Bio', 'This is a sentence. and more']) assert.ok(!isPersonName(bad), bad);
  assert.deepEqual(authorsOf('By Jane Doe and John Roe'), ['Jane Doe', 'John Roe']);
  assert.deepEqual(authorsOf(Array.from({ length: 200 }, (_, i) => `Person Number${String.fromCharCode(65 + (i % 26))}`).join(', ')), []);
});

test('source: the site name without the tagline its template appends', async () => {
  const s = await main(page('<meta property="og:site_name" content="Harbour Herald | Coast News, Weather, Sports | Portville">', ''));
  assert.equal(s['source'], 'Harbour Herald');
  assert.equal(s['siteName'], 'Harbour Herald');
});

const SPANISH = [
  'El puerto de la ciudad volvió a abrir sus puertas este martes después de que la tormenta obligara a cerrar todas las operaciones durante tres días.',
  'Los trabajadores del puerto dijeron que los daños fueron menores de lo que se esperaba y que los barcos podrán entrar y salir con normalidad.',
  'La alcaldía también anunció que las calles cercanas al muelle serán reparadas en los próximos días para que el tránsito vuelva a la normalidad.',
];

test('lang: a Spanish page under a theme-default <html lang="en"> is Spanish', async () => {
  const s = await main(page('<meta http-equiv="content-language" content="es">', '', 'en', SPANISH));
  assert.equal(s['lang'], 'es');
  const english = await main(page('', '', 'en'));
  assert.equal(english['lang'], 'en');
});

test('dateline: a Spanish place-and-date line leaves the body, becomes the dateline and the date', async () => {
  const s = await main(page('', '<p>Tegucigalpa, Honduras 14, Marzo, 2023 9:15 a.m.</p>', 'es', SPANISH));
  assert.equal(s['dateline'], 'Tegucigalpa, Honduras');
  assert.equal(s['published'], '2023-03-14T09:15:00');
  assert.ok(!String(s['body']).includes('Tegucigalpa'), 'the dateline line is out of the body');
});

test('author labels come off, name particles stay: one label list for every path', () => {
  assert.deepEqual(authorsOf('De Souza Lima'), ['De Souza Lima']);
  assert.deepEqual(authorsOf('From Jane Doe'), ['Jane Doe']);
  assert.deepEqual(authorsOf('Written by: Jane Doe'), ['Jane Doe']);
  assert.deepEqual(authorsOf('escrito por María López'), ['María López']);
});
