import { isCalendarWord } from './dates.js';
import { isSpace } from './features.js';
import { AUTHOR_LABEL_PREFIX, STAMP_LABEL_TAIL } from './patterns.js';

/**
 * Is this a person's name? Authors come from many places (JSON-LD, meta tags, visible bylines),
 * and a wrong author is worse than none: a sentence, an e-mail address, a company, a photo credit
 * or a label ("Author information") must never be reported as one.
 */

/** More authors than this is a list of staff or tags, not a story's byline. */
export const MAX_AUTHORS = 12;
const MAX_NAME_WORDS = 6;
/** Longest text isPersonName reads as a name (author-box rules longer lines out before splitting them). */
export const MAX_NAME_CHARS = 60;

/** Words that end a byline without being part of the name. */
const BYLINE_SUFFIX = /\s*(?:[|•·,;–—-]\s*)?(?:staff writer|staff reporter|contributor|correspondent|editor|reporter|senior writer|(?:guest )?columnists?|redakteur(?:in)?|redaktion|\d+\s*min(?:ute)?s?\s*read)\.?$/iu;

/** "Jane Doe on behalf of the Harbour Group": the writer, then whom she writes for. */
const ON_BEHALF = / on behalf of .*$/iu;

/** Labels and furniture that sit where a name would. */
const NOT_A_NAME = new RegExp(
  '^(?:' +
    [
      'admin', 'administrator', 'user', 'guest', 'unknown', 'anonymous', 'editor', 'editors', 'webmaster', 'root', 'staff',
      'author', 'authors', 'author information', 'about the author', 'autor', 'autorin', 'auteur', 'written by', 'posted by',
      'by', 'redaktion', 'editorial', 'editorial team', 'editorial staff', 'the editors', 'team', 'news desk', 'newsroom',
      'share', 'follow', 'contact', 'home', 'menu', 'login', 'log in', 'sign in', 'subscribe', 'more', 'read more',
      'comment', 'comments', 'reply', 'replies', 'quote', 'like', 'likes', 'report',
      'null', 'undefined', 'none', 'n/a', 'na', 'default', 'wordpress', 'wpengine', 'system', 'support', 'info', 'office',
    ].join('|') +
    ')$',
  'iu',
);

/** Words of labels and furniture that sit where a name would ("Full Bio", "WHERE TO BUY", "Reviewed by"). */
const LABEL_WORD = new RegExp(
  '^(?:' +
    [
      'the', 'of', 'for', 'to', 'with', 'in', 'on', 'at', 'our', 'your', 'my', 'all', 'more', 'about', 'where', 'how', 'what',
      'full', 'bio', 'biography', 'login', 'member', 'members', 'fact', 'checked', 'reviewed', 'edited', 'medically', 'updated',
      'published', 'posted', 'written', 'sponsored', 'partner', 'content', 'advertisement', 'strategy', 'information', 'view',
      'posts', 'profile', 'read', 'share', 'follow', 'contact', 'buy', 'shop', 'subscribe', 'newsletter', 'sign', 'comments',
      'expert', 'experts', 'from', 'by', 'author', 'authors', 'corresponding', 'request', 'demo', 'category', 'collection', 'click', 'here', 'see', 'show', 'hide', 'close', 'open', 'search', 'next', 'previous', 'back',
    ].join('|') +
    ')$',
  'iu',
);

/** Company, organisation and credit words: a name holding one is not a person. */
const ORGANISATION = new RegExp(
  String.raw`\b(?:gmbh|ag|kg|ohg|ug|inc|llc|ltd|plc|corp|corporation|company|co|s\.?a|s\.?l|s\.?r\.?l|b\.?v|n\.?v|verlag|media|medien|group|gruppe|press|news|newsroom|agency|agentur|team|staff|redaktion|editorial|magazine|magazin|zeitung|journal|times|post|daily|tribune|herald|network|studio|studios|productions|publishing|communications|marketing|solutions|services|university|universität|institute|institut|foundation|stiftung|association|verein|society|council|department|ministry|government|bank|hotel|shop|store|online|digital|blog|website)\b\.?`,
  'iu',
);

/** Photo and agency credits: "PAP/ Rafał Guz", "Foto: dpa", "AP Photo/…", "Getty Images". */
const CREDIT = /(?:^|\s)(?:PAP|AP|AFP|dpa|EPA|Reuters|KNA|epd|APA|ANSA|EFE|Xinhua|IANS|PTI)\s*\/|\b(?:photo|foto|fotos|bild|image|picture|credit|crédit|quelle|source|getty|shutterstock|istock|imago)\b\s*[:/©]|©|\(c\)/iu;

const EMAIL = /[\w.+-]+(?:@|\s*\[at\]\s*|\s*\(at\)\s*)[\w-]+(?:\.|\s*\[dot\]\s*)[\w.-]+/iu;
const URLISH = /^(?:https?:)?\/\/|^www\.|\.(?:com|net|org|de|uk|fr|es|it|io)(?:\/|$)/iu;

/** A name word: capitalised ("Jane", "O'Neil", "Jean-Luc", "J."), or a particle ("van", "de"). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lu}\.|(?:van|von|der|den|de|del|della|di|da|du|dos|das|le|la|al|el|bin|ibn|ter|ten|zu|y|e|mc|mac))$/u;

/** What every e-mail address EMAIL finds holds. */
const AT_WORD = /@|\[at\]|\(at\)/i;

/** Digits and punctuation no name holds. */
const NAME_PUNCT = /[\d@#/\\|:;!?()[\]{}<>"“”«»]/u;

/** Removes byline furniture around a name: "By Jane Doe, Staff Writer" → "Jane Doe". */
export function cleanName(raw: string): string {
  let s = raw.replace(/\s+/g, ' ').trim().replace(ON_BEHALF, '');
  // "Jane Doe Last updated": the label of the stamp a template prints after the name.
  for (let i = 0; i < 2; i++) s = s.replace(AUTHOR_LABEL_PREFIX, '').replace(BYLINE_SUFFIX, '').replace(STAMP_LABEL_TAIL, '').trim();
  const name = s.replace(/^[\s,;:|•·–—-]+|[\s,;:|•·–—-]+$/gu, '').trim();
  // ", , and": a list whose names the page left empty leaves its joiner, which names no one.
  return JOINER_ALONE.test(name) ? '' : name;
}

const JOINER_ALONE = /^(?:and|&|und|et|y|or)$/iu;

/**
 * True when `s` reads as one person's name: 1-6 words, mostly capitalised name words, no digits,
 * no sentence punctuation, no e-mail or URL, no organisation or credit word, no label. A name in
 * a script without case (CJK, Arabic…) passes on its length alone.
 */
export function isPersonName(s: string): boolean {
  // The one-class test first: every check is a veto, and it vetoes most lines for the least.
  if (s.length < 2 || s.length > MAX_NAME_CHARS || NAME_PUNCT.test(s)) return false;
  // The word limit below, read before the patterns: most short lines have too many words.
  if (spaceRuns(s) >= MAX_NAME_WORDS) return false;
  // NAME_PUNCT vetoed "@", "(", "[", "/" and ":": of EMAIL, URLISH and CREDIT only what needs "[at]", "." or "©" is left to test.
  if (NOT_A_NAME.test(s) || isCalendarWord(s) || (AT_WORD.test(s) && EMAIL.test(s)) || (s.includes('.') && URLISH.test(s)) || (s.includes('©') && CREDIT.test(s))) return false;
  if (/[.!?…]\s+\p{Ll}/u.test(s)) return false;
  const words = s.split(/\s+/);
  if (words.length > MAX_NAME_WORDS || words.some((w) => LABEL_WORD.test(w))) return false;
  if (!/\p{Lu}|\p{Ll}/u.test(s)) return /\p{L}/u.test(s) && words.length <= 3;
  if (ORGANISATION.test(s)) return false;
  const named = words.filter((w) => NAME_WORD.test(w)).length;
  // "jane doe" (lower-case handles) passes only as a short handle of one or two words.
  if (named === 0) return words.length <= 2 && /^\p{Ll}[\p{Ll}.'-]+$/u.test(words[0] ?? '') && words.length === 1;
  return named === words.length || (words.length >= 3 && named >= words.length - 1);
}

/** Runs of white space (\s) in `s`: `s.split(/\s+/)` gives one piece more. */
function spaceRuns(s: string): number {
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (space && !inRun) runs++;
    inRun = space;
  }
  return runs;
}

/** True when the text opens with a label word ("Updated by …", "Reviewed by …", "Full Bio"): a field, not a name. */
export function opensWithLabel(s: string): boolean {
  return LABEL_WORD.test(s.split(/\s+/)[0] ?? '');
}

/** The word that makes a byline a team's: "Acme Team", "Team Acme", "Acme Staff", "The Acme editors". */
const TEAM_WORD = /^(?:team|staff|editors|desk)$/iu;

/**
 * A team or desk signing a story: one to three capitalised brand words (after an optional "the")
 * and a team word ("The Harbour Times Team", "Team Harbour", "Harbour Staff"). Labels ("Our
 * Team", "Meet the Team"), companies, addresses and credits are not.
 */
export function isTeamName(s: string): boolean {
  return teamBrand(s) !== undefined;
}

/** A team's own words ("Harbour Times" of "The Harbour Times Team", isTeamName), or undefined for a text that names no team. */
export function teamBrand(s: string): string | undefined {
  if (s.length > MAX_NAME_CHARS || NOT_A_NAME.test(s) || EMAIL.test(s) || URLISH.test(s) || CREDIT.test(s) || LEGAL_FORM.test(s) || /[\d@#/\\|:;!?()[\]{}<>"“”«»]/u.test(s)) return undefined;
  const words = s.split(/\s+/);
  const last = words.length - 1;
  const brand = TEAM_WORD.test(words[last] ?? '') ? words.slice(0, last) : /^team$/iu.test(words[0] ?? '') ? words.slice(1) : [];
  const own = /^the$/iu.test(brand[0] ?? '') ? brand.slice(1) : brand;
  return own.length >= 1 && own.length <= 3 && own.every((w) => /^\p{Lu}/u.test(w) && !LABEL_WORD.test(w) && !TEAM_WORD.test(w)) ? own.join(' ') : undefined;
}

/** Legal forms: a registered company, not a byline ("Acme Widgets GmbH", "Example Corp."). */
const LEGAL_FORM = /\b(?:gmbh|ag|kg|ohg|ug|inc|llc|ltd|plc|corp|corporation|s\.?a|s\.?l|s\.?r\.?l|b\.?v|n\.?v|verlag)\b\.?/iu;

/**
 * What a page's author metadata (JSON-LD author, meta author, citation_author) may state beyond a
 * person's name and still be its author: a team or desk ("Harbour Times Staff"), an organisation
 * that signs its own posts, a handle, a name with its credentials ("Jane Doe, MD"). Never an
 * address, an e-mail, a credit, a sentence, a registered company, a placeholder or a hash.
 */
export function isStatedAuthor(s: string): boolean {
  if (s.length < 2 || s.length > MAX_NAME_CHARS || NOT_A_NAME.test(s) || isCalendarWord(s)) return false;
  if (EMAIL.test(s) || URLISH.test(s) || CREDIT.test(s) || LEGAL_FORM.test(s) || /[@#/\\|:;!?[\]{}<>"“”«»]/u.test(s)) return false;
  if (/[.!?…]\s+\p{Ll}/u.test(s)) return false;
  const words = s.split(/\s+/);
  return words.length <= MAX_NAME_WORDS && !/^\d+$/u.test(s) && !words.some(isGenerated);
}

/** A newsroom's desk or staff signing as a body: "Staff", "News Desk", "The Editors", "Redaktion". */
const DESK = /^(?:the\s+)?(?:staff|team|editors|editorial|editorial team|editorial staff|news desk|newsroom|news staff|redaktion)$/iu;

/**
 * Author metadata that names a desk rather than a person ("Staff", "News Desk"): the field says
 * who signed the copy, the way a wire or a newsroom signs it. Visible texts with these words are
 * labels as often as signatures (lexicon NOT_A_NAME); account placeholders ("admin") never sign.
 */
export function isDeskName(s: string): boolean {
  return DESK.test(s.trim());
}

/** "NOC Admin", "Site Administrator", "Blog Webmaster": a site's account named for its role, not a person. */
const ACCOUNT_ROLE = /^[\p{L}\p{N}&.' -]+\s(?:admin|administrator|webmaster)$/iu;

/** Author metadata naming an account by its role ("NOC Admin", "Site Administrator") rather than a person. */
export function isAccountName(s: string): boolean {
  return ACCOUNT_ROLE.test(s.trim());
}

/** "a3f9c2e81b77", "q6vkpg2ma0ci", "262588213843476", "page.head.author": ids and template keys, not handles ("kayak_fan77"). */
function isGenerated(word: string): boolean {
  if ((word.match(/\./g)?.length ?? 0) >= 2) return true;
  if (word.length >= 8 && /^[0-9a-f-]+$/iu.test(word) && /\d/u.test(word) && /[a-f]/iu.test(word)) return true;
  return (word.match(/\d+/gu)?.length ?? 0) > 2;
}

/** Conjunctions are matched in lower case only: "Jane I. Doe" keeps its initial; a serial comma goes with its "and" ("A, B, and C"). */
const AUTHOR_SEPARATOR = /\s*(?:,\s*(?:and|&)\s|,|;|\s&\s|\s\+\s|\s(?:and|And|AND|und|et|y|e|i|en|och|og|und)\s|\s[|•·/]\s)\s*/u;

/**
 * The people a byline names, each cleaned and checked; [] when any part is not a name (a
 * sentence or a company is not half an author list). "Jane Doe and John Roe" → both.
 */
export function authorsOf(byline: string | undefined): string[] {
  if (!byline) return [];
  const cleaned = cleanName(byline);
  if (cleaned === '') return [];
  // "Doe, Jane" (surname first, one person) stays whole.
  const parts = /^\p{Lu}[\p{L}'’-]+,\s*\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}\.?)?$/u.test(cleaned) ? [cleaned] : cleaned.split(AUTHOR_SEPARATOR);
  const names = withCredentials(parts.map(cleanName).filter((p) => p !== ''));
  if (names.length === 0 || names.length > MAX_AUTHORS) return [];
  if (names.length === 1 && /,/.test(names[0] ?? '')) return isPersonName((names[0] ?? '').replace(/,\s*/, ' ')) ? names : [];
  return names.every(isPersonName) ? dedupe(names) : [];
}

/** Letters after a name: "MD", "PhD", "CEPF®", "Jr.": a part of the name before them, not a person. */
const CREDENTIAL = /^(?:\p{Lu}{2,6}|Ph\.?\s?D|M\.?\s?D|Jr|Sr|Esq|MBE|OBE)[.®]*$/u;

/** "Jane Doe, MD, FACP" → ["Jane Doe, MD, FACP"]: credentials stay with the name they follow. */
function withCredentials(parts: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of parts) {
    const last = out.length - 1;
    if (last >= 0 && CREDENTIAL.test(p)) out[last] = `${out[last] ?? ''}, ${p}`;
    else out.push(p);
  }
  return out;
}

function dedupe(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = n.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** What joins the names of a printed list: commas, "and", "&", "und", "et", "y". */
const JOINERS_ONLY = /^(?:[\s,;&]|\band\b|\bund\b|\bet\b|\by\b)*$/u;

/**
 * A byline as printed ("By Jane Doe and John Roe"), cleaned to a display line of the names it
 * gave ("Jane Doe and John Roe"), when nothing but those names and the words or marks joining
 * them is left of it; else undefined. Lists only: one name is its own display line.
 */
export function printedList(byline: string, names: readonly string[]): string | undefined {
  if (names.length < 2) return undefined;
  // "Jane Doe , John Roe": a dump's spaced inline texts; the mark goes on the word before it.
  const printed = cleanName(byline).replace(/\s+(?=[,;])/gu, '');
  let rest = printed;
  for (const n of names) {
    if (!rest.includes(n)) return undefined;
    rest = rest.replace(n, ' ');
  }
  return JOINERS_ONLY.test(rest) ? printed : undefined;
}

/**
 * A one-name byline as printed with what it says of the writer after a comma or a bar ("By Jane
 * Doe, Transport Expert", "Jane Doe | The Harbour Times"): the display line keeps that, as the
 * page prints it; the name alone stays the author. Not a stamp or a reading time ("| Updated",
 * "| 8 min read"), another's credit ("| Edited by …"), a second name ("Jane Doe, John Roe"), a
 * sentence or a date.
 */
export function printedRole(byline: string, name: string): string | undefined {
  const printed = byline.replace(/\s+/g, ' ').trim().replace(AUTHOR_LABEL_PREFIX, '');
  if (!printed.startsWith(name)) return undefined;
  const found = /^ ?([,|]) (.+?)[\s,;:|•·–—-]*$/u.exec(printed.slice(name.length));
  const mark = found?.[1];
  const role = found?.[2];
  if (mark === undefined || role === undefined || !/^\p{Lu}/u.test(role) || NAME_PUNCT.test(role) || authorsOf(role).length > 0) return undefined;
  const words = role.split(' ');
  return words.length <= MAX_ROLE_WORDS && !words.some((w) => NOT_ROLE_WORD.test(w)) ? `${name}${mark === ',' ? ',' : ' |'} ${role}` : undefined;
}

const MAX_ROLE_WORDS = 8;
/** Words of a stamp, a reading time or another's credit printed after a byline's name. */
const NOT_ROLE_WORD = /^(?:updated?|published|posted|edited|reviewed|checked|read|mins?|minutes?|comments?|replies|share|by|on|am|pm|ago)$/iu;
