import type { CommandModule } from 'yargs';
import { listRules } from '../../rules/registry.js';
import { EXIT_OK, type CliContext } from '../command.js';
import type { CliIO } from '../io.js';

/** `declutter rules`: every rule id with what it removes, printed from the registry. */
export function rulesCommand(ctx: CliContext): CommandModule {
  return {
    command: 'rules',
    describe: 'list every rule (ids for --disable) with what it removes',
    builder: (y) => y.example('$0 rules | grep ^widget/', 'the widget rules'),
    handler: async () => ctx.exit(await printRules(ctx.io)),
  };
}

export async function printRules(io: CliIO): Promise<number> {
  await io.out(listRules().map((r) => `${r.id.padEnd(28)} ${r.describe}${r.fixed === true ? ' (always on)' : ''}`).join('\n') + '\n');
  return EXIT_OK;
}
