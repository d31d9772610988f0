// The command line: a thin layer over the service (api.ts). Exit code 0 when the command ran,
// non-zero when it could not (bad input, missing file, unknown option).
import { Command, CommanderError } from 'commander';
import { registerGlossaryCommands } from './cli/glossary-commands.ts';
import { registerCheckCommand } from './cli/check-command.ts';
import { registerSuggestCommand } from './cli/suggest-command.ts';
import { registerIssueCommands } from './cli/issue-commands.ts';
import { registerWorkbenchCommands } from './cli/workbench-commands.ts';
import { registerUserCommands } from './cli/user-commands.ts';
import { InputError } from './errors.ts';

/** `extend` adds the commands of other layers (electron/team/cli.ts adds `serve`). */
export function buildProgram(out: (text: string) => void = (t) => process.stdout.write(t), extend?: (program: Command) => void): Command {
  const program = new Command('donghyang')
    .description('Donghyang (동향): Chinese↔Korean glossary, term recognition and checks for the weekly bulletin')
    .option('--db <path>', 'the glossary database (default: $DONGHYANG_DB or the app user-data folder)')
    .exitOverride()
    .configureOutput({ writeOut: out, writeErr: (t) => process.stderr.write(t) });
  registerGlossaryCommands(program, out);
  registerCheckCommand(program, out);
  registerSuggestCommand(program, out);
  registerIssueCommands(program, out);
  registerWorkbenchCommands(program, out);
  registerUserCommands(program, out);
  extend?.(program);
  return program;
}

export async function main(argv: string[], extend?: (program: Command) => void): Promise<number> {
  try {
    await buildProgram(undefined, extend).parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version are "errors" to commander but successes to the user.
      return error.exitCode;
    }
    const message = error instanceof InputError || error instanceof Error ? error.message : String(error);
    process.stderr.write(`donghyang: ${message}\n`);
    return 1;
  }
}
