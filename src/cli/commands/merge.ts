import { Command, Option } from 'commander';
import { FAIL_ON, type FailOn } from '../check-policy.js';
import { collect, formatTargets } from '../format-targets.js';
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
    targets.map((t) => ({ option: t.file === options.output ? '--output' : `--format ${t.format}=`, path: t.file })),
    [{ what: 'one of the JSON files being merged', paths: files }],
  );
  const { mergeResults } = await import('../../index.js');
  const result = mergeResults(files.map(readResult));
  process.exitCode = await reportResult(result, targets, { failOn: options.failOn, quiet: options.quiet === true, ...(options.maxWarnings !== undefined ? { maxWarnings: options.maxWarnings } : {}) });
}

export function mergeCommand(): Command {
  return new Command('merge')
    .description('merge the JSON outputs of `check --format json` (e.g. of `--shard i/n` runs) into one result, in any format')
    .argument('<files...>', 'JSON files written by `disclose check --format json`')
    .option('-f, --format <name>', `output format, repeatable: NAME to stdout (one at most) or NAME=FILE; one of ${FORMATS.join(', ')} (default: stylish)`, collect)
    .addOption(new Option('--fail-on <severity>', 'exit with 1 when a finding is at or above this severity').choices(FAIL_ON).default('error'))
    .option('--max-warnings <n>', 'exit with 1 when there are more than N warnings (counted with --quiet too)', parseCount)
    .option('-o, --output <file>', 'write the stdout format to a file instead')
    .option('-q, --quiet', 'report errors only (warnings and infos are neither shown nor fail the run)')
    .action(mergeAction);
}
