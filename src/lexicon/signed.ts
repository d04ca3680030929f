import { besideDate } from './dates.js';
import { authorsOf, cleanName, isStatedAuthor, isTeamName, opensWithLabel } from './names.js';
import { BYLINE_NAME_END, HEADER_BYLINE, LABEL_TOKEN, OTHER_ROLE_BEFORE_BY, THREAD_STARTER } from './patterns.js';

/**
 * The name a "By" label signs with, read from a story header's short texts in order: "By" |
 * "Jane Doe", "Posted by jdoe on May 2, 2024", "by The Acme Team · 4 min read". The label says in
 * words that a name follows, so a one-word name, a handle or a team counts here as it does in
 * author metadata; what follows must still be a name and nothing more (never "By continuing, you
 * agree", nor a reviewer's or a photographer's name). The HTML header (html/header-byline) and a
 * dump's stamp line under its headline (rules/metadata-lines) are read alike.
 */
export function labelledByline(texts: readonly string[]): string | undefined {
  for (let i = 0; i < texts.length; i++) {
    const match = HEADER_BYLINE.exec(texts[i] ?? '');
    if (match === null || OTHER_ROLE_BEFORE_BY.test(texts[i - 1] ?? '')) continue;
    // A label alone: the names may come in texts of their own ("Jane Doe" | "," | "John Roe" | "on" | date).
    const rests = match[1] !== undefined ? [match[1]] : [following(texts, i + 1), texts[i + 1]];
    for (const rest of rests) {
      const name = rest === undefined ? undefined : signedName(rest);
      if (name !== undefined) return name;
    }
  }
  return undefined;
}

/**
 * Who opened a thread, from a forum header's texts: the name a starter label gives ("Thread
 * starter jdoe", "Started by jdoe, May 2, 2025", "jdoe Discussion starter"). A handle counts, as
 * forums sign with them; a "last post by" names the last poster and never matches.
 */
export function threadStarter(texts: readonly string[]): string | undefined {
  for (const text of texts) {
    const match = THREAD_STARTER.exec(text);
    const name = match === null ? undefined : signedName(match[1] ?? match[2] ?? '');
    if (name !== undefined) return name;
  }
  return undefined;
}

/** A list of names split into texts of their own ("Jane Doe" | "," | "John Roe" | "and" | "Ann Lee"), joined; else the first text. */
function following(texts: readonly string[], from: number): string | undefined {
  let joined = texts[from];
  for (let i = from + 1; joined !== undefined && i + 1 < texts.length && LIST_JOINER.test(texts[i] ?? ''); i += 2) {
    joined = `${joined}${(texts[i] ?? '').startsWith(',') ? '' : ' '}${texts[i] ?? ''} ${texts[i + 1] ?? ''}`;
  }
  return joined;
}

/** What stands between two names of a list. */
const LIST_JOINER = /^(?:,|,?\s*(?:and|&))$/u;

/** The name at the start of a byline's rest: up to a date, " on "/" in ", or a separator; checked. */
export function signedName(rest: string): string | undefined {
  const undated = besideDate(rest);
  // A role alone ("By Staff Writer") cleans away to nothing: no one is named.
  const name = cleanName(undated.split(BYLINE_NAME_END)[0] ?? '');
  if (name === '' || name.length > MAX_NAME_CHARS) return undefined;
  if (authorsOf(name).length > 0 || isTeamName(name) || isHandle(name) || isBrand(name)) return name;
  // "Jane Doe, Director of Harbour Studies": a full name, then the writer's role after a comma.
  const [head = '', role = ''] = name.split(/,\s*/, 2).map((p) => p.trim());
  if (!OPENS_CAPITAL.test(role) || !OPENS_CAPITAL.test(head) || head.split(/\s+/).some(labelWord)) return undefined;
  return authorsOf(head).length === 1 && /\s/.test(head) ? head : undefined;
}

const MAX_NAME_CHARS = 60;
/** A name and a role open with a capital ("Director of …", "Sr. Editor"); a clause after a comma does not ("you agree to its terms"). */
const OPENS_CAPITAL = /^\p{Lu}/u;
const MAX_BRAND_WORDS = 3;

/** "jdoe77", "q_admin", "ibby": one token an account goes by (author metadata's test: no label, address or id). */
function isHandle(name: string): boolean {
  return /^[\p{L}\p{N}][\p{L}\p{N}_.-]*$/u.test(name) && /\p{L}/u.test(name) && isStatedAuthor(name) && !labelWord(name);
}

/** "Acme Online", "3i Global": two or three words, each opening with a capital or a digit, none of them a label's. */
function isBrand(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 2 && words.length <= MAX_BRAND_WORDS && words.every((w) => /^[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*$/u.test(w) && !labelWord(w)) && isStatedAuthor(name);
}

/** A word of a label or a control ("Fact Checked", "Buy Now", "By continuing"), not of a name. */
function labelWord(word: string): boolean {
  return opensWithLabel(word) || LABEL_TOKEN.test(word);
}
