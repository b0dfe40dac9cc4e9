import { findings, frontMatter } from '../helpers/run-rule.js';

const RULE = 'unused-suppression';
const head = frontMatter('frameworks:\n  gri:\n    claim: with-reference');

describe(RULE, () => {
  test.each([
    ['a suppression that suppresses a finding', '# Acme\n\n<!-- disclose-disable-next-line unknown-disclosure -->\n<!-- disclose: GRI 2-99 -->\n'],
    ['a whole-file suppression that suppresses a finding', '<!-- disclose-disable unknown-disclosure -->\n\n# Acme\n\n<!-- disclose: GRI 2-99 -->\n'],
    ['an ordinary comment that mentions disclose', '# Acme\n\n<!-- TODO: disclose the water figures -->\n'],
  ])('valid: %s', (_name, body) => {
    expect(findings(RULE, head + body)).toEqual([]);
  });

  test.each([
    ['a suppression with nothing to suppress', '# Acme\n\n<!-- disclose-disable-next-line unknown-disclosure -->\n<!-- disclose: GRI 2-1 -->\n', 9],
    ['a suppression of another rule than the finding\'s', '# Acme\n\n<!-- disclose-disable-next-line title-mismatch -->\n<!-- disclose: GRI 2-99 -->\n', 9],
    ['a suppression at the end of the file', '# Acme\n\n<!-- disclose-disable-next-line -->\n', 9],
    ['a rule id that does not exist', '# Acme\n\n<!-- disclose-disable-line missing-disclosures -->\n', 9],
  ])('invalid: %s', (_name, body, line) => {
    expect(findings(RULE, head + body)).toEqual([expect.objectContaining({ severity: 'warning', line, column: 1 })]);
  });
});
