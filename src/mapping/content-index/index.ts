// A report's own content index (contracts.md §1, "An existing content index"): the GFM tables whose
// rows name GRI codes, read into entries, group labels and parsed locations, plus GRI's statement of
// use and "GRI 1 used". Pure and catalog-free: whether a code or title is right is the rules' business.
import type { ContentIndexTable, IndexStatements } from '../../model/content-index.js';
import type { Report } from '../../model/report.js';
import { layoutOf } from './layout.js';
import { readRows } from './rows.js';
import { readStatements } from './statements.js';

export { parseLocation, parsePageList, mergeLocations } from './location.js';
export { printLocations } from './print-location.js';
export { parseCodeCell, isStandardName, type CodeCell, type CodeMatch } from './codes.js';
export { headerRoles, columnsOf, normalizeHeader } from './headers.js';
export { isDirectAnswer } from './answer-words.js';
export { splitOmission, omissionReasonAt, type OmissionReasonId } from './omission.js';

export interface ContentIndexes {
  tables: ContentIndexTable[];
  statements: IndexStatements;
}

/**
 * The report's GRI content index tables, in document order, and its statements. A table counts when
 * a column holds GRI-shaped codes (named by its header, or in at least two rows of a headerless
 * table), code rows outnumber rows that hold something else (a KPI table's `Scope 1 | tCO2e`), and
 * at least half the code rows read like index rows (not `3-5 years | 5%`).
 */
export function readContentIndexes(report: Report): ContentIndexes {
  const tables: ContentIndexTable[] = [];
  // The report's headings as written (case and spacing folded), for location cells that name one.
  const headings = new Set(report.sections.slice(1).map((s) => headingKey(s.title)));
  const isHeading = (title: string): boolean => headings.has(headingKey(title));
  report.tables.forEach((block, tableBlock) => {
    const layout = layoutOf(block);
    if (!layout) return;
    const rows = readRows(block, tables.length, layout, isHeading);
    if (rows.codeRows < layout.minCodes || rows.codeRows <= rows.foreignRows || rows.indexLikeRows * 2 < rows.codeRows) return;
    const table: ContentIndexTable = {
      tableBlock,
      framework: 'gri',
      file: block.file,
      ...(block.line !== undefined ? { line: block.line } : {}),
      ...(block.column !== undefined ? { column: block.column } : {}),
      section: block.section,
      columns: layout.columns,
      entries: rows.entries,
      labels: rows.labels,
      repeatedHeaderRows: rows.repeatedHeaderRows,
    };
    if (layout.headerRow !== undefined) table.headerRow = layout.headerRow;
    tables.push(table);
  });
  const statements = readStatements(
    report,
    tables.map((t) => report.tables[t.tableBlock]!),
  );
  return { tables, statements };
}

const headingKey = (title: string): string => title.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
