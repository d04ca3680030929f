import { listRules } from './rules/registry.js';
import { DeclutterError, PAGE_TYPES, type InputKind, type PageType } from './types.js';

/** Largest input `clean()` accepts by default (option `maxBytes`); error code `too-large`. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/**
 * The options of `clean()`: one type, one table of defaults, one validation. The CLI declares a
 * flag for each field from OPTION_FLAGS below, so both run with the same defaults.
 */
export interface CleanOptions {
  /** the page's URL: helps pick the main story and resolve metadata. Default: none. */
  url?: string | undefined;
  /** 'auto' (default) detects HTML vs plain text from the content. */
  kind?: 'auto' | InputKind | undefined;
  /** rule ids (or id prefixes ending in '/') to switch off; unknown ids are refused. Default: none. */
  disable?: readonly string[] | undefined;
  /** language of the page when the caller knows it ("en", "de-AT"); default: detected. */
  lang?: string | undefined;
  /** largest input accepted, in bytes. Default: 50 MiB. */
  maxBytes?: number | undefined;
  /** HTML only: allow the Readability fallback when our own result looks weak. Default: true. */
  fallback?: boolean | undefined;
  /** readers' comments as the story's own section (`story.comments`, never in `body`); false leaves them out. Default: true. */
  comments?: boolean | undefined;
  /**
   * HTML only: the page's type when the caller knows it (one of PAGE_TYPES), in place of the one
   * html/page-type reads from the page; the profile checks after it still run (a thread whose
   * replies outweigh the page is read as one). Default: read from the page.
   */
  pageType?: PageType | undefined;
}

/** Options after defaults are applied; frozen, never mutated by stages. */
export interface ResolvedOptions {
  readonly url: string | undefined;
  readonly kind: 'auto' | InputKind;
  readonly disable: readonly string[];
  /** BCP 47 primary subtag, lower case ("de-AT" → "de") */
  readonly lang: string | undefined;
  readonly maxBytes: number;
  readonly fallback: boolean;
  readonly comments: boolean;
  readonly pageType: PageType | undefined;
}

export const DEFAULT_OPTIONS: ResolvedOptions = Object.freeze({
  url: undefined,
  kind: 'auto',
  disable: Object.freeze([]),
  lang: undefined,
  maxBytes: DEFAULT_MAX_BYTES,
  fallback: true,
  comments: true,
  pageType: undefined,
});

/** How the CLI offers an option: flag name (kebab-case), value type, help text. */
export interface OptionFlag {
  flag: string;
  type: 'string' | 'number' | 'boolean';
  choices?: readonly string[];
  /** the option takes a list: the flag may be repeated, values may be comma-separated */
  list?: boolean;
  describe: string;
}

/** Every option has exactly one flag (a Record, so a new option without a flag does not compile). */
export const OPTION_FLAGS: Readonly<Record<keyof CleanOptions, OptionFlag>> = {
  url: { flag: 'url', type: 'string', describe: "the page's URL (helps choose the main story)" },
  kind: { flag: 'kind', type: 'string', choices: ['auto', 'html', 'text'], describe: 'input kind; auto detects it from the content' },
  disable: { flag: 'disable', type: 'string', list: true, describe: "rule ids, or prefixes ending in '/', to switch off (see `declutter rules`)" },
  lang: { flag: 'lang', type: 'string', describe: 'language of the pages ("en"); detected when not given' },
  maxBytes: { flag: 'max-bytes', type: 'number', describe: "larger inputs fail with 'too-large'" },
  fallback: {
    flag: 'fallback',
    type: 'boolean',
    describe: 'HTML: where our own result looks weak, also run Readability (jsdom) and keep the better result; --no-fallback to skip it',
  },
  comments: { flag: 'comments', type: 'boolean', describe: "readers' comments as the story's own section, after the body; --no-comments leaves them out" },
  pageType: { flag: 'page-type', type: 'string', choices: PAGE_TYPES, describe: "HTML: the pages' type when you know it; read from each page when not given" },
};

const KINDS: ReadonlySet<string> = new Set(['auto', 'html', 'text']);

/**
 * Applies defaults once, validates, and freezes: stages never see a partial or mutable object.
 * Anything wrong (an unknown option or rule id, a value of the wrong type) is a 'bad-option' error.
 */
export function resolveOptions(options: CleanOptions = {}): ResolvedOptions {
  if (typeof options !== 'object' || options === null) throw badOption(`options must be an object, not ${String(options)}`);
  for (const key of Object.keys(options)) {
    if (!Object.hasOwn(OPTION_FLAGS, key)) throw badOption(`unknown option "${key}"${hint(key, Object.keys(OPTION_FLAGS))}`);
  }
  const d = DEFAULT_OPTIONS;
  const kind = options.kind ?? d.kind;
  if (!KINDS.has(kind)) throw badOption(`kind must be auto, html or text, not ${String(kind)}`);
  const maxBytes = options.maxBytes ?? d.maxBytes;
  if (typeof maxBytes !== 'number' || !Number.isFinite(maxBytes) || maxBytes <= 0) {
    throw badOption(`maxBytes must be a positive number, not ${String(maxBytes)}`);
  }
  const fallback = options.fallback ?? d.fallback;
  if (typeof fallback !== 'boolean') throw badOption(`fallback must be true or false, not ${String(fallback)}`);
  const comments = options.comments ?? d.comments;
  if (typeof comments !== 'boolean') throw badOption(`comments must be true or false, not ${String(comments)}`);
  const pageType = options.pageType ?? d.pageType;
  if (pageType !== undefined && !(PAGE_TYPES as readonly unknown[]).includes(pageType)) {
    throw badOption(`pageType must be one of ${PAGE_TYPES.join(', ')}, not ${String(pageType)}${hint(String(pageType), PAGE_TYPES)}`);
  }
  return Object.freeze({
    url: optionalString('url', options.url),
    kind,
    disable: Object.freeze(checkRuleIds(options.disable ?? d.disable)),
    lang: normLang(optionalString('lang', options.lang)),
    maxBytes,
    fallback,
    comments,
    pageType,
  });
}

/** The one place a caller's language becomes the subtag stages compare: "de-AT" → "de". */
export function normLang(lang: string | undefined): string | undefined {
  return lang === undefined || lang === '' ? undefined : lang.toLowerCase().split(/[-_]/)[0];
}

function optionalString(name: string, value: unknown): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  throw badOption(`${name} must be a string, not ${String(value)}`);
}

let knownIds: { all: readonly string[]; switchable: readonly string[] } | undefined;

/**
 * Rule ids must name a rule, or be a prefix ending in '/' of at least one: a typo is refused. So
 * is a name that reaches only what a stage always removes (`fixed`): switching it off would do
 * nothing, and a caller who asked for it would never learn that.
 */
function checkRuleIds(disable: readonly string[]): string[] {
  if (!Array.isArray(disable)) throw badOption(`disable must be an array of rule ids, not ${String(disable)}`);
  knownIds ??= { all: listRules().map((r) => r.id), switchable: listRules().filter((r) => r.fixed !== true).map((r) => r.id) };
  const { all, switchable } = knownIds;
  const reaches = (id: string, ids: readonly string[]): boolean => (id.endsWith('/') ? ids.some((k) => k.startsWith(id)) : ids.includes(id));
  for (const id of disable) {
    if (typeof id !== 'string' || !reaches(id, all)) throw badOption(`unknown rule id "${String(id)}" in disable${hint(String(id), all)} (list them with \`declutter rules\`)`);
    if (!reaches(id, switchable)) throw badOption(`rule "${id}" cannot be switched off: it names what a stage always removes (\`declutter rules\` marks these "always on")`);
  }
  return [...disable];
}

function badOption(message: string): DeclutterError {
  return new DeclutterError('bad-option', message);
}

/** ", did you mean X?" for the closest candidate within a small edit distance, else "". */
export function hint(word: string, candidates: readonly string[]): string {
  const best = closest(word, candidates);
  return best === undefined ? '' : `; did you mean "${best}"?`;
}

export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}
