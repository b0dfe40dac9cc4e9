// The order of a batch's reports: by report path, then its files, by code unit (not locale: the same on
// every machine). `checkBatch` and `mergeResults` share it, so merged shards equal one machine's output.
import type { ReportResult } from '../model/finding.js';

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function compareReports(a: ReportResult, b: ReportResult): number {
  return byName(a.file, b.file) || byName(a.files.join('\n'), b.files.join('\n'));
}
