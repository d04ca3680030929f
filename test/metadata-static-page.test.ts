import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readMetadata } from '../src/html/metadata.js';
import { parseHtml } from '../src/html/parse.js';
import type { PageMeta } from '../src/types.js';

/**
 * Issue 13, round 21 (byline21): a CMS's static page (WordPress's `page` type, Drupal's basic
 * page) whose only author is its metadata, with no byline or author element on the page, names
 * the account that made the page, not a writer. A post, or a static page that shows a byline,
 * keeps its author.
 */

const PARAGRAPH = '<p>Every pupil gets a practice plan for the term, and the plan changes when the pupil does.</p>';
const TEXT = PARAGRAPH.repeat(6);
const URL = 'https://fernhill-strings.example/lessons/what-parents-say/';
const HEAD = '<meta name="author" content="Odile Marsh"><meta property="og:type" content="article">'
  + '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"What parents say","author":{"@type":"Person","name":"Odile Marsh"}}</script>';

function meta(bodyClass: string, byline = '', head = HEAD): PageMeta {
  return readMetadata(parseHtml(`<html><head>${head}</head><body class="${bodyClass}"><article><h1>What parents say</h1>${byline}${TEXT}</article></body></html>`), URL).meta;
}

test('static page: author metadata alone on a WordPress page or a Drupal basic page signs nothing', () => {
  for (const cls of ['wp-singular page-template-default page page-id-4127 wp-theme-brook', 'path-node page-node-type-page', 'not-front page-node node-type-page', 'path-node page-node-type-basic-page']) {
    const m = meta(cls);
    assert.equal(m.authors, undefined, cls);
    assert.equal(m.byline, undefined, cls);
  }
});

test('static page: a post, an article node, or a static page that shows a byline keeps its author', () => {
  assert.deepEqual(meta('wp-singular post-template-default single single-post postid-4127').authors, ['Odile Marsh']);
  assert.deepEqual(meta('path-node page-node-type-article').authors, ['Odile Marsh']);
  assert.deepEqual(meta('path-node page-node-type-cms-page').authors, ['Odile Marsh']);
  assert.deepEqual(meta('page page-id-4127', '<p class="byline">By <a href="/author/odile-marsh/">Odile Marsh</a></p>').authors, ['Odile Marsh']);
  // The page shows an author element whose name the markup leaves to the metadata.
  assert.deepEqual(meta('page page-id-4127', '<div class="post-author"><span class="author-label">By</span></div>').authors, ['Odile Marsh']);
});
