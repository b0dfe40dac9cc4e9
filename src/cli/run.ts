// The disclose program as a function: parse `args` (what follows `disclose` on the command line), run the
// command, report errors as one line on stderr and set process.exitCode. main.ts calls it with
// process.argv; tests call it in their own process (test/helpers/run-in-process.ts) instead of spawning
// the built binary for every case.
// Exit codes (contracts.md §3): 0 clean, 1 findings at or above --fail-on, 2 bad input or usage.
// Start-up stays close to bare Node's (`npm run bench` measures it): `--version` loads nothing but
// package.json, a command loads commander and its own module only, and each action imports the library.
import type { Command } from 'commander';
import { isDiscloseError } from '../model/errors.js';
import { tool } from '../version.js';
import { messages } from './messages.js';

/** The commands, in help order; a command's module is loaded only when it runs or the full help is shown. */
export const COMMANDS: Record<string, () => Promise<Command>> = {
  check: async () => (await import('./commands/check.js')).checkCommand(),
  merge: async () => (await import('./commands/merge.js')).mergeCommand(),
  index: async () => (await import('./commands/index-command.js')).indexCommand(),
  standards: async () => (await import('./commands/standards.js')).standardsCommand(),
  migrate: async () => (await import('./commands/migrate.js')).migrateCommand(),
  init: async () => (await import('./commands/init.js')).initCommand(),
  suggest: async () => (await import('./commands/suggest.js')).suggestCommand(),
  convert: async () => (await import('./commands/convert.js')).convertCommand(),
};

function fail(message: string): void {
  process.stderr.write(`disclose: ${message}\n`);
  process.exitCode = 2;
}

/** The program with the command `args` names, or with every command (help, an unknown or misspelt command). */
async function buildProgram(args: string[]): Promise<Command> {
  const { Command } = await import('commander');
  const program = new Command('disclose')
    .description('Check ESG reports against the disclosure standards they claim, and write their content index.')
    .version(tool.version)
    .showSuggestionAfterError();
  const name = args[0];
  const needed = name !== undefined && Object.hasOwn(COMMANDS, name) ? [name] : Object.keys(COMMANDS);
  for (const command of await Promise.all(needed.map((n) => COMMANDS[n]!()))) program.addCommand(command);
  oneLineErrors(program);
  return program;
}

/**
 * Usage errors of the program and of every (sub)command: one line prefixed `disclose:`, and an exception
 * instead of process.exit. Commands made with `new Command` and `addCommand` do not inherit the program's
 * settings (commander copies them only in `.command()`), so each command is configured here.
 */
function oneLineErrors(command: Command): void {
  command.exitOverride().configureOutput({
    // One line: commander puts its "(Did you mean …?)" hint on a line of its own.
    outputError: (text, write) => write(`${text.replace(/^error: /, 'disclose: ').trimEnd().replace(/\n+/g, ' ')}\n`),
  });
  for (const sub of command.commands) oneLineErrors(sub);
}

/** Runs disclose with `args` (process.argv without node and the script); the outcome is in process.exitCode. */
export async function runCli(args: string[]): Promise<void> {
  try {
    // Commander would print exactly this; answering first spares loading it.
    if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) process.stdout.write(`${tool.version}\n`);
    else await (await buildProgram(args)).parseAsync(args, { from: 'user' });
  } catch (error) {
    if (error instanceof (await import('commander')).CommanderError) {
      // --help and --version end here with code 0; usage errors were already printed by commander.
      process.exitCode = error.exitCode === 0 ? 0 : 2;
    } else if (isDiscloseError(error)) {
      fail(error.message);
    } else {
      if (process.env['DISCLOSE_DEBUG']) process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
      fail(messages.internal((error as Error).message ?? String(error)));
    }
  }
}
