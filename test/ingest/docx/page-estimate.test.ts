// Pages estimated where a DOCX has no breaks (issue 13): flow.docx is eight pages of text saved without
// rendered breaks, one explicit break before chapter 3. The expected pages are where LibreOffice 7.4 lays
// the headings out (`soffice --convert-to pdf`, read with pdftotext; `node scripts/measure-docx.mjs
// test/fixtures/docx/flow.docx` repeats the comparison): the reader puts all 16 on the same page.
import { describe, expect, test } from '@jest/globals';
import { estimatePages } from '../../../src/ingest/docx/page-estimate.js';
import { pageGeometry } from '../../../src/ingest/docx/page-geometry.js';
import type { LaidOutBlock } from '../../../src/ingest/layout/document.js';
import { docxWith, readFixture, styles } from './support.js';
import { layOutDocx } from '../../../src/ingest/docx/lay-out.js';

const LIBREOFFICE_PAGES: Record<string, number> = {
  'Chapter 1': 1, 'Section 1.1': 1, 'Section 1.2': 1, 'Section 1.3': 2,
  'Chapter 2': 2, 'Section 2.1': 2, 'Section 2.2': 3, 'Section 2.3': 3,
  'Chapter 3': 5, 'Section 3.1': 5, 'Section 3.2': 5, 'Section 3.3': 6,
  'Chapter 4': 6, 'Section 4.1': 6, 'Section 4.2': 7, 'Section 4.3': 7,
};

const key = (text: string): string => text.split(' ').slice(0, 2).join(' ');

describe('DOCX pages where breaks are missing', () => {
  test('headings land on the page LibreOffice lays them out on, not all on the break\'s page', async () => {
    const doc = await readFixture('flow.docx');
    const headings = doc.blocks.filter((b) => b.kind === 'heading');
    expect(headings).toHaveLength(16);
    const pages = Object.fromEntries(headings.map((h) => [key(h.text), h.page]));
    expect(pages).toEqual(LIBREOFFICE_PAGES);
    expect(doc.pages.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(doc.pagesApproximate).toBe(true);
    expect(doc.notes).toEqual([
      'pages are approximate: a DOCX has no pages until a word processor lays it out; these come from its explicit page breaks, and from the length of its text where it runs on past a page (6 pages added)',
    ]);
  });

  test('a paragraph that flows over a page says where it ends', async () => {
    const doc = await readFixture('flow.docx');
    const spanning = doc.blocks.filter((b) => b.endPage !== undefined);
    expect(spanning.length).toBeGreaterThan(0);
    for (const block of spanning) expect(block.endPage).toBe(block.page + 1);
  });

  test('the breaks stay anchors: a run never starts before its break, later pages shift by the overflow', () => {
    const geometry = { charsPerLine: 50, linesPerPage: 10, lineHeight: 12 };
    const para = (page: number): LaidOutBlock => ({ kind: 'paragraph', page, text: 'x'.repeat(149) }); // 3 lines + 0.5
    // Page 1: six paragraphs (21 lines: pages 1-3); page 2 (after a break): one paragraph.
    const blocks = [...Array.from({ length: 6 }, () => para(1)), para(2)];
    const estimate = estimatePages(blocks, geometry, 2);
    expect(estimate.blocks.map((b) => b.page)).toEqual([1, 1, 1, 2, 2, 2, 4]);
    expect(estimate.blocks[5]!.endPage).toBe(3);
    expect(estimate.pageCount).toBe(4);
    expect(estimate.shifted(2)).toBe(4);
    expect(blocks[6]!.page).toBe(2); // the input is not changed
  });

  test('a heading in the last lines of a page goes to the next, and what follows it too', () => {
    const geometry = { charsPerLine: 50, linesPerPage: 10, lineHeight: 12 };
    const para = (text: string): LaidOutBlock => ({ kind: 'paragraph', page: 1, text });
    // 5.5 lines, then a heading (1.4 + 1.5 lines) that would leave 1.6 lines below it: it starts page 2,
    // and the short paragraph after it (which would fit at 8.4) goes with it.
    const blocks: LaidOutBlock[] = [para('x'.repeat(250)), { kind: 'heading', level: 1, text: 'Water', page: 1 }, para('x'.repeat(10))];
    expect(estimatePages(blocks, geometry, 1).blocks.map((b) => b.page)).toEqual([1, 2, 2]);
  });

  test('docProps/app.xml\'s page count scales the estimate when its character count describes the text', () => {
    const geometry = { charsPerLine: 50, linesPerPage: 10, lineHeight: 12 };
    const blocks: LaidOutBlock[] = Array.from({ length: 8 }, () => ({ kind: 'paragraph', page: 1, text: 'x'.repeat(149) }));
    expect(estimatePages(blocks, geometry, 1).pageCount).toBe(3);
    expect(estimatePages(blocks, geometry, 1, 6).pageCount).toBe(6);
    // The breaks already account for the pages counted: nothing added.
    expect(estimatePages(blocks, geometry, 1, 1).pageCount).toBe(1);
  });

  test('stale statistics (pandoc copies its template\'s: 1 page, 475 characters) are ignored', async () => {
    const text = 'word '.repeat(120);
    const body = Array.from({ length: 60 }, () => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`).join('');
    const app = (pages: number, characters: number): string =>
      `<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Pages>${pages}</Pages><Characters>${characters}</Characters></Properties>`;
    const read = async (appXml: string): Promise<number> =>
      (await layOutDocx(await docxWith(body, { 'docProps/app.xml': appXml, 'word/styles.xml': styles('') }), 'stale.docx')).pages.length;
    const geometric = await read(app(1, 475));
    expect(geometric).toBeGreaterThan(5);
    expect(await read(app(30, 60 * 480))).toBe(30);
  });

  test('geometry: page size, margins, columns and text size set how much a page holds', () => {
    const a4 = pageGeometry(undefined, 22);
    const big = pageGeometry(undefined, 32);
    expect(big.linesPerPage).toBeLessThan(a4.linesPerPage);
    expect(big.charsPerLine).toBeLessThan(a4.charsPerLine);
  });
});
