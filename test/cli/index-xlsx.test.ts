// `disclose index --format xlsx` on the built CLI: one workbook, a sheet per declared framework and one
// of gaps. The file is read back with exceljs and compared with what the JSON formats of `index` and
// `check` say about the same report, so the workbook cannot drift from them.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import ExcelJS from 'exceljs';

import type { CheckResult, ReportResult } from '../../src/model/finding.js';
import type { AnyIndexDocument } from '../../src/model/framework-index.js';
import { disclose, expectRefusal, fixture } from '../helpers/run-in-process.js';

const tmp = mkdtempSync(join(tmpdir(), 'disclose-index-xlsx-'));
// Each test runs the CLI several times: a budget for a busy machine, not a measure of speed.
const SLOW = 120_000;
const acme = 'examples/acme-2025';
const sasbReport = fixture('reports', 'sasb-hardware.md');
const multiReport = fixture('reports', 'multi-framework-zh.md');

let outputs = 0;
/** Runs `index … --format xlsx -o FILE` and returns the file (a fresh one per run). */
async function writeWorkbook(args: string[]): Promise<string> {
  const file = join(tmp, `out-${(outputs += 1)}.xlsx`);
  const run = await disclose(['index', ...args, '--format', 'xlsx', '--output', file]);
  expect(run).toMatchObject({ status: 0, stdout: '', stderr: '' });
  return file;
}

async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** The sheet's cells as text, row by row (exceljs rows are 1-based with an empty slot 0). */
function sheetRows(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    rows.push(Array.from({ length: sheet.columnCount }, (_, c) => String(row.getCell(c + 1).value ?? '')));
  });
  return rows;
}

async function indexJson(report: string, framework: string, extra: string[] = []): Promise<AnyIndexDocument> {
  const run = await disclose(['index', report, '--framework', framework, '--format', 'json', ...extra]);
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as AnyIndexDocument;
}

const rowCount = (doc: AnyIndexDocument): number => doc.groups.reduce((n, g) => n + g.rows.length, 0);

async function checkJson(report: string): Promise<ReportResult> {
  const run = await disclose(['check', report, '--format', 'json']);
  return (JSON.parse(run.stdout) as CheckResult).reports[0]!;
}

/** GRI, SASB and HKEX gaps as `check` lists them: required disclosures missing or omitted, in its order. */
function requiredGaps(result: ReportResult, prefix: string): string[][] {
  return result.disclosures
    .filter((d) => d.required && (d.status === 'missing' || d.status === 'omitted') && d.id.startsWith(`${prefix} `))
    .map((d) => [d.id, d.status]);
}

/** The header's row: the first, or (GRI) below the statement of use block and an empty row; frozen down to it. */
const headerRow = (sheet: ExcelJS.Worksheet): number => (sheet.views[0] as { ySplit: number }).ySplit;

/** The table's rows, header first: what follows the claim block on a GRI sheet. */
const tableRows = (sheet: ExcelJS.Worksheet): string[][] => sheetRows(sheet).slice(headerRow(sheet) - 1);

function expectSheetLayout(sheet: ExcelJS.Worksheet): void {
  const at = headerRow(sheet);
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: at });
  expect(sheet.autoFilter).toBe(`A${at}:${String.fromCharCode(64 + sheet.columnCount)}${at}`);
  const header = sheet.getRow(at);
  for (let c = 1; c <= sheet.columnCount; c += 1) {
    expect(header.getCell(c).font?.bold).toBe(true);
    const width = sheet.getColumn(c).width;
    expect(width).toBeGreaterThanOrEqual(10);
    expect(width).toBeLessThanOrEqual(60);
  }
}

describe('index --format xlsx', () => {
  test('examples/acme-2025: the GRI sheet is the CSV index row for row; the gaps are what check counts', async () => {
    const workbook = await readWorkbook(await writeWorkbook([acme]));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['GRI', 'Gaps']);
    const gri = workbook.getWorksheet('GRI')!;
    expectSheetLayout(gri);
    // GRI 1, Requirement 7: the claim block heads the sheet, as it heads the Markdown and HTML index.
    expect(sheetRows(gri).slice(0, 5).map((r) => r.slice(0, 2))).toEqual([
      ['Statement of use', 'Acme Precision Manufacturing Group Co., Ltd. has reported in accordance with the GRI Standards for the period from 1 January 2025 to 31 December 2025.'],
      ['GRI 1 used', 'GRI 1: Foundation 2021'],
      ['Applicable GRI Sector Standard(s)', 'Not applicable'],
      ['Material topics', expect.stringContaining('GRI 305: Emissions 2016')],
      ['', ''],
    ]);
    expect(tableRows(gri)[0]).toEqual([
      'SECTION',
      'GRI STANDARD / OTHER SOURCE',
      'DISCLOSURE',
      'LOCATION',
      'OMISSION – REQUIREMENT(S) OMITTED',
      'OMISSION – REASON',
      'OMISSION – EXPLANATION',
      'GRI SECTOR STANDARD REF. NO.',
    ]);
    expect(gri.rowCount - headerRow(gri)).toBe(rowCount(await indexJson(acme, 'gri')));
    expect(sheetRows(gri)).toContainEqual([
      'GRI 305: Emissions 2016',
      'GRI 305: Emissions 2016',
      '305-6 Emissions of ozone-depleting substances (ODS)',
      '',
      'All',
      'Not applicable',
      expect.stringMatching(/^No site produces, imports or exports ozone-depleting substances/),
      '',
    ]);
    // Long explanations wrap inside their capped column; short cells do not.
    const explanation = gri.getColumn(7);
    expect(explanation.width).toBe(60);
    const omitted = sheetRows(gri).findIndex((r) => r[2]!.startsWith('305-6'));
    expect(gri.getRow(omitted + 1).getCell(7).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(gri.getRow(omitted + 1).getCell(5).alignment?.wrapText).toBeFalsy();

    const gaps = workbook.getWorksheet('Gaps')!;
    expectSheetLayout(gaps);
    const [header, ...rows] = sheetRows(gaps);
    expect(header).toEqual(['FRAMEWORK', 'CODE', 'TITLE', 'STATUS', 'REASON', 'EXPLANATION']);
    const result = await checkJson(acme);
    expect(result.frameworks['gri']).toMatchObject({ omitted: 3, missing: 0 });
    expect(rows.map((r) => [r[1], r[3]])).toEqual(requiredGaps(result, 'GRI').map(([id]) => [id, 'Omitted']));
    expect(rows[0]).toEqual(['GRI', 'GRI 2-21', 'Annual total compensation ratio', 'Omitted', 'Confidentiality constraints', expect.stringMatching(/^The ratio of the highest-paid/)]);
    // The workbook is dated by the report (published 2026-04-20), not by the clock.
    expect(workbook.created.toISOString()).toBe('2026-04-20T00:00:00.000Z');
    expect(workbook.modified.toISOString()).toBe('2026-04-20T00:00:00.000Z');
  }, SLOW);

  test('GRI and SASB: a sheet each, rows as in the JSON index; the gaps as check lists them', async () => {
    const workbook = await readWorkbook(await writeWorkbook([sasbReport]));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['GRI', 'SASB', 'Gaps']);
    const sasb = workbook.getWorksheet('SASB')!;
    expectSheetLayout(sasb);
    expect(sheetRows(sasb)[0]).toEqual(['TOPIC', 'METRIC', 'CATEGORY', 'UNIT OF MEASURE', 'CODE', 'RESPONSE OR LOCATION']);
    expect(sasb.rowCount - 1).toBe(rowCount(await indexJson(sasbReport, 'sasb')));
    expect(workbook.getWorksheet('GRI')!.rowCount - headerRow(workbook.getWorksheet('GRI')!)).toBe(rowCount(await indexJson(sasbReport, 'gri')));
    const gaps = sheetRows(workbook.getWorksheet('Gaps')!).slice(1);
    const expected = requiredGaps(await checkJson(sasbReport), 'SASB');
    expect(expected).toHaveLength(3); // 2 missing, 1 omitted (README: 12 required, 9 reported)
    expect(gaps.map((r) => [r[1], r[3]!.toLowerCase()])).toEqual(expected);
    expect(gaps.find((r) => r[1] === 'SASB TC-HW-430a.2')).toEqual([
      'SASB',
      'SASB TC-HW-430a.2',
      expect.stringMatching(/^Tier 1 suppliers' \(1\) non-conformance rate/),
      'Omitted',
      'Information unavailable/incomplete',
      'Corrective-action data from the RBA audit platform cover only 40% of Tier 1 suppliers in FY2025.',
    ]);
  }, SLOW);

  describe('a Chinese report under GRI, SZSE and HKEX', () => {
    let workbook: ExcelJS.Workbook;
    let result: ReportResult;
    beforeAll(async () => {
      workbook = await readWorkbook(await writeWorkbook([multiReport]));
      result = await checkJson(multiReport);
    }, SLOW);

    test('one sheet per declared framework, labelled in Chinese, rows as in the JSON indexes', async () => {
      expect(workbook.worksheets.map((s) => s.name)).toEqual(['GRI', 'SZSE', 'HKEX', '缺口']);
      for (const sheet of workbook.worksheets) expectSheetLayout(sheet);
      expect(sheetRows(workbook.getWorksheet('SZSE')!)[0]).toEqual(['维度', '议题', '条款', '披露位置']);
      expect(sheetRows(workbook.getWorksheet('HKEX')!)[0]).toEqual(['部分', '层面/关键绩效指标', '描述', '位置或解释']);
      expect(sheetRows(workbook.getWorksheet('缺口')!)[0]).toEqual(['框架', '编号', '标题', '状态', '原因', '解释']);
      for (const framework of ['gri', 'szse', 'hkex']) {
        const sheet = workbook.getWorksheet(framework.toUpperCase())!;
        expect([framework, sheet.rowCount - headerRow(sheet)]).toEqual([framework, rowCount(await indexJson(multiReport, framework))]);
      }
    }, SLOW);

    test('CJK text arrives intact, and CJK columns are counted double wide', () => {
      const szse = workbook.getWorksheet('SZSE')!;
      expect(sheetRows(szse)).toContainEqual(['环境', '应对气候变化', '第21–28条', '一、应对气候变化，第2–3页']);
      expect(sheetRows(szse)).toContainEqual(['环境', '生态系统和生物多样性保护', '第32条', '不适用：公司生产基地均位于工业园区内，不涉及生态保护红线及自然保护地。']);
      expect(sheetRows(workbook.getWorksheet('GRI')!)).toContainEqual(['一般披露', 'GRI 2: General Disclosures 2021', '2-1 Organizational details', '📘 关于本报告，第1页']);
      // 议题: the widest topic, 生态系统和生物多样性保护, is 12 characters, 24 columns wide (+ 2 padding).
      expect(szse.getColumn(2).width).toBe(26);
    });

    test('the gaps: HKEX disclosures and SZSE topics exactly as check counts them', () => {
      const gaps = sheetRows(workbook.getWorksheet('缺口')!).slice(1);
      const status = { 缺失: 'missing', 遗漏: 'omitted' } as Record<string, string>;
      const hkex = gaps.filter((r) => r[0] === 'HKEX');
      expect(hkex.map((r) => [r[1], status[r[3]!]])).toEqual(requiredGaps(result, 'HKEX'));
      expect(hkex).toHaveLength(result.frameworks['hkex']!.missing + result.frameworks['hkex']!.omitted);
      expect(hkex.find((r) => r[1] === 'HKEX A1.3')).toEqual(['HKEX', 'HKEX A1.3', expect.stringMatching(/^所產生有害廢棄物總量/), '遗漏', '不适用', '公司组装工序不产生有害废弃物；电镀工序已于2023年外包。']);
      // The exchange is met topic by topic: check counts topics, and names the missing ones in findings.
      const szse = gaps.filter((r) => r[0] === 'SZSE');
      const coverage = result.frameworks['szse']!;
      expect(szse.filter((r) => r[3] === '缺失')).toHaveLength(coverage.missing);
      expect(szse.filter((r) => r[3] === '遗漏')).toHaveLength(coverage.omitted);
      const notExplained = result.findings.filter((f) => f.ruleId === 'topic-not-explained').map((f) => /`(SZSE \d+)`/.exec(f.message)![1]);
      expect(szse.filter((r) => r[3] === '缺失').map((r) => r[1])).toEqual(notExplained);
      expect(szse.find((r) => r[1] === 'SZSE 36')).toEqual(['SZSE', 'SZSE 36', '水资源利用', '遗漏', '非重要性议题', '公司生产用水量较小，经双重重要性评估不具有财务重要性或影响重要性。']);
      // GRI is cited with reference: nothing is required, so no GRI gap.
      expect(gaps.filter((r) => r[0] === 'GRI')).toEqual([]);
      expect(gaps.map((r) => r[0])).toEqual([...szse.map(() => 'SZSE'), ...hkex.map(() => 'HKEX')]);
    });

    test('--framework hkex: only its sheet and its gaps; --lang en: English sheet names and labels', async () => {
      const only = await readWorkbook(await writeWorkbook([multiReport, '--framework', 'hkex']));
      expect(only.worksheets.map((s) => s.name)).toEqual(['HKEX', '缺口']);
      expect(new Set(sheetRows(only.getWorksheet('缺口')!).slice(1).map((r) => r[0]))).toEqual(new Set(['HKEX']));
      const english = await readWorkbook(await writeWorkbook([multiReport, '--lang', 'en']));
      expect(english.worksheets.map((s) => s.name)).toEqual(['GRI', 'SZSE', 'HKEX', 'Gaps']);
      expect(sheetRows(english.getWorksheet('SZSE')!)[0]).toEqual(['DIMENSION', 'TOPIC', 'ARTICLES', 'LOCATION']);
      expect(sheetRows(english.getWorksheet('Gaps')!)).toContainEqual(['SZSE', 'SZSE 37', 'Circular economy', 'Missing', '', '']);
    }, SLOW);
  });

  test('the same report gives the same bytes, whenever it is written', async () => {
    const first = readFileSync(await writeWorkbook([multiReport]));
    // Zip entries keep time to 2 seconds and core.xml to 1: a pause past both would show a clock in the file.
    await sleep(2100);
    const second = readFileSync(await writeWorkbook([multiReport]));
    expect(second.equals(first)).toBe(true);
  }, SLOW);
});

describe('refusals leave no file behind', () => {
  const leftovers = (): string[] => readdirSync(tmp).filter((name) => name.endsWith('.tmp'));

  test('xlsx is binary: not without --output', async () => {
    expectRefusal(await disclose(['index', acme, '--format', 'xlsx']), /^disclose: xlsx is binary: give --output FILE$/m);
  });

  test('xlsx takes no template', async () => {
    const file = join(tmp, 'template.xlsx');
    expectRefusal(await disclose(['index', acme, '--format', 'xlsx', '--template', 'x.hbs', '-o', file]), /template applies to the md, html and csv formats, not xlsx/);
    expect(existsSync(file)).toBe(false);
  });

  test('a framework the report does not declare; a folder that does not exist', async () => {
    const file = join(tmp, 'undeclared.xlsx');
    expectRefusal(await disclose(['index', sasbReport, '--framework', 'hkex', '--format', 'xlsx', '-o', file]), /does not declare `hkex`/);
    expect(existsSync(file)).toBe(false);
    const missingDir = join(tmp, 'no-such-dir', 'index.xlsx');
    expectRefusal(await disclose(['index', sasbReport, '--format', 'xlsx', '-o', missingDir]), /cannot write \(ENOENT\)/);
    expect(existsSync(join(tmp, 'no-such-dir'))).toBe(false);
    expect(leftovers()).toEqual([]);
  });
});
