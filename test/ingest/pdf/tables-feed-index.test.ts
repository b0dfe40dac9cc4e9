// The table reader's rows feed the existing index audit: turned into the TableBlock every reader produces,
// readContentIndexes reads every entry, group label and repeated header of the PDF index as it does a
// Markdown one. Also the figure reported for issue 13: index rows read / rows expected on these layouts.
import { readTables } from '../../../src/ingest/pdf/tables.js';
import type { DetectedTable } from '../../../src/ingest/pdf/page-lines.js';
import { parseMarkdownReport } from '../../../src/ingest/index.js';
import { readContentIndexes } from '../../../src/mapping/content-index/index.js';
import type { TableBlock } from '../../../src/model/content-index.js';
import { centredIndex, chapterIndex, chineseIndex, englishTemplate, shiftedContinuation, type Layout } from './index-layouts.js';

function audit(table: DetectedTable) {
  const report = parseMarkdownReport([{ path: 'report.pdf', text: '# GRI content index\n' }]);
  const block: TableBlock = { file: 'report.pdf', page: table.page, section: 1, rows: table.rows.map((row) => row.map((text) => ({ text, file: 'report.pdf', page: table.page }))) };
  report.tables.push(block);
  return readContentIndexes(report).tables;
}

describe('rows read from a PDF index feed readContentIndexes', () => {
  test('English template: every code, the standards carried down, labels, the repeated header', () => {
    const [index] = audit(readTables(englishTemplate().pages)[0]!);
    expect(index!.entries.map((e) => [e.id, e.title?.text, e.standard?.text, e.location.kind])).toEqual([
      ['GRI 2-1', 'Organizational details', 'GRI 2: General Disclosures 2021', 'mixed'],
      ['GRI 2-2', 'Entities included in the organization’s sustainability reporting', 'GRI 2: General Disclosures 2021', 'pages'],
      ['GRI 2-3', 'Reporting period, frequency and contact point', 'GRI 2: General Disclosures 2021', 'pages'],
      ['GRI 2-6', 'Activities, value chain and other business relationships', 'GRI 2: General Disclosures 2021', 'mixed'],
      ['GRI 2-7', 'Employees', 'GRI 2: General Disclosures 2021', 'pages'],
      ['GRI 2-9', undefined, 'GRI 2: General Disclosures 2021', 'pages'],
      ['GRI 2-10', undefined, 'GRI 2: General Disclosures 2021', 'pages'],
      ['GRI 2-21', 'Annual total compensation ratio', 'GRI 2: General Disclosures 2021', 'empty'],
      ['GRI 3-1', 'Process to determine material topics', 'GRI 3: Material Topics 2021', 'pages'],
      ['GRI 3-2', 'List of material topics', 'GRI 3: Material Topics 2021', 'pages'],
      ['GRI 3-3', 'Management of material topics', 'GRI 305: Emissions 2016', 'mixed'],
      ['GRI 305-1', 'Direct (Scope 1) GHG emissions', 'GRI 305: Emissions 2016', 'pages'],
      ['GRI 305-2', 'Energy indirect (Scope 2) GHG emissions', 'GRI 305: Emissions 2016', 'pages'],
      ['GRI 305-7', 'Nitrogen oxides (NOx), sulfur oxides (SOx), and other significant air emissions', 'GRI 305: Emissions 2016', 'not-applicable'],
      ['GRI 201-1', 'Direct economic value generated and distributed', 'GRI 201: Economic Performance 2016', 'pages'],
      ['GRI 403-9', 'Work-related injuries', 'GRI 403: Occupational Health and Safety 2018', 'pages'],
    ]);
    expect(index!.entries.find((e) => e.id === 'GRI 2-9')!.location.pages).toEqual([
      { from: 12, to: 14 },
      { from: 20, to: 20 },
    ]);
    expect(index!.entries.find((e) => e.id === 'GRI 2-21')!.omission?.reasonId).toBe('confidentiality-constraints');
    expect(index!.labels.map((l) => l.label.text)).toEqual([
      'GRI 2: General Disclosures 2021',
      'GRI 3: Material Topics 2021',
      'GRI 305: Emissions 2016',
      'GRI 201: Economic Performance 2016',
      'GRI 403: Occupational Health and Safety 2018',
    ]);
    expect(index!.headerRow).toBe(0);
    expect(index!.repeatedHeaderRows).toEqual([9]);
  });

  test('Chinese: codes, titles, pages and the repeated header', () => {
    const [index] = audit(readTables(chineseIndex().pages)[0]!);
    expect(index!.entries.map((e) => [e.id, e.title?.text, e.standard?.text, e.location.text])).toEqual([
      ['GRI 2-1', '组织详细情况', 'GRI 2：一般披露 2021', '3'],
      ['GRI 2-2', '纳入组织可持续发展报告的实体，包括全部控股子公司及合营企业的范围说明', 'GRI 2：一般披露 2021', '4-5'],
      // A title printed once for two codes is neither's (the index reader's rule).
      ['GRI 2-9', undefined, 'GRI 2：一般披露 2021', '12-14、20'],
      ['GRI 2-10', undefined, 'GRI 2：一般披露 2021', '12-14、20'],
      ['GRI 305-1', '直接（范围一）温室气体排放', 'GRI 305：排放 2016', '24'],
      ['GRI 305-4', '温室气体排放强度', 'GRI 305：排放 2016', '不适用'],
    ]);
    expect(index!.repeatedHeaderRows).toEqual([5]);
  });

  test('centred cells: each code gets its whole title and pages, and the standard printed beside its group', () => {
    const [index] = audit(readTables(centredIndex().pages)[0]!);
    const entries = index!.entries.map((e) => [e.id, e.title?.text, e.standard?.text, e.location.text]);
    expect(entries.slice(0, 2)).toEqual([
      ['GRI 2-1', 'Organizational details', 'GRI 2: General Disclosures 2021', 'About us, 2'],
      ['GRI 2-2', 'Entities included in the organization’s sustainability reporting', 'GRI 2: General Disclosures 2021', 'About this report, 120'],
    ]);
    expect(entries.filter((e) => e[0]!.startsWith('GRI 305')).map((e) => e[2])).toEqual(Array(3).fill('GRI 305: Emissions 2016'));
    expect(index!.entries.find((e) => e.id === 'GRI 201-1')!.standard?.text).toBe('GRI 201: Economic Performance 2016');
    expect(index!.entries).toHaveLength(10);
  });
});

/** Rows read exactly as expected over layouts and the ways runs arrive; `read/expected`. */
function rowsRead(makes: ReadonlyArray<(options: object) => Layout>, variants: readonly object[]): string {
  let read = 0;
  let expected = 0;
  for (const make of makes) {
    for (const options of variants) {
      const layout = make(options);
      const rows = readTables(layout.pages)[0]?.rows ?? [];
      expected += layout.rows.length;
      read += layout.rows.filter((row, i) => JSON.stringify(rows[i]) === JSON.stringify(row)).length;
    }
  }
  return `${read}/${expected}`;
}

const RUN_SHAPES = [{}, { splitLines: true }, { perWord: true }];

test('index rows read / rows expected on every top-aligned layout', () => {
  expect(rowsRead([englishTemplate, chineseIndex, chapterIndex], RUN_SHAPES)).toBe('111/111');
});

test('index rows read / rows expected on centred rows and shifted continuation pages', () => {
  expect(rowsRead([centredIndex], [...RUN_SHAPES, { after: 0 }])).toBe('60/60');
  expect(rowsRead([shiftedContinuation], RUN_SHAPES)).toBe('24/24');
});
