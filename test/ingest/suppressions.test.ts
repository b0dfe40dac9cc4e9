import { suppressionIn } from '../../src/ingest/markdown/suppressions.js';
import { parseMarkdownReport } from '../../src/ingest/index.js';
import { linearity } from '../helpers/growth.js';

describe('suppression comments', () => {
  test.each([
    [' disclose-disable-next-line title-mismatch ', { scope: 'next-line', rules: ['title-mismatch'] }],
    [' disclose-disable-next-line title-mismatch, location-unresolved;duplicate-disclosure ', { scope: 'next-line', rules: ['title-mismatch', 'location-unresolved', 'duplicate-disclosure'] }],
    [' disclose-disable-line ', { scope: 'line', rules: [] }],
    [' DISCLOSE-DISABLE missing-disclosure -- the sector standard does not apply yet ', { scope: 'file', rules: ['missing-disclosure'] }],
    [' disclose-disable-next-line title-mismatch，location-unresolved ', { scope: 'next-line', rules: ['title-mismatch', 'location-unresolved'] }],
  ])('<!--%s-->', (body, expected) => {
    expect(suppressionIn(body)).toEqual(expected);
  });

  test.each([[' disclose: GRI 2-1 '], [' TODO disclose more '], [' page: 3 ']])('<!--%s--> is not one', (body) => {
    expect(suppressionIn(body)).toBeUndefined();
  });

  test('a misspelt keyword is a problem', () => {
    expect(suppressionIn(' disclose-disabled title-mismatch ')).toEqual({ problem: expect.stringContaining('Unknown directive `disclose-disabled`') });
  });

  test('stays linear: 5,000 suppressions on one line before 100,000 blank lines', () => {
    const text = (n: number): string => `# A\n\n${'<!-- disclose-disable-next-line x -->'.repeat(n)}\n${'\n'.repeat(20 * n)}Text.\n`;
    const { suppressions } = parseMarkdownReport([{ path: 'r.md', text: text(5_000) }]);
    expect(suppressions).toHaveLength(5_000);
    expect(suppressions[4_999]!.lines).toEqual({ from: 100_004, to: 100_004 });
    // Each suppression looking for its next line across every blank line was quadratic.
    expect(linearity((n) => parseMarkdownReport([{ path: 'r.md', text: text(n) }]), 1_250)).toBe('linear');
  });

  test('next-line skips blank lines; -line covers every line of its comment; the report keeps them in order', () => {
    const text = '# A\n\n<!-- disclose-disable-next-line a -->\n\n  \nText.\n\nMore <!-- disclose-disable-line b\n  c -->\n<!-- disclose-disable-next-line -->\n';
    expect(parseMarkdownReport([{ path: 'r.md', text }]).suppressions).toEqual([
      { scope: 'next-line', rules: ['a'], file: 'r.md', line: 3, column: 1, lines: { from: 6, to: 6 } },
      { scope: 'line', rules: ['b', 'c'], file: 'r.md', line: 8, column: 6, lines: { from: 8, to: 9 } },
      { scope: 'next-line', rules: [], file: 'r.md', line: 10, column: 1 },
    ]);
  });
});
