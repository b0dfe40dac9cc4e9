import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatters } from '../../src/formatters/index.js';
import type { CheckResult } from '../../src/model/finding.js';
import { packageRoot } from '../../src/paths.js';

const load = (name: string): CheckResult =>
  JSON.parse(readFileSync(join(packageRoot, 'test', 'fixtures', 'formatters', name), 'utf8')) as CheckResult;

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}
const gitlab = (result: CheckResult): Issue[] => JSON.parse(formatters['gitlab']!(result)) as Issue[];

describe('gitlab (Code Quality)', () => {
  test('snapshot', () => {
    expect(formatters['gitlab']!(load('result.json'))).toMatchSnapshot();
  });

  test('one issue per finding with the fields GitLab reads; severities mapped; no line means line 1', () => {
    const issues = gitlab(load('result.json'));
    expect(issues).toHaveLength(4);
    for (const issue of issues) {
      expect(Object.keys(issue).sort()).toEqual(['check_name', 'description', 'fingerprint', 'location', 'severity']);
      expect(['info', 'minor', 'major', 'critical', 'blocker']).toContain(issue.severity);
      expect(issue.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(issues.map((i) => [i.check_name, i.severity, i.location.lines.begin])).toEqual([
      ['unknown-disclosure', 'major', 40],
      ['omission-reason-missing', 'minor', 112],
      ['superseded-disclosure', 'info', 8],
      ['missing-disclosure', 'major', 1],
    ]);
    expect(issues[0]!.location.path).toBe('report/01-about.md');
    expect(formatters['gitlab']!(load('clean.json'))).toBe('[]\n');
  });

  test('fingerprints survive moved lines and the --suggest hint, and differ for repeated findings', () => {
    const result = load('result.json');
    const before = gitlab(result).map((i) => i.fingerprint);
    for (const f of result.reports[0]!.findings) if (f.line !== undefined) f.line += 10;
    const missing = result.reports[0]!.findings.find((f) => f.ruleId === 'missing-disclosure')!;
    missing.message += ' Probably answered in `People` (report/01-about.md:80).';
    expect(gitlab(result).map((i) => i.fingerprint)).toEqual(before);

    result.reports[0]!.findings.push({ ...missing });
    const fingerprints = gitlab(result).map((i) => i.fingerprint);
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
  });

  test('Windows paths use forward slashes', () => {
    const result = load('hostile.json');
    expect(gitlab(result).map((i) => i.location.path)).toContain('报告 2024/02,env:x%.md');
  });
});
