// Table layouts written inline: where the codes are, what a row is, and the statements' preference.
import { parseMarkdownReport } from '../../../src/ingest/index.js';
import { readContentIndexes } from '../../../src/mapping/content-index/index.js';
import type { ContentIndexTable } from '../../../src/model/content-index.js';

const read = (...texts: string[]) => readContentIndexes(parseMarkdownReport(texts.map((text, i) => ({ path: `f${i}.md`, text }))));
const table = (lines: string[]): string => `${lines.join('\n')}\n`;
const rows = (t: ContentIndexTable | undefined) => (t ? t.entries.map((e) => [e.row, e.id, e.title?.text ?? null, e.standard?.text ?? null, e.location.text]) : null);

describe('where the codes are', () => {
  test('codes under a standard header, titles under "Disclosure": the columns follow the codes', () => {
    const { tables } = read(table(['| GRI Standard | Disclosure | Page |', '|---|---|---|', '| GRI 2-1 | Organizational details | 3 |', '| GRI 2-2 | Entities | 4 |']));
    expect(tables[0]!.columns).toEqual({ disclosure: 0, title: 1, page: 2 });
    expect(rows(tables[0])).toEqual([
      [1, 'GRI 2-1', 'Organizational details', null, '3'],
      [2, 'GRI 2-2', 'Entities', null, '4'],
    ]);
  });

  test('"Disclosure | No." order: the code column is where the codes are', () => {
    const { tables } = read(table(['| Disclosure | No. | Location |', '|---|---|---|', '| Organizational details | 2-1 | About Us |']));
    expect(tables[0]!.columns).toEqual({ disclosure: 1, title: 0, location: 2 });
    expect(rows(tables[0])).toEqual([[1, 'GRI 2-1', 'Organizational details', null, 'About Us']]);
  });

  test('a page range in the location column is never taken for a code', () => {
    const { tables } = read(table(['| Topic | Location |', '|---|---|', '| Emissions | 24-25 |', '| Water | 30-31 |', '| Waste | 2-3 |', '| Energy | 3-4 |']));
    expect(tables).toEqual([]);
  });

  test('headerless: one row is not enough, two are', () => {
    expect(read(table(['| 2-1 Organizational details | 3 |', '|---|---|', '| Something else | 4 |'])).tables).toEqual([]);
    const { tables } = read(table(['| | |', '|---|---|', '| 2-1 | Organizational details |', '| 2-2 | Entities |']));
    expect(tables[0]!.columns).toEqual({ disclosure: 0, title: 1 });
    expect(tables[0]!.headerRow).toBeUndefined();
    expect(rows(tables[0])).toEqual([
      [1, 'GRI 2-1', 'Organizational details', null, ''],
      [2, 'GRI 2-2', 'Entities', null, ''],
    ]);
  });

  test('headerless: the column before the codes is their standard, unless it numbers the rows', () => {
    const standards = read(table(['| | | |', '|---|---|---|', '| GRI 2 | 2-1 Org | 3 |', '| | 2-2 Entities | 4 |']));
    expect(standards.tables[0]!.columns).toEqual({ standard: 0, disclosure: 1, location: 2 });
    expect(standards.tables[0]!.entries.map((e) => e.standard?.text)).toEqual(['GRI 2', 'GRI 2']);
    const numbered = read(table(['| 1 | 2-1 Org | 3 |', '|---|---|---|', '| 2 | 2-2 Entities | 4 |']));
    expect(numbered.tables[0]!.columns).toEqual({ disclosure: 1, location: 2 });
    expect(numbered.tables[0]!.entries.map((e) => e.row)).toEqual([0, 1]);
  });

  test('a headerless page column next to bare codes is the location, not the title', () => {
    const { tables } = read(table(['| 2-1 | 3 |', '|---|---|', '| 2-2 | 4-5 |']));
    expect(tables[0]!.columns).toEqual({ disclosure: 0, location: 1 });
  });
});

describe('what a row is', () => {
  test('a standard cell carries down over empty cells, and is a label once per change', () => {
    const { tables } = read(
      table([
        '| Standard | Disclosure | Location |',
        '|---|---|---|',
        '| GRI 2: General Disclosures 2021 | 2-1 Organizational details | 3 |',
        '| | 2-2 Entities | 4 |',
        '| GRI 2: General Disclosures 2021 | 2-3 Reporting period | 5 |',
        '| GRI 202 Market Performance | 202-1 Ratios of standard entry level wage | 6 |',
        '| | 202-2 Proportion of senior management | 7 |',
      ]),
    );
    const [t] = tables;
    expect(rows(t)).toEqual([
      [1, 'GRI 2-1', 'Organizational details', 'GRI 2: General Disclosures 2021', '3'],
      [2, 'GRI 2-2', 'Entities', 'GRI 2: General Disclosures 2021', '4'],
      [3, 'GRI 2-3', 'Reporting period', 'GRI 2: General Disclosures 2021', '5'],
      [4, 'GRI 202-1', 'Ratios of standard entry level wage', 'GRI 202 Market Performance', '6'],
      [5, 'GRI 202-2', 'Proportion of senior management', 'GRI 202 Market Performance', '7'],
    ]);
    expect(t!.labels.map((l) => [l.row, l.label.text, l.label.line, l.label.column])).toEqual([
      [1, 'GRI 2: General Disclosures 2021', 3, 3],
      [4, 'GRI 202 Market Performance', 6, 3],
    ]);
    // Rows below a carried label point at the label's own cell.
    expect(t!.entries[1]!.standard).toBe(t!.labels[0]!.label);
  });

  test('a continuation beside a repeated standard cell is a continuation, not a new label', () => {
    const { tables } = read(
      table(['| Standard | Disclosure | Location |', '|---|---|---|', '| GRI 2 | 2-1 Organizational details | 3 |', '| GRI 2 | | 4 |']),
    );
    expect(tables[0]!.labels).toHaveLength(1);
    expect(tables[0]!.entries[0]!.continuationRows).toEqual([2]);
    expect(tables[0]!.entries[0]!.location.text).toBe('3, 4');
  });

  test('rows out of order keep the table order; duplicates are both kept', () => {
    const { tables } = read(table(['| Disclosure | Page |', '|---|---|', '| 2-9 Governance | 10 |', '| 2-1 Org | 3 |', '| 2-9 Governance | 11 |']));
    expect(rows(tables[0])!.map((r) => r[1])).toEqual(['GRI 2-9', 'GRI 2-1', 'GRI 2-9']);
  });

  test('a continuation row before any code row is ignored; a KPI-like row is foreign', () => {
    const { tables } = read(
      table(['| Disclosure | Page |', '|---|---|', '| | 99 |', '| 2-1 Org | 3 |', '| Revenue | 1,000 |', '| 2-2 Entities | 4 |']),
    );
    expect(rows(tables[0])).toEqual([
      [2, 'GRI 2-1', 'Org', null, '3'],
      [4, 'GRI 2-2', 'Entities', null, '4'],
    ]);
    expect(tables[0]!.entries[0]!.continuationRows).toEqual([]);
  });

  test('foreign rows outnumbering code rows: not an index', () => {
    expect(read(table(['| Indicator | Value |', '|---|---|', '| Scope 1 | 10 |', '| Scope 2 | 20 |', '| 305-3 Scope 3 | 30 |'])).tables).toEqual([]);
  });
});

describe('statements', () => {
  const index = table(['| Disclosure | Page |', '|---|---|', '| 2-1 Org | 3 |']);

  test('the nearest statement before the first index wins; else the first after it', () => {
    const early = 'Acme has reported in accordance with the GRI Standards for 2024.\n\n';
    const late = 'Acme has reported in accordance with the GRI Standards for the period 2025.\n\n';
    const after = '\n\nAcme has reported with reference to the GRI Standards.\n';
    let result = read(`${early}# A\n\n${late}${index}${after}`);
    expect(result.statements.statementOfUse?.text).toBe(late.trim());
    result = read(`${index}${after}`);
    expect(result.statements.statementOfUse?.text).toBe(after.trim());
  });

  test('across files: document order is file order, then line', () => {
    const result = read('GRI 1 used: GRI 1: Foundation 2021\n', index, 'GRI 1 used: GRI 1: Foundation 2021 (again)\n');
    expect([result.statements.griUsed?.file, result.statements.griUsed?.line]).toEqual(['f0.md', 1]);
    expect(result.tables[0]!.file).toBe('f1.md');
  });

  test('Chinese: 参照 GRI 标准, 依据《GRI 可持续发展报告标准》', () => {
    expect(read('本报告参照全球报告倡议组织（GRI）标准编制。\n').statements.statementOfUse?.text).toBe('本报告参照全球报告倡议组织（GRI）标准编制。');
    expect(read('本报告依据《GRI可持续发展报告标准》编制。\n').statements.statementOfUse).toBeDefined();
    expect(read('本报告介绍公司治理。\n').statements).toEqual({});
  });

  test('a template row: its value cell is the statement', () => {
    const result = read(table(['| 使用说明 | 本公司已依据 GRI 标准报告 2025 年的信息。 |', '|---|---|', '| 使用的 GRI 1 | GRI 1：基础 2021 |']));
    expect([result.statements.statementOfUse?.text, result.statements.statementOfUse?.column]).toEqual(['本公司已依据 GRI 标准报告 2025 年的信息。', 10]);
    expect(result.statements.griUsed?.text).toBe('GRI 1：基础 2021');
  });
});
