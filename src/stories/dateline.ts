import { findDate, hasCalendarWord } from '../lexicon/dates.js';
import { DATELINE, DATELINE_AGENCY, STAMP_PREFIX } from '../lexicon/patterns.js';

/** Upper-case places shorter than this are more likely an acronym opening a sentence ("AI - "). */
const MIN_PLACE_LETTERS = 3;

/**
 * The dateline that opens a story ("MOSCOW - ", "WASHINGTON (Reuters) -", "Moscow (AFP) -").
 * It stays in the body (gold article bodies keep it) and is also reported as `dateline`.
 */
export function findDateline(firstParagraph: string | undefined): string | undefined {
  if (!firstParagraph) return undefined;
  const upper = DATELINE.exec(firstParagraph);
  const place = upper?.[1]?.trim();
  if (place && place.replace(/[^\p{L}]/gu, '').length >= MIN_PLACE_LETTERS && place === place.toUpperCase()) return place;
  return DATELINE_AGENCY.exec(firstParagraph)?.[1]?.trim();
}

/** "Managua, Nicaragua" or "MOSCOW": one to four capitalised words, commas between them. */
const PLACE = /^\p{Lu}[\p{L}\p{M}.'’-]+(?:,?\s+\p{Lu}[\p{L}\p{M}.'’-]+){0,3}$/u;

/**
 * The place a timestamp line opens with ("Managua, Nicaragua 26, Abril, 2022 7:43 p.m."): the
 * story's dateline, printed on its own line with the date rather than opening the first paragraph.
 */
export function placeBeforeDate(line: string): string | undefined {
  const found = findDate(line);
  if (!found || found.start === 0) return undefined;
  const place = line.slice(0, found.start).replace(/[\s,;:|·•–—-]+$/u, '').trim();
  if (!PLACE.test(place) || STAMP_PREFIX.test(place) || hasCalendarWord(place)) return undefined;
  return place;
}
