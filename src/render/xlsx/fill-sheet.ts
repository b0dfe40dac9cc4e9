// Writes a SheetTable into a worksheet the way a reader of a content index wants it: a bold header row
// that stays in view (frozen) and filters, columns as wide as their text up to a limit, longer text
// wrapped inside its column, every cell aligned to the top so wrapped rows read line by line.
import type { Worksheet } from 'exceljs';
import type { SheetTable } from './sheet-tables.js';
import { columnWidths, displayWidth } from './text-width.js';

/**
 * Narrow columns stay readable; wide ones (titles, explanations) wrap rather than run off screen. At least
 * 10: exceljs 4.4.0 writes no width for a column 9 wide (it takes 9 for its default), and Excel's default is narrower.
 */
const WIDTH_LIMITS = { min: 10, max: 60 };
/** columnWidths pads each column by this much: text wider than its column less this wraps. */
const PADDING = 2;

/** The row of a table's header: the first, or below its preamble and one empty row. */
export const headerRowOf = (table: SheetTable): number => (table.preamble && table.preamble.length > 0 ? table.preamble.length + 2 : 1);

/** The frozen header (everything down to it stays in view): pass as the worksheet's `views` when adding it. */
export const frozenHeader = (table: SheetTable) => [{ state: 'frozen' as const, ySplit: headerRowOf(table) }];

function addRow(sheet: Worksheet, values: readonly string[], widths: readonly number[], bold: boolean): void {
  // An empty text is no cell at all, as Excel has it: blank to ISBLANK, filters and Ctrl+arrow.
  const row = sheet.addRow(values.map((text) => (text === '' ? null : text)));
  values.forEach((text, c) => {
    if (text === '') return;
    const cell = row.getCell(c + 1);
    const wrap = text.includes('\n') || displayWidth(text) + PADDING > widths[c]!;
    cell.alignment = wrap ? { vertical: 'top', wrapText: true } : { vertical: 'top' };
    if (bold) cell.font = { bold: true };
  });
}

export function fillSheet(sheet: Worksheet, table: SheetTable): void {
  const widths = columnWidths([table.header, ...table.rows], { ...WIDTH_LIMITS, padding: PADDING });
  sheet.columns = widths.map((width) => ({ width }));
  // The preamble's long values (a statement of use) do not size the table's columns: they run on unwrapped.
  for (const [name, value] of table.preamble ?? []) {
    const row = sheet.addRow([name, value === '' ? null : value]);
    row.getCell(1).font = { bold: true };
  }
  if (table.preamble && table.preamble.length > 0) sheet.addRow([]);
  addRow(sheet, table.header, widths, true);
  for (const values of table.rows) addRow(sheet, values, widths, false);
  const header = headerRowOf(table);
  if (table.header.length > 0) sheet.autoFilter = { from: { row: header, column: 1 }, to: { row: header, column: table.header.length } };
}
