import { findings, frontMatter, lineOf } from '../helpers/run-rule.js';

const RULE = 'omission-reason-missing';
const head = frontMatter('published: 2025-04-20\nframeworks:\n  gri:\n    claim: in-accordance');

describe(RULE, () => {
  test.each([
    ['a kebab-case reason', 'confidentiality-constraints'],
    ['the reason as GRI prints it', 'Confidentiality constraints'],
    ['GRI\'s long label', 'Information unavailable/incomplete'],
    ['snake case', 'legal_prohibitions'],
  ])('valid: %s', (_name, reason) => {
    expect(findings(RULE, `${head}## Pay\n<!-- omit: GRI 2-21 | ${reason} | Pay data is commercially sensitive. -->\n`)).toEqual([]);
  });

  test.each([
    ['a reason GRI 1 does not know', 'GRI 2-21 | because | We chose not to.', /gives reason `because`/],
    ['no reason at all', 'GRI 2-21 |  | We chose not to.', /gives no reason/],
    ['no explanation', 'GRI 2-21 | confidentiality-constraints |', /has no explanation/],
    ['only an id', 'GRI 2-21', /gives no reason/],
  ])('invalid: %s', (_name, directive, message) => {
    const text = `${head}## Pay\n<!-- omit: ${directive} -->\n`;
    const result = findings(RULE, text);
    expect(result.length).toBeGreaterThanOrEqual(1);
    expect(result[0]).toMatchObject({ severity: 'error', disclosure: 'GRI 2-21', line: lineOf(text, 'omit:') });
    expect(result[0]!.message).toMatch(message);
  });

  test('one finding per omission, even when both reason and explanation are missing', () => {
    const result = findings(RULE, `${head}## Pay\n<!-- omit: GRI 2-21 -->\n`);
    expect(result).toHaveLength(1);
    expect(result[0]!.message).toMatch(/gives no reason for omission; expected one of .*, with an explanation\./);
  });

  test('a disclosure that may not be omitted is left to omission-not-permitted', () => {
    expect(findings(RULE, `${head}## About\n<!-- omit: GRI 2-1 | because | -->\n`)).toEqual([]);
  });
});
