import type { CliIO } from './io.js';

/**
 * What a command module gets: the CLI's window on the world and a way to report its exit code.
 * Commands never touch process.stdout, process.exit or the like (so tests run them in-process).
 */
export interface CliContext {
  readonly io: CliIO;
  exit(code: number): void;
}

export const EXIT_OK = 0;
export const EXIT_DOC_FAILED = 1;
export const EXIT_USAGE = 2;

/** Something the user has to fix on the command line: printed with a hint, exit 2. */
export class UsageError extends Error {}

/**
 * A numeric flag's value, checked. yargs turns "abc" into NaN before we see it, so the message
 * quotes what was typed (found in argv) rather than "NaN".
 */
export function numberFlag(argv: readonly string[], flag: string, value: number | undefined, rule: { min: number; integer?: boolean; what: string }): number | undefined {
  if (value === undefined) return undefined;
  const ok = Number.isFinite(value) && value >= rule.min && (!rule.integer || Number.isInteger(value));
  if (ok) return value;
  const typed = typedValue(argv, flag) ?? String(value);
  throw new UsageError(`--${flag} needs ${rule.what}, not "${typed}"`);
}

/** The text given for `--flag` (last occurrence; `--flag v` or `--flag=v`). */
function typedValue(argv: readonly string[], flag: string): string | undefined {
  let found: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === `--${flag}`) found = argv[i + 1];
    else if (arg.startsWith(`--${flag}=`)) found = arg.slice(flag.length + 3);
  });
  return found;
}
