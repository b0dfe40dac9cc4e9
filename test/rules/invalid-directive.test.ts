import { findings } from '../helpers/run-rule.js';

const RULE = 'invalid-directive';

describe(RULE, () => {
  test.each([
    ['a page marker', '<!-- page: 12 -->\n# Report\n'],
    ['an ordinary comment', '<!-- TODO: check numbers -->\n# Report\n'],
    // One edit from `page` but another first letter: a word, not a typo of the keyword.
    ['a comment with a date', '<!-- date: 2026-04-20 -->\n# Report\n'],
    ['a note to an editor', '<!-- edit: shorten this -->\n# Report\n'],
  ])('valid: %s', (_name, body) => {
    expect(findings(RULE, body)).toEqual([]);
  });

  test.each([
    ['a page marker that is not a number', '# Report\n\n<!-- page: twelve -->\n', 3],
    ['an empty disclose directive', '# Report\n\n<!-- disclose: -->\n', 3],
  ])('invalid: %s', (_name, body, line) => {
    expect(findings(RULE, body)).toEqual([expect.objectContaining({ severity: 'error', line })]);
  });

  test.each([
    ['discolse', 'disclose'],
    ['dsiclose', 'disclose'],
    ['Disclsoe', 'disclose'],
    ['omt', 'omit'],
    ['pages', 'page'],
  ])('a near miss `%s:` is a warning that names `%s:`, the keyword meant', (typo, keyword) => {
    expect(findings(RULE, `# Report\n\n<!-- ${typo}: GRI 2-9 -->\n`)).toEqual([
      expect.objectContaining({ severity: 'warning', line: 3, message: `Unknown directive \`${typo}:\` (did you mean \`${keyword}:\`?); this comment is ignored` }),
    ]);
  });
});
