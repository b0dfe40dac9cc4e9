import { checkOutcome, errorsOnly } from '../../src/app/exit-policy.js';
import type { CheckResult, Finding, Severity } from '../../src/model/finding.js';

const finding = (severity: Severity, line: number): Finding => ({ ruleId: 'title-mismatch', severity, message: `m${line}`, file: 'r.md', line, column: 1 });
const result = (...severities: Severity[]): CheckResult => ({
  tool: { name: 'disclose', version: '0.1.0' },
  reports: [{ file: 'r.md', files: ['r.md'], frameworks: {}, disclosures: [], findings: severities.map((s, i) => finding(s, i + 1)) }],
});

describe('exit policy (contracts.md §3) and --quiet as in ESLint', () => {
  test.each([
    ['no findings', result(), { failOn: 'error' }, 0],
    ['an error', result('error'), { failOn: 'error' }, 1],
    ['a warning under --fail-on error', result('warning'), { failOn: 'error' }, 0],
    ['a warning under --fail-on warning', result('warning'), { failOn: 'warning' }, 1],
    ['an error under --fail-on none', result('error'), { failOn: 'none' }, 0],
    ['--quiet: a warning does not count for --fail-on warning', result('warning', 'info'), { failOn: 'warning', quiet: true }, 0],
    ['--quiet: an error still fails', result('warning', 'error'), { failOn: 'warning', quiet: true }, 1],
    ['--max-warnings 1 with two warnings', result('warning', 'warning'), { failOn: 'error', maxWarnings: 1 }, 1],
    ['--max-warnings counts the warnings --quiet hides', result('warning', 'warning'), { failOn: 'error', maxWarnings: 1, quiet: true }, 1],
    ['--max-warnings 2 with two warnings', result('warning', 'warning'), { failOn: 'error', maxWarnings: 2 }, 0],
  ] as const)('%s', (_name, checked, policy, code) => {
    expect(checkOutcome(checked, policy).exitCode).toBe(code);
  });

  test('--max-warnings says by how much', () => {
    expect(checkOutcome(result('warning', 'warning', 'warning'), { failOn: 'none', maxWarnings: 1 }).tooManyWarnings).toEqual({ count: 3, max: 1 });
  });

  test('--quiet reports errors only, and leaves coverage as it is', () => {
    const checked = result('info', 'error', 'warning');
    const quiet = errorsOnly(checked);
    expect(quiet.reports[0]!.findings.map((f) => f.severity)).toEqual(['error']);
    expect(checked.reports[0]!.findings).toHaveLength(3);
  });
});
