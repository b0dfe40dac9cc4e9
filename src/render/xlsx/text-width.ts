// Column widths for the workbook, in Excel's unit (the width of a `0` in the default font). A CJK
// character (and full-width punctuation) takes about two such units, so a Chinese column needs twice
// the width of an English one with as many characters. string-width knows the East-Asian widths
// (Unicode's EastAsianWidth), emoji and combining marks.
import stringWidth from 'string-width';
import { maxOf } from '../../arrays.js';

/** The width of the widest line of `text`. */
export function displayWidth(text: string): number {
  let widest = 0;
  for (const line of text.split('\n')) widest = Math.max(widest, stringWidth(line));
  return widest;
}

export interface WidthLimits {
  min: number;
  /** Longer text wraps inside the column rather than widening it. */
  max: number;
  /** Added to the widest cell, for the margins Excel draws inside a cell. */
  padding: number;
}

/** One width per column: its widest cell (header included) plus padding, within the limits. */
export function columnWidths(table: readonly (readonly string[])[], limits: WidthLimits): number[] {
  const columns = maxOf(table.map((row) => row.length));
  return Array.from({ length: columns }, (_, c) => {
    const widest = maxOf(table.map((row) => displayWidth(row[c] ?? '')));
    return Math.min(limits.max, Math.max(limits.min, widest + limits.padding));
  });
}
