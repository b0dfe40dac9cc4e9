// `check --format` may be given several times, so one run writes every output a pipeline needs
// (`--format stylish --format sarif=disclose.sarif`): `NAME` goes to stdout (or to `--output FILE`), at
// most one of them; `NAME=FILE` goes to that file. Parsing is pure; the command writes.
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { DiscloseError } from '../model/errors.js';
import { FAIL_ON } from '../app/exit-policy.js';
import type { GuardedOutput } from '../app/output-guard.js';
import { messages } from './messages.js';

export interface FormatTarget {
  format: string;
  /** undefined: stdout. */
  file?: string;
}

/** commander's collector for a repeatable option: each value is appended, the default is replaced. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/**
 * The outputs of one run, in the order given. `values` are the `--format` arguments (none: `stylish`),
 * `output` is `--output FILE`, the file of the one format without `=FILE`. Every mistake is one usage line.
 */
export function formatTargets(values: readonly string[] | undefined, output: string | undefined, known: readonly string[]): FormatTarget[] {
  const targets = (values?.length ? values : ['stylish']).map((value): FormatTarget => {
    const eq = value.indexOf('=');
    const format = eq === -1 ? value : value.slice(0, eq);
    if (!known.includes(format)) {
      throw new DiscloseError('usage', messages.notAFormat(format, known));
    }
    if (eq === -1) return { format };
    const file = value.slice(eq + 1);
    if (file === '') throw new DiscloseError('usage', messages.formatWithoutFile(format));
    return { format, file };
  });
  const toStdout = targets.filter((t) => t.file === undefined);
  if (toStdout.length > 1) {
    throw new DiscloseError('usage', messages.twoToStdout(toStdout.map((t) => t.format)));
  }
  if (output !== undefined) {
    if (toStdout.length === 0) throw new DiscloseError('usage', messages.outputWithoutFormat());
    toStdout[0]!.file = output;
  }
  const seen = new Set<string>();
  for (const target of targets) {
    if (target.file === undefined) continue;
    const key = resolve(target.file);
    if (seen.has(key)) throw new DiscloseError('usage', messages.fileNamedTwice(target.file));
    seen.add(key);
  }
  return targets;
}

/** The outputs of `targets` as the output guard names them: `--output FILE`, or `--format NAME=FILE`. */
export function guardedOutputs(targets: readonly FormatTarget[], output: string | undefined): GuardedOutput[] {
  return targets.map((t) => ({ option: t.file === output ? '--output' : `--format ${t.format}=`, path: t.file }));
}

/** The options `check` and `merge` share for what they write and when they fail: --format, --fail-on, --max-warnings, --output. */
export function withOutputOptions(command: Command, formats: readonly string[], parseCount: (value: string) => number): Command {
  return command
    .option('-f, --format <name>', `output format, repeatable: NAME to stdout (one at most) or NAME=FILE; one of ${formats.join(', ')} (default: stylish)`, collect)
    .addOption(new Option('--fail-on <severity>', 'exit with 1 when a finding is at or above this severity').choices(FAIL_ON).default('error'))
    .option('--max-warnings <n>', 'exit with 1 when there are more than N warnings (counted with --quiet too)', parseCount)
    .option('-o, --output <file>', 'write the stdout format to a file instead');
}
