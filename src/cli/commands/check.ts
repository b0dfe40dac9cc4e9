import { Command, InvalidArgumentError, Option } from 'commander';
import type { Severity } from '../../model/finding.js';
import { LOCALES, type Locale } from '../../model/message.js';
import { DiscloseError } from '../../model/errors.js';
import { writeOutput, wantsColor } from '../output.js';
import { CONFIG_FILE, REPORT_FILES, refuseOutputOverInput, reportInputFiles } from '../output-guard.js';
import { toolHomepage } from '../../version.js';
import { runBatchCheck } from '../batch-check.js';
import { readNoteOption } from '../read-note.js';

const FAIL_ON = ['error', 'warning', 'none'] as const;
// Kept in step with src/formatters/index.ts by test/cli/check-formats.test.ts (the CLI loads formatters lazily).
export const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github', 'gitlab', 'markdown', 'html'];
const RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

interface CheckCliOptions {
  format: string;
  failOn: (typeof FAIL_ON)[number];
  output?: string;
  /** A file, `false` for --no-config, undefined to search upward from the working directory. */
  config?: string | false;
  crosswalk?: boolean;
  /** --suggest: a missing disclosure with a strong candidate section says where it probably is. */
  suggest?: boolean;
  maxWarnings?: number;
  baseline?: string;
  updateBaseline?: boolean;
  /** --batch, or implied by --jobs: each path is a report of its own. */
  batch?: boolean;
  jobs?: number | 'auto';
  quiet?: boolean;
  /** --locale: the language of messages and output chrome (default: each report's `language`). */
  locale?: Locale;
}

export function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number (0 or more).');
  return Number(value);
}

/** `--jobs N` (1 or more) or `--jobs auto` (the cores available). */
export function parseJobs(value: string): number | 'auto' {
  if (value === 'auto') return 'auto';
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('expected a whole number of 1 or more, or `auto`.');
  return Number(value);
}

export function checkCommand(): Command {
  return new Command('check')
    .description('check a report (files or folders forming one report) against the frameworks it claims')
    .argument('<paths...>', 'Markdown files, folders (a folder = the *.md files under it, sorted by path), quoted globs, or - for stdin')
    .addOption(new Option('-f, --format <name>', 'output format').choices(FORMATS).default('stylish'))
    .addOption(new Option('--fail-on <severity>', 'exit with 1 when a finding is at or above this severity').choices(FAIL_ON).default('error'))
    .option('--max-warnings <n>', 'exit with 1 when there are more than N warnings', parseCount)
    .option('-o, --output <file>', 'write the output to a file instead of stdout')
    .option('-c, --config <file>', 'a JSON or YAML config file (default: disclose.config.* or package.json#disclose, searched upward)')
    .option('--no-config', 'use no config file, not even one found upward')
    .option('--baseline <file>', 'accept the findings recorded in this baseline file; fail only on new ones')
    .option('--update-baseline', 'write the current findings to the --baseline file and exit 0')
    .option('--crosswalk', 'count a disclosure as reported through an equivalent disclosure of another framework')
    .option('--suggest', 'for a missing disclosure, name the section that probably answers it (as `disclose suggest` ranks them)')
    .option('--batch', 'check each path as a report of its own (a file, or a folder of files), in parallel; one combined output')
    .option('-j, --jobs <n>', 'threads checking reports for --batch (implies it): a number, or `auto` for the cores available', parseJobs)
    .addOption(new Option('--locale <locale>', 'language of messages and output (default: the config\'s `locale`, else each report\'s `language`, else en)').choices(LOCALES))
    .option('-q, --quiet', 'no progress bar and no notes on stderr (errors are still printed)')
    .action(async (paths: string[], options: CheckCliOptions) => {
      if (options.updateBaseline && !options.baseline) {
        throw new DiscloseError('usage', '--update-baseline needs --baseline FILE (where to write the baseline).');
      }
      const { check, formatters, rules, resolveConfig, ignoreMatcher, ...baselines } = await import('../../index.js');
      const config = resolveConfig(options.config === undefined ? {} : { config: options.config }, rules.map((r) => r.id));
      const ignore = config?.ignore?.length ? ignoreMatcher(config.ignore, config.dir ?? process.cwd()) : undefined;
      // Before anything is read or written: no output may land on a file this run reads.
      refuseOutputOverInput(
        [{ option: '--output', path: options.output }, { option: '--baseline', path: options.updateBaseline ? options.baseline : undefined }],
        [
          { what: REPORT_FILES, paths: await reportInputFiles(paths, ignore) },
          { what: CONFIG_FILE, paths: [config?.file] },
          { what: 'the baseline read by --baseline', paths: [options.updateBaseline ? undefined : options.baseline] },
        ],
      );
      // Read the baseline before checking, so a bad baseline fails fast.
      const baseline = options.baseline && !options.updateBaseline ? baselines.loadBaseline(options.baseline) : undefined;
      // --batch / --jobs: each path is a report of its own, checked in worker threads (cli/batch-check.ts).
      const batched = options.batch === true || options.jobs !== undefined;
      const locale = options.locale ?? config?.locale;
      const batch = batched ? await runBatchCheck(paths, config, { ...options, ...(locale ? { locale } : {}) }) : undefined;
      if (batched && !batch) return; // no report could be read: the reasons are on stderr, exit code 2
      let result = batch ? batch.result : await check(paths, {
        ...(config ? { defaults: config.defaults } : {}),
        ...(config?.rules ? { rules: config.rules } : {}),
        ...(ignore ? { ignore } : {}),
        crosswalk: options.crosswalk === true,
        suggest: options.suggest === true,
        ...(locale ? { locale } : {}),
        ...readNoteOption(options.quiet),
      });
      if (options.updateBaseline && options.baseline) {
        const written = baselines.createBaseline(result, options.baseline);
        writeOutput(baselines.baselineText(written), options.baseline);
        if (!options.quiet) process.stderr.write(`disclose: wrote ${written.findings.length} finding(s) to the baseline ${options.baseline}\n`);
        result = baselines.applyBaseline(result, written, options.baseline).result;
      } else if (baseline && options.baseline) {
        const applied = baselines.applyBaseline(result, baseline, options.baseline);
        result = applied.result;
        // The formatters stay pure (they see only the remaining findings); the count goes to stderr.
        if (applied.suppressed > 0 && !options.quiet) process.stderr.write(`disclose: ${applied.suppressed} known finding(s) accepted by the baseline ${options.baseline}\n`);
      }
      const formatter = formatters[options.format]!;
      // Rule metadata for formatters that describe rules (SARIF's tool.driver.rules).
      // Rule help links only when package.json has a homepage (SARIF helpUri): never an invented URL.
      const context = { color: wantsColor(options.output !== undefined), rules, ...(toolHomepage ? { toolUri: toolHomepage } : {}), ...(locale ? { locale } : {}) };
      writeOutput(formatter(result, context), options.output);
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
      // A batch with a report that could not be read exits with 2 (bad input), whatever the findings.
      process.exitCode = batch && batch.failures.length > 0 ? 2 : failed ? 1 : 0;
    });
}
