import type { Argv, CommandModule } from 'yargs';
import { EXIT_OK, type CliContext } from '../command.js';

/** The hidden key yargs' own completion answers under (the script calls --get-yargs-completions). */
export const COMPLETION_KEY = 'get-completion-script';

/**
 * `declutter completion`: prints a bash/zsh completion script. Its own command rather than yargs'
 * built-in one, which a default command with positionals swallows (`completion` became an input).
 */
export function completionCommand(ctx: CliContext, parser: Argv): CommandModule {
  return {
    command: 'completion',
    describe: 'print a bash/zsh completion script (declutter completion >> ~/.bashrc)',
    handler: () => {
      // Typed without arguments in @types/yargs; yargs itself takes the name and the command.
      const show = parser.showCompletionScript as (this: Argv, name: string, command: string) => Argv;
      show.call(parser, 'declutter', 'completion');
      ctx.exit(EXIT_OK);
    },
  };
}

type Defaults = (cb: (err: Error | null, list?: string[]) => void) => void;

/** Completion candidates: the commands, and for a word starting with '-' the cleaning flags too. */
export function completer(flags: readonly string[]) {
  return (current: string, _argv: unknown, defaults: Defaults, done: (list: string[]) => void): void => {
    defaults((_err, list) => {
      const own = (list ?? []).filter((c) => c !== '$0' && c !== COMPLETION_KEY);
      done(current.startsWith('-') ? [...own, ...flags.map((f) => `--${f}`)] : own);
    });
  };
}
