// Checks one report of a batch with the library's own `check`, the same way in a worker thread and in this
// thread, so `--jobs 1` and `--jobs 4` cannot differ. A DiscloseError (bad input) becomes data: an Error's
// class and fields do not survive the trip between threads, and the batch goes on without that report.
import { ignoreMatcher } from '../config/glob.js';
import { isDiscloseError } from '../model/errors.js';
import type { CheckResult } from '../model/finding.js';
import type { CheckOptions } from '../check-options.js';
import type { BatchCheckOptions, BatchTask, TaskOutcome } from './types.js';

export type CheckFunction = (paths: string[], options: CheckOptions) => Promise<CheckResult>;

/** `check`'s options from their data form: the `ignore` predicate is rebuilt from its globs. */
export function toCheckOptions({ ignoreGlobs, ...options }: BatchCheckOptions): CheckOptions {
  return ignoreGlobs ? { ...options, ignore: ignoreMatcher(ignoreGlobs.globs, ignoreGlobs.base) } : options;
}

export async function runTask(task: BatchTask, check: CheckFunction): Promise<TaskOutcome> {
  try {
    const result = await check([task.path], toCheckOptions(task.options));
    return { ok: true, report: result.reports[0]! };
  } catch (error) {
    // Anything but a DiscloseError is a bug in disclose: let it stop the batch loudly.
    if (!isDiscloseError(error)) throw error;
    return { ok: false, error: { kind: error.kind, message: error.message, ...(error.file === undefined ? {} : { file: error.file }) } };
  }
}
