#!/usr/bin/env node
// The only place that touches process.exit codes, stdout/stderr and the terminal.
// Exit codes (contracts.md §3): 0 clean, 1 findings at or above --fail-on, 2 bad input or usage.
import { Command, CommanderError } from 'commander';
import { isDiscloseError } from '../model/errors.js';
import { tool } from '../version.js';
import { checkCommand } from './commands/check.js';
import { indexCommand } from './commands/index-command.js';
import { standardsCommand } from './commands/standards.js';
import { migrateCommand } from './commands/migrate.js';
import { initCommand } from './commands/init.js';
import { messages } from './messages.js';

function fail(message: string): void {
  process.stderr.write(`disclose: ${message}\n`);
  process.exitCode = 2;
}

const program = new Command('disclose')
  .description('Check ESG reports against the disclosure standards they claim, and write their content index.')
  .version(tool.version)
  .showSuggestionAfterError()
  .exitOverride()
  .configureOutput({
    // One line: commander puts its "(Did you mean …?)" hint on a line of its own.
    outputError: (text, write) => write(`${text.replace(/^error: /, 'disclose: ').trimEnd().replace(/\n+/g, ' ')}\n`),
  });
for (const command of [checkCommand(), indexCommand(), standardsCommand(), migrateCommand(), initCommand()]) program.addCommand(command);
for (const command of program.commands) command.exitOverride();
program.commands.find((c) => c.name() === 'standards')?.commands.forEach((c) => c.exitOverride());

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // --help and --version end here with code 0; usage errors were already printed by commander.
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else if (isDiscloseError(error)) {
    fail(error.message);
  } else {
    if (process.env['DISCLOSE_DEBUG']) process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    fail(messages.internal((error as Error).message ?? String(error)));
  }
}
