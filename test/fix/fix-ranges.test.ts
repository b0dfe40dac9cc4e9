// Which fixes are certain (issue 12 item 5): an index title and a one-to-one superseded code printed plainly
// get a range whose text is exactly what they replace; everything else stays advice (no range).
import { findings, frontMatter, STATEMENT } from '../helpers/run-rule.js';
import type { Finding } from '../../src/model/finding.js';

const head = (published: string): string =>
  frontMatter(`published: ${published}\norganization: Acme\nperiod: { start: 2023-01-01, end: 2023-12-31 }\nframeworks:\n  gri:\n    claim: with-reference`);

function indexReport(rows: string[], published = '2024-04-30'): string {
  return (
    head(published) +
    '# Acme 2023 Sustainability Report\n\n## About Acme\n\nAcme Ltd makes bicycles in Leeds.\n\n' +
    `## GRI Content Index\n\n${STATEMENT['with-reference'].replace(/2024/g, '2023')}\n\nGRI 1 used: GRI 1: Foundation 2021\n\n` +
    '| GRI Standard | Disclosure | Title | Location |\n|---|---|---|---|\n' +
    rows.join('\n') +
    '\n'
  );
}

/** The text a fix's range covers in `text`, and its start/end as printed. */
const covered = (text: string, f: Finding): string => text.slice(f.fix!.range!.start.offset, f.fix!.range!.end.offset);

describe('fix ranges', () => {
  test('title-mismatch: the printed title cell, replaced by the official title; line and columns agree with offsets', () => {
    const text = indexReport(['| GRI 2: General Disclosures 2021 | 2-7 | Staff | About Acme |']);
    const [finding] = findings('title-mismatch', text);
    expect(finding!.fix).toMatchObject({ replacement: 'Employees' });
    expect(covered(text, finding!)).toBe('Staff');
    const { start, end } = finding!.fix!.range!;
    const line = text.split('\n')[start.line - 1]!;
    expect(line.slice(start.column - 1, end.column - 1)).toBe('Staff');
    expect(end.line).toBe(start.line);
  });

  test('title-mismatch: a title after its code in one cell, replaced alone', () => {
    const text = indexReport(['| GRI 2: General Disclosures 2021 | 2-7 Staff | | About Acme |']);
    const [finding] = findings('title-mismatch', text);
    expect([covered(text, finding!), finding!.fix!.replacement]).toEqual(['Staff', 'Employees']);
  });

  test('title-mismatch: a title with markup stays advice (replacing it whole would drop the markup)', () => {
    const [finding] = findings('title-mismatch', indexReport(['| GRI 2: General Disclosures 2021 | 2-7 | **Staff** | About Acme |']));
    expect(finding!.fix?.replacement).toBe('Employees');
    expect(finding!.fix?.range).toBeUndefined();
  });

  test('superseded-disclosure: a one-to-one code in an index cell, written as printed (bare or with GRI)', () => {
    const text = indexReport([
      '| GRI 102: General Disclosures 2016 | 102-14 | Statement from senior decision-maker | About Acme |',
      '| | GRI 102-16 | Values, principles, standards, and norms of behavior | About Acme |',
    ]);
    const result = findings('superseded-disclosure', text);
    expect(result.map((f) => [covered(text, f), f.fix!.replacement])).toEqual([
      ['102-14', '2-22'],
      ['GRI 102-16', 'GRI 2-23'],
    ]);
  });

  test('superseded-disclosure: codes sharing one replacement, and a row whose replacement the index lists, stay advice', () => {
    const text =
      indexReport([
        '| GRI 102: General Disclosures 2016 | 102-1 | Name of the organization | About Acme |',
        '| | 102-3 | Location of headquarters | About Acme |',
        '| GRI 2: General Disclosures 2021 | 2-27 | Compliance with laws and regulations | About Acme |',
        '| GRI 307: Environmental Compliance 2016 | 307-1 | Non-compliance with environmental laws and regulations | About Acme |',
      ]) + '\n## Compliance\n\n<!-- disclose: GRI 307-1 -->\n';
    const result = findings('superseded-disclosure', text);
    // The tag may be fixed although the index lists 2-27 already: a tag is not a row.
    expect(result.map((f) => [f.disclosure, f.fix?.replacement, f.fix?.range && covered(text, f)])).toEqual(
      expect.arrayContaining([
        ['GRI 102-1', 'GRI 2-1', undefined],
        ['GRI 102-3', 'GRI 2-1', undefined],
        ['GRI 307-1', 'GRI 2-27', undefined],
        ['GRI 307-1', 'GRI 2-27', 'GRI 307-1'],
      ]),
    );
    expect(result).toHaveLength(4);
  });

  test('superseded-disclosure: a tag and an omission directive, their id replaced where it is written', () => {
    const text =
      frontMatter('published: 2024-04-30\nframeworks:\n  gri:\n    claim: with-reference') +
      '## Strategy\n\n<!-- disclose: GRI 2-9, 102-14 -->\n\n## People\n\n> <!-- omit: gri 102-41 | confidentiality-constraints | Sensitive. -->\n';
    const result = findings('superseded-disclosure', text);
    expect(result.map((f) => [f.disclosure, f.fix?.range && covered(text, f), f.fix?.replacement])).toEqual([
      ['GRI 102-14', '102-14', '2-22'],
      ['GRI 102-41', 'gri 102-41', 'GRI 2-30'],
    ]);
    const { start, end } = result[1]!.fix!.range!;
    expect(text.split('\n')[start.line - 1]!.slice(start.column - 1, end.column - 1)).toBe('gri 102-41');
  });

  test('title-mismatch on a superseded row waits for the code to be replaced', () => {
    const text = indexReport(['| GRI 102: General Disclosures 2016 | 102-14 | Statement from the CEO | About Acme |']);
    const [finding] = findings('title-mismatch', text);
    expect(finding!.fix?.range).toBeUndefined();
  });
});
