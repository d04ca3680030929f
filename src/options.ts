import { DeclutterError, type CleanOptions, type ResolvedOptions } from './types.js';

/** Largest input `clean()` accepts by default (option `maxBytes`); error code `too-large`. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

const KINDS = new Set(['auto', 'html', 'text']);

/** Applies defaults once, validates, and freezes: stages never see a partial or mutable object. */
export function resolveOptions(options: CleanOptions = {}): ResolvedOptions {
  const kind = options.kind ?? 'auto';
  if (!KINDS.has(kind)) throw new DeclutterError('bad-option', `kind must be auto, html or text, not ${String(kind)}`);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) throw new DeclutterError('bad-option', `maxBytes must be a positive number, not ${String(maxBytes)}`);
  return Object.freeze({
    url: options.url,
    kind,
    disable: Object.freeze([...(options.disable ?? [])]),
    lang: options.lang?.toLowerCase().split(/[-_]/)[0],
    maxBytes,
    fallback: options.fallback ?? true,
  });
}
