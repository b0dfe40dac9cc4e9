// What a check's result means for the pipeline: what is reported under --quiet, and the exit code. One
// place for the policy, shared by `check` and `merge` (a later move puts it in a use-case layer).
import type { CheckResult, Finding, Severity } from '../model/finding.js';

export const FAIL_ON = ['error', 'warning', 'none'] as const;
export type FailOn = (typeof FAIL_ON)[number];

const RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

export interface ExitPolicy {
  failOn: FailOn;
  maxWarnings?: number;
  /** ESLint's --quiet: only errors are reported, and only they count for --fail-on. */
  quiet?: boolean;
}

export interface CheckOutcome {
  /** 0: nothing at or above --fail-on and not too many warnings; 1 otherwise (contracts.md §3). */
  exitCode: 0 | 1;
  /** Set when --max-warnings was exceeded: the line explaining the exit code names the count. */
  tooManyWarnings?: { count: number; max: number };
}

/** The result as --quiet reports it (ESLint's `getErrorResults`): every report, errors only. */
export function errorsOnly(result: CheckResult): CheckResult {
  return { ...result, reports: result.reports.map((report) => ({ ...report, findings: report.findings.filter((f) => f.severity === 'error') })) };
}

/**
 * The exit code of `result`: the full result, before --quiet drops warnings. Under --quiet only errors count
 * for --fail-on (a warning that is not reported cannot fail the run), while --max-warnings still counts the
 * warnings it hides, as ESLint does (asking for a warning budget is asking for warnings to be counted).
 */
export function checkOutcome(result: CheckResult, policy: ExitPolicy): CheckOutcome {
  const findings: Finding[] = result.reports.flatMap((r) => r.findings);
  let failed = false;
  if (policy.failOn !== 'none') {
    const threshold = Math.max(RANK[policy.failOn], policy.quiet ? RANK.error : 0);
    failed = findings.some((f) => RANK[f.severity] >= threshold);
  }
  if (policy.maxWarnings !== undefined) {
    const count = findings.filter((f) => f.severity === 'warning').length;
    if (count > policy.maxWarnings) return { exitCode: 1, tooManyWarnings: { count, max: policy.maxWarnings } };
  }
  return { exitCode: failed ? 1 : 0 };
}
