// Findings in a deterministic order: by file, then line, or page where a source has no lines (PDF, DOCX),
// file-level findings last.
import { sortFindings } from '../../src/engine/sort-findings.js';
import type { Finding } from '../../src/model/finding.js';

const finding = (rest: Partial<Finding>): Finding => ({ ruleId: 'r', severity: 'error', message: 'm', file: 'r.pdf', ...rest });

describe('sortFindings', () => {
  test('a source without lines: by page, the whole file last', () => {
    const whole = finding({ message: 'whole' });
    const p40 = finding({ page: 40, section: 'B' });
    const p3 = finding({ page: 3, section: 'A' });
    expect(sortFindings([whole, p40, p3], ['r.pdf'])).toEqual([p3, p40, whole]);
  });

  test('lines as before: the page does not reorder findings that have lines', () => {
    const a = finding({ file: 'r.md', line: 2, page: 9 });
    const b = finding({ file: 'r.md', line: 5, page: 1 });
    expect(sortFindings([b, a], ['r.md'])).toEqual([a, b]);
  });
});
