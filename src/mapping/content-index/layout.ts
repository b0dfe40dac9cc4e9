// Which row is a table's header and which column holds the codes: the header words when they name a
// code column that holds GRI codes; else the column where codes are (a code column under another
// name, or no header at all: the first row of a converted PDF table is often data).
import type { IndexColumn, TableBlock } from '../../model/content-index.js';
import { parseCodeCell } from './codes.js';
import { columnsOf, isDataHeader, type Columns } from './headers.js';
import { parseLocation } from './location.js';

export interface Layout {
  /** The header row (not always row 0: a title row may stand above it); undefined when headerless. */
  headerRow: number | undefined;
  firstBodyRow: number;
  /** Always has `disclosure`. */
  columns: Columns;
  /** Rows with codes needed to call the table an index: 1 under a header naming the code column, else 2. */
  minCodes: number;
}

/** A header may sit below a title row or GRI's statement rows; never below a row with codes. */
const HEADER_SEARCH = 4;
/** Columns that hold locations or omissions: their `24-25` is a page range, not a code. */
const NOT_CODES: readonly IndexColumn[] = ['location', 'page', 'sector-ref', 'requirements', 'reason', 'explanation', 'omission'];

const texts = (block: TableBlock, r: number): string[] => (block.rows[r] ?? []).map((c) => c.text);

function findHeader(block: TableBlock): number | undefined {
  let fallback: number | undefined;
  for (let r = 0; r < Math.min(HEADER_SEARCH, block.rows.length); r++) {
    const cells = texts(block, r);
    if (cells.some((t) => parseCodeCell(t))) break;
    const columns = columnsOf(cells);
    if (columns.disclosure !== undefined) return r;
    if (r === 0 && Object.keys(columns).length >= 2) fallback = 0;
  }
  return fallback;
}

function codeCounts(block: TableBlock, from: number): number[] {
  const counts: number[] = [];
  for (let r = from; r < block.rows.length; r++) {
    block.rows[r]!.forEach((cell, c) => {
      if (parseCodeCell(cell.text)) counts[c] = (counts[c] ?? 0) + 1;
    });
  }
  return counts;
}

/** Roles of a headerless table's other columns, from where the codes are and what the cells hold. */
function headerlessColumns(block: TableBlock, code: number): Columns {
  const columns: Columns = { disclosure: code };
  // The column before the codes names their standard, unless it only numbers the rows (`1`, `2`, …).
  const before = block.rows.map((row) => row[code - 1]?.text ?? '').filter((t) => t !== '');
  if (code > 0 && before.some((t) => !/^\d+\.?$/.test(t))) columns.standard = code - 1;
  const width = block.rows.reduce((w, row) => Math.max(w, row.length), 0);
  const codeRows = block.rows.filter((row) => row[code] && parseCodeCell(row[code].text));
  const titled = codeRows.filter((row) => parseCodeCell(row[code]!.text)!.title !== '').length;
  let next = code + 1;
  if (titled * 2 < codeRows.length && next < width) {
    const filled = block.rows.map((row) => row[next]?.text ?? '').filter((t) => t !== '');
    const locations = filled.filter((t) => !['sections', 'prose'].includes(parseLocation(t).kind));
    if (locations.length * 2 <= filled.length) columns.title = next++;
  }
  if (next < width) columns.location = next++;
  if (next < width) columns.omission = next;
  return columns;
}

const PLACED = new Set(['pages', 'mixed', 'not-applicable', 'not-reported']);

/**
 * A header whose words name no location (`GRI Standard | Disclosure | In this report`): the first column
 * that has no role, right of the codes, where most filled cells are pages or page marks, is the location.
 */
function withUnnamedLocation(block: TableBlock, firstBodyRow: number, columns: Columns): Columns {
  if (columns.location !== undefined || columns.page !== undefined || columns.disclosure === undefined) return columns;
  const taken = new Set(Object.values(columns));
  const width = block.rows.reduce((w, row) => Math.max(w, row.length), 0);
  for (let c = columns.disclosure + 1; c < width; c++) {
    if (taken.has(c)) continue;
    const filled = block.rows.slice(firstBodyRow).map((row) => row[c]?.text ?? '').filter((t) => t !== '');
    const placed = filled.filter((t) => PLACED.has(parseLocation(t).kind)).length;
    if (filled.length > 0 && placed * 2 >= filled.length) return { ...columns, location: c };
  }
  return columns;
}

/** The layout of a table that may be a GRI content index; undefined when nothing in it looks like one. */
export function layoutOf(block: TableBlock): Layout | undefined {
  if (block.rows.length === 0 || isDataHeader(texts(block, 0))) return undefined;
  const headerRow = findHeader(block);
  if (headerRow !== undefined && isDataHeader(texts(block, headerRow))) return undefined;
  const firstBodyRow = headerRow === undefined ? 0 : headerRow + 1;
  const counts = codeCounts(block, firstBodyRow);
  if (headerRow === undefined) {
    const code = counts.findIndex((n) => (n ?? 0) >= 2);
    return code === -1 ? undefined : { headerRow, firstBodyRow, columns: headerlessColumns(block, code), minCodes: 2 };
  }
  const columns = columnsOf(texts(block, headerRow));
  const named = columns.disclosure;
  if (named !== undefined && (counts[named] ?? 0) >= 1) return { headerRow, firstBodyRow, columns: withUnnamedLocation(block, firstBodyRow, columns), minCodes: 1 };
  // The header named no code column, or one without codes: take the column that has them.
  const excluded = new Set(NOT_CODES.map((role) => columns[role]));
  let best = -1;
  counts.forEach((n, c) => {
    if (!excluded.has(c) && (n ?? 0) > (counts[best] ?? 0)) best = c;
  });
  const minCodes = named === undefined ? 2 : 1;
  if (best === -1 || (counts[best] ?? 0) < minCodes) return undefined;
  for (const role of Object.keys(columns) as IndexColumn[]) if (columns[role] === best) delete columns[role];
  if (named !== undefined && columns.title === undefined) columns.title = named;
  columns.disclosure = best;
  return { headerRow, firstBodyRow, columns: withUnnamedLocation(block, firstBodyRow, columns), minCodes };
}
