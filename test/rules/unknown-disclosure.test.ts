import { findings, frontMatter, lineOf } from '../helpers/run-rule.js';

const RULE = 'unknown-disclosure';
const head = frontMatter('published: 2025-04-20\nframeworks:\n  gri:\n    claim: with-reference');

describe(RULE, () => {
  test.each([
    ['a known GRI 2 code', '## About\n<!-- disclose: GRI 2-1 -->\n'],
    ['a known topic code in lower case', '## Water\n<!-- disclose: gri 303-3 -->\n'],
    ['an omission of a known code', '## Pay\n<!-- omit: GRI 2-21 | confidentiality-constraints | Commercially sensitive. -->\n'],
  ])('valid: %s', (_name, body) => {
    expect(findings(RULE, head + body)).toEqual([]);
  });

  test.each([
    ['a GRI 2 code that does not exist', '## About\n<!-- disclose: GRI 2-99 -->\n', 'GRI 2-99'],
    ['a topic standard that does not exist', '## X\n<!-- disclose: GRI 999-1 -->\n', 'GRI 999-1'],
    ['an omission of an unknown code', '## Pay\n<!-- omit: GRI 2-31 | not-applicable | No such thing. -->\n', 'GRI 2-31'],
  ])('invalid: %s', (_name, body, id) => {
    const result = findings(RULE, head + body);
    const line = lineOf(head + body, id);
    expect(result).toHaveLength(1);
    expect(result[0]).toMatchObject({ severity: 'error', disclosure: id, line, file: 'report.md' });
    expect(result[0]!.message).toContain(`\`${id}\``);
  });

  test('text that is not an id at all is reported, not crashed on', () => {
    const result = findings(RULE, head + '## About\n<!-- disclose: GRI two-one -->\n');
    expect(result).toHaveLength(1);
    expect(result[0]!.message).toMatch(/is not a disclosure id/);
    expect(result[0]!.disclosure).toBeUndefined();
  });

  test('a material topic in front matter that is no topic standard', () => {
    const fm = frontMatter('published: 2025-04-20\nframeworks:\n  gri:\n    claim: in-accordance\n    material-topics: [GRI 305, GRI 999]');
    const result = findings(RULE, fm + '# Report\n');
    expect(result.map((f) => f.message)).toEqual([expect.stringContaining('`GRI 999`')]);
    expect(result[0]!.line).toBeUndefined();
  });
});
