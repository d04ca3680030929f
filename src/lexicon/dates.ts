/**
 * Dates and timestamps as pages print them, in the usual formats and languages, to ISO 8601.
 * A zone the page states ("IST", "+02:00", "GMT") becomes the UTC offset; without one the
 * ISO string has no offset (we never guess the reader's zone).
 */
import { memo } from './memo.js';
import { isSpace, QUOTE_ATTRIBUTION } from './patterns.js';

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'gen', 'janeiro', 'januari', 'stycznia', 'styczeń', 'leden'],
  ['february', 'feb', 'februar', 'feber', 'février', 'févr', 'fev', 'febrero', 'febbraio', 'fevereiro', 'februari', 'lutego', 'luty'],
  ['march', 'mar', 'märz', 'mär', 'mars', 'marzo', 'março', 'maart', 'marca', 'marzec'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile', 'kwietnia', 'kwiecień'],
  ['may', 'mai', 'mayo', 'maggio', 'mag', 'maio', 'mei', 'maja', 'maj'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho', 'czerwca', 'czerwiec'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho', 'lipca', 'lipiec'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus', 'sierpnia', 'sierpień'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'set', 'settembre', 'setembro', 'września', 'wrzesień'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out', 'października', 'październik'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopada', 'listopad'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'déc', 'diciembre', 'dic', 'dicembre', 'dezembro', 'grudnia', 'grudzień'],
];
MONTH_NAMES.forEach((names, i) => {
  for (const n of names) MONTHS[n] = i + 1;
});

/** Zone abbreviations pages print, to UTC offsets. Ambiguous ones take their most common use. */
const ZONES: Record<string, string> = {
  UTC: 'Z', GMT: 'Z', Z: 'Z', WET: '+00:00', WEST: '+01:00', BST: '+01:00', IST: '+05:30',
  CET: '+01:00', CEST: '+02:00', MEZ: '+01:00', MESZ: '+02:00', EET: '+02:00', EEST: '+03:00',
  MSK: '+03:00', GST: '+04:00', PKT: '+05:00', ICT: '+07:00', WIB: '+07:00', SGT: '+08:00',
  HKT: '+08:00', AWST: '+08:00', JST: '+09:00', KST: '+09:00', AEST: '+10:00', AEDT: '+11:00',
  NZST: '+12:00', NZDT: '+13:00', EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00',
  MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00', AKST: '-09:00', HST: '-10:00',
  ET: '-05:00', PT: '-08:00', SAST: '+02:00', WAT: '+01:00', EAT: '+03:00', ART: '-03:00', BRT: '-03:00',
};

/** Every month's name, longest first (so that an alternation takes "june" before "jun"). */
const MONTH_KEYS = Object.keys(MONTHS).sort((a, b) => b.length - a.length);
const MONTH_RE = MONTH_KEYS.join('|');
const TIME = String.raw`(?:,?\s*(?:(?:at|um|à|a las|alle|o|-|–)(?=\s))?\s*(\d{1,2})[:.h](\d{2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?\s*(?:uhr|h)?\s*(?:\(?((?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}|[A-Z]{1,5}\b)\)?)?)?`;

/**
 * Where a year printed with its month's name ends: at a word boundary, or glued to what the
 * page printed next with no space — the next date of a "published · updated" pair
 * ("June 29, 2020November 12, 2021"), the time ("October 17, 20236:01 PM") or the next element's
 * word ("December 13, 2025in Travel", "May 2, 2024Jane Doe"), as a text dump runs the elements
 * together. A lone letter ("2019s") is a decade's plural or a code, not the next word.
 */
const YEAR_END = String.raw`(?:\b|(?=(?:${MONTH_RE})\.?\s+\d)|(?=\d{1,2}:\d{2})|(?=\p{L}{2}))`;

/**
 * A year with the next element's age or reading time glued on, as a dump runs a post's stamp and
 * its age together ("June 14, 20241 yr", "Mar 27, 20255 mins"): the year, then a one- or
 * two-digit count and its unit. A bare longer number ("20241") stays no year.
 */
const GLUED_AGE = new RegExp(String.raw`\b((?:19|20)\d{2})(?=\d{1,2}\s?(?:yrs?|years?|mos?|months?|wks?|weeks?|days?|mins?|minutes?)\b)`, 'giu');

/** The text with a space put between a year and the age glued to it ("June 14, 20241 yr" → "June 14, 2024 1 yr"); other text as it is. */
export function unglueAge(text: string): string {
  return hasYearDigits(text) ? text.replace(GLUED_AGE, '$1 ') : text;
}

/** True when the text glues an age or a reading time to a year ("June 14, 20241 yr"). */
export function gluesAge(text: string): boolean {
  return unglueAge(text) !== text;
}

/** 16.02.2025, 16/02/2025, 10/31/2024: two numbers and a year, one separator throughout. */
const NUMERIC = String.raw`\b(\d{1,2})([./])(\d{1,2})\2(\d{4})\b`;
/**
 * Every numeric date of a text, read with exec from lastIndex 0 (no match is empty): matchAll
 * copies the expression per call, and after a collection the copy is compiled again.
 */
const NUMERIC_DATES = new RegExp(NUMERIC, 'gu');

/*
 * What each shape needs of a text's maximal runs of ASCII digits (a bit each; digitRunMarks finds
 * them): a shape whose need the text lacks cannot match, and its expression is not run (most
 * texts asked hold a year in a sentence or a "© 2025" line, which no shape reads).
 */
/** A run of exactly four digits followed by "-" or "/" (2025-02-16, 2025/02/16). */
const FOUR_THEN_DASH_OR_SLASH = 1;
/** A run of exactly four digits followed by "." (2025.12.17). */
const FOUR_THEN_DOT = 2;
/** A run of exactly four digits after "." or "/" (16.02.2025, 16/02/2025). */
const FOUR_AFTER_DOT_OR_SLASH = 4;
/** A run of exactly four digits after "-" (29-11-2024, 16-Feb-2025). */
const FOUR_AFTER_DASH = 8;
/** A run of four digits or more after a space (the year, which may have a time glued on) and a run of one or two (the day): a month's name between. */
const YEAR_AND_DAY = 16;

/**
 * The first three letters of every month's name, folded as the shapes fold them (the same `iu`
 * flags: "ſep" and "OKT" with a Kelvin sign count): a shape that holds a month's name (`named`)
 * cannot match a text this finds nothing in, and its large expression is not run.
 */
export const MONTH_START = new RegExp(`(?:${[...new Set(MONTH_KEYS.map((k) => k.slice(0, 3)))].join('|')})`, 'iu');

/** Every date shape we read; each names which capture holds year, month, day, and what it `needs` (digitRunMarks). */
export const DATE_SHAPES: readonly { re: RegExp; needs: number; named?: true; y: number; m: number; d: number; t: number; swap?: boolean; sure?: boolean }[] = [
  // 2025-02-16, 2025-02-16T05:45:00+05:30, 2025/02/16 05:45
  { re: new RegExp(String.raw`\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})T?` + TIME, 'iu'), needs: FOUR_THEN_DASH_OR_SLASH, y: 1, m: 2, d: 3, t: 4 },
  // Feb 16, 2025 05:45 AM IST / February 16 2025
  { re: new RegExp(String.raw`\b(${MONTH_RE})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${YEAR_END}` + TIME, 'iu'), needs: YEAR_AND_DAY, named: true, y: 3, m: 1, d: 2, t: 4 },
  // 16 February 2025, 19. Oktober 2019, 19:08 Uhr, 16 de febrero de 2025, 26, Abril, 2022
  { re: new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\.?,?\s+(?:de\s+)?(${MONTH_RE})\.?,?\s+(?:de\s+)?(\d{4})${YEAR_END}` + TIME, 'iu'), needs: YEAR_AND_DAY, named: true, y: 3, m: 2, d: 1, t: 4 },
  // 2025.12.17 (year first with dots, as some sites print it): two-digit month and day, and
  // nothing dotted, hyphenated or glued on either side, so a version ("2024.4.4", "rev
  // 2025.12.19.38237") or a file name ("distro-2024.05.01-x86_64") is no date
  { re: new RegExp(String.raw`(?<![\w.-])(\d{4})\.(\d{2})\.(\d{2})(?![\w-]|\.\w)` + TIME, 'iu'), needs: FOUR_THEN_DOT, y: 1, m: 2, d: 3, t: 4 },
  // 16-Feb-2025, 04-ago-2021 (a database's or a forum's print: the month's name between hyphens)
  { re: new RegExp(String.raw`\b(\d{1,2})-(${MONTH_RE})\.?-(\d{4})\b` + TIME, 'iu'), needs: FOUR_AFTER_DASH, named: true, y: 3, m: 2, d: 1, t: 4 },
  // 16.02.2025, 14:30 Uhr / 16/02/2025 (day first: the usual order outside the US; month first
  // when only that reading is a date: 10/31/2024); one separator throughout
  { re: new RegExp(NUMERIC + TIME, 'iu'), needs: FOUR_AFTER_DOT_OR_SLASH, y: 4, m: 3, d: 1, t: 5, swap: true },
  // 29-11-2024, 11-29-2024: hyphens are printed day first and month first alike, so only a
  // date that one reading alone makes (a number over 12) is read
  { re: new RegExp(String.raw`\b(\d{1,2})-(\d{1,2})-(\d{4})\b` + TIME, 'iu'), needs: FOUR_AFTER_DASH, y: 3, m: 2, d: 1, t: 4, swap: true, sure: true },
];

/** No u flag: \d is [0-9]; no g flag: test() keeps no lastIndex. */
const YEAR_DIGITS = /\d{4}/;

/**
 * Four ASCII digits in a row: every date shape holds a four-digit year, and most lines asked hold
 * none. The expression scans in compiled code, faster than a loop of charCodeAt.
 */
export function hasYearDigits(text: string): boolean {
  return YEAR_DIGITS.test(text);
}

export interface FoundDate {
  /** ISO 8601: date only, date and time, or date, time and offset */
  readonly iso: string;
  readonly hasTime: boolean;
  /** where the match sits in the text */
  readonly start: number;
  readonly end: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * Whether a page prints its numeric dates month first: one of them reads only that way
 * ("10/31/2024") and none reads only day first ("31/10/2024"). Its ambiguous ones ("09.10.2024",
 * which findDate reads day first) are then month first too: a site keeps one order.
 */
export function printsMonthFirst(texts: Iterable<string>): boolean {
  let monthFirst = false;
  for (const text of texts) {
    if (!hasYearDigits(text)) continue;
    NUMERIC_DATES.lastIndex = 0;
    for (let m = NUMERIC_DATES.exec(text); m !== null; m = NUMERIC_DATES.exec(text)) {
      const first = Number(m[1]);
      const second = Number(m[3]);
      if (first > 12 && second <= 12) return false;
      if (second > 12 && first <= 12) monthFirst = true;
    }
  }
  return monthFirst;
}

/**
 * `iso` read month first, where `text` prints that day as a numeric date both orders can read
 * ("09.10.2024": findDate's 2024-10-09 becomes 2024-09-10); else `iso` unchanged.
 */
export function monthFirstIso(iso: string, text: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined || month === day || day > 12) return iso;
  NUMERIC_DATES.lastIndex = 0;
  for (let m = NUMERIC_DATES.exec(text); m !== null; m = NUMERIC_DATES.exec(text)) {
    if (Number(m[1]) === day && Number(m[3]) === month && Number(m[4]) === year) return `${year}-${pad(day)}-${pad(month)}${iso.slice(10)}`;
  }
  return iso;
}

function zoneOffset(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const upper = raw.toUpperCase();
  if (ZONES[upper] !== undefined) return ZONES[upper];
  const m = /^(?:GMT|UTC)?([+-])(\d{1,2}):?(\d{2})?$/.exec(upper);
  if (!m) return undefined;
  return `${m[1]}${pad(Number(m[2]))}:${m[3] ?? '00'}`;
}

function monthOf(raw: string): number {
  return /^\d+$/.test(raw) ? Number(raw) : (MONTHS[raw.toLowerCase().replace(/\.$/, '')] ?? 0);
}

/**
 * Where a capitalised month's name is glued to the lowercase letter before it and a day follows
 * ("EditorialNovember 22, 2018", "By Jane DoeMar 5, 2025"): a dump ran a label or a byline's
 * name into the date. The case matters here and the shapes ignore case, so this is a pass of its
 * own: a space goes in at each such place before the shapes read the text.
 */
const GLUED_MONTH = new RegExp(
  String.raw`(?<=\p{Ll})(?=(?:${MONTH_KEYS.map((n) => n.charAt(0).toUpperCase() + n.slice(1)).join('|')})\.?\s+\d)`,
  'gu',
);
/** What every GLUED_MONTH place holds: a lowercase letter before a capital (most texts have none). */
const LOWER_UPPER = /\p{Ll}\p{Lu}/u;

/** The first plausible date in `text`, or null. */
export function findDate(text: string): FoundDate | null {
  // Every shape holds a four-digit year: most lines are ruled out without the big patterns.
  return hasYearDigits(text) ? yearDate(text) : null;
}

/**
 * findDate of a text that holds four digits in a row, memoised: a dated line is asked by several
 * stages (the line rules, the card and boundary tests, the title search: on the WCXB dumps each
 * such line about four times). The record is shared: no caller changes it (its fields are readonly).
 */
const yearDate = memo((text: string): FoundDate | null => {
  if (!LOWER_UPPER.test(text)) return firstDate(text);
  const glued: number[] = [];
  for (const m of text.matchAll(GLUED_MONTH)) glued.push(m.index);
  if (glued.length === 0) return firstDate(text);
  let spaced = '';
  let from = 0;
  for (const at of glued) {
    spaced += text.slice(from, at) + ' ';
    from = at;
  }
  const found = firstDate(spaced + text.slice(from));
  if (!found) return null;
  // Back to the text's own indices: each space put in before an index moves it one on.
  const back = (i: number): number => i - glued.filter((at, k) => at + k < i).length;
  return { ...found, start: back(found.start), end: back(found.end) };
});

function firstDate(text: string): FoundDate | null {
  let best: FoundDate | null = null;
  const marks = digitRunMarks(text);
  let named: boolean | undefined;
  for (const shape of DATE_SHAPES) {
    if ((marks & shape.needs) === 0) continue;
    if (shape.named && !(named ??= MONTH_START.test(text))) continue;
    const m = shape.re.exec(text);
    if (!m) continue;
    const found = toIso(m, shape);
    if (found && (!best || found.start < best.start || (found.start === best.start && found.iso.length > best.iso.length))) best = found;
  }
  return best;
}

/**
 * The shapes' needs (FOUR_THEN_DASH_OR_SLASH …) that the text's maximal runs of ASCII digits meet,
 * as bits. A shape's match holds its need: its year is four digits that start a run (after a word
 * boundary, a lookbehind, or a separator or space) and end it (a separator, a boundary or a
 * lookahead follows), except a named date's year, which may have a time glued on ("20236:01 PM");
 * its day is one or two digits that start and end a run.
 */
export function digitRunMarks(text: string): number {
  let marks = 0;
  let year = false;
  let day = false;
  for (let i = 0; i < text.length; i++) {
    if (!isDigit(text.charCodeAt(i))) continue;
    let j = i + 1;
    while (isDigit(text.charCodeAt(j))) j++;
    const before = text.charCodeAt(i - 1);
    if (j - i === 4) {
      const after = text.charCodeAt(j);
      if (after === 45 || after === 47) marks |= FOUR_THEN_DASH_OR_SLASH;
      else if (after === 46) marks |= FOUR_THEN_DOT;
      if (before === 46 || before === 47) marks |= FOUR_AFTER_DOT_OR_SLASH;
      else if (before === 45) marks |= FOUR_AFTER_DASH;
    }
    if (j - i >= 4) year ||= isSpace(before);
    else if (j - i <= 2) day = true;
    i = j;
  }
  return year && day ? marks | YEAR_AND_DAY : marks;
}

/** An ASCII digit (what \d matches, with or without the u and i flags); false for NaN (past either end). */
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

function toIso(m: RegExpExecArray, shape: (typeof DATE_SHAPES)[number]): FoundDate | null {
  const year = Number(m[shape.y]);
  let month = monthOf(m[shape.m] ?? '');
  let day = Number(m[shape.d]);
  // A numeric date whose second number cannot be a month was written month first.
  if (shape.swap === true && month > 12 && day >= 1 && day <= 12) [month, day] = [day, month];
  else if (shape.sure === true && month !== day && day <= 12) return null;
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  let iso = `${year}-${pad(month)}-${pad(day)}`;
  const hourRaw = m[shape.t];
  let hasTime = false;
  if (hourRaw !== undefined) {
    let hour = Number(hourRaw);
    const minute = Number(m[shape.t + 1]);
    const second = Number(m[shape.t + 2] ?? 0);
    const meridiem = (m[shape.t + 3] ?? '').toLowerCase().replace(/\./g, '');
    if (meridiem === 'pm' && hour < 12) hour += 12;
    if (meridiem === 'am' && hour === 12) hour = 0;
    if (hour <= 23 && minute <= 59 && second <= 59) {
      hasTime = true;
      iso += `T${pad(hour)}:${pad(minute)}:${pad(second)}${zoneOffset(m[shape.t + 4]) ?? ''}`;
    }
  }
  return { iso, hasTime, start: m.index, end: m.index + m[0].length };
}

const WEEKDAYS =
  /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\b|\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\b/giu;

/** Words that lead into a printed date ("on", "am", "le"): furniture between a byline's name and its date. */
const DATE_LEAD_WORDS = /^(?:on|at|am|um|le|el|il|den|der|vom|du|del|de)$/iu;
const DATE_GLUE = /^[\s,|·•»«:;–—/-]+|[\s,|·•»«:;–—/-]+$/gu;

/**
 * The text beside a date, without it: what comes before a date that follows ("Posted by Jane Doe
 * on Friday" loses its weekday and "on"), or, when the date opens the text, what follows it
 * ("Dec 19, 2025 · Jane Doe"). The text unchanged when it holds no date.
 */
export function besideDate(text: string, found: FoundDate | null = findDate(text)): string {
  if (found === null) return text;
  if (dateOpens(text, found)) return text.slice(found.end).replace(DATE_GLUE, '');
  const words = text.slice(0, found.start).replace(DATE_GLUE, '').split(/\s+/);
  while (words.length > 1 && isDateLead(words[words.length - 1] ?? '')) words.pop();
  return words.join(' ').replace(DATE_GLUE, '');
}

/** True when the text opens with the date (separators aside). */
export function dateOpens(text: string, found: FoundDate): boolean {
  return text.slice(0, found.start).replace(DATE_GLUE, '') === '';
}

function isDateLead(word: string): boolean {
  const w = word.replace(DATE_GLUE, '');
  return w === '' || DATE_LEAD_WORDS.test(w) || isCalendarWord(w);
}

/** Longer than any month or weekday name, and than "propertyIsEnumerable" (20), the longest Object.prototype key. */
const CALENDAR_WORD_MAX = 20;

/** True when `word` is a weekday's or a month's name and nothing else ("Wed", "Sat", "March"). */
export function isCalendarWord(word: string): boolean {
  const t = word.trim();
  // No name (nor an Object.prototype key, which MONTHS reads through) holds a space or runs past
  // CALENDAR_WORD_MAX: such a text is answered without its lower-casing and the weekday scan.
  if (t.length > CALENDAR_WORD_MAX + 1 || t.includes(' ')) return false;
  const w = t.replace(/\.$/, '');
  if (MONTHS[w.toLowerCase()] !== undefined) return true;
  WEEKDAYS.lastIndex = 0;
  const m = WEEKDAYS.exec(w);
  return m !== null && m[0].length === w.length;
}

/** True when `text` names a weekday or a month ("Monday", "Feb"): no place is called that. */
export function hasCalendarWord(text: string): boolean {
  WEEKDAYS.lastIndex = 0;
  if (WEEKDAYS.test(text)) return true;
  return text.split(/[\s,.]+/).some((w) => MONTHS[w.toLowerCase()] !== undefined);
}

/**
 * True when `line` is a timestamp line: a date plus at most a few words of furniture
 * ("Updated", a weekday, "Uhr", a relative age); a quote's attribution ("On …, jdoe said:") is not.
 */
export function isTimestampLine(line: string, found: FoundDate | null = findDate(line)): boolean {
  if (!found || QUOTE_ATTRIBUTION.test(line)) return false;
  // Strip every date on the line ("19. Oktober 2019, 19:08 Uhr Editiert am 19. Oktober 2019, 19:08 Uhr").
  let rest = line.slice(0, found.start) + ' ' + line.slice(found.end);
  let dates = 1;
  for (let more = findDate(rest); more && dates < MAX_DATES; more = findDate(rest), dates++) {
    rest = rest.slice(0, more.start) + ' ' + rest.slice(more.end);
  }
  rest = rest.replace(WEEKDAYS, ' ').replace(/[|·•,:;()\-–—/]+/g, ' ').trim();
  const restWords = rest === '' ? 0 : rest.split(/\s+/).length;
  // A line that carries several timestamps may carry a little more furniture ("Editiert am").
  const allowed = dates > 1 ? REST_WORDS_MULTI : REST_WORDS;
  return restWords <= allowed && rest.length <= allowed * 10;
}

const MAX_DATES = 4;
const REST_WORDS = 4;
const REST_WORDS_MULTI = 8;
