import { Command, InvalidArgumentError, Option } from 'commander';
import { DiscloseError } from '../../model/errors.js';
import { LOCALES, type Locale } from '../../model/message.js';
import type { CheckResult } from '../../model/finding.js';
import type { Baseline, DiscloseConfig, Shard } from '../../index.js';
import { writeOutput } from '../output.js';
import { CONFIG_FILE, REPORT_FILES, refuseOutputOverInput, reportInputFiles } from '../output-guard.js';
import { readNoteOption } from '../read-note.js';
import { runBatchCheck } from '../batch-check.js';
import type { ExitPolicy, FailOn } from '../check-policy.js';
import { formatTargets, guardedOutputs, withOutputOptions, type FormatTarget } from '../format-targets.js';
import { printedConfig, printedConfigText } from '../print-config.js';
import { reportResult } from '../report-result.js';
import { refuseBadFixUsage, runFix } from '../check-fix.js';

// Kept in step with src/formatters/index.ts by test/cli/check-formats.test.ts (the CLI loads formatters lazily).
export const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github', 'gitlab', 'markdown', 'html'];

interface CheckCliOptions {
  /** `--format` values, each `NAME` (stdout) or `NAME=FILE` (format-targets.ts); none: stylish. */
  format?: string[];
  failOn: FailOn;
  output?: string;
  /** A file, `false` for --no-config, undefined to search upward from the working directory. */
  config?: string | false;
  crosswalk?: boolean;
  /** --suggest: a missing disclosure with a strong candidate section says where it probably is. */
  suggest?: boolean;
  maxWarnings?: number;
  baseline?: string;
  updateBaseline?: boolean;
  /** --batch, or implied by --jobs or --shard: each path is a report of its own. */
  batch?: boolean;
  jobs?: number | 'auto';
  shard?: Shard;
  quiet?: boolean;
  printConfig?: boolean;
  /** --locale: the language of messages and output chrome (default: the config's, else each report's `language`). */
  locale?: Locale;
  /** --fix: apply every certain fix in place, then report what remains; with --dry-run print the diff instead. */
  fix?: boolean;
  dryRun?: boolean;
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

/** `--shard i/n` with 1 ≤ i ≤ n (the share itself is chosen by the library: src/batch/shard.ts). */
export function parseShard(value: string): Shard {
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(value);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new InvalidArgumentError('expected i/n with 1 ≤ i ≤ n, such as 2/4.');
  return { index, count };
}

/** Combinations of options that make no sense, refused before any work. */
function refuseBadUsage(paths: string[], options: CheckCliOptions): void {
  if (paths.length === 0 && !options.printConfig) {
    throw new DiscloseError('usage', "missing required argument 'paths'; expected one or more Markdown files or folders.");
  }
  if (options.updateBaseline && !options.baseline) {
    throw new DiscloseError('usage', '--update-baseline needs --baseline FILE (where to write the baseline).');
  }
  if (options.updateBaseline && options.shard) {
    throw new DiscloseError('usage', '--update-baseline writes the baseline of the whole batch; run it without --shard.');
  }
  refuseBadFixUsage(paths, options);
}

/** The report (or, with --batch, --jobs or --shard, the batch) checked; undefined when no report of a batch could be read. */
async function checkPaths(
  paths: string[],
  config: DiscloseConfig | undefined,
  ignore: ((file: string) => boolean) | undefined,
  options: CheckCliOptions,
): Promise<{ result: CheckResult; unreadable: number } | undefined> {
  const { check } = await import('../../index.js');
  if (options.batch === true || options.jobs !== undefined || options.shard !== undefined) {
    // Each path is a report of its own, checked in worker threads (cli/batch-check.ts).
    const batch = await runBatchCheck(paths, config, options);
    return batch ? { result: batch.result, unreadable: batch.failures.length } : undefined;
  }
  const result = await check(paths, {
    ...(config ? { defaults: config.defaults } : {}),
    ...(config?.rules ? { rules: config.rules } : {}),
    ...(ignore ? { ignore } : {}),
    crosswalk: options.crosswalk === true,
    suggest: options.suggest === true,
    ...(options.locale ? { locale: options.locale } : {}),
    ...readNoteOption(options.quiet),
  });
  return { result, unreadable: 0 };
}

/** --baseline: the findings it accepts removed (written first with --update-baseline); notes on stderr unless --quiet. */
async function withBaseline(result: CheckResult, file: string, loaded: Baseline | undefined, options: CheckCliOptions): Promise<CheckResult> {
  const baselines = await import('../../index.js');
  if (options.updateBaseline) {
    const written = baselines.createBaseline(result, file);
    writeOutput(baselines.baselineText(written), file);
    if (!options.quiet) process.stderr.write(`disclose: wrote ${written.findings.length} finding(s) to the baseline ${file}\n`);
    return baselines.applyBaseline(result, written, file).result;
  }
  const applied = baselines.applyBaseline(result, loaded ?? baselines.loadBaseline(file), file);
  // The formatters stay pure (they see only the remaining findings); the count goes to stderr.
  if (applied.suppressed > 0 && !options.quiet) process.stderr.write(`disclose: ${applied.suppressed} known finding(s) accepted by the baseline ${file}\n`);
  return applied.result;
}

/** Before anything is read or written: no output (a format's file, the baseline written) may land on a file this run reads. */
async function refuseOutputsOverInputs(
  paths: string[],
  targets: readonly FormatTarget[],
  config: DiscloseConfig | undefined,
  ignore: ((file: string) => boolean) | undefined,
  options: CheckCliOptions,
): Promise<void> {
  refuseOutputOverInput(
    [
      ...guardedOutputs(targets, options.output),
      { option: '--baseline', path: options.updateBaseline ? options.baseline : undefined },
    ],
    [
      { what: REPORT_FILES, paths: await reportInputFiles(paths, ignore) },
      { what: CONFIG_FILE, paths: [config?.file] },
      { what: 'the baseline read by --baseline', paths: [options.updateBaseline ? undefined : options.baseline] },
    ],
  );
}

async function checkAction(paths: string[], cliOptions: CheckCliOptions): Promise<void> {
  refuseBadUsage(paths, cliOptions);
  const targets = formatTargets(cliOptions.format, cliOptions.output, FORMATS);
  const { rules, resolveConfig, loadBaseline, ignoreMatcher } = await import('../../index.js');
  const config = resolveConfig(cliOptions.config === undefined ? {} : { config: cliOptions.config }, rules.map((r) => r.id));
  if (cliOptions.printConfig) {
    const how = cliOptions.config === false ? 'none' : typeof cliOptions.config === 'string' ? 'explicit' : 'discovered';
    writeOutput(printedConfigText(printedConfig(config, { how, cwd: process.cwd() }, rules)), cliOptions.output);
    return;
  }
  // --locale wins over the config's `locale`; without either, each report's own `language` decides.
  const locale = cliOptions.locale ?? config?.locale;
  const options: CheckCliOptions = { ...cliOptions, ...(locale ? { locale } : {}) };
  const ignore = config?.ignore?.length ? ignoreMatcher(config.ignore, config.dir ?? process.cwd()) : undefined;
  await refuseOutputsOverInputs(paths, targets, config, ignore, options);
  // Read the baseline before checking, so a bad baseline fails fast.
  const baseline = options.baseline && !options.updateBaseline ? loadBaseline(options.baseline) : undefined;
  if (options.fix && (await runFix(paths, config, ignore, options))) return; // --dry-run: the diff was the output
  const checked = await checkPaths(paths, config, ignore, options);
  if (!checked) return; // no report could be read: the reasons are on stderr, exit code 2
  const result = options.baseline ? await withBaseline(checked.result, options.baseline, baseline, options) : checked.result;
  // --update-baseline accepts what it wrote: nothing can fail the run (exit 0).
  const policy: ExitPolicy = options.updateBaseline
    ? { failOn: 'none', quiet: options.quiet === true }
    : { failOn: options.failOn, quiet: options.quiet === true, ...(options.maxWarnings !== undefined ? { maxWarnings: options.maxWarnings } : {}) };
  const code = await reportResult(result, targets, policy, options.locale);
  // A batch with a report that could not be read: 2 (bad input), whatever the findings.
  process.exitCode = checked.unreadable > 0 ? 2 : code;
}

export function checkCommand(): Command {
  const command = new Command('check')
    .description('check a report (files or folders forming one report) against the frameworks it claims')
    .argument('[paths...]', 'Markdown files, folders (a folder = the *.md files under it, sorted by path), quoted globs, or - for stdin');
  return withOutputOptions(command, FORMATS, parseCount)
    .option('-c, --config <file>', 'a JSON or YAML config file (default: disclose.config.* or package.json#disclose, searched upward)')
    .option('--no-config', 'use no config file, not even one found upward')
    .option('--print-config', 'print the resolved config (JSON: rules, defaults, ignore, and the file it came from) and exit')
    .option('--baseline <file>', 'accept the findings recorded in this baseline file; fail only on new ones')
    .option('--update-baseline', 'write the current findings to the --baseline file and exit 0')
    .option('--crosswalk', 'count a disclosure as reported through an equivalent disclosure of another framework')
    .option('--suggest', 'for a missing disclosure, name the section that probably answers it (as `disclose suggest` ranks them)')
    .option('--batch', 'check each path as a report of its own (a file, or a folder of files), in parallel; one combined output')
    .option('-j, --jobs <n>', 'threads checking reports for --batch (implies it): a number, or `auto` for the cores available', parseJobs)
    .option('--shard <i/n>', 'check only the i-th of n shares of the sorted report list (implies --batch); join the JSON outputs with `disclose merge`', parseShard)
    .addOption(new Option('--locale <locale>', 'language of messages and output (default: the config\'s `locale`, else each report\'s `language`, else en)').choices(LOCALES))
    .option('--fix', 'apply every certain fix (an index title, a superseded code with one replacement) to the files in place, then report the findings that remain')
    .option('--dry-run', 'with --fix: print the fixes as a unified diff and write nothing')
    .option('-q, --quiet', 'report errors only (warnings and infos are neither shown nor fail the run); no progress bar, no notes')
    .action(checkAction);
}
