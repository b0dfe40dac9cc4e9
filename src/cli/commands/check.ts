import { Command, InvalidArgumentError, Option } from 'commander';
import type { Severity } from '../../model/finding.js';
import { DiscloseError } from '../../model/errors.js';
import { writeOutput, wantsColor } from '../output.js';

const FAIL_ON = ['error', 'warning', 'none'] as const;
// Kept in step with src/formatters/index.ts by test/cli/check-formats.test.ts (the CLI loads formatters lazily).
export const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github', 'markdown'];
const RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

interface CheckCliOptions {
  format: string;
  failOn: (typeof FAIL_ON)[number];
  output?: string;
  /** A file, `false` for --no-config, undefined to search upward from the working directory. */
  config?: string | false;
  crosswalk?: boolean;
  maxWarnings?: number;
  baseline?: string;
  updateBaseline?: boolean;
}

export function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number (0 or more).');
  return Number(value);
}

export function checkCommand(): Command {
  return new Command('check')
    .description('check a report (files or folders forming one report) against the frameworks it claims')
    .argument('<paths...>', 'Markdown files or folders (a folder = its *.md files, sorted by name)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(FORMATS).default('stylish'))
    .addOption(new Option('--fail-on <severity>', 'exit with 1 when a finding is at or above this severity').choices(FAIL_ON).default('error'))
    .option('--max-warnings <n>', 'exit with 1 when there are more than N warnings', parseCount)
    .option('-o, --output <file>', 'write the output to a file instead of stdout')
    .option('-c, --config <file>', 'a JSON or YAML config file (default: disclose.config.* or package.json#disclose, searched upward)')
    .option('--no-config', 'use no config file, not even one found upward')
    .option('--baseline <file>', 'accept the findings recorded in this baseline file; fail only on new ones')
    .option('--update-baseline', 'write the current findings to the --baseline file and exit 0')
    .option('--crosswalk', 'count a disclosure as reported through an equivalent disclosure of another framework')
    .action(async (paths: string[], options: CheckCliOptions) => {
      if (options.updateBaseline && !options.baseline) {
        throw new DiscloseError('usage', '--update-baseline needs --baseline FILE (where to write the baseline).');
      }
      const { check, formatters, rules, resolveConfig, ignoreMatcher, ...baselines } = await import('../../index.js');
      const config = resolveConfig(options.config === undefined ? {} : { config: options.config }, rules.map((r) => r.id));
      // Read the baseline before checking, so a bad baseline fails fast.
      const baseline = options.baseline && !options.updateBaseline ? baselines.loadBaseline(options.baseline) : undefined;
      let result = await check(paths, {
        ...(config ? { defaults: config.defaults } : {}),
        ...(config?.rules ? { rules: config.rules } : {}),
        ...(config?.ignore?.length ? { ignore: ignoreMatcher(config.ignore, config.dir ?? process.cwd()) } : {}),
        crosswalk: options.crosswalk === true,
      });
      if (options.updateBaseline && options.baseline) {
        const written = baselines.createBaseline(result, options.baseline);
        writeOutput(baselines.baselineText(written), options.baseline);
        process.stderr.write(`disclose: wrote ${written.findings.length} finding(s) to the baseline ${options.baseline}\n`);
        result = baselines.applyBaseline(result, written, options.baseline).result;
      } else if (baseline && options.baseline) {
        const applied = baselines.applyBaseline(result, baseline, options.baseline);
        result = applied.result;
        // The formatters stay pure (they see only the remaining findings); the count goes to stderr.
        if (applied.suppressed > 0) process.stderr.write(`disclose: ${applied.suppressed} known finding(s) accepted by the baseline ${options.baseline}\n`);
      }
      const formatter = formatters[options.format]!;
      // Rule metadata for formatters that describe rules (SARIF's tool.driver.rules).
      writeOutput(formatter(result, { color: wantsColor(options.output !== undefined), rules }), options.output);
      if (options.updateBaseline) {
        process.exitCode = 0;
        return;
      }
      const findings = result.reports.flatMap((r) => r.findings);
      let failed = false;
      if (options.failOn !== 'none') {
        const threshold = RANK[options.failOn];
        failed = findings.some((f) => RANK[f.severity] >= threshold);
      }
      if (options.maxWarnings !== undefined) {
        const warnings = findings.filter((f) => f.severity === 'warning').length;
        if (warnings > options.maxWarnings) {
          failed = true;
          process.stderr.write(`disclose: ${warnings} warning(s), more than --max-warnings ${options.maxWarnings}\n`);
        }
      }
      process.exitCode = failed ? 1 : 0;
    });
}
