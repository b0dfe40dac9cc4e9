import { findings, frontMatter, lineOf } from '../helpers/run-rule.js';

const RULE = 'omission-not-permitted';
const inAccordance = frontMatter('published: 2025-04-20\norganization: Acme\nframeworks:\n  gri:\n    claim: in-accordance');
const withReference = frontMatter('published: 2025-04-20\nframeworks:\n  gri:\n    claim: with-reference');

describe(RULE, () => {
  test.each([
    ['GRI 2-21', 'confidentiality-constraints'],
    ['GRI 3-3', 'information-unavailable'],
    ['GRI 305-7', 'not-applicable'],
  ])('valid: omitting %s', (id, reason) => {
    expect(findings(RULE, `${inAccordance}## S\n<!-- omit: ${id} | ${reason} | Explained here. -->\n`)).toEqual([]);
  });

  test.each(['GRI 2-1', 'GRI 2-2', 'GRI 2-3', 'GRI 2-4', 'GRI 2-5', 'GRI 3-1', 'GRI 3-2'])('invalid: omitting %s', (id) => {
    const text = `${inAccordance}## S\n<!-- omit: ${id} | not-applicable | We have none. -->\n`;
    const result = findings(RULE, text);
    expect(result).toEqual([expect.objectContaining({ severity: 'error', disclosure: id, line: lineOf(text, 'omit:') })]);
    expect(result[0]!.message).toMatch(/may not be omitted/);
  });

  test('under a with-reference claim it is a warning', () => {
    const result = findings(RULE, `${withReference}## S\n<!-- omit: GRI 2-5 | not-applicable | No assurance. -->\n`);
    expect(result).toEqual([expect.objectContaining({ severity: 'warning', disclosure: 'GRI 2-5' })]);
  });
});
