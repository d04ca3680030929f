import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clean } from '../src/index.js';
import { readMetadata } from '../src/html/metadata.js';
import { chooseTitle, statedHeadline } from '../src/html/title.js';
import { parseHtml } from '../src/html/parse.js';

/**
 * Which source names the page where the markup's title sources disagree (issue 13): the one two
 * sources agree on, the page's one headline however often it is printed, and the site's slot only
 * where the site's name really stands last.
 */

const BODY = [
  'The harbour library will open its reading rooms every day from next month, after volunteers offered to staff the desk and the map room.',
  'Librarians said longer hours had been the most requested change in every survey since the building reopened after the storm repairs.',
  'The council will review the trial in the autumn and asks readers to leave a short card at the desk after each visit.',
].map((p) => `<p>${p}</p>`).join('');

const stated = (html: string): string | undefined => readMetadata(parseHtml(html)).title.stated;

test('title: a JSON-LD headline sharing a word with the title gives way where the page\'s <h1> prints the title and holds no copy of the headline', () => {
  const head = (h1: string): string => `<html><head><title>List of lighthouses - Coastpedia</title><script type="application/ld+json">{"@type":"Article","headline":"Coastpedia list article"}</script></head><body><h1>${h1}</h1></body></html>`;
  assert.equal(stated(head('List of lighthouses')), 'List of lighthouses');
  // A forum's <h1> holds the headline behind its thread prefix: the headline stays.
  const forum = '<html><head><title>Question - Reading room hours? | Harbour Forum</title><script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"Reading room hours?"}</script></head><body><h1>Question Reading room hours?</h1></body></html>';
  assert.equal(stated(forum), 'Reading room hours?');
  // With no <h1> to side with either, the agreeing headline stays too.
  assert.equal(stated('<html><head><title>List of lighthouses - Coastpedia</title><script type="application/ld+json">{"@type":"Article","headline":"Coastpedia list article"}</script></head><body></body></html>'), 'Coastpedia list article');
});

test('title: a JSON-LD headline the page prints as its <h1> names the page even where og:title shares no word with it', () => {
  const html = '<html><head><meta property="og:title" content="Blog post >> Visit our blog to learn more"><script type="application/ld+json">{"@type":"BlogPosting","headline":"Reading rooms open every day"}</script></head><body><h1>Reading rooms open every day</h1></body></html>';
  assert.equal(stated(html), 'Reading rooms open every day');
  const unprinted = '<html><head><meta property="og:title" content="Blog post >> Visit our blog to learn more"><script type="application/ld+json">{"@type":"BlogPosting","headline":"Reading rooms open every day"}</script></head><body><h1>Harbour news</h1></body></html>';
  assert.equal(stated(unprinted), 'Blog post >> Visit our blog to learn more');
});

test('title: the part after the site\'s name in "Site | Tagline" is the stated title, not the site\'s slot; a headline saying the last part of "Page | Section | Site" still is the site\'s', () => {
  const html = '<html><head><title>Harbourlight | Reading rooms open every day</title><meta property="og:site_name" content="Harbourlight"></head><body></body></html>';
  const evidence = readMetadata(parseHtml(html)).title;
  assert.equal(evidence.stated, 'Reading rooms open every day');
  assert.equal(evidence.isSite('Reading rooms open every day'), false);
  // So a slogan <h1> closed by a full stop gives way to it.
  assert.equal(chooseTitle('Books, finally.', evidence, 'service'), 'Reading rooms open every day');
  const slot = readMetadata(parseHtml('<html><head><title>Reading rooms open every day | News | Harbour Town Council</title></head><body></body></html>')).title;
  assert.equal(slot.isSite('Harbour Town Council'), true);
});

test('title: the page\'s headline printed twice outside the story (small- and large-screen copies), or beside a logo <h1>, names the page', async () => {
  const menu = '<ul><li><a href="/a">Home</a></li><li><a href="/b">Events</a></li><li><a href="/c">Branches</a></li><li><a href="/d">Contact</a></li></ul>';
  const page = (h1s: string): string => `<html><head><title>Longer hours for the harbour library reading rooms</title><meta property="og:site_name" content="Harbourlight"></head><body><header class="site-header">${menu}${h1s}</header><main><article>${BODY}</article></main><footer>${menu}</footer></body></html>`;
  const twice = (await clean(page('<h1 class="mobile">Reading rooms open every day</h1><h1 class="desktop">Reading rooms open every day</h1>'), { fallback: false })).stories[0];
  assert.equal(twice?.title, 'Reading rooms open every day');
  const logo = (await clean(page('<h1>Harbourlight</h1><h1>Reading rooms open every day</h1>'), { fallback: false })).stories[0];
  assert.equal(logo?.title, 'Reading rooms open every day');
  // Two different headlines: neither is the page's one headline, and the stated title names it.
  const two = (await clean(page('<h1>Reading rooms open every day</h1><h1>Map room closed on Mondays</h1>'), { fallback: false })).stories[0];
  assert.equal(two?.title, 'Longer hours for the harbour library reading rooms');
});

test('title: on an inner page a title tag that says only the site\'s name gives way to <title>; on the front page, or with no URL, it stays', () => {
  const html = '<html><head><title>Wool Harbour Socks</title><meta name="twitter:title" content="Tidewear"><meta property="og:site_name" content="Tidewear"></head><body></body></html>';
  assert.equal(readMetadata(parseHtml(html), 'https://shop.tidewear.example/collections/wool-socks').title.stated, 'Wool Harbour Socks');
  assert.equal(readMetadata(parseHtml(html), 'https://shop.tidewear.example/').title.stated, 'Tidewear');
  assert.equal(readMetadata(parseHtml(html)).title.stated, 'Tidewear');
});

test('title: a section label the markup states and an <h1> prints names a listing page, not another kind', () => {
  const html = '<html><head><title>All Harbour Notices</title></head><body><h1>All Harbour Notices</h1><h1>Ferry timetable changes in March</h1></body></html>';
  const evidence = readMetadata(parseHtml(html)).title;
  // "All … Notices" is no section label the lexicon knows: the rule holds on every page type.
  assert.equal(statedHeadline('Ferry timetable changes in March', evidence, 'article'), 'All Harbour Notices');
  const label = readMetadata(parseHtml('<html><head><title>All Latest News</title></head><body><h1>All Latest News</h1><h1>Ferry timetable changes in March</h1></body></html>')).title;
  assert.equal(statedHeadline('Ferry timetable changes in March', label, 'listing'), 'All Latest News');
  assert.equal(statedHeadline('Ferry timetable changes in March', label, 'article'), undefined);
});
