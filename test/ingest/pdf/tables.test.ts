// The PDF table reader on positioned lines shaped like real report PDFs (index-layouts.ts): content
// indexes in English and Chinese, over several pages, with wrapped cells, group labels, repeated headers
// and mirrored margins; figures tables; and two-column body text that must not become a table.
import { readTables } from '../../../src/ingest/pdf/tables.js';
import { centredIndex, chapterIndex, chineseIndex, englishTemplate, kpiTable, shiftedContinuation, twoColumnText } from './index-layouts.js';
import { PageBuilder } from './page-builder.js';

describe('content index, English template layout over three pages', () => {
  const layout = englishTemplate();
  const tables = readTables(layout.pages);

  test('one table from the first page to the last, its rows as printed', () => {
    expect(tables).toHaveLength(1);
    expect([tables[0]!.page, tables[0]!.endPage]).toEqual([40, 42]);
    expect(tables[0]!.rows).toEqual(layout.rows);
  });

  test('every row as wide as the header', () => {
    expect(new Set(tables[0]!.rows.map((r) => r.length))).toEqual(new Set([4]));
  });

  test('the heading, the statement and the note after the table are not consumed', () => {
    const consumed = new Set(tables[0]!.lines.map(([p, l]) => `${p}:${l}`));
    const left = layout.pages.flatMap((page) => page.lines.filter((_, i) => !consumed.has(`${page.index}:${i}`)).map((l) => l.text));
    expect(left[0]).toBe('GRI content index');
    expect(left.join(' ')).toMatch(/^GRI content index Acme has reported .* Standards\. The assurance provider .* report\.$/);
    expect(tables[0]!.y).toBeGreaterThan(layout.pages[0]!.lines[2]!.y);
  });

  test('the same rows whether cells come as one line per baseline, one line per cell, or one run per word', () => {
    expect(readTables(englishTemplate({ splitLines: true }).pages)[0]!.rows).toEqual(layout.rows);
    expect(readTables(englishTemplate({ perWord: true }).pages)[0]!.rows).toEqual(layout.rows);
  });
});

describe('content index, Chinese, centred header cells', () => {
  const layout = chineseIndex();
  const tables = readTables(layout.pages);

  test('wrapped CJK cells joined without spaces; repeated header and labels kept', () => {
    expect(tables).toHaveLength(1);
    expect(tables[0]!.rows).toEqual(layout.rows);
  });
});

describe('content index with chapter and page columns, labels in the first column', () => {
  const layout = chapterIndex({ perWord: true });
  test('labels and sub-groups as rows; several chapters and pages of one row joined', () => {
    expect(readTables(layout.pages)[0]!.rows).toEqual(layout.rows);
  });
});

describe('figures tables', () => {
  const layout = kpiTable();
  const tables = readTables(layout.pages);
  test('a header of years and rows of figures; the note below is left alone', () => {
    expect(tables).toHaveLength(1);
    expect(tables[0]!.rows).toEqual(layout.rows);
    const consumed = new Set(tables[0]!.lines.map(([, l]) => l));
    expect(layout.pages[0]!.lines.filter((_, i) => !consumed.has(i)).map((l) => l.text)).toEqual([
      'Key environmental performance',
      ...layout.pages[0]!.lines.slice(-2).map((l) => l.text),
    ]);
  });
});

describe('not tables', () => {
  test('two columns of body text, lines starting with codes, years and figures', () => {
    expect(readTables([twoColumnText()])).toEqual([]);
  });

  test('an index header with no code row under it', () => {
    const page = new PageBuilder(3).row([56, 200, 400], ['Disclosure', 'Location', 'Omission'], { bold: true }).paragraph('We will publish a content index next year.');
    expect(readTables([page.build()])).toEqual([]);
  });

  test('a year header with one row of figures', () => {
    const page = new PageBuilder(3).row([56, 300, 400], ['', '2023', '2024']).row([56, 300, 400], ['Employees', '3,980', '4,120']);
    expect(readTables([page.build()])).toEqual([]);
  });
});

describe('content index with vertically centred cells', () => {
  test('wrapped titles above and below the code line join the code’s row; standards beside several rows are labels before them', () => {
    const layout = centredIndex();
    const tables = readTables(layout.pages);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.rows).toEqual(layout.rows);
  });

  test('the same with rows set without padding, and with runs per cell or per word', () => {
    for (const options of [{ after: 0 }, { splitLines: true }, { perWord: true }]) expect(readTables(centredIndex(options).pages)[0]!.rows).toEqual(centredIndex(options).rows);
  });

  test('the note after the table is not consumed', () => {
    const layout = centredIndex();
    const consumed = new Set(readTables(layout.pages)[0]!.lines.map(([, l]) => l));
    expect(layout.pages[0]!.lines.filter((_, i) => !consumed.has(i)).map((l) => l.text)).toEqual(['Appendix: GRI content index', 'Pages refer to the printed page numbers of this report.']);
  });
});

describe('content index whose header is on its first page only', () => {
  test('goes on over pages whose columns are shifted 90 pt, the code column matching', () => {
    const layout = shiftedContinuation();
    const tables = readTables(layout.pages);
    expect(tables).toHaveLength(1);
    expect([tables[0]!.page, tables[0]!.endPage]).toEqual([70, 72]);
    expect(tables[0]!.rows).toEqual(layout.rows);
  });

  test('does not go on into body text whose lines start with codes', () => {
    const first = shiftedContinuation().pages[0]!;
    const tables = readTables([first, twoColumnText()]);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.endPage).toBe(70);
  });
});
