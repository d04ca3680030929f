import type { AnyNode, ChildNode, Element, ParentNode } from 'domhandler';
import { attr, isElement, walk } from './dom.js';
import type { PageMarkup } from './markup.js';

/**
 * React's streaming server rendering sends a page's slow parts last: where such a part belongs
 * stands a placeholder `<template id="B:n">` followed by fallback markup ("Loading…") up to the
 * comment `/$`, and the part itself comes at the end of the body in `<div hidden id="S:n">`, which
 * a script then moves into place. The body of a long page can sit in those segments (each section
 * of a guide, each product's description); html/hidden would drop them as hidden. Without running
 * the script, each segment is put where its placeholder stands, the fallback removed.
 */
export const SEGMENT_MARK = /<div hidden id="?S:/;
/** A piece of every text SEGMENT_MARK matches: its rarest characters. */
export const SEGMENT_MARK_PIECE = 'S:';
/** The longest text SEGMENT_MARK matches. */
const SEGMENT_MARK_CHARS = 20;
/** The comment that closes a suspense boundary's fallback. */
const BOUNDARY_END = '/$';

/** Moves streamed segments under `body` into their placeholders; returns how many. */
export function placeStreamed(body: Element, html: PageMarkup): number {
  // "S:" first: one plain search, where the expression tries every "<" of the page (most pages hold no segment).
  if (!html.includes(SEGMENT_MARK_PIECE) || !html.test(SEGMENT_MARK, SEGMENT_MARK_CHARS)) return 0;
  const segments = new Map<string, Element>();
  const holders = new Map<string, Element>();
  const slots = new Map<string, Element>();
  walk(body, (node: AnyNode) => {
    if (!isElement(node)) return false;
    const id = attr(node, 'id');
    if (id !== undefined && id.length > 2 && id[1] === ':') {
      if (id[0] === 'S' && node.name === 'div' && attr(node, 'hidden') !== undefined) segments.set(id.slice(2), node);
      else if (id[0] === 'B' && node.name === 'template') holders.set(id.slice(2), node);
      else if (id[0] === 'P' && node.name === 'template') slots.set(id.slice(2), node);
    }
    return node.name !== 'template';
  });
  let n = 0;
  for (const [key, segment] of segments) {
    // A boundary's placeholder `B:n` (with a fallback), else a segment's bare slot `P:n` inside
    // another segment (a section's paragraphs streamed into the section's frame).
    const holder = holders.get(key);
    const slot = holder ? undefined : slots.get(key);
    if (!segment.parent || !(holder ?? slot)?.parent) continue;
    detach(segment);
    if (holder) replaceFallback(holder, segment.children);
    else if (slot) replaceSlot(slot, segment.children);
    n++;
  }
  return n;
}

/** Puts `content` where a segment's slot stands. */
function replaceSlot(slot: Element, content: readonly ChildNode[]): void {
  const parent = slot.parent as ParentNode;
  parent.children.splice(parent.children.indexOf(slot), 1, ...content);
  relink(parent);
}

/** Replaces the placeholder and its fallback (up to the boundary's end comment) with `content`. */
function replaceFallback(holder: Element, content: readonly ChildNode[]): void {
  const parent = holder.parent as ParentNode;
  const kids = parent.children;
  const at = kids.indexOf(holder);
  let end = at + 1;
  while (end < kids.length) {
    const k = kids[end] as ChildNode;
    if (k.type === 'comment' && k.data === BOUNDARY_END) break;
    end++;
  }
  // No end comment: only the placeholder goes, the markup after it stays.
  if (end === kids.length) end = at + 1;
  kids.splice(at, end - at, ...content);
  relink(parent);
}

function detach(el: Element): void {
  const parent = el.parent as ParentNode;
  parent.children.splice(parent.children.indexOf(el), 1);
  relink(parent);
  el.parent = null;
}

/** Sets every child's parent and sibling links from the children array (walks follow `next`). */
function relink(parent: ParentNode): void {
  let prev: ChildNode | null = null;
  for (const c of parent.children) {
    c.parent = parent;
    c.prev = prev;
    if (prev) prev.next = c;
    prev = c;
  }
  if (prev) prev.next = null;
}
