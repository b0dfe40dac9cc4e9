import { Command, InvalidArgumentError, Option } from 'commander';
import { LOCALES, type Locale } from '../../model/message.js';
import type { Shard } from '../../index.js';
import type { FailOn } from '../../app/exit-policy.js';
import { wantsColor } from '../output.js';
import { formatTargets, guardedOutputs, withOutputOptions } from '../format-targets.js';
import { progressBar, wantsProgress } from '../progress.js';
import { messages } from '../messages.js';
import { writeUseCaseResult } from '../write-result.js';

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
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(messages.wholeNumber());
  return Number(value);
}

/** `--jobs N` (1 or more) or `--jobs auto` (the cores available). */
export function parseJobs(value: string): number | 'auto' {
  if (value === 'auto') return 'auto';
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError(messages.jobs());
  return Number(value);
}

/** `--shard i/n` with 1 ≤ i ≤ n (the share itself is chosen by the library: src/batch/shard.ts). */
export function parseShard(value: string): Shard {
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(value);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new InvalidArgumentError(messages.shard());
  return { index, count };
}

async function checkAction(paths: string[], options: CheckCliOptions): Promise<void> {
  const targets = formatTargets(options.format, options.output, FORMATS);
  const guarded = guardedOutputs(targets, options.output);
  const { checkUseCase } = await import('../../app/check.js');
  const progress = wantsBatchProgress(options) ? await progressBar() : undefined;
  let result;
  try {
    result = await checkUseCase(paths, {
      // --config FILE, --no-config (false), else searched upward from the working directory.
      config: options.config ?? 'auto',
      targets: targets.map((t, i) => ({ ...t, option: guarded[i]!.option })),
      failOn: options.failOn,
      ...(options.maxWarnings !== undefined ? { maxWarnings: options.maxWarnings } : {}),
      quiet: options.quiet === true,
      ...(options.baseline !== undefined ? { baseline: options.baseline } : {}),
      updateBaseline: options.updateBaseline === true,
      crosswalk: options.crosswalk === true,
      suggest: options.suggest === true,
      batch: options.batch === true,
      ...(options.jobs !== undefined ? { jobs: options.jobs } : {}),
      ...(options.shard ? { shard: options.shard } : {}),
      ...(options.locale ? { locale: options.locale } : {}),
      printConfig: options.printConfig === true,
      fix: options.fix === true,
      dryRun: options.dryRun === true,
      color: (file) => wantsColor(file !== undefined),
      ...(progress ? { onProgress: (done: number, total: number) => progress.update(done, total) } : {}),
    });
  } finally {
    progress?.stop();
  }
  writeUseCaseResult(result);
}

/** A progress bar while a batch runs, on a terminal and without --quiet (progress.ts). */
const wantsBatchProgress = (options: CheckCliOptions): boolean =>
  (options.batch === true || options.jobs !== undefined || options.shard !== undefined) && !options.printConfig && wantsProgress(options.quiet === true);

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
