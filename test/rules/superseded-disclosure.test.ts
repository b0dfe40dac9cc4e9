import { findings, frontMatter, lineOf } from '../helpers/run-rule.js';

const RULE = 'superseded-disclosure';
const published = (date: string) => frontMatter(`published: ${date}\nframeworks:\n  gri:\n    claim: with-reference`);

describe(RULE, () => {
  test.each([
    ['GRI 2021 universal in a 2024 report', '2024-04-30', 'GRI 2-22'],
    ['GRI 306: Waste 2020 in a 2024 report', '2024-04-30', 'GRI 306-3'],
    ['GRI 102:2016 in a report published in 2021', '2021-06-30', 'GRI 102-14'],
    ['GRI 305 before GRI 102:2025 takes effect', '2026-04-20', 'GRI 305-1'],
    ['GRI 304 before GRI 101:2024 takes effect', '2025-04-20', 'GRI 304-1'],
  ])('valid: %s', (_name, date, id) => {
    expect(findings(RULE, `${published(date)}## S\n<!-- disclose: ${id} -->\n`)).toEqual([]);
  });

  test.each([
    ['a 2016 universal code in a 2024 report', '2024-04-30', 'GRI 102-14', 'GRI 2-22'],
    ['GRI 307 (withdrawn) in a 2024 report', '2024-04-30', 'GRI 307-1', 'GRI 2-27'],
    ['GRI 419 (withdrawn) in a 2024 report', '2024-04-30', 'GRI 419-1', 'GRI 2-27'],
    ['GRI 103:2016 in a 2023 report', '2023-05-01', 'GRI 103-2', 'GRI 3-3'],
    ['GRI 305-1 in a report published in 2027', '2027-04-20', 'GRI 305-1', 'GRI 102-5'],
  ])('invalid: %s', (_name, date, id, replacement) => {
    const text = `${published(date)}## S\n<!-- disclose: ${id} -->\n`;
    const result = findings(RULE, text);
    expect(result).toHaveLength(1);
    expect(result[0]).toMatchObject({ severity: 'error', disclosure: id, line: lineOf(text, id) });
    expect(result[0]!.message).toContain(`\`${replacement}\``);
    expect(result[0]!.standard).toBeDefined();
  });

  test('early use of GRI 101: Biodiversity 2024 is an info, not an error', () => {
    const result = findings(RULE, `${published('2025-04-20')}## Nature\n<!-- disclose: GRI 101-5 -->\n`);
    expect(result).toEqual([expect.objectContaining({ severity: 'info', disclosure: 'GRI 101-5' })]);
  });

  test('a superseded omission is reported too', () => {
    const body = '## Pay\n<!-- omit: GRI 102-38 | confidentiality-constraints | Sensitive. -->\n';
    expect(findings(RULE, published('2024-04-30') + body)).toEqual([expect.objectContaining({ disclosure: 'GRI 102-38', severity: 'error' })]);
  });
});
