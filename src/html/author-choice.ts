/**
 * The choice among the author candidates html/authors gathers: the names the candidates agree on
 * (weights summed per list of names), whether bylines list other stories' authors, the byline as
 * the page prints it, and whether the headline's header or the site itself signs the story.
 */
import type { AnyNode } from 'domhandler';
import { authorsOf, cleanName, isAccountName, isDeskName, isPersonName, isStatedAuthor, isTeamName, opensWithLabel, printedList, printedRole } from '../lexicon/names.js';
import { HTML_STATIC_PAGE_CLASS } from '../lexicon/patterns.js';
import { collapse } from './dom.js';
import { WEIGHT, type AuthorCandidate } from './authors.js';

const LISTING_NAMES = 4;

/**
 * The headline's header shows the chosen names as a text of their own, and a byline, an author
 * box or the metadata elsewhere names the same people: the story is signed, whatever its page
 * type. A name only the header shows ("By Acme Supplies" beside a product's title) is no proof.
 * 'stated' where the author metadata confirms the names, 'shown' where only the page's author
 * elements do (a shop's item card repeats its maker's or its book's author's name that way).
 */
export function headerSigned(header: readonly AnyNode[], candidates: readonly AuthorCandidate[], names: readonly string[]): 'stated' | 'shown' | undefined {
  if (names.length === 0 || header.length === 0) return undefined;
  const texts = header.map((t) => (t.type === 'text' ? cleanName(collapse(t.data)) : ''));
  if (!names.every((n) => texts.includes(n))) return undefined;
  const k = namesKey(names);
  const confirm = candidates.filter((c) => c.shown !== true && namesKey(namesOf(c)) === k);
  if (confirm.length === 0) return undefined;
  return confirm.some((c) => c.stated === true) ? 'stated' : 'shown';
}

/**
 * The page's author metadata names the site itself ("Harbour Supplies" of harbour-supplies.com, as
 * og:site_name or the host has it) and the choice is that name: the site states that it wrote the
 * page. On a shop's, a service's or a listing's page a name is dropped as a reviewer's, a
 * contact's or a listed item's; the site's own is none of those.
 */
export function siteSigned(names: readonly string[], candidates: readonly AuthorCandidate[], siteNames: readonly string[]): boolean {
  if (names.length !== 1) return false;
  const k = key(names[0] ?? '');
  return siteNames.some((n) => key(n) === k) && candidates.some((c) => c.stated === true && namesKey(namesOf(c)) === k);
}

/**
 * A CMS's static page (its <body> classes say so: an About, a service's or a testimonials page)
 * whose only authors are what its metadata states, with no byline or author element on the page:
 * the metadata names the account that made the page, not a writer who signs it.
 */
export function madeByAccount(candidates: readonly AuthorCandidate[], bodyClass: string | undefined): boolean {
  return bodyClass !== undefined && HTML_STATIC_PAGE_CLASS.test(bodyClass) && candidates.every((c) => c.stated === true);
}

/**
 * The authors the candidates agree on: each candidate's value split into checked names; a list's
 * score is the sum of the weights stating it. Names that are the site itself are not authors.
 */
export function chooseAuthors(candidates: readonly AuthorCandidate[], siteNames: readonly string[]): string[] {
  if (profileList(candidates)) return [];
  const site = new Set(siteNames.map(key).filter((k) => k !== ''));
  // The byline under the headline (its header, before any other heading) is still the story's.
  if (listsBylines(candidates)) candidates = candidates.filter((c) => c.weight >= WEIGHT.meta || c.shown === true);
  const scores = new Map<string, Score>();
  candidates.forEach((c, i) => {
    const names = namesOf(c);
    if (names.length === 0) return;
    const k = namesKey(names);
    const seen = scores.get(k);
    if (seen) {
      seen.score += c.weight;
      if (c.stated) seen.stated++;
      seen.shown ||= c.stated !== true;
      seen.labelled ||= c.labelled === true;
    } else scores.set(k, { names, score: c.weight, first: i, stated: c.stated ? 1 : 0, shown: c.stated !== true, team: (!c.stated && authorsOf(c.value).length === 0) || names.every(isDeskName), labelled: c.labelled === true });
  });
  let best: Score | undefined;
  let fullName: Score | undefined;
  for (const s of scores.values()) {
    // What only a class name or a link says needs a full name: one word there is a handle or a label.
    if (s.score < WEIGHT.meta && !s.labelled && s.names.some((n) => !/\s/.test(n))) continue;
    // A team a byline element shows signs only where no person is named.
    if (s.team && best !== undefined && !best.team) continue;
    // A one-word name that is the site's ("Terminix") is the publisher, unless two sources agree
    // that the site signs the story (two author tags, or an author tag and a byline element that
    // shows the name), or the header's "By" label signs with it in words; "Jane Doe" of janedoe.com stays.
    if (s.stated + (s.stated > 0 && s.shown ? 1 : 0) < SITE_AUTHOR_SOURCES && !s.labelled && s.names.some((n) => site.has(key(n)) && !/\s/.test(n))) continue;
    if (!best || (best.team && !s.team) || s.score > best.score || (s.score === best.score && s.first < best.first)) best = s;
    if (!s.team && s.names.every((n) => /\s/.test(n) && !site.has(key(n)) && !isAccountName(n)) && (!fullName || s.score > fullName.score)) fullName = s;
  }
  // Author metadata naming one word ("jdoe77", "jane.doe") or a role's account ("NOC Admin")
  // where the story's byline or other metadata names a person in full states the account that
  // posted the story, not its writer.
  if (best !== undefined && fullName !== undefined && best.stated > 0 && best.names.every((n) => !/\s/.test(n) || site.has(key(n)) || isAccountName(n))) return fullName.names;
  // Author metadata stating a team ("Acme Staff") beside a person's full name: the person wrote it.
  if (best !== undefined && best.stated > 0 && best.names.every(isTeamName)) {
    for (const s of scores.values()) if (s !== best && s.stated > 0 && !s.team && s.names.every((n) => /\s/.test(n) && !isTeamName(n))) return s.names;
  }
  // A byline showing the first of the writers the metadata lists ("By Jane Doe" with two
  // co-authors in JSON-LD): the list is the story's.
  if (best !== undefined && best.stated === 0) {
    const mine = new Set(best.names.map(key));
    for (const s of scores.values()) if (s.stated > 0 && s.names.length > mine.size && [...mine].every((k) => s.names.some((n) => key(n) === k))) return s.names;
  }
  return best?.names ?? [];
}

/**
 * The chosen names as the page prints them ("Jane Doe and John Roe", "A, B, and C", "A & B"): the
 * first candidate the page shows (else states) that names exactly these people, printed with
 * nothing but the names and what joins them (lexicon/names printedList); one name as the
 * headline's header prints it with the writer's role or outlet ("Jane Doe, Transport Expert",
 * lexicon/names printedRole). The byline is a display line; the page's own is the one its readers know.
 */
export function printedByline(names: readonly string[], candidates: readonly AuthorCandidate[]): string | undefined {
  const [one] = names;
  if (names.length === 1 && one !== undefined) {
    for (const c of candidates) {
      const printed = c.shown === true ? printedRole(c.value, one) : undefined;
      if (printed !== undefined) return printed;
    }
  }
  if (names.length < 2) return undefined;
  const k = namesKey(names);
  // What the page shows first, then what its metadata states.
  for (const c of [...candidates.filter((x) => x.stated !== true), ...candidates.filter((x) => x.stated === true)]) {
    const printed = namesKey(namesOf(c)) === k ? printedList(c.value, names) : undefined;
    if (printed !== undefined) return printed;
  }
  return undefined;
}

/**
 * The one name every author element of the page shows ("Written by Mara" in the only byline, a
 * box and its link both saying "Mara"), where it reads as a person's name: chooseAuthors asks a
 * full name of what only markup says, as a guard against labels and teasers' bylines; a page
 * whose author markings all agree on one name signs with it, one word or two.
 */
export function soleAuthorElement(candidates: readonly AuthorCandidate[]): string | undefined {
  const seen = new Set<string>();
  let name: string | undefined;
  for (const c of candidates) {
    if (c.stated === true) continue;
    const n = cleanName(c.value);
    if (n === '') continue;
    seen.add(key(n));
    name = n;
  }
  return seen.size === 1 && name !== undefined && isPersonName(name) && !opensWithLabel(name) ? name : undefined;
}

/**
 * Only links to profile pages or author-classed elements name anyone, and each names a different
 * person once: the page lists people (its contacts, a directory's members, reviewers), and no
 * one signs it. A story's byline is stated in its metadata, labelled, shown beside its headline,
 * or repeated (a byline and an author box).
 */
function profileList(candidates: readonly AuthorCandidate[]): boolean {
  if (candidates.some((c) => c.stated === true || c.shown === true || c.labelled === true || c.weight > WEIGHT.authorLink)) return false;
  const seen = new Map<string, number>();
  for (const c of candidates) {
    const k = key(cleanName(c.value));
    if (k !== '') seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  return seen.size >= 2 && [...seen.values()].every((n) => n === 1);
}

/** Bylines outside the header naming four or more different people: a list of stories (or papers), not this story's byline. */
export function listsBylines(candidates: readonly AuthorCandidate[]): boolean {
  const visible = candidates.filter((c) => c.weight < WEIGHT.meta && c.shown !== true);
  return new Set(visible.flatMap((c) => authorsOf(c.value)).filter((n) => /\s/.test(n)).map(key)).size >= LISTING_NAMES;
}

/** The people a candidate names; what author metadata states may be a desk or a handle, a byline a team (lexicon/names). */
function namesOf(c: AuthorCandidate): string[] {
  const people = authorsOf(c.value);
  if (people.length > 0) return people;
  const whole = cleanName(c.value);
  // A visible byline may sign with a team ("The Harbour Times Team"); author metadata may state
  // a desk, an organisation or a handle too.
  if (c.labelled) return whole === '' ? [] : [whole];
  return (c.stated ? isStatedAuthor(whole) || isDeskName(whole) : isTeamName(whole)) ? [whole] : [];
}

interface Score {
  names: string[];
  score: number;
  /** a team's name from a byline element, or a desk the metadata states: chosen only where no person is */
  team: boolean;
  first: number;
  /** how many author-metadata candidates state these names */
  stated: number;
  /** an author element on the page shows these names too (not only metadata) */
  shown: boolean;
  /** a header's "By" label names them */
  labelled: boolean;
}

const SITE_AUTHOR_SOURCES = 2;

const key = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
/** The same people in any order and spelling of case and punctuation: one key. */
const namesKey = (names: readonly string[]): string => names.map(key).sort().join('|');
