import { Command } from 'commander';
import type { FailOn } from '../check-policy.js';
import { formatTargets, guardedOutputs, withOutputOptions } from '../format-targets.js';
import { refuseOutputOverInput } from '../output-guard.js';
import { readResult } from '../read-result.js';
import { reportResult } from '../report-result.js';
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
  // `merge a.json b.json --format json=a.json` would replace a shard's output before it is read.
  refuseOutputOverInput(
    guardedOutputs(targets, options.output),
    [{ what: 'one of the JSON files being merged', paths: files }],
  );
  const { mergeResults } = await import('../../index.js');
  const result = mergeResults(files.map(readResult));
  process.exitCode = await reportResult(result, targets, { failOn: options.failOn, quiet: options.quiet === true, ...(options.maxWarnings !== undefined ? { maxWarnings: options.maxWarnings } : {}) });
}

export function mergeCommand(): Command {
  const command = new Command('merge')
    .description('merge the JSON outputs of `check --format json` (e.g. of `--shard i/n` runs) into one result, in any format')
    .argument('<files...>', 'JSON files written by `disclose check --format json`');
  return withOutputOptions(command, FORMATS, parseCount)
    .option('-q, --quiet', 'report errors only (warnings and infos are neither shown nor fail the run)')
    .action(mergeAction);
}
