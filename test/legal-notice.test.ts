import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clean } from '../src/index.js';

// An invented download shop selling a puzzle game; its maker's fine print closes the page.
const ld = '<script type="application/ld+json">{"@type":"Product","name":"Lantern Maze"}</script>';
const about =
  '<h1>Lantern Maze</h1><p>Guide a paper lantern through forty hand-drawn mazes, lighting candles to open new paths before the wind blows them out.</p>' +
  '<h2>About the game</h2><p>Each maze hides three moths to collect, and the last chapter lets you draw your own mazes and share them with friends.</p>' +
  '<ul><li>Requires agreement to the maker\'s EULA</li><li>Storage: 2 GB available space</li></ul>';
// One paragraph broken into lines by <br>: the first line names two kinds of legal wording, the second none.
const notice =
  '<div class="fine"><p>© 2026 Quillpine Games. All rights reserved. Lantern Maze is a trademark of Quillpine Games.<br><br>' +
  'Online play needs an account with the maker; features may be switched off after ninety days\' notice.</p></div>';
const page = (inside: string): string => `<html><head>${ld}</head><body><main>${about}${inside}</main></body></html>`;

test("html/legal-notice: on a product page the maker's fine print goes with the other lines of its paragraph; a line that names one term stays", async () => {
  const r = await clean(page(notice), { fallback: false });
  assert.equal(r.pageType, 'product');
  const body = r.stories[0]?.body ?? '';
  assert.doesNotMatch(body, /All rights reserved|ninety days/, body);
  assert.equal(r.removed.find((x) => x.text.startsWith('© 2026 Quillpine'))?.rule, 'html/legal-notice');
  assert.equal(r.removed.find((x) => x.text.startsWith('Online play needs'))?.rule, 'html/legal-notice');
  // One kind alone is a fact about the item, and the description stays whole.
  assert.match(body, /Requires agreement to the maker's EULA/);
  assert.match(body, /forty hand-drawn mazes/);
  assert.match(body, /three moths/);
  const off = await clean(page(notice), { fallback: false, disable: ['html/legal-notice'] });
  assert.match(off.stories[0]?.body ?? '', /ninety days/);
});

test('html/legal-notice: an article keeps a paragraph about terms of service and a privacy policy', async () => {
  const para = (i: number): string =>
    `<p>Part ${i}: the regulator asked the company to explain, in plain words and before the summer, how its rules for users had changed over the last ${i + 2} years.</p>`;
  const news =
    '<p>The new terms of service now point readers to a shorter privacy policy, and the company says older accounts will be asked to agree again.</p>';
  const r = await clean(`<html><body><article><h1>Regulator questions a forum's new rules</h1>${para(1)}${para(2)}${news}${para(3)}</article></body></html>`, { fallback: false });
  assert.notEqual(r.pageType, 'product');
  assert.match(r.stories[0]?.body ?? '', /shorter privacy policy/);
});
