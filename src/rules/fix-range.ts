// Ranges of certain fixes (issue 12 item 5): a fix gets a range only when the text it replaces is known
// exactly, so `check --fix` and editors can apply it without guessing.
import type { TextSpan } from '../model/content-index.js';
import type { FixRange } from '../model/finding.js';

/**
 * The range of a span whose source is its text on one line (a table cell or part of one), else undefined
 * (also where the source has no offsets):
 * a cell with markup, escapes or comments (`raw` set) could lose them if replaced whole, so its fix stays advice.
 */
export function spanRange(span: TextSpan): FixRange | undefined {
  const { line, column, offset, endOffset } = span;
  // A span from a source without lines or offsets (PDF, DOCX) has no text to replace: its fix stays advice.
  if (line === undefined || column === undefined || offset === undefined || endOffset === undefined) return undefined;
  if (span.raw !== undefined || /[\r\n]/.test(span.text) || endOffset - offset !== span.text.length) return undefined;
  const width = endOffset - offset;
  return {
    file: span.file,
    start: { line, column, offset },
    end: { line, column: column + width, offset: endOffset },
  };
}

/** Text written into a GFM table cell: a pipe would end the cell, so it is escaped. */
export const cellReplacement = (text: string): string => text.replace(/\|/g, '\\|');

/**
 * A replacement code written the way the report wrote the old one: `GRI 102-14` -> `GRI 2-22`, a bare
 * `102-14` (the framework is the table's) -> `2-22`. Undefined when the printed code is written some other
 * way, or the two ids belong to different frameworks: then the fix is not certain.
 */
export function codeAsPrinted(printed: string, oldId: string, newId: string): string | undefined {
  const space = oldId.indexOf(' ');
  const newSpace = newId.indexOf(' ');
  if (space < 0 || newSpace < 0 || oldId.slice(0, space) !== newId.slice(0, newSpace)) return undefined;
  if (printed.toLowerCase() === oldId.toLowerCase()) return newId;
  if (printed.toLowerCase() === oldId.slice(space + 1).toLowerCase()) return newId.slice(newSpace + 1);
  return undefined;
}
