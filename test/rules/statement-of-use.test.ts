import { findings, frontMatter, lineOf } from '../helpers/run-rule.js';

const RULE = 'statement-of-use';
type Claim = 'in-accordance' | 'with-reference';

const IN_ACCORDANCE = 'Acme has reported in accordance with the GRI Standards for the period 1 January 2024 to 31 December 2024.';
const WITH_REFERENCE =
  'Acme has reported the information cited in this GRI content index for the period 1 January 2024 to 31 December 2024 with reference to the GRI Standards.';
const CORE_OPTION = 'This report has been prepared in accordance with the GRI Standards: Core option.';
const GRI_1_USED = 'GRI 1 used: GRI 1: Foundation 2021';
const TABLE =
  '| GRI Standard | Disclosure | Title | Location | Page |\n|---|---|---|---|---|\n' +
  '| GRI 2: General Disclosures 2021 | 2-1 | Organizational details | About Acme | 3 |\n' +
  '| | 2-3 | Reporting period, frequency and contact point | About Acme | 3 |\n';

interface Options {
  claim?: Claim;
  published?: string;
  /** Paragraphs printed above the index table (statement of use, GRI 1 used …). */
  above?: string[];
  table?: boolean;
}

function report({ claim = 'in-accordance', published = '2025-04-20', above = [], table = true }: Options): string {
  return (
    frontMatter(`published: ${published}\norganization: Acme\nperiod: { start: 2024-01-01, end: 2024-12-31 }\nframeworks:\n  gri:\n    claim: ${claim}`) +
    '<!-- page: 1 -->\n\n# Acme 2024 Sustainability Report\n\n<!-- page: 3 -->\n\n## About Acme\n\nAcme Ltd makes bicycles in Leeds.\n\n' +
    '<!-- page: 10 -->\n\n## GRI Content Index\n\n' +
    above.map((p) => `${p}\n\n`).join('') +
    (table ? TABLE : '')
  );
}

describe(RULE, () => {
  test.each([
    ['in-accordance: GRI 1’s wording', 'in-accordance', [IN_ACCORDANCE, GRI_1_USED]],
    ['in-accordance: GRI’s own example with "from" before the period', 'in-accordance', [IN_ACCORDANCE.replace('period 1', 'period from 1'), GRI_1_USED]],
    ['in-accordance: another date format', 'in-accordance', [IN_ACCORDANCE.replace('1 January 2024 to 31 December 2024', '2024-01-01 to 2024-12-31'), GRI_1_USED]],
    ['in-accordance: with the template’s bold labels', 'in-accordance', [`**Statement of use:** ${IN_ACCORDANCE}`, '**GRI 1 used:** GRI 1: Foundation 2021']],
    ['in-accordance: the statement on two lines', 'in-accordance', [IN_ACCORDANCE.replace('GRI Standards ', 'GRI Standards\n'), GRI_1_USED]],
    ['with-reference: GRI 1’s wording', 'with-reference', [WITH_REFERENCE, GRI_1_USED]],
    ['with-reference: with "from" before the period', 'with-reference', [WITH_REFERENCE.replace('period 1', 'period from 1'), GRI_1_USED]],
    [
      'in-accordance: GRI’s template rows above the index',
      'in-accordance',
      [`| Statement of use | ${IN_ACCORDANCE} |\n|---|---|\n| GRI 1 used | GRI 1: Foundation 2021 |`],
    ],
  ] as [string, Claim, string[]][])('valid: %s', (_name, claim, above) => {
    expect(findings(RULE, report({ claim, above }))).toEqual([]);
  });

  test.each([
    ['a report without an index table', { above: [], table: false }],
    ['a report published before 2023 (GRI 1 not in effect)', { published: '2022-06-30', above: [CORE_OPTION] }],
    ['a report published before 2023 with no statement at all', { published: '2022-12-31', above: [] }],
  ] as [string, Options][])('valid: not checked: %s', (_name, options) => {
    expect(findings(RULE, report(options))).toEqual([]);
  });

  test('invalid: checked from 2023-01-01', () => {
    const result = findings(RULE, report({ published: '2023-01-01', above: [] }));
    expect(result).toHaveLength(2);
    expect(result.every((f) => f.severity === 'error' && f.line === undefined)).toBe(true);
  });

  test.each([
    ['the 2016 "Core option" wording', 'in-accordance', CORE_OPTION, 'error', /GRI 2016 "Core\/Comprehensive option" wording/],
    ['the with-reference wording under an in-accordance claim', 'in-accordance', WITH_REFERENCE, 'error', /states a with-reference claim while the front matter claims in-accordance/],
    ['the in-accordance wording under a with-reference claim (pasted from another report)', 'with-reference', IN_ACCORDANCE, 'warning', /states an? in-accordance claim while the front matter claims with-reference/],
    ['the 2016 "Core option" wording under with-reference', 'with-reference', CORE_OPTION, 'warning', /Core\/Comprehensive option/],
    ['a statement without the reporting period', 'in-accordance', 'Acme has reported in accordance with the GRI Standards.', 'error', /does not follow GRI 1's wording/],
  ] as [string, Claim, string, string, RegExp][])('invalid: %s', (_name, claim, statement, severity, message) => {
    const text = report({ claim, above: [statement, GRI_1_USED] });
    const result = findings(RULE, text);
    expect(result).toEqual([expect.objectContaining({ severity, line: lineOf(text, statement), file: 'report.md' })]);
    expect(result[0]!.disclosure).toBeUndefined();
    expect(result[0]!.message).toMatch(message);
  });

  test('invalid: the message gives the statement expected for the claim, filled in', () => {
    const [finding] = findings(RULE, report({ above: [CORE_OPTION, GRI_1_USED] }));
    expect(finding!.message).toContain('`Acme has reported in accordance with the GRI Standards for the period from 1 January 2024 to 31 December 2024.`');
  });

  test.each([
    ['in-accordance', 'error'],
    ['with-reference', 'warning'],
  ] as [Claim, string][])('invalid: no statement of use (%s → %s, no line)', (claim, severity) => {
    const result = findings(RULE, report({ claim, above: [GRI_1_USED] }));
    expect(result).toEqual([expect.objectContaining({ severity, file: 'report.md' })]);
    expect(result[0]!.line).toBeUndefined();
    expect(result[0]!.message).toMatch(/has no statement of use/);
  });

  test('invalid: no "GRI 1 used" (no line)', () => {
    const result = findings(RULE, report({ above: [IN_ACCORDANCE] }));
    expect(result).toEqual([expect.objectContaining({ severity: 'error' })]);
    expect(result[0]!.line).toBeUndefined();
    expect(result[0]!.message).toContain('`GRI 1 used: GRI 1: Foundation 2021`');
  });

  test('invalid: "GRI 1 used" naming the 2016 foundation', () => {
    const used = 'GRI 1 used: GRI 101: Foundation 2016';
    const text = report({ above: [IN_ACCORDANCE, used] });
    expect(findings(RULE, text)).toEqual([expect.objectContaining({ severity: 'error', line: lineOf(text, used) })]);
  });

  test('invalid: a wrongly worded statement and no "GRI 1 used" are two findings', () => {
    const text = report({ above: [CORE_OPTION] });
    const result = findings(RULE, text);
    expect(result.map((f) => [f.severity, f.line])).toEqual([
      ['error', lineOf(text, CORE_OPTION)],
      ['error', undefined],
    ]);
  });
});
