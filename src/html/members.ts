import type { AnyNode, Element } from 'domhandler';
import { cleanName, isPersonName, isStatedAuthor, opensWithLabel } from '../lexicon/names.js';
import { MEMBER_LINK } from '../lexicon/patterns.js';
import { attr, collapse, NON_TEXT, textOf } from './dom.js';

/**
 * A forum's posts sign with a link to the poster's profile ("<a href="memberlist.php?mode=
 * viewprofile&u=42">jdoe</a>", "<a href="/u/jdoe">jdoe</a>") where the markup marks no author
 * element at all (html/authors reads those first). The opener's link heads the first post: it
 * comes before the thread's first text. A profile link past that text is a reply's, a signature
 * card's or a commenter's.
 */

/** The account a link to a member's profile shows, when its text is that account (a handle or a name). */
export function memberName(a: Element): string | undefined {
  const href = attr(a, 'href');
  // Runs on every link until one matches: a plain substring test turns nearly all away first.
  const match = href === undefined || !mayBeMember(href) ? null : MEMBER_LINK.exec(href);
  if (match === null) return undefined;
  const name = cleanName(collapse(textOf(a, undefined, MAX_NAME + 1)));
  if (name === '' || name.length > MAX_NAME || opensWithLabel(name) || !(isPersonName(name) || isStatedAuthor(name))) return undefined;
  // A link by account name must show that account ("/u/jdoe" reads "jdoe" or "JDoe", not "Log in").
  const account = match[1];
  return account === undefined || key(decodeSafe(account).replace(/\.\d+$/u, '')) === key(name) ? name : undefined;
}

/** The first member link's name, where no text of the thread's prose (PROSE characters) comes before it. */
export function openerLink(link: Element | undefined): string | undefined {
  if (link === undefined) return undefined;
  const name = memberName(link);
  let root: AnyNode = link;
  while (root.parent !== null) root = root.parent;
  return name !== undefined && !proseBefore(root, link) ? name : undefined;
}

/** Whether a text of PROSE characters or more comes before `el` in document order. */
function proseBefore(root: AnyNode, el: Element): boolean {
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (node === el) return false;
    if (node.type === 'text') {
      if (node.data.length >= PROSE && collapse(node.data).length >= PROSE) return true;
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'root') continue;
    if (node.type === 'tag' && NON_TEXT.has(node.name)) continue;
    const children = node.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as AnyNode);
  }
  return false;
}

/** A paragraph's length: longer than a forum's header lines, its titles and its member cards. */
const PROSE = 200;
const MAX_NAME = 40;
const key = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The parts every MEMBER_LINK match holds one of: "u=" (by number), "/u/", "/users/", "/members/", "/~". */
function mayBeMember(href: string): boolean {
  return href.includes('u=') || href.includes('/u/') || href.includes('/users/') || href.includes('/members/') || href.includes('/~');
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
