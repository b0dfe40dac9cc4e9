// Mixed location columns read cell by cell (issue 14, item 3): the header words, chapters each with
// their pages in one cell, and direct answers in place of a location.
import { headerRoles, isDirectAnswer, parseLocation } from '../../../src/mapping/content-index/index.js';

describe('mixed location columns', () => {
  test.each([
    ['Location and Explanation', 'location'],
    ['Chapter index', 'location'],
    ['Page number index', 'page'],
    ['披露位置', 'location'],
    ['对应章节', 'location'],
    ['页码', 'page'],
    ['Explanation', 'explanation'],
  ])('header %s reads as %s', (header, role) => {
    expect(headerRoles(header)[0]).toBe(role);
  });

  test('several chapters, each followed by its pages, in one cell', () => {
    const parsed = parseLocation('Green Production 71-74 Green Operation 75-76');
    expect(parsed.kind).toBe('mixed');
    expect(parsed.sections).toEqual([['Green Production'], ['Green Operation']]);
    expect(parsed.pages).toEqual([
      { from: 71, to: 74 },
      { from: 75, to: 76 },
    ]);
  });

  test('a span of years inside a title is not a page', () => {
    expect(parseLocation('2021–2025 Plan').pages).toEqual([]);
  });

  test.each(['Annually', 'No significant changes', 'April 17, 2021', '2024年4月30日', '每年', '无重大变化', 'There were no fines.'])('%s is a direct answer', (text) => {
    expect(isDirectAnswer(text)).toBe(true);
  });

  test.each(['Corporate Governance', 'Annual Report 2023 - Risk', 'Notes to the accounts', '关于我们'])('%s is not a direct answer', (text) => {
    expect(isDirectAnswer(text)).toBe(false);
  });
});
