/** The story's published and modified dates from what markup states and what the headline's header shows (html/metadata). */
import type { AnyNode, Element } from 'domhandler';
import { findDate, isTimestampLine } from '../lexicon/dates.js';
import { PUBLISHED_LABEL, UPDATE_WORD } from '../lexicon/patterns.js';
import { isElement, NON_TEXT, walk } from './dom.js';
import type { PageMeta } from '../types.js';
import { headerDates, type HeaderDate } from './header-date.js';
import { firstDate, isoDate } from './meta-values.js';
import type { Collected } from './meta-collect.js';

/**
 * The story's dates. Published: what the article's JSON-LD or meta tags state, else the date the
 * page shows next to its headline, else a <time> element. A header stamp labelled as an update
 * gives way to one beside it that is not, and to a published <time>; a <time> classed or labelled
 * as an update is never the published date. A WebPage node's datePublished is the
 * page's (templates stamp every page with it), not a story's: it never counts on its own. The
 * shown date overrides a stated one the header does not show when the stated one is later (a
 * re-save or a crawl stamped it). Of two stated publishing days, the one the header shows wins,
 * else the only one the page prints as a date line anywhere, else a <time> marked published.
 */
export function fillDates(meta: PageMeta, got: Collected, shownAll: readonly HeaderDate[], stated: readonly (string | undefined)[], modifiedValues: readonly (string | undefined)[], printed: () => PrintedDays): void {
  // A <time> the markup classes or labels as a change stamp says when the story was modified.
  const modified = firstDate(modifiedValues) ?? firstDate(got.times.filter((t) => t.updated).map((t) => t.value));
  if (modified) meta.modified = modified;
  // A stamp the header labels "Updated" says when the story changed: a stamp beside it that is
  // not labelled so is the publishing date.
  const shown = shownAll.find((d) => !d.updated) ?? shownAll[0];
  const shownUpdate = shownAll.find((d) => d.updated);
  const times = got.times.filter((t) => !t.updated).map((t) => ({ iso: isoDate(t.value), published: t.published }));
  // A shown date that a <time datetime> states too is taken as the machine writes it (with its zone).
  const shownIso = shown ? (times.find((t) => t.iso !== undefined && sameShownDay(t.iso, shown.iso))?.iso ?? shown.iso) : undefined;
  const timePublished = times.find((t) => t.published && t.iso)?.iso;
  const statedIso = shownStated(stated, shownAll) ?? printedStated(stated, printed, timePublished) ?? firstDate(stated);
  // The stated day is one the header labels "Updated", beside an earlier day it does not: the
  // metadata took the update for the publishing date.
  const statedUpdate = statedIso !== undefined && shown !== undefined && !shown.updated && shownAll.some((d) => d.updated && sameShownDay(statedIso, d.iso)) && !sameShownDay(statedIso, shown.iso);
  const overridden = statedIso !== undefined && shownIso !== undefined && (statedUpdate || (!shownAll.some((d) => sameShownDay(statedIso, d.iso)) && shownWins(statedIso, shownIso)));
  // A header that shows only when the story was updated or edited leaves the publishing date to the markup.
  const shownPublished = shown?.updated && timePublished !== undefined ? timePublished : shownIso;
  const published = (overridden ? shownIso : statedIso) ?? shownPublished ?? timePublished ?? times.find((t) => t.iso)?.iso;
  if (published) meta.published = published;
  if (shownUpdate && meta.modified === undefined && shownUpdate.iso !== published) meta.modified = shownUpdate.iso;
}

const DAY_MS = 86_400_000;

/**
 * The markup states two different publishing days (a JSON-LD node and a meta tag, one of them a
 * template's or a syndication copy's) and the header shows one of them: the one the reader sees
 * is the story's, whichever tag comes first.
 */
function shownStated(stated: readonly (string | undefined)[], shownAll: readonly HeaderDate[]): string | undefined {
  const isos = stated.map((v) => (v ? isoDate(v) : undefined)).filter((v): v is string => v !== undefined);
  if (new Set(isos.map((d) => d.slice(0, 10))).size < 2) return undefined;
  return isos.find((iso) => shownAll.some((d) => sameShownDay(iso, d.iso)));
}

/**
 * The markup states two different publishing days and the header shows neither: the only one of
 * them the page prints as a date line (a byline box further down, a card under the hero image)
 * is the one its readers see. Where it prints neither, the markup contradicts itself, and a
 * `<time>` it marks as the published one (`timePublished`: pubdate, itemprop=datePublished)
 * settles the day.
 */
function printedStated(stated: readonly (string | undefined)[], printed: () => PrintedDays, timePublished: string | undefined): string | undefined {
  const isos = stated.map((v) => (v ? isoDate(v) : undefined)).filter((v): v is string => v !== undefined);
  const distinct = [...new Set(isos.map((d) => d.slice(0, 10)))];
  if (distinct.length < 2) return undefined;
  const days = printed().days;
  const shown = distinct.filter((d) => days.has(d));
  if (shown.length === 0) return timePublished;
  return shown.length === 1 ? isos.find((iso) => iso.startsWith(shown[0] as string)) : undefined;
}

/**
 * The header shows a date the metadata does not, and the stated one is more than a day later: a
 * re-save or a crawl stamped it. (A shown date that is the modified date does not win: measured
 * on the WCXB dev pages, the reference took it as often as the stated one.)
 */
function shownWins(stated: string, shown: string): boolean {
  const s = Date.parse(stated.slice(0, 10));
  const h = Date.parse(shown.slice(0, 10));
  return Number.isFinite(s) && Number.isFinite(h) && s - h > DAY_MS;
}

/**
 * The same day, or the same day with day and month read the other way round ("12/10/2023"
 * printed day-first, read month-first): the machine-readable value settles which.
 */
function sameShownDay(machine: string, shown: string): boolean {
  if (machine.slice(0, 10) === shown.slice(0, 10)) return true;
  const [y, m, d] = shown.slice(0, 10).split('-');
  return Number(d) <= 12 && machine.slice(0, 10) === `${y}-${d}-${m}`;
}

/** More dated elements than this (<time>, itemprop=datePublished) are a list's items' dates. */
const LISTED_TIMES = 3;
/** A header showing more days than this is a list's (a grid of dated cards under the page's h1). */
const SHOWN_DAYS = 2;

/**
 * The headline shows the story's date: one or two days beside the <h1> (published and updated),
 * on a page that is no list of dated items (few <time>s) or whose story names its author.
 */
export function storyShown(shown: readonly HeaderDate[], times: number, signed: boolean): boolean {
  if (shown.length === 0 || new Set(shown.map((d) => d.iso.slice(0, 10))).size > SHOWN_DAYS) return false;
  return signed || times <= LISTED_TIMES;
}

/** The timestamp lines shown around the first headline that has any. */
export function shownDates(h1s: readonly Element[]): HeaderDate[] {
  for (const h1 of h1s) {
    const found = headerDates(h1);
    if (found.length > 0) return found;
  }
  return [];
}

/** A date line longer than this is prose that mentions a day, not a stamp. */
const STAMP_TEXT = 120;

/** The days the page's short texts print as date lines, and those of its lines labelled as a publishing stamp ("Posted on …"). */
export interface PrintedDays {
  days: ReadonlySet<string>;
  labelled: ReadonlySet<string>;
}

/** The page's printed days (PrintedDays), read in one walk of its text the first time they are asked for. */
export function printedDays(root: AnyNode): () => PrintedDays {
  let got: PrintedDays | undefined;
  return () => (got ??= walkPrinted(root));
}

function walkPrinted(root: AnyNode): PrintedDays {
  const days = new Set<string>();
  const labelled = new Set<string>();
  walk(root, (node) => {
    if (isElement(node)) return !NON_TEXT.has(node.name);
    if (node.type === 'root') return true;
    if (node.type !== 'text' || node.data.length > STAMP_TEXT) return false;
    const text = node.data.trim();
    const found = findDate(text);
    if (found === null || !isTimestampLine(text, found)) return false;
    const day = found.iso.slice(0, 10);
    days.add(day);
    if (PUBLISHED_LABEL.test(text) && !UPDATE_WORD.test(text)) labelled.add(day);
    return false;
  });
  return { days, labelled };
}

/**
 * The page's own publishing day where the markup states no story date: a WebPage node's
 * datePublished is every page's template stamp (fillDates ignores it), unless the page prints
 * that day as a date line of its own ("Editorial · November 22, 2018"); else the day of the
 * page's lines labelled as a publishing stamp ("Posted on April 3, 2021", below the story or in
 * its footer), when they all say one day (several are a list's). Stories/finish takes it where
 * nothing else dates the story.
 */
export function printedPageDate(printed: () => PrintedDays, stated: string | undefined): string | undefined {
  const iso = stated === undefined ? undefined : isoDate(stated);
  if (iso !== undefined && printed().days.has(iso.slice(0, 10))) return iso;
  const labelled = printed().labelled;
  return labelled.size === 1 ? [...labelled][0] : undefined;
}
