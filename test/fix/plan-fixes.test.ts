// planFixes: ranged fixes applied in order of where they start, overlaps skipped (the later one), the same
// edit reported twice applied once, a range outside its file skipped; unranged fixes ignored.
import { planFixes } from '../../src/fix/plan-fixes.js';
import type { Finding } from '../../src/model/finding.js';

const TEXT = '| 2-7 | Staff |\n| 2-8 | Workers |\n';

function fixAt(start: number, end: number, replacement: string, file = 'a.md'): Finding {
  return {
    ruleId: 'title-mismatch', severity: 'error', message: 'm', file,
    fix: { replacement, description: 'd', range: { file, start: { line: 1, column: start + 1, offset: start }, end: { line: 1, column: end + 1, offset: end } } },
  };
}

describe('planFixes', () => {
  test('applies non-overlapping fixes whatever the order they come in', () => {
    const staff = TEXT.indexOf('Staff');
    const workers = TEXT.indexOf('Workers');
    const plan = planFixes([fixAt(workers, workers + 7, 'Workers who are not employees'), fixAt(staff, staff + 5, 'Employees')], new Map([['a.md', TEXT]]));
    expect(plan.files).toEqual([
      expect.objectContaining({ path: 'a.md', before: TEXT, output: '| 2-7 | Employees |\n| 2-8 | Workers who are not employees |\n' }),
    ]);
    expect(plan.skipped).toEqual([]);
  });

  test('an overlapping fix is skipped and said; the same edit twice is applied once; outside the text is skipped', () => {
    const staff = TEXT.indexOf('Staff');
    const overlapping = fixAt(staff + 2, staff + 8, 'X');
    const outside = fixAt(TEXT.length, TEXT.length + 3, 'Y');
    const plan = planFixes([fixAt(staff, staff + 5, 'Employees'), fixAt(staff, staff + 5, 'Employees'), overlapping, outside], new Map([['a.md', TEXT]]));
    expect(plan.files[0]!.output).toBe('| 2-7 | Employees |\n| 2-8 | Workers |\n');
    expect(plan.files[0]!.applied).toHaveLength(1);
    expect(plan.skipped).toEqual([
      { finding: overlapping, reason: 'overlap' },
      { finding: outside, reason: 'out-of-range' },
    ]);
  });

  test('fixes without a range, and files without fixes, change nothing', () => {
    const advice: Finding = { ruleId: 'superseded-disclosure', severity: 'error', message: 'm', file: 'a.md', fix: { replacement: 'GRI 2-22', description: 'd' } };
    expect(planFixes([advice], new Map([['a.md', TEXT], ['b.md', TEXT]]))).toEqual({ files: [], skipped: [] });
  });
});
