// renderIndexWorkbook on the render fixtures: sheets, layout, report text kept as text, and the same
// bytes for the same set whenever it is written. Read back with exceljs, not with the code under test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import ExcelJS from 'exceljs';

import type { AnyIndexDocument } from '../../../src/model/framework-index.js';
import type { IndexDocument } from '../../../src/model/index-document.js';
import type { IndexGap, IndexSet } from '../../../src/model/index-set.js';
import { renderIndexWorkbook } from '../../../src/render/index.js';
import { workbookDate } from '../../../src/render/xlsx/reproducible.js';

const fixtures = join(process.cwd(), 'test', 'fixtures', 'render');
const load = (name: string): AnyIndexDocument => JSON.parse(readFileSync(join(fixtures, `${name}.json`), 'utf8')) as AnyIndexDocument;

function setOf(documents: AnyIndexDocument[], gaps: IndexGap[], extra: Partial<IndexSet> = {}): IndexSet {
  return {
    lang: documents[0]!.lang,
    organization: 'Harbourline Logistics Pte. Ltd.',
    published: '2026-03-31',
    period: { start: '2025-01-01', end: '2025-12-31' },
    documents,
    gaps,
    generator: { name: 'disclose', version: '0.0.0-test' },
    ...extra,
  };
}

async function read(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs types `load` for an ArrayBuffer: the workbook's own bytes, not the pool a Buffer may share.
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

const gaps: IndexGap[] = [
  { framework: 'gri', id: 'GRI 2-21', title: 'Annual total compensation ratio', status: 'omitted', reason: 'confidentiality-constraints', explanation: 'Pay data is confidential.' },
  { framework: 'sasb', id: 'SASB TC-HW-440a.1', title: 'Description of the management of risks associated with the use of critical materials', status: 'missing' },
];

describe('renderIndexWorkbook', () => {
  test('a sheet per document in order, then the gaps; header bold, frozen and filtered', async () => {
    const workbook = await read(await renderIndexWorkbook(setOf([load('index-document'), load('sasb-index-document'), load('hkex-index-document')], gaps)));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['GRI', 'SASB', 'HKEX', 'Gaps']);
    // GRI's sheet opens with its claim block (4 rows in accordance) and an empty row; the header follows.
    const headers: Record<string, number> = { GRI: 6, SASB: 1, HKEX: 1, Gaps: 1 };
    for (const sheet of workbook.worksheets) {
      const at = headers[sheet.name]!;
      expect(sheet.views).toEqual([expect.objectContaining({ state: 'frozen', ySplit: at })]);
      expect(sheet.getRow(at).getCell(1).font).toMatchObject({ bold: true });
      expect(sheet.getRow(at + 1).getCell(1).font?.bold).toBeFalsy();
      expect(String(sheet.autoFilter)).toBe(`A${at}:${String(sheet.autoFilter).slice(-2, -1)}${at}`);
    }
    const claim = workbook.getWorksheet('GRI')!.getSheetValues().slice(1, 5).map((r) => (r as unknown[]).slice(1, 3));
    const doc = load('index-document') as IndexDocument;
    expect(claim).toEqual([
      ['Statement of use', doc.statementOfUse],
      ['GRI 1 used', doc.griUsed],
      ['Applicable GRI Sector Standard(s)', doc.sectorStandards.length > 0 ? doc.sectorStandards.join(', ') : 'Not applicable'],
      ['Material topics', doc.materialTopics.map((m) => m.standard).join(', ')],
    ]);
    expect(workbook.getWorksheet('GRI')!.getRow(1).getCell(1).font).toMatchObject({ bold: true });
    const rows = (sheet: string) => workbook.getWorksheet(sheet)!.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1));
    expect(rows('Gaps')).toEqual([
      ['FRAMEWORK', 'CODE', 'TITLE', 'STATUS', 'REASON', 'EXPLANATION'],
      ['GRI', 'GRI 2-21', 'Annual total compensation ratio', 'Omitted', 'Confidentiality constraints', 'Pay data is confidential.'],
      // Empty cells are not written: exceljs reads the row back shorter.
      ['SASB', 'SASB TC-HW-440a.1', 'Description of the management of risks associated with the use of critical materials', 'Missing'],
    ]);
    expect(workbook.creator).toBe('disclose');
    expect(workbook.company).toBe('Harbourline Logistics Pte. Ltd.');
  });

  test('report text stays text: a formula is a string, markup is kept, line breaks wrap', async () => {
    const hostile = load('hostile-index-document');
    const evil: IndexGap = { framework: 'gri', id: 'GRI 2-21', title: '=cmd|\' /C calc\'!A0', status: 'omitted', reason: '@SUM(1+1)', explanation: '+1 <b>bold</b>' };
    const workbook = await read(await renderIndexWorkbook(setOf([hostile], [evil])));
    const gri = workbook.getWorksheet('GRI')!;
    const cells: ExcelJS.Cell[] = [];
    gri.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
    const formula = cells.find((c) => String(c.value).startsWith('2-21'))!;
    expect(formula.value).toBe('2-21 =HYPERLINK("http://evil","click")');
    expect(cells.every((c) => c.type === ExcelJS.ValueType.String)).toBe(true);
    expect(cells.map((c) => c.value)).toEqual(expect.arrayContaining(['2-1 <script>alert(1)</script>', 'General | disclosures <script>alert(1)</script>']));
    const lines = cells.find((c) => String(c.value).includes('line one'))!;
    expect(lines.alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    const gap = workbook.getWorksheet('Gaps')!.getRow(2);
    expect([gap.getCell(3).value, gap.getCell(5).value, gap.getCell(6).value]).toEqual(['=cmd|\' /C calc\'!A0', '@SUM(1+1)', '+1 <b>bold</b>']);
    for (let c = 1; c <= 6; c += 1) expect(gap.getCell(c).type).toBe(ExcelJS.ValueType.String);
  });

  test('Chinese: labels and the gaps sheet name from the zh locale', async () => {
    const zhGap: IndexGap = { framework: 'szse', id: 'SZSE 37', title: '循环经济', status: 'missing' };
    const workbook = await read(await renderIndexWorkbook(setOf([load('szse-index-document.zh')], [zhGap], { lang: 'zh' })));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['SZSE', '缺口']);
    expect(workbook.getWorksheet('缺口')!.getRow(2).values).toEqual([undefined, 'SZSE', 'SZSE 37', '循环经济', '缺失']);
    expect(workbook.getWorksheet('SZSE')!.getRow(1).values).toEqual([undefined, '维度', '议题', '条款', '披露位置']);
  });

  test('the same set gives the same bytes, even seconds apart; another date gives others', async () => {
    const set = setOf([load('index-document'), load('hkex-index-document')], gaps);
    const first = await renderIndexWorkbook(set);
    // Zip entries keep time to 2 seconds, core.xml to 1: after this pause a clock would show.
    await sleep(2100);
    const second = await renderIndexWorkbook(set);
    expect(second.equals(first)).toBe(true);
    const other = await renderIndexWorkbook({ ...set, published: '2026-04-01' });
    expect(other.equals(first)).toBe(false);
    const workbook = await read(other);
    expect([workbook.created.toISOString(), workbook.modified.toISOString()]).toEqual(['2026-04-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z']);
  }, 60_000);
});

describe('workbookDate', () => {
  const period = { start: '2025-01-01', end: '2025-12-31' };
  test('published, else the end of the period, else 1980-01-01; dates a zip cannot hold are skipped', () => {
    expect(workbookDate({ published: '2026-03-31', period }).toISOString()).toBe('2026-03-31T00:00:00.000Z');
    expect(workbookDate({ period }).toISOString()).toBe('2025-12-31T00:00:00.000Z');
    expect(workbookDate({}).toISOString()).toBe('1980-01-01T00:00:00.000Z');
    expect(workbookDate({ published: '2025-02-30', period }).toISOString()).toBe('2025-12-31T00:00:00.000Z');
    expect(workbookDate({ published: 'March 2026', period }).toISOString()).toBe('2025-12-31T00:00:00.000Z');
    expect(workbookDate({ published: '1979-12-31' }).toISOString()).toBe('1980-01-01T00:00:00.000Z');
  });
});

test('GRI sheet: the Sector Standard topics listed as not material follow the material topics, each with why', async () => {
  const doc = { ...(load('index-document') as IndexDocument), notMaterialTopics: [{ ref: '14.6', title: 'Tailings', reason: 'We run no tailings storage facility.' }] };
  const workbook = await read(await renderIndexWorkbook(setOf([doc], [])));
  const block = workbook.getWorksheet('GRI')!.getSheetValues().slice(1, 6).map((r) => (r as unknown[]).slice(1, 3));
  expect(block[4]).toEqual(['Sector Standard topics determined as not material', '14.6 Tailings: We run no tailings storage facility.']);
});
