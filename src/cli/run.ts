import { readFileSync } from 'node:fs';
import yargs, { type Argv } from 'yargs';
import { OPTION_FLAGS } from '../options.js';
import { closest } from '../options.js';
import { runClean } from './clean-run.js';
import { EXIT_OK, EXIT_USAGE, UsageError, type CliContext } from './command.js';
import { CLEAN_COMMAND_FLAGS, cleanCommand } from './commands/clean.js';
import { completer, completionCommand, COMPLETION_KEY } from './commands/completion.js';
import { queueStatusCommand, submitCommand, workerCommand } from './commands/queue.js';
import { rulesCommand } from './commands/rules.js';
import type { CliIO } from './io.js';

export { EXIT_DOC_FAILED, EXIT_OK, EXIT_USAGE } from './command.js';

/** The CLI as a plain function: parses argv, runs the command, returns the exit code. */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  let code = EXIT_OK;
  const ctx: CliContext = { io, exit: (c) => void (code = c) };
  let output = '';
  const parser = buildParser(ctx, argv);
  try {
    await parser.parseAsync([...argv], {}, (_err, _argv, out) => {
      output += out;
    });
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`declutter: ${e.message}\nTry 'declutter --help'.\n`);
    return EXIT_USAGE;
  }
  // Help, --version and completion scripts are data: stdout, so `declutter --help | less` works.
  if (output !== '') await io.out(output.endsWith('\n') ? output : `${output}\n`);
  return code;
}

/** Every command is a module under commands/; a new one is one more .command() line here. */
function buildParser(ctx: CliContext, argv: readonly string[]): Argv {
  const flags = [...CLEAN_COMMAND_FLAGS.map(([name]) => name), ...Object.values(OPTION_FLAGS).map((f) => f.flag)];
  const y = yargs().scriptName('declutter');
  return y
    .usage('$0 [inputs..]\n\nClean scraped pages (HTML or text dumps) into one clean body per story.')
    .command(cleanCommand(ctx, argv, (a) => runClean(a, ctx.io)))
    .command(rulesCommand(ctx))
    .command(workerCommand(ctx, argv))
    .command(submitCommand(ctx, argv))
    .command(queueStatusCommand(ctx, argv))
    .command(completionCommand(ctx, y))
    .completion(COMPLETION_KEY, false, completer(flags))
    .epilogue('Exit status: 0 every document ok (or empty); 1 some document failed (each one still answered); 2 usage error.')
    .strict()
    .version(packageVersion())
    .help()
    .alias('h', 'help')
    .alias('V', 'version')
    .wrap(Math.min(100, y.terminalWidth() || 100))
    .exitProcess(false)
    .fail((msg: string | null, err: Error | undefined) => {
      if (err) throw err;
      throw new UsageError(suggest(msg ?? 'bad arguments', flags));
    });
}

/** yargs says "Unknown argument: fromat"; add the flag that was probably meant. */
function suggest(message: string, flags: readonly string[]): string {
  const m = /^Unknown arguments?: (.+)$/.exec(message);
  if (!m?.[1]) return message;
  const hints = m[1].split(', ').map((word) => {
    const best = closest(word.replace(/^-+/, ''), flags);
    return best === undefined ? undefined : `--${best}`;
  });
  const found = hints.filter((h): h is string => h !== undefined);
  return found.length ? `${message} (did you mean ${found.join(', ')}?)` : message;
}

let version: string | undefined;

/** The version of the installed package, read from its package.json (three levels above dist/src/cli). */
function packageVersion(): string {
  version ??= (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  return version;
}
