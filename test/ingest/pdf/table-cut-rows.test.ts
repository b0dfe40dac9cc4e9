// A content-index row cut by a page break: the rest of its cells stands under the next page's repeated
// header, before any code (seen in a LibreOffice PDF: `418-1 Substantiated complaints concerning` / page
// break / header / `breaches of customer privacy …`). The rest is joined back into its row.
import { readTables } from '../../../src/ingest/pdf/tables.js';
import { PageBuilder } from './page-builder.js';

const header = ['GRI Standard', 'Disclosure', 'Location'];
const starts = [56, 200, 430];

function firstPage(): PageBuilder {
  const p = new PageBuilder(30);
  p.row(starts, header, { bold: true });
  p.row(starts, ['GRI 2: General Disclosures 2021', '2-1 Organizational details', '3']);
  p.row(starts, ['', '2-3 Reporting period, frequency and contact point', '3']);
  p.row(starts, ['', '2-4 Restatements of', '6']);
  return p;
}

describe('a row cut by a page break', () => {
  test('goes on under the repeated header of the next page, before its code rows', () => {
    const p2 = new PageBuilder(31);
    p2.row(starts, header, { bold: true });
    p2.row(starts, ['', 'information', '']);
    p2.row(starts, ['', '2-5 External assurance', '7']);
    const [table] = readTables([firstPage().build(), p2.build()]);
    expect(table!.rows).toEqual([
      header,
      ['GRI 2: General Disclosures 2021', '2-1 Organizational details', '3'],
      ['', '2-3 Reporting period, frequency and contact point', '3'],
      ['', '2-4 Restatements of information', '6'],
      header,
      ['', '2-5 External assurance', '7'],
    ]);
  });

  test('ends on a page that holds only the repeated header and the rest of the row', () => {
    const p2 = new PageBuilder(31);
    p2.row(starts, header, { bold: true });
    p2.row(starts, ['', 'information', '']);
    const tables = readTables([firstPage().build(), p2.build()]);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.rows[tables[0]!.rows.length - 1]).toEqual(['', '2-4 Restatements of information', '6']);
    expect(tables[0]!.endPage).toBe(31);
    expect(tables[0]!.lines.filter(([page]) => page === 31)).toHaveLength(2);
  });
});
