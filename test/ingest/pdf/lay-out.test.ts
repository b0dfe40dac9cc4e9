// The PDF layout reader on small PDFs that scripts/make-pdf-fixtures.mjs printed with Chromium (and, for the
// encrypted one, LibreOffice): printed page numbers, reading order across columns, headings, Chinese text,
// metadata, and the refusals of issue 13 item 7. Each stage is also tested on built lines in stages tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LaidOutDocument } from '../../../src/ingest/layout/document.js';
import { pageBombPdf } from '../../../scripts/lib/pdf-fixtures/write-pdf.mjs';
import { layOutPdf } from '../../../src/ingest/pdf/lay-out.js';
import { loadPdfJs } from '../../../src/ingest/pdf/pdfjs.js';
import { DiscloseError } from '../../../src/model/errors.js';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'pdf');
const bytes = (name: string): Uint8Array => new Uint8Array(readFileSync(join(dir, name)));
const read = (name: string, limits?: { maxPages?: number; timeoutMs?: number }): Promise<LaidOutDocument> => layOutPdf(bytes(name), name, limits);
const refusal = async (name: string, limits?: { maxPages?: number; timeoutMs?: number }): Promise<DiscloseError> => {
  try {
    await read(name, limits);
  } catch (error) {
    if (error instanceof DiscloseError) return error;
    throw error;
  }
  throw new Error(`${name} was read`);
};

describe('a report with a cover, a roman contents page, columns and a Chinese chapter', () => {
  let doc: LaidOutDocument;
  beforeAll(async () => {
    doc = await read('report-columns.pdf');
  });

  test('printed page numbers: physical page 3 is page 1; the contents page is ii; the cover has none', () => {
    expect(doc.pageNumberSource).toBe('printed');
    expect(doc.pages.map((p) => p.number ?? p.label ?? null)).toEqual([null, 'ii', 1, 2, 3, 4, 5, 6]);
  });

  test('an image-only page is marked, numbered in sequence, and noted', () => {
    expect(doc.pages[6]).toEqual({ index: 7, number: 5, noText: true });
    expect(doc.notes).toContain('1 page has no text (an image only): nothing on it was read');
  });

  test('running header, page numbers and the contents page are not text', () => {
    const text = doc.blocks.map((b) => (b.kind === 'table' ? '' : b.text)).join('\n');
    expect(text).not.toContain('Harbour Bay Textiles · Sustainability Report 2025');
    expect(text).not.toContain('........');
    expect(doc.blocks.some((b) => b.page === 2)).toBe(false);
  });

  test('headings with their numbers and levels (from the tagged structure)', () => {
    const headings = doc.blocks.filter((b) => b.kind === 'heading').map((b) => [b.page, b.kind === 'heading' ? b.level : 0, b.kind === 'heading' ? b.text : '']);
    expect(headings).toEqual([
      [1, 1, 'Harbour Bay Textiles'],
      [3, 1, '1 About this report'],
      [3, 2, '1.1 Reporting period'],
      [3, 3, 'Scope and boundary'],
      [4, 1, '2 Environment'],
      [4, 2, '2.1 Energy'],
      [4, 2, '2.2 Water'],
      [5, 2, '2.3 Waste'],
      [6, 1, '3 社会责任'],
      [6, 2, '3.1 员工'],
      [6, 2, '3.2 社区'],
      [8, 1, '4 Governance'],
    ]);
  });

  test('two columns read column by column, three columns in order', () => {
    const text = doc.blocks.map((b) => (b.kind === 'table' ? '' : b.text)).join('\n');
    const at = (word: string): number => text.indexOf(word);
    expect(at('LEFTSTART')).toBeLessThan(at('LEFTEND'));
    expect(at('LEFTEND')).toBeLessThan(at('2.2 Water'));
    expect(at('2.2 Water')).toBeLessThan(at('RIGHTSTART'));
    expect(at('COLONE')).toBeLessThan(at('COLTWO'));
    expect(at('COLTWO')).toBeLessThan(at('COLTHREE'));
    const left = doc.blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('LEFTSTART'));
    expect(left?.kind === 'paragraph' && left.text.endsWith('LEFTEND')).toBe(true);
  });

  test('Chinese lines are joined without spaces', () => {
    const zh = doc.blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('本公司'));
    expect(zh?.kind === 'paragraph' && zh.text).toBe(
      '本公司重视员工的健康与安全，报告期内开展了多次消防演练和职业健康检查，覆盖全部生产基地与办公场所，员工满意度持续提升，流失率较上年有所下降。公司为员工提供技能培训、职业发展通道以及长期激励计划。',
    );
  });

  test('the Info dictionary as metadata, dates as ISO days', () => {
    expect(doc.info).toMatchObject({ producer: 'Skia/PDF m156', language: 'en' });
    expect(doc.info.created).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

test('a sheet with two printed pages is a spread: number and lastNumber', async () => {
  const doc = await read('spread.pdf');
  expect(doc.pageNumberSource).toBe('printed');
  expect(doc.pages.map((p) => [p.number, p.lastNumber])).toEqual([
    [2, 3],
    [4, 5],
    [6, 7],
  ]);
  expect(doc.blocks.find((b) => b.kind === 'heading')).toMatchObject({ page: 2, text: 'Climate' });
});

describe('Chinese text in a font the PDF does not embed', () => {
  test('is read through the predefined CMap (the reader passes pdfjs-dist its cMaps)', async () => {
    const doc = await read('cjk-cmap.pdf');
    expect(doc.blocks).toEqual([{ kind: 'paragraph', page: 1, text: '碳排放强度下降百分之八' }]);
    expect(doc.notes).toContain("page numbers are the file's page order: no printed page numbers or page labels were found");
    expect(doc.pageNumberSource).toBe('physical');
  });

  test('would be dropped silently without the cMaps (why the option matters)', async () => {
    const pdfjs = await loadPdfJs();
    const task = pdfjs.getDocument({ data: bytes('cjk-cmap.pdf'), isEvalSupported: false, verbosity: 0 });
    const page = await (await task.promise).getPage(1);
    const content = await page.getTextContent();
    expect(content.items.map((i) => ('str' in i ? i.str : '')).join('')).toBe('');
    await task.destroy();
  });
});

describe('refusals: one line, exit 2 (DiscloseError kind input)', () => {
  test('a scanned document', async () => {
    const error = await refusal('scanned.pdf');
    expect(error.kind).toBe('input');
    expect(error.message).toBe('scanned.pdf: no text on 3 of 3 pages (a scanned document?); run OCR first, e.g. ocrmypdf -l chi_sim+eng');
  });

  test('an encrypted document', async () => {
    expect((await refusal('encrypted.pdf')).message).toMatch(/^encrypted\.pdf: is an encrypted PDF that needs a password; /);
  });

  test('a truncated document', async () => {
    expect((await refusal('truncated.pdf')).message).toMatch(/^truncated\.pdf: cannot be read as a PDF \(.+\); it may be truncated or damaged/);
  });

  test('more pages than the page limit', async () => {
    expect((await refusal('report-columns.pdf', { maxPages: 5 })).message).toBe(
      'report-columns.pdf: has 8 pages, more than the limit of 5 (set a higher page limit to read it)',
    );
  });

  test('a few kilobytes that hold a million pages (a PDF bomb) is refused before any page is read', async () => {
    const started = Date.now();
    await expect(layOutPdf(pageBombPdf(), 'bomb.pdf')).rejects.toThrow(
      'bomb.pdf: has 1,000,000 pages, more than the limit of 2,000 (set a higher page limit to read it)',
    );
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  test('longer than the time limit', async () => {
    expect((await refusal('report-columns.pdf', { timeoutMs: 1 })).message).toMatch(/^report-columns\.pdf: took longer than the 0.001 s limit to read \(\d of 8 pages read\)/);
  });

  test('the caller\'s bytes are left as they were (pdfjs-dist detaches the buffer it is given)', async () => {
    const data = bytes('cjk-cmap.pdf');
    await layOutPdf(data, 'cjk-cmap.pdf');
    expect(data.length).toBe(readFileSync(join(dir, 'cjk-cmap.pdf')).length);
  });
});

describe('CJK radicals in table cells', () => {
  test('a Chinese content index reads 不适用, not the radical ⽤ the font maps it to', async () => {
    const file = join(import.meta.dirname, '..', '..', 'fixtures', 'documents', 'chromium-zh.pdf');
    const doc = await layOutPdf(new Uint8Array(readFileSync(file)), 'chromium-zh.pdf');
    const cells = doc.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flat() : []));
    expect(cells.some((c) => c.includes('不适用'))).toBe(true);
    expect(cells.filter((c) => /[\u2e80-\u2fdf]/u.test(c))).toEqual([]);
  });
});
