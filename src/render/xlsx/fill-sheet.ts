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

/** The frozen header: pass as the worksheet's `views` when adding it. */
export const FROZEN_HEADER = [{ state: 'frozen' as const, ySplit: 1 }];

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
  addRow(sheet, table.header, widths, true);
  for (const values of table.rows) addRow(sheet, values, widths, false);
  if (table.header.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.header.length } };
}
