// The PDF table reader (issue 13, item 1): tables from a document's positioned lines, above all the
// report's own content index (table-index.ts), and figures tables when certain (table-figures.ts). The
// layout reader calls it on every page's lines (running headers and footers removed), drops the lines a
// table consumed and places each table in reading order by its page and `y`.
import type { DetectedTable, PdfPageLines } from './page-lines.js';
import { baselinesOf } from './table-baselines.js';
import { readFigureTable } from './table-figures.js';
import { continueIndexTable, startIndexTable, type IndexTable } from './table-index.js';

/** Tables in document order. Rows: the header first, every row as wide as the header, cells trimmed. */
export function readTables(pages: readonly PdfPageLines[]): DetectedTable[] {
  const out: DetectedTable[] = [];
  let open: IndexTable | undefined;
  for (const page of pages) {
    const baselines = baselinesOf(page);
    let k = 0;
    if (open) {
      const next = continueIndexTable(open, page.index, baselines);
      if (next !== undefined) k = next;
      if (next === undefined || !open.open) {
        out.push(detected(open));
        open = undefined;
      }
    }
    for (; k < baselines.length; k++) {
      const index = startIndexTable(page.index, baselines, k);
      if (index) {
        if (index.table.open) open = index.table;
        else out.push(detected(index.table));
        k = index.next - 1;
        continue;
      }
      const figures = readFigureTable(page.index, baselines, k);
      if (figures) {
        out.push(figures.table);
        k = figures.next - 1;
      }
    }
  }
  if (open) out.push(detected(open));
  return out;
}

function detected(table: IndexTable): DetectedTable {
  const width = table.rows[0]!.length;
  const rows = table.rows.map((row) => Array.from({ length: width }, (_, j) => (row[j] ?? '').trim()));
  const lines = [...table.lines].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { page: table.page, endPage: table.endPage, y: table.y, rows, lines };
}
