import { Command } from 'commander';
import type { FailOn } from '../../app/exit-policy.js';
import { formatTargets, guardedOutputs, withOutputOptions } from '../format-targets.js';
import { wantsColor } from '../output.js';
import { writeUseCaseResult } from '../write-result.js';
import { parseCount, FORMATS } from './check.js';

interface MergeCliOptions {
  format?: string[];
  failOn: FailOn;
  maxWarnings?: number;
  output?: string;
  quiet?: boolean;
}

/** `disclose merge shard-*.json`: the JSON outputs of `check --shard i/n` joined, formatted and judged as one check. */
async function mergeAction(files: string[], options: MergeCliOptions): Promise<void> {
  const targets = formatTargets(options.format, options.output, FORMATS);
  const guarded = guardedOutputs(targets, options.output);
  const { mergeUseCase } = await import('../../app/merge.js');
  writeUseCaseResult(
    mergeUseCase(files, {
      targets: targets.map((t, i) => ({ ...t, option: guarded[i]!.option })),
      failOn: options.failOn,
      ...(options.maxWarnings !== undefined ? { maxWarnings: options.maxWarnings } : {}),
      quiet: options.quiet === true,
      color: (file) => wantsColor(file !== undefined),
    }),
  );
}

export function mergeCommand(): Command {
  const command = new Command('merge')
    .description('merge the JSON outputs of `check --format json` (e.g. of `--shard i/n` runs) into one result, in any format')
    .argument('<files...>', 'JSON files written by `disclose check --format json`');
  return withOutputOptions(command, FORMATS, parseCount)
    .option('-q, --quiet', 'report errors only (warnings and infos are neither shown nor fail the run)')
    .action(mergeAction);
}
