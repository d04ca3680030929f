import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Element, type AnyNode } from 'domhandler';
import fc from 'fast-check';
import { twinCounter } from '../src/html/cards.js';
import { attr, isElement, markupWords, PageElement, walk } from '../src/html/dom.js';
import { PageMarkup } from '../src/html/markup.js';
import { parseHtml } from '../src/html/parse.js';
import { SEGMENT_MARK, SEGMENT_MARK_PIECE } from '../src/html/streamed.js';

// speed28h: exact rewrites on the HTML main path, each checked against the reading it replaced.

const TAGS = ['div', 'span', 'p', 'h2', 'h3', 'li', 'section', 'a', 'button', 'noscript'];
const CLASSES = ['', 'card', 'card item', 'Card', 'item  card', 'mainContent', 'article-body', 'x'];
const IDS = ['', 'top', 'main-content', 'receive-and-reply-to-an-sms-section', 'S:1'];

const element = fc.record({ tag: fc.constantFrom(...TAGS), cls: fc.option(fc.constantFrom(...CLASSES)), id: fc.option(fc.constantFrom(...IDS)) });
const markupOf = (els: { tag: string; cls: string | null; id: string | null }[]): string =>
  els
    .map((e, i) => `<${e.tag}${e.cls === null ? '' : ` class="${e.cls}"`}${e.id === null ? '' : ` id="${e.id}"`}>t${i}${i % 3 === 0 ? `</${e.tag}>` : ''}`)
    .join('');

function elementsOf(root: AnyNode): Element[] {
  const out: Element[] = [];
  walk(root, (n) => {
    if (isElement(n)) out.push(n);
    return n.type === 'root' || isElement(n);
  });
  return out;
}

test('twinCounter counts by tag and class as the string-keyed count did', () => {
  fc.assert(
    fc.property(fc.array(element, { minLength: 1, maxLength: 40 }), (els) => {
      const doc = parseHtml(`<body>${markupOf(els)}</body>`);
      const body = elementsOf(doc).find((e) => e.name === 'body') as Element;
      const old = new Map<string, number>();
      const key = (el: Element): string => `${el.name} ${attr(el, 'class') ?? ''}`;
      walk(body, (node) => {
        if (!isElement(node)) return false;
        if (attr(node, 'class') !== undefined) old.set(key(node), (old.get(key(node)) ?? 0) + 1);
        return true;
      });
      const twins = twinCounter(body);
      for (const el of elementsOf(doc)) assert.equal(twins(el), old.get(key(el)) ?? 0);
    }),
    { numRuns: 500 },
  );
});

test('markupWords: the stored answer equals a fresh reading, for elements with and without class and id', () => {
  fc.assert(
    fc.property(fc.array(element, { minLength: 1, maxLength: 30 }), (els) => {
      const doc = parseHtml(`<body>${markupOf(els)}<h2 id="a-heading-anchor">h</h2></body>`);
      for (const el of elementsOf(doc)) {
        assert.ok(el instanceof PageElement);
        const first = markupWords(el);
        // A plain domhandler element with the same attributes stores nothing: always a fresh reading.
        const fresh = markupWords(new Element(el.name, { ...el.attribs }));
        assert.equal(first, fresh);
        assert.equal(el.words, first);
        assert.equal(markupWords(el), first);
      }
    }),
    { numRuns: 300 },
  );
  const [h2] = elementsOf(parseHtml('<h2 id="top" class="Title">x</h2>')).filter((e) => e.name === 'h2');
  assert.equal(markupWords(h2 as Element), 'title');
  const [bare] = elementsOf(parseHtml('<p>x</p>')).filter((e) => e.name === 'p');
  assert.equal(markupWords(bare as Element), '');
  assert.equal((bare as PageElement).words, '');
});

test('SEGMENT_MARK never matches a text without SEGMENT_MARK_PIECE', () => {
  const pieces = ['<div hidden id="S:', '<div hidden id=S:', '<div hidden id="s:', '<DIV hidden id="S:', 'S:', 'id="S', '<div hidden id="', 'x', ' ', '"', ':', 'S'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
      const text = parts.join('');
      if (SEGMENT_MARK.test(text)) assert.ok(text.includes(SEGMENT_MARK_PIECE));
      // Across the markup's pieces as well: PageMarkup.includes looks over the seams.
      for (let cut = 0; cut <= text.length; cut++) {
        const markup = new PageMarkup([text.slice(0, cut), text.slice(cut)]);
        assert.equal(markup.includes(SEGMENT_MARK_PIECE), text.includes(SEGMENT_MARK_PIECE));
      }
    }),
    { numRuns: 2000 },
  );
  assert.ok(SEGMENT_MARK.test('<div hidden id="S:1">') && '<div hidden id="S:1">'.includes(SEGMENT_MARK_PIECE));
  assert.ok(SEGMENT_MARK.test('<div hidden id=S:2>'));
});
