// `disclose merge`: the JSON outputs of `check --format json` run on shards of a batch (`--shard i/n` on
// each machine of a CI matrix) joined into the one result a single machine would have printed: the same
// reports, in the same order (report-order.ts), so formatting the merge equals formatting one run.
import type { CheckResult } from './model/finding.js';
import { DiscloseError } from './model/errors.js';
import { compareReports } from './batch/report-order.js';
import { tool } from './version.js';
import { assertValid } from './validation.js';

export interface ResultInput {
  /** Where the result came from (a file name), for messages. */
  label: string;
  /** The parsed JSON. */
  data: unknown;
}

/**
 * Merges check results. Each input must be a `check --format json` output (schemas/output/check.schema.json)
 * of this version of disclose (another version may count or word findings differently), and no report may
 * appear in two inputs (a shard merged twice). Throws DiscloseError ('input') naming the file otherwise.
 */
export function mergeResults(inputs: readonly ResultInput[]): CheckResult {
  if (inputs.length === 0) throw new DiscloseError('usage', 'No result to merge; expected the JSON outputs of `disclose check --format json`.');
  const reports: CheckResult['reports'] = [];
  const from = new Map<string, string>();
  for (const input of inputs) {
    const result = assertValid<CheckResult>('output/check.schema.json', input.data, input.label, 'not a `disclose check --format json` output');
    if (result.tool.version !== tool.version) {
      throw new DiscloseError('input', `${input.label}: written by disclose ${result.tool.version}, not ${tool.version}; merge outputs of the version that merges them.`, input.label);
    }
    for (const report of result.reports) {
      const earlier = from.get(report.file);
      if (earlier !== undefined) {
        const name = report.file.length > 80 ? `${report.file.slice(0, 79)}…` : report.file;
        throw new DiscloseError('input', `${input.label}: report \`${name}\` is also in ${earlier}; merge each shard once.`, input.label);
      }
      from.set(report.file, input.label);
      reports.push(report);
    }
  }
  reports.sort(compareReports);
  return { tool, reports };
}
