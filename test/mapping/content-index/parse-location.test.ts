// parseLocation: every layout of a location cell seen in real indexes (domain.md §6–7), as a table.
import { mergeLocations, parseLocation, parsePageList } from '../../../src/mapping/content-index/index.js';
import type { LocationKind } from '../../../src/model/content-index.js';

type Pages = Array<number | [number, number]>;
const ranges = (pages: Pages) => pages.map((p) => (typeof p === 'number' ? { from: p, to: p } : { from: p[0], to: p[1] }));

// [cell as printed, kind, pages (n = n..n, [a, b] = a..b), sections]
const CASES: Array<[string, LocationKind, Pages, string[][]]> = [
  // page lists
  ['20、70', 'pages', [20, 70], []],
  ['24-25, 88', 'pages', [[24, 25], 88], []],
  ['93-96 67-76', 'pages', [[93, 96], [67, 76]], []],
  ['5，8', 'pages', [5, 8], []],
  ['12; 14', 'pages', [12, 14], []],
  ['P.12', 'pages', [12], []],
  ['p. 12–14', 'pages', [[12, 14]], []],
  ['pp. 3, 5', 'pages', [3, 5], []],
  ['P3, P5', 'pages', [3, 5], []],
  ['Page 3 and 5', 'pages', [3, 5], []],
  ['pages 3-5, 9', 'pages', [[3, 5], 9], []],
  ['第12页', 'pages', [12], []],
  ['12页', 'pages', [12], []],
  ['第12-14页', 'pages', [[12, 14]], []],
  ['3至5', 'pages', [[3, 5]], []],
  ['12～14', 'pages', [[12, 14]], []],
  ['12—14', 'pages', [[12, 14]], []],
  ['１２、１５', 'pages', [12, 15], []],
  ['7', 'pages', [7], []],
  // a range printed backwards is kept as printed: a rule reports it
  ['14-12', 'pages', [[14, 12]], []],
  // section paths
  ['Integrity and Compliance - Compliance System', 'sections', [], [['Integrity and Compliance', 'Compliance System']]],
  ['Governance > Board', 'sections', [], [['Governance', 'Board']]],
  ['Chapter 3 – Governance', 'sections', [], [['Chapter 3', 'Governance']]],
  ['About Us; Governance - Board', 'sections', [], [['About Us'], ['Governance', 'Board']]],
  ['关于我们、公司治理', 'sections', [], [['关于我们'], ['公司治理']]],
  ['诚信合规-合规体系', 'sections', [], [['诚信合规', '合规体系']]],
  ['诚信合规——合规体系', 'sections', [], [['诚信合规', '合规体系']]],
  ['Health, Safety and Environment', 'sections', [], [['Health, Safety and Environment']]],
  ['Anti-corruption', 'sections', [], [['Anti-corruption']]],
  ['2021–2025 Plan', 'sections', [], [['2021–2025 Plan']]],
  ['3.2 Green Production', 'sections', [], [['3.2 Green Production']]],
  // sections with pages
  ['About Us, p. 3', 'mixed', [3], [['About Us']]],
  ['About Us (P.3)', 'mixed', [3], [['About Us']]],
  ['About Us p3-5', 'mixed', [[3, 5]], [['About Us']]],
  ['关于我们 第3页', 'mixed', [3], [['关于我们']]],
  ['关于我们12页', 'mixed', [12], [['关于我们']]],
  ['Health, Safety and Environment, 24-25', 'mixed', [[24, 25]], [['Health, Safety and Environment']]],
  ['Governance - Board, 10; About Us, 3', 'mixed', [10, 3], [['Governance', 'Board'], ['About Us']]],
  // not reported, not applicable, empty
  ['/', 'not-reported', [], []],
  ['—', 'not-reported', [], []],
  ['-', 'not-reported', [], []],
  ['–', 'not-reported', [], []],
  ['— —', 'not-reported', [], []],
  ['Not reported', 'not-reported', [], []],
  ['Not disclosed', 'not-reported', [], []],
  ['未披露', 'not-reported', [], []],
  ['Confidentiality constraints: pay data is sensitive.', 'not-reported', [], []],
  ['N/A', 'not-applicable', [], []],
  ['n.a.', 'not-applicable', [], []],
  ['Not applicable', 'not-applicable', [], []],
  ['Not Applicable: the company has no such operations', 'not-applicable', [], []],
  ['不适用', 'not-applicable', [], []],
  ['', 'empty', [], []],
  ['   ', 'empty', [], []],
  // prose: a direct answer in the index
  ['The company has no subsidiaries outside China and therefore reports on one entity only.', 'prose', [], []],
  ['See the annual report.', 'prose', [], []],
  ['公司本年度未发生重大环境污染事故，亦未受到任何环境相关的行政处罚或者监管措施。', 'prose', [], []],
  ['https://acme.example/esg', 'prose', [], []],
];

describe('parseLocation', () => {
  test('has at least 30 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(30));

  test.each(CASES)('%j -> %s', (text, kind, pages, sections) => {
    expect(parseLocation(text)).toEqual({ kind, pages: ranges(pages), sections, text });
  });

  test('never throws, on anything', () => {
    const hostile = ['\uD800', '\u0000', '(((((', ')))))', '第页', 'p.', 'pp', '1-', '-1', '、、、', ' - - - ', '9'.repeat(50), '1-2-3-4', '>', '> > >', '\u200B'];
    for (const text of hostile) expect(() => parseLocation(text)).not.toThrow();
    expect(parseLocation('9'.repeat(50)).kind).toBe('sections');
  });

  test('linear time: long and adversarial cells parse fast', () => {
    const inputs = [
      'a'.repeat(200_000),
      '1 '.repeat(100_000),
      '-'.repeat(200_000) + 'x',
      ' ('.repeat(100_000),
      '1-'.repeat(499),
      'x, '.repeat(333),
      '— '.repeat(499) + 'x',
      ',1'.repeat(499) + 'x',
      'p. 1, '.repeat(166) + 'x',
      'About Us - '.repeat(90),
    ];
    for (const text of inputs) {
      const started = performance.now();
      parseLocation(text);
      expect(performance.now() - started).toBeLessThan(200);
    }
  });
});

describe('parsePageList and mergeLocations', () => {
  test('a page list must be the whole text', () => {
    expect(parsePageList('12, 14')).toEqual(ranges([12, 14]));
    expect(parsePageList('12 About')).toBeUndefined();
    expect(parsePageList('')).toBeUndefined();
  });

  test('a location column and a page column make one location', () => {
    expect(mergeLocations([parseLocation('About Us'), parseLocation('3')])).toEqual({
      kind: 'mixed',
      pages: ranges([3]),
      sections: [['About Us']],
      text: 'About Us, 3',
    });
    // The same page printed in both is kept once.
    expect(mergeLocations([parseLocation('About Us, p. 5'), parseLocation('5')]).pages).toEqual(ranges([5]));
    expect(mergeLocations([parseLocation('Not applicable'), parseLocation('')]).kind).toBe('not-applicable');
    expect(mergeLocations([parseLocation('—'), parseLocation('')]).kind).toBe('not-reported');
    expect(mergeLocations([parseLocation(''), parseLocation('')])).toEqual({ kind: 'empty', pages: [], sections: [], text: '' });
  });
});

describe('roman page labels', () => {
  test.each([
    ['ii', 'pages', [], ['ii']],
    ['i, 3', 'pages', [3], ['i']],
    ['About us, iv', 'mixed', [], ['iv']],
    ['XIV', 'pages', [], ['XIV']],
  ] as Array<[string, LocationKind, Pages, string[]]>)('%j is a page label, not a heading', (text, kind, pages, labels) => {
    const parsed = parseLocation(text);
    expect(parsed.kind).toBe(kind);
    expect(parsed.pages).toEqual(ranges(pages));
    expect(parsed.pageLabels).toEqual(labels);
    expect(parsed.sections.flat()).not.toContain(labels[0]);
  });

  test('a word made of roman letters is a section (`Mix`, `Civil`)', () => {
    expect(parseLocation('mix').sections).toEqual([['mix']]);
    expect(parseLocation('Civil, 4').sections).toEqual([['Civil']]);
  });
});
