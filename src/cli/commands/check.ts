import { Command, Option } from 'commander';
import type { Severity } from '../../model/finding.js';
import { writeOutput, wantsColor } from '../output.js';

const FAIL_ON = ['error', 'warning', 'none'] as const;
// Kept in step with src/formatters/index.ts by test/cli/check-formats.test.ts (the CLI loads formatters lazily).
export const FORMATS = ['stylish', 'json'];
const RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

export function checkCommand(): Command {
  return new Command('check')
    .description('check a report (files or folders forming one report) against the frameworks it claims')
    .argument('<paths...>', 'Markdown files or folders (a folder = its *.md files, sorted by name)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(FORMATS).default('stylish'))
    .addOption(new Option('--fail-on <severity>', 'exit with 1 when a finding is at or above this severity').choices(FAIL_ON).default('error'))
    .option('-o, --output <file>', 'write the output to a file instead of stdout')
    .option('-c, --config <file>', 'a JSON or YAML config file')
    .option('--crosswalk', 'count a disclosure as reported through an equivalent disclosure of another framework')
    .action(async (paths: string[], options: { format: string; failOn: (typeof FAIL_ON)[number]; output?: string; config?: string; crosswalk?: boolean }) => {
      const { check, formatters, loadConfig, rules } = await import('../../index.js');
      const config = options.config ? loadConfig(options.config, rules.map((r) => r.id)) : undefined;
      const result = await check(paths, { ...(config ? { defaults: config.defaults } : {}), ...(config?.rules ? { rules: config.rules } : {}), crosswalk: options.crosswalk === true });
      const formatter = formatters[options.format]!;
      writeOutput(formatter(result, { color: wantsColor(options.output !== undefined) }), options.output);
      if (options.failOn !== 'none') {
        const threshold = RANK[options.failOn];
        const failed = result.reports.some((r) => r.findings.some((f) => RANK[f.severity] >= threshold));
        process.exitCode = failed ? 1 : 0;
      }
    });
}
