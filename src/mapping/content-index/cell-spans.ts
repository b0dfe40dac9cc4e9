// Spans inside a code cell (`**2-9** Governance structure`): the code alone and the title after it,
// with offsets into the file, found in the cell's source (`raw`) when markup makes it differ from the text.
import type { TextSpan } from '../../model/content-index.js';
import { codesInSource, type CodeCell } from './codes.js';

const MARKUP_OR_SEPARATOR = /[\s*_`~:：.．、,，\-–—|)）\]]/;

/** A part of a one-line cell, `[start, end)` in its source (`raw`, or `text` when they are the same). */
function subSpan(cell: TextSpan, start: number, end: number, text: string): TextSpan {
  const source = cell.raw ?? cell.text;
  // A cell from a source without lines or offsets (PDF, DOCX) gives parts with its page only.
  const span: TextSpan = {
    text,
    file: cell.file,
    ...(cell.page !== undefined ? { page: cell.page } : {}),
    ...(cell.line !== undefined ? { line: cell.line } : {}),
    ...(cell.column !== undefined ? { column: cell.column + start } : {}),
    ...(cell.offset !== undefined ? { offset: cell.offset + start, endOffset: cell.offset + end } : {}),
  };
  const raw = source.slice(start, end);
  if (raw !== text) span.raw = raw;
  return span;
}

/** Spans of each code, and of the title after the last one, in the code cell's source. */
export function codeSpans(cell: TextSpan, parsed: CodeCell): { codes: TextSpan[]; title: TextSpan | undefined } {
  const titleText = parsed.title;
  if (cell.raw === undefined) {
    const codes = parsed.codes.map((c) => subSpan(cell, c.start, c.end, cell.text.slice(c.start, c.end)));
    return { codes, title: titleText === '' ? undefined : subSpan(cell, parsed.titleStart, cell.text.length, titleText) };
  }
  const found = codesInSource(cell.raw, parsed.codes.length);
  const codes = found.map(([s, e]) => subSpan(cell, s, e, cell.raw!.slice(s, e)));
  if (titleText === '') return { codes, title: undefined };
  let start = found.at(-1)?.[1] ?? 0;
  while (start < cell.raw.length && MARKUP_OR_SEPARATOR.test(cell.raw[start]!)) start++;
  return { codes, title: found.length > 0 ? subSpan(cell, start, cell.raw.length, titleText) : { ...cell, text: titleText } };
}

