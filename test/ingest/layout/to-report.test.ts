// LaidOutDocument -> Report (issue 13, item 3): sections by heading, printed pages (never physical, never
// a line), tables and paragraphs for the content-index reader and the statement of use.
import { layoutToReport } from '../../../src/ingest/layout/to-report.js';
import { laidOutReport } from './laid-out-fixture.js';

describe('a laid-out document as a report', () => {
  const report = layoutToReport(laidOutReport());
  const section = (title: string) => report.sections.filter((s) => s.title === title);

  test('sections come from the headings at their levels; the root is the title', () => {
    expect(report.sections[0]!.title).toBe('Northwind Foods 2024 Sustainability Report');
    expect(report.sections.map((s) => [s.depth, s.title])).toEqual([
      [0, 'Northwind Foods 2024 Sustainability Report'],
      [1, 'Northwind Foods 2024 Sustainability Report'],
      [1, 'About this Report'],
      [1, '1 Governance'],
      [2, 'Highlights'],
      [2, '1.1 Board Oversight'],
      [1, '2 Environment'],
      [2, '2.1 Emissions'],
      [2, '2.2 水资源管理'],
      [1, '3 People'],
      [2, 'Highlights'],
      [1, 'GRI Content Index'],
    ]);
    expect(section('2.1 Emissions')[0]!.headingPath).toEqual(['2 Environment', '2.1 Emissions']);
  });

  test('a section is on its printed page: numbers from the footer, a spread counts both halves, roman front matter keeps its label', () => {
    expect(section('2.1 Emissions')[0]!.page).toBe(4);
    expect(section('1.1 Board Oversight')[0]).toMatchObject({ page: 1, pages: [1, 2, 3] });
    const about = section('About this Report')[0]!;
    expect(about.page).toBeUndefined();
    expect(about.pageLabel).toBe('ii');
    expect(section('GRI Content Index')[0]!.pages).toEqual([7, 8]);
    expect(report.pages).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(report.files).toEqual([{ path: 'northwind.pdf', pages: 10 }]);
  });

  test('no line, column or offset anywhere', () => {
    expect(JSON.stringify(report)).not.toMatch(/"(line|column|offset|endLine)"/);
  });

  test('tables are table blocks whose cells are spans on the printed page; paragraphs are text blocks', () => {
    expect(report.tables).toHaveLength(2);
    const index = report.tables[1]!;
    expect(index.section).toBe(section('GRI Content Index')[0]!.index);
    expect(index.page).toBe(7);
    expect(index.rows[0]!.map((c) => c.text)).toEqual(['GRI Standard', 'Disclosure', 'Location']);
    expect(index.rows[2]![1]).toEqual({ text: '2-1 Organizational details', file: 'northwind.pdf', page: 7 });
    const statement = report.blocks.find((b) => b.text.includes('with reference to'))!;
    expect(statement.section).toBe(section('About this Report')[0]!.index);
    expect(statement.page).toBeUndefined(); // on page ii: a label, not a number
    expect(section('2.2 水资源管理')[0]!.text).toContain('循环用水');
  });

  test('the reader notes and a note on what was inferred reach the report', () => {
    const docx = layoutToReport(laidOutReport({ format: 'docx', file: 'draft.docx', pagesApproximate: true, pageNumberSource: 'page-breaks', notes: ['2 comments left out'] }));
    expect(docx.notes).toEqual([
      '`draft.docx`: 2 comments left out',
      '`draft.docx`: page numbers are approximate (a DOCX has no pages until a word processor lays it out)',
      expect.stringMatching(/^`draft\.docx`: inferred from the report: .*period \(p\. ii\).*; write them in `a sidecar` to correct them$/),
    ]);
  });
});
