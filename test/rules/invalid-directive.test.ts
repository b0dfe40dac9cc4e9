import { findings } from '../helpers/run-rule.js';

const RULE = 'invalid-directive';

describe(RULE, () => {
  test.each([
    ['a page marker', '<!-- page: 12 -->\n# Report\n'],
    ['an ordinary comment', '<!-- TODO: check numbers -->\n# Report\n'],
  ])('valid: %s', (_name, body) => {
    expect(findings(RULE, body)).toEqual([]);
  });

  test.each([
    ['a page marker that is not a number', '# Report\n\n<!-- page: twelve -->\n', 3],
    ['an empty disclose directive', '# Report\n\n<!-- disclose: -->\n', 3],
  ])('invalid: %s', (_name, body, line) => {
    expect(findings(RULE, body)).toEqual([expect.objectContaining({ severity: 'error', line })]);
  });
});
