import { Command, Option } from 'commander';
import { writeUseCaseResult } from '../write-result.js';

// Exit codes: 0 for a dry run and for a write, whether or not items need review (migrate is an editing
// tool, not a gate: `disclose check` is the gate, and flags what is left); 2 for bad input, including a
// file that changed between reading and writing.
export function migrateCommand(): Command {
  return new Command('migrate')
    .description(
      'rewrite the codes of GRI 102/103: 2016 and of the withdrawn GRI 307/419 in tags, omissions and content index cells as GRI 2021 codes; ' +
        'a dry run unless --write; exits 0 even when items need review',
    )
    .argument('<paths...>', 'Markdown files or folders forming one report')
    .option('-w, --write', 'apply the changes to the files (each replaced atomically; refused if a file changed meanwhile)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['stylish', 'json']).default('stylish'))
    .option('-c, --config <file>', 'a JSON or YAML config file; its report dates choose between code versions (default: disclose.config.* or package.json#disclose, searched upward)')
    .option('--no-config', 'use no config file, not even one found upward')
    .action(async (paths: string[], options: { write?: boolean; format: 'stylish' | 'json'; config?: string | false }) => {
      const { migrateUseCase } = await import('../../app/migrate.js');
      writeUseCaseResult(await migrateUseCase(paths, { config: options.config ?? 'auto', write: options.write === true, format: options.format }));
    });
}
