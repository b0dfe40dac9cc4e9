// GRI 2016 -> 2021 migration of a content index's code cells (GFM tables), planned and applied in memory.
import { migrateSources } from '../../../src/migrate.js';

const FRONT = '---\npublished: 2022-04-20\n---\n\n# GRI content index\n\n';

function run(table: string) {
  const { plan, outputs, report } = migrateSources([{ path: 'report.md', text: FRONT + table }]);
  expect(report.tables.length).toBeGreaterThan(0);
  const file = plan.files[0]!;
  return { text: outputs.get('report.md')!.slice(FRONT.length), changes: file.changes, review: file.review };
}

const HEAD = '| Standard | Disclosure | Title | Page |\n|---|---|---|---|\n';

describe('one-to-one: the code in the writer\'s style, and the 2016 title with it', () => {
  test.each([
    ['| | 102-14 | Statement from senior decision-maker | 4 |', '| | 2-22 | Statement on sustainable development strategy | 4 |'],
    ['| | GRI 102-14 | Statement from senior decision-maker | 4 |', '| | GRI 2-22 | Statement on sustainable development strategy | 4 |'],
    ['| | 102-14 Statement from senior decision-maker | | 4 |', '| | 2-22 Statement on sustainable development strategy | | 4 |'],
    ['| | 102-14: Statement from senior decision maker | | 4 |', '| | 2-22: Statement on sustainable development strategy | | 4 |'],
    ['| | 102-14 | Statement from senior decision-... | 4 |', '| | 2-22 | Statement on sustainable development strategy | 4 |'],
    ['| | 102-14 | | 4 |', '| | 2-22 | | 4 |'],
    ['| | 103-1 | Explanation of the material topic and its Boundary | 12 |', '| | 3-3 | Management of material topics | 12 |'],
    ['| | 307-1 | Non-compliance with environmental laws and regulations | 30 |', '| | 2-27 | Compliance with laws and regulations | 30 |'],
  ])('%s', (row, after) => {
    expect(run(HEAD + row + '\n').text).toBe(HEAD + after + '\n');
  });

  test('a change points at the code', () => {
    const { changes } = run(HEAD + '| GRI 102: General Disclosures 2016 | 102-1 | Name of the organization | 3 |\n');
    expect(changes).toEqual([
      expect.objectContaining({ line: 9, column: 39, source: 'index', from: 'GRI 102-1', to: ['GRI 2-1'], before: '102-1', after: '2-1', toTitles: ['Organizational details'] }),
    ]);
  });

  test('a title that is not the 2016 title is left for review, and so is the code', () => {
    const table = HEAD + '| | 102-14 CEO letter | | 4 |\n';
    const r = run(table);
    expect([r.text, r.changes]).toEqual([table, []]);
    expect(r.review[0]!.reason).toBe("the cell's title (CEO letter) is not the official 2016 title; migrate it by hand");
  });
});

describe('needs review', () => {
  test('one-to-many needs a row per 2021 disclosure; GRI 1 requirements; low confidence; a replaced standard\'s label', () => {
    const table =
      HEAD +
      '| GRI 102: General Disclosures 2016 | 102-8 | Information on employees and other workers | 6 |\n' +
      '| | 102-55 | GRI content index | 20 |\n' +
      '| | 102-7 | Scale of the organization | 5 |\n' +
      '| GRI 102: General Disclosures 2016 | 102-14 | Statement from senior decision-maker | 4 |\n' +
      '| GRI 305: Emissions 2016 | 305-1 | Direct (Scope 1) GHG emissions | 12 |\n';
    const r = run(table);
    expect(r.text).toBe(table.replace('| 102-14 | Statement from senior decision-maker |', '| 2-22 | Statement on sustainable development strategy |'));
    expect(r.review.map((x) => [x.line, x.from, x.reason])).toEqual([
      [9, 'GRI 102: General Disclosures 2016', 'replaced by GRI 2: General Disclosures 2021, GRI 3: Material Topics 2021; rename the label by hand once its rows are migrated'],
      [9, 'GRI 102-8', 'maps to GRI 2-7 and GRI 2-8; the index needs a row for each: split the row by hand'],
      [10, 'GRI 102-55', 'no GRI 2021 disclosure; its content became a requirement of GRI 1'],
      [11, 'GRI 102-7', 'maps to GRI 2-6, GRI 2-7 with low confidence'],
    ]);
  });

  test('markup around the code is left alone', () => {
    const table = HEAD + '| | **102-14** *Statement* from senior decision-maker | | 4 |\n';
    const r = run(table);
    expect(r.text).toBe(table);
    expect(r.review).toHaveLength(1);
  });
});

describe('what stays', () => {
  test('2021 codes, topic codes, page ranges and tables that are not indexes', () => {
    const table =
      HEAD +
      '| GRI 2: General Disclosures 2021 | 2-1 | Organizational details | 3 |\n' +
      '| GRI 305: Emissions 2016 | 305-1 | Direct (Scope 1) GHG emissions | 102-14 |\n' +
      '\n| Year | Range |\n|---|---|\n| 2021 | 102-14 |\n| 2022 | 10-12 |\n| 2023 | 14-18 |\n';
    const r = run(table);
    expect([r.text, r.changes, r.review]).toEqual([table, [], []]);
  });

  test('the title decides the version: a 2025 title under 102-1 is Climate Change 2025', () => {
    const table = HEAD + '| | 102-1 | Transition plan for climate change mitigation | 3 |\n';
    const r = run(table);
    expect([r.text, r.changes, r.review]).toEqual([table, [], []]);
  });

  test('idempotent', () => {
    const table = HEAD + '| | 102-1 | Name of the organization | 3 |\n| | 102-14 Statement from senior decision-maker | | 4 |\n| | 102-8 | Information on employees and other workers | 6 |\n';
    const first = run(table);
    const second = run(first.text);
    expect(first.changes).toHaveLength(2);
    expect([second.text, second.changes]).toEqual([first.text, []]);
    expect(second.review.map((x) => x.from)).toEqual(['GRI 102-8']);
  });
});
