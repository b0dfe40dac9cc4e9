// readContentIndexes on real-world layouts (test/fixtures/index-tables): English and Chinese, GRI's
// template, merged code-title cells, group label rows, repeated headers, continuation rows, and the
// tables that must not be taken for an index.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseMarkdownReport } from '../../../src/ingest/index.js';
import { readContentIndexes, type ContentIndexes } from '../../../src/mapping/content-index/index.js';
import type { IndexEntry, PageRange } from '../../../src/model/content-index.js';
import type { Report } from '../../../src/model/report.js';

const dir = fileURLToPath(new URL('../../fixtures/index-tables/', import.meta.url));

function load(name: string): { report: Report; text: string; result: ContentIndexes } {
  const text = readFileSync(dir + name, 'utf8');
  const report = parseMarkdownReport([{ path: name, text }]);
  return { report, text, result: readContentIndexes(report) };
}

const pages = (ranges: PageRange[]) => ranges.map((r) => (r.from === r.to ? r.from : `${r.from}-${r.to}`));

/** One line per entry: row, id, title, standard, location kind, pages, sections. */
const brief = (e: IndexEntry) => [e.row, e.id, e.title?.text, e.standard?.text, e.location.kind, pages(e.location.pages), e.location.sections];

describe('GRI template (gri-template.md)', () => {
  const { report, text, result } = load('gri-template.md');
  const [index] = result.tables;

  test('only the index table is an index: not the KPI table, not the statement table', () => {
    expect(report.tables).toHaveLength(3);
    expect(result.tables.map((t) => [t.tableBlock, t.file, t.line, t.column, t.section, t.headerRow])).toEqual([[2, 'gri-template.md', 35, 1, 5, 0]]);
  });

  test('columns from the template header words', () => {
    expect(index!.columns).toEqual({ standard: 0, disclosure: 1, location: 2, requirements: 3, reason: 4, explanation: 5, 'sector-ref': 6 });
  });

  test('entries: codes and titles sharing a cell, standards carried down, group headings end them', () => {
    expect(index!.entries.map(brief)).toEqual([
      [2, 'GRI 2-1', 'Organizational details', 'GRI 2: General Disclosures 2021', 'mixed', [3], [['About Us']]],
      [3, 'GRI 2-2', 'Entities included in the organization’s sustainability reporting', 'GRI 2: General Disclosures 2021', 'pages', ['4-5'], []],
      [4, 'GRI 2-9', 'Governance structure and composition', 'GRI 2: General Disclosures 2021', 'sections', [], [['Integrity and Compliance', 'Compliance System']]],
      [5, 'GRI 2-21', 'Annual total compensation ratio', 'GRI 2: General Disclosures 2021', 'not-reported', [], []],
      [6, 'GRI 3-1', 'Process to determine material topics', 'GRI 3: Material Topics 2021', 'pages', [7], []],
      [8, 'GRI 3-3', 'Management of material topics', 'GRI 305: Emissions 2016', 'sections', [], [['Climate']]],
      [9, 'GRI 305-1', 'Direct (Scope 1) GHG emissions', 'GRI 305: Emissions 2016', 'pages', [12], []],
      [10, 'GRI 305-7', 'Nitrogen oxides (NOx), sulfur oxides (SOx), and other significant air emissions', 'GRI 305: Emissions 2016', 'not-applicable', [], []],
    ]);
    expect(index!.entries.map((e) => e.sectorRef ?? null)).toEqual([null, null, null, null, null, '14.1.1', '14.1.5', '14.3.2']);
    expect(index!.labels.map((l) => [l.row, l.label.text, l.label.line])).toEqual([
      [2, 'GRI 2: General Disclosures 2021', 38],
      [6, 'GRI 3: Material Topics 2021', 42],
      [8, 'GRI 305: Emissions 2016', 44],
    ]);
    expect(index!.repeatedHeaderRows).toEqual([]);
  });

  test('omissions: requirements, reason, explanation columns; "Not applicable" with its explanation', () => {
    const byId = new Map(index!.entries.map((e) => [e.id, e]));
    const { cell, ...omission } = byId.get('GRI 2-21')!.omission!;
    expect(omission).toEqual({
      requirements: '2-21-a, 2-21-b',
      reason: 'Confidentiality constraints',
      reasonId: 'confidentiality-constraints',
      explanation: 'Pay data is commercially sensitive.',
    });
    expect([cell!.text, cell!.line]).toEqual(['Confidentiality constraints', 41]);
    const na = byId.get('GRI 305-7')!.omission!;
    expect([na.reason, na.reasonId, na.explanation]).toEqual(['Not applicable', 'not-applicable', 'The company has no combustion sources.']);
    expect(byId.get('GRI 2-1')!.omission).toBeUndefined();
  });

  test('spans: the code cell, the code alone and the title, true to the file', () => {
    const entry = index!.entries.find((e) => e.id === 'GRI 2-9')!;
    expect([entry.code.line, entry.code.column, entry.code.raw]).toEqual([40, 5, '**2-9** Governance structure and composition <!-- disclose: GRI 2-9 -->']);
    expect(text.slice(entry.code.offset, entry.code.endOffset)).toBe(entry.code.raw);
    expect([entry.codeSpan!.text, entry.codeSpan!.line, entry.codeSpan!.column]).toEqual(['2-9', 40, 7]);
    expect(text.slice(entry.codeSpan!.offset, entry.codeSpan!.endOffset)).toBe('2-9');
    expect([entry.title!.text, entry.title!.column]).toEqual(['Governance structure and composition', 13]);
    expect(text.slice(entry.title!.offset, entry.title!.endOffset)).toBe('Governance structure and composition <!-- disclose: GRI 2-9 -->');
    const plain = index!.entries[0]!;
    expect(text.slice(plain.codeSpan!.offset, plain.codeSpan!.endOffset)).toBe('2-1');
    expect(text.slice(plain.title!.offset, plain.title!.endOffset)).toBe('Organizational details');
    expect([plain.locationCell!.text, plain.locationCell!.line]).toEqual(['About Us, p. 3', 38]);
  });

  test('statements: the template rows above the table win over an earlier paragraph', () => {
    expect([result.statements.statementOfUse!.text, result.statements.statementOfUse!.line]).toEqual([
      'Acme Group has reported in accordance with the GRI Standards for the period 1 January 2025 to 31 December 2025.',
      30,
    ]);
    expect([result.statements.griUsed!.text, result.statements.griUsed!.line, result.statements.griUsed!.column]).toEqual(['GRI 1: Foundation 2021', 32, 16]);
  });
});

describe('separate code and title columns (two-column.md)', () => {
  const { result } = load('two-column.md');
  const [index] = result.tables;

  test('one index; the repeated header and a group heading are not entries; table order is kept', () => {
    expect(result.tables).toHaveLength(1);
    expect(index!.columns).toEqual({ disclosure: 0, title: 1, page: 2 });
    expect(index!.repeatedHeaderRows).toEqual([9]);
    expect(index!.labels).toEqual([]);
    expect(index!.entries.map(brief)).toEqual([
      [1, 'GRI 102-14', 'Statement from senior decision-maker', undefined, 'pages', [3], []],
      [2, 'GRI 2-1', 'Organizational details', undefined, 'pages', [20, 70], []],
      [3, 'GRI 2-3', 'Reporting period, frequency and contact point', undefined, 'pages', ['24-25', 88], []],
      [4, 'GRI 2-7', 'Employees', undefined, 'pages', ['93-96', '67-76', 97], []],
      [6, 'GRI 305-1', 'Direct (Scope 1) GHG emissions', undefined, 'pages', [12], []],
      [10, 'GRI 2-6', 'Activities, value chain and other business relationships', undefined, 'pages', ['12-14'], []],
      [11, 'GRI 2-4', 'Restatements of information', undefined, 'not-reported', [], []],
      [12, 'GRI 2-5', 'External assurance', undefined, 'not-applicable', [], []],
      [13, 'GRI 201-1', 'Direct economic value generated and distributed', undefined, 'prose', [], []],
      [14, 'GRI 2-8', 'Workers who are not employees', undefined, 'pages', ['14-12'], []],
      [15, 'GRI 2-2', 'Entities included in the organization’s sustainability reporting', undefined, 'empty', [], []],
    ]);
  });

  test('continuation rows: a wrapped page list and a wrapped title', () => {
    const [employees, emissions] = [index!.entries[3]!, index!.entries[4]!];
    expect(employees.continuationRows).toEqual([5]);
    expect(employees.location.text).toBe('93-96 67-76, 97');
    expect(emissions.continuationRows).toEqual([7]);
    expect(emissions.title!.raw).toBeUndefined();
    expect(emissions.title!.line).toBe(14);
  });

  test('a "GRI " prefix is part of the printed code; "Not applicable" in the location is its omission', () => {
    expect(index!.entries[0]!.codeSpan!.text).toBe('GRI 102-14');
    expect(index!.entries.find((e) => e.id === 'GRI 2-5')!.omission).toMatchObject({ reason: 'Not applicable', reasonId: 'not-applicable' });
    expect(index!.entries.find((e) => e.id === 'GRI 2-4')!.omission).toBeUndefined();
  });
});

describe('Chinese index (zh-index.md)', () => {
  const { result } = load('zh-index.md');
  const [index] = result.tables;

  test('columns, labels and entries', () => {
    expect(index!.columns).toEqual({ standard: 0, disclosure: 1, location: 2, page: 3, reason: 4 });
    expect(index!.labels.map((l) => [l.row, l.label.text])).toEqual([
      [1, 'GRI 2：一般披露 2021'],
      [5, 'GRI 3：实质性议题 2021'],
      [7, 'GRI 305：排放 2016'],
    ]);
    expect(index!.entries.map(brief)).toEqual([
      [2, 'GRI 2-1', '组织详细情况', 'GRI 2：一般披露 2021', 'mixed', [3], [['关于本报告']]],
      [3, 'GRI 2-9', '管治架构和组成', 'GRI 2：一般披露 2021', 'mixed', [20, 70], [['诚信合规', '合规体系']]],
      [4, 'GRI 2-21', '年度总薪酬比率', 'GRI 2：一般披露 2021', 'not-reported', [], []],
      [6, 'GRI 3-2', '实质性议题列表', 'GRI 3：实质性议题 2021', 'mixed', [5, 8], [['关于本报告']]],
      [7, 'GRI 305-1', '直接（范围一）温室气体排放', 'GRI 305：排放 2016', 'mixed', ['12-14'], [['应对气候变化']]],
      [8, 'GRI 305-7', '氮氧化物、硫氧化物和其他重大气体排放', 'GRI 305：排放 2016', 'not-applicable', [], []],
      [9, 'GRI 305-5', '温室气体减排量', 'GRI 305：排放 2016', 'not-reported', [], []],
    ]);
  });

  test('merged code and title with no space; Chinese omission reasons split', () => {
    const first = index!.entries[0]!;
    expect([first.codeSpan!.text, first.title!.text, first.title!.column! - first.code.column!]).toEqual(['2-1', '组织详细情况', 3]);
    const omissions = index!.entries.filter((e) => e.omission).map((e) => [e.id, e.omission!.reason, e.omission!.reasonId, e.omission!.explanation]);
    expect(omissions).toEqual([
      ['GRI 2-21', '保密限制', 'confidentiality-constraints', '薪酬数据属于商业敏感信息'],
      ['GRI 305-7', '不适用', 'not-applicable', undefined],
      ['GRI 305-5', '信息不可获得', 'information-unavailable', '统计口径正在建立'],
    ]);
  });

  test('Chinese statement of use and GRI 1 used, from paragraphs', () => {
    expect([result.statements.statementOfUse?.text, result.statements.statementOfUse?.line]).toEqual([
      '本报告依据 GRI 标准编制，报告期为 2025 年 1 月 1 日至 2025 年 12 月 31 日。',
      7,
    ]);
    expect([result.statements.griUsed?.text, result.statements.griUsed?.line]).toEqual(['使用的 GRI 1：GRI 1：基础 2021', 9]);
  });
});

describe('merged cells, title row, several codes and locations (merged-cells.md)', () => {
  const { result } = load('merged-cells.md');
  const [index] = result.tables;

  test('the header below a title row; both come back mid-table', () => {
    expect(index!.headerRow).toBe(1);
    expect(index!.columns).toEqual({ disclosure: 0, location: 1, page: 2, omission: 3 });
    expect(index!.repeatedHeaderRows).toEqual([9, 10]);
  });

  test('a label repeated in every cell; several codes per row; another framework is skipped', () => {
    expect(index!.labels.map((l) => [l.row, l.label.text])).toEqual([[2, 'GRI 2: General Disclosures 2021']]);
    expect(index!.entries.map(brief)).toEqual([
      [3, 'GRI 2-1', 'Organizational details', 'GRI 2: General Disclosures 2021', 'mixed', [3], [['About Us']]],
      [4, 'GRI 2-9', 'Governance structure and composition', 'GRI 2: General Disclosures 2021', 'mixed', ['10-11'], [['Governance', 'Board'], ['About Us']]],
      [5, 'GRI 2-7', undefined, 'GRI 2: General Disclosures 2021', 'mixed', [4], [['About Us']]],
      [5, 'GRI 2-8', undefined, 'GRI 2: General Disclosures 2021', 'mixed', [4], [['About Us']]],
      [6, 'GRI 2-19', 'Remuneration policies', 'GRI 2: General Disclosures 2021', 'mixed', [12], [['Governance', 'Board'], ['Governance']]],
      [11, 'GRI 2-20', 'Process to determine remuneration', 'GRI 2: General Disclosures 2021', 'empty', [], []],
      [13, 'GRI 201-1', 'Direct economic value generated and distributed', undefined, 'mixed', [5], [['About Us']]],
    ]);
    expect(index!.entries.map((e) => e.codeSpan?.text)).toEqual(['GRI 2-1', '2-9', '2-7', '2-8', '2-19', '2-20', '201-1']);
  });

  test('a single omission column: split at a known reason, else kept whole', () => {
    const [remuneration, process] = [index!.entries[4]!, index!.entries[5]!];
    expect(remuneration.continuationRows).toEqual([7]);
    expect([remuneration.omission!.reason, remuneration.omission!.reasonId, remuneration.omission!.explanation]).toEqual([
      'Confidentiality constraints',
      'confidentiality-constraints',
      'pay data is sensitive.',
    ]);
    expect(process.omission).toMatchObject({ reason: 'Not disclosed this year' });
    expect(process.omission!.reasonId).toBeUndefined();
  });

  test('statements from paragraphs before the index', () => {
    expect(result.statements.statementOfUse?.line).toBe(3);
    expect(result.statements.statementOfUse?.text).toMatch(/^Acme has reported the information cited .* with reference to the GRI Standards\.$/);
    expect(result.statements.griUsed?.text).toBe('GRI 1 used: GRI 1: Foundation 2021');
  });
});

describe('headerless tables and tables that are not indexes', () => {
  test('a header row that is data: the codes decide (headerless.md)', () => {
    const { result } = load('headerless.md');
    expect(result.tables.map((t) => [t.tableBlock, t.headerRow, t.columns])).toEqual([[0, undefined, { disclosure: 0, location: 1 }]]);
    expect(result.tables[0]!.entries.map(brief)).toEqual([
      [0, 'GRI 2-1', 'Organizational details', undefined, 'pages', [3], []],
      [1, 'GRI 2-2', 'Entities included in the organization’s sustainability reporting', undefined, 'pages', [4], []],
      [2, 'GRI 2-3', 'Reporting period, frequency and contact point', undefined, 'pages', ['5-6'], []],
    ]);
  });

  test('KPI tables, a term table, a date table and the statement table are not indexes (not-indexes.md)', () => {
    const { report, result } = load('not-indexes.md');
    expect(report.tables).toHaveLength(6);
    expect(result.tables).toEqual([]);
    // The statement table still gives the statements.
    expect(result.statements.statementOfUse?.text).toBe(
      'Acme has reported in accordance with the GRI Standards for the period 1 January 2025 to 31 December 2025.',
    );
    expect(result.statements.griUsed?.text).toBe('GRI 1: Foundation 2021');
  });

  test('a page range printed with a single tilde is a range, not strikethrough', () => {
    // Found by test/property/index-reader: GFM's single-tilde strikethrough read `12~14, 20~22` as `1214, 2022`.
    const text = ['| GRI Standard | Disclosure | Location |', '|---|---|---|', '| GRI 2: General Disclosures 2021 | 2-1 Organizational details | 12~14, 20~22 |', '| | 2-2 Entities | 3～5、7 |', ''].join('\n');
    const [index] = readContentIndexes(parseMarkdownReport([{ path: 'x.md', text }])).tables;
    expect(index!.entries.map(brief)).toEqual([
      [1, 'GRI 2-1', 'Organizational details', 'GRI 2: General Disclosures 2021', 'pages', ['12-14', '20-22'], []],
      [2, 'GRI 2-2', 'Entities', 'GRI 2: General Disclosures 2021', 'pages', ['3-5', 7], []],
    ]);
  });

  test('a report without tables or statements', () => {
    const report = parseMarkdownReport([{ path: 'x.md', text: '# Title\n\nNothing here.\n' }]);
    expect(readContentIndexes(report)).toEqual({ tables: [], statements: {} });
  });
});
