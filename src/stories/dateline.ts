import { DATELINE, DATELINE_AGENCY } from '../lexicon/patterns.js';

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
