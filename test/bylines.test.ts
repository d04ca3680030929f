import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clean } from '../src/index.js';

const BODY = [
  'The city council voted on Tuesday to build a tram line across the river, ending a debate that lasted ten years.',
  'Work starts in the spring and should take three years, the mayor said after the vote, thanking the residents.',
  'Opponents had argued for buses instead, which they said would cost less and could be running within a year.',
];

/** The same story as a text dump and as an HTML page, the byline line given as written. */
async function bylines(line: string): Promise<{ text: string | undefined; html: string | undefined }> {
  const dump = ['Council approves the new tram line', line, ...BODY].join('\n');
  const page = `<html><body><article><h1>Council approves the new tram line</h1><p>${line}</p>${BODY.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  const [text, html] = await Promise.all([clean(dump, { kind: 'text' }), clean(page, { kind: 'html', fallback: false })]);
  return { text: text.stories[0]?.byline, html: html.stories[0]?.byline };
}

for (const [line, name] of [
  ['From Jane Doe', 'Jane Doe'],
  ['By Jane Doe', 'Jane Doe'],
  ['Von Max Muster', 'Max Muster'],
  ['Written by Jane Doe', 'Jane Doe'],
] as const) {
  test(`byline "${line}" gives "${name}" from both the text and the HTML path`, async () => {
    assert.deepEqual(await bylines(line), { text: name, html: name });
  });
}
