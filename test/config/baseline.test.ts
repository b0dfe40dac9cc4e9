import { applyBaseline, createBaseline, fingerprint, normalizeMessage } from '../../src/config/baseline.js';
import type { CheckResult, Finding } from '../../src/model/finding.js';

const finding = (over: Partial<Finding> = {}): Finding => ({ ruleId: 'title-mismatch', severity: 'error', message: 'Row title is wrong', file: 'r.md', line: 10, disclosure: 'GRI 2-1', ...over });
const result = (findings: Finding[]): CheckResult => ({ tool: { name: 'disclose', version: '0' }, reports: [{ file: 'r.md', files: ['r.md'], frameworks: {}, disclosures: [], findings }] });

describe('baseline fingerprints', () => {
  test('ignore line numbers, in fields and in messages', () => {
    expect(normalizeMessage('duplicate of line 12 (see lines 3-4)')).toBe(normalizeMessage('duplicate of line 80 (see lines 9-10)'));
    expect(fingerprint(finding({ message: 'first at line 3' }), 'r.md')).toBe(fingerprint(finding({ message: 'first at line 99', line: 1 }), 'r.md'));
    expect(fingerprint(finding(), 'r.md')).not.toBe(fingerprint(finding({ disclosure: 'GRI 2-2' }), 'r.md'));
    expect(fingerprint(finding(), 'r.md')).not.toBe(fingerprint(finding(), 'other.md'));
  });

  test('each entry accepts one finding: a second identical finding is new', () => {
    const baseline = createBaseline(result([finding()]), 'baseline.json');
    const applied = applyBaseline(result([finding({ line: 50 }), finding({ line: 60 })]), baseline, 'baseline.json');
    expect(applied.suppressed).toBe(1);
    expect(applied.result.reports[0]!.findings.map((f) => f.line)).toEqual([60]);
  });
});
