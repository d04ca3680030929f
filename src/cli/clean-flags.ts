import type { Argv, Options } from 'yargs';
import { DEFAULT_OPTIONS, OPTION_FLAGS, resolveOptions, type CleanOptions, type ResolvedOptions } from '../options.js';
import { DeclutterError } from '../types.js';
import { numberFlag, UsageError } from './command.js';

/**
 * The flags of clean()'s options, declared from the one table in options.ts: any command that
 * cleans pages (the default command, a queue worker) takes them with addCleanOptions() and turns
 * them into options with cleanOptionsFromArgs(). No yargs defaults here: resolveOptions() applies
 * the library's, so the CLI and clean() cannot disagree.
 */
export function addCleanOptions<T>(y: Argv<T>, group = 'Cleaning:'): Argv<T> {
  for (const [key, spec] of Object.entries(OPTION_FLAGS)) {
    const opt: Options = { type: spec.type, describe: spec.describe, group };
    if (spec.choices) opt.choices = [...spec.choices];
    // Not `array: true`: it would swallow the inputs after the flag. Repeat it or use commas.
    const shown = defaultShown(key as keyof CleanOptions);
    if (shown !== undefined) opt.defaultDescription = shown;
    y = y.option(spec.flag, opt);
  }
  return y;
}

function defaultShown(key: keyof CleanOptions): string | undefined {
  const value = DEFAULT_OPTIONS[key];
  if (key === 'maxBytes') return '52428800 (50 MiB)';
  if (key === 'lang') return 'detected';
  if (Array.isArray(value)) return value.length ? value.join(',') : 'none';
  return value === undefined ? undefined : String(value);
}

/** Parsed flags → resolved options; a bad value is a usage error (exit 2). */
export function cleanOptionsFromArgs(args: Readonly<Record<string, unknown>>, argv: readonly string[]): ResolvedOptions {
  const options: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(OPTION_FLAGS)) {
    let value = args[spec.flag];
    if (value === undefined) continue;
    if (spec.list) value = listFlag(value);
    if (spec.type === 'number') value = numberFlag(argv, spec.flag, Number(value), { min: 1, what: 'a positive number' });
    options[key] = value;
  }
  try {
    return resolveOptions(options as CleanOptions);
  } catch (e) {
    if (e instanceof DeclutterError) throw new UsageError(e.message.replace(/^unknown rule id "([^"]*)" in disable/, 'unknown rule id "$1" in --disable'));
    throw e;
  }
}

/** A repeatable, comma-separable flag as a flat list. */
export function listFlag(value: unknown): string[] {
  return [value ?? []].flat().flatMap((v) => String(v).split(',')).filter(Boolean);
}
