import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readMetadata } from '../src/html/metadata.js';
import { parseHtml } from '../src/html/parse.js';
import type { PageMeta } from '../src/types.js';

/**
 * Issue 13, eighteenth round (byline18): a link to an author's page that is an item of the site's
 * menu ("menu-item" in a "sub-menu" list) is navigation, not the story's byline.
 */

const PARAGRAPH = '<p>Lichen on a north wall grows a millimetre a year, so a patch the size of a coin has watched a century of weather.</p>';
const TEXT = PARAGRAPH.repeat(6);
const URL = 'https://stonecrop.example/notes/wall-lichen';

function meta(before: string, after = ''): PageMeta {
  return readMetadata(parseHtml(`<html><body><header>${before}</header><article><h1>What the wall remembers</h1>${TEXT}${after}</article></body></html>`), URL).meta;
}

const MENU = (item: string): string =>
  `<div class="x-bar"><ul class="x-menu"><li class="menu-item"><a href="/topic/moss/">Mosses</a></li><li class="menu-item menu-item-has-children"><a href="#">Writers</a><ul class="sub-menu">${item}</ul></li></ul></div>`;

test('menu author link: an author page linked as an item of the site menu signs nothing', () => {
  const m = meta(MENU('<li class="menu-item menu-item-type-custom"><a href="/author/orrin-vale/"><span>Orrin Vale</span></a></li>'));
  assert.equal(m.authors, undefined);
  assert.equal(m.soleByline, undefined);
  assert.equal(m.pageSigned, undefined);
});

test('menu author link: the same link in a list of the entry\'s own details still signs', () => {
  const m = meta('', '<ul class="entry-meta"><li class="posted-on">May 3</li><li class="entry-author"><a href="/author/orrin-vale/">Orrin Vale</a></li></ul>');
  assert.deepEqual(m.authors, ['Orrin Vale']);
});
