// Spans of table cells and paragraphs: 1-based line/column and 0-based offsets from the nodes'
// positions, which are relative to the piece being parsed (chunks.ts) and shifted here into the file.
import type { Paragraph, TableCell } from 'mdast';
import type { TextSpan } from '../../model/content-index.js';
import { detached } from './detached.js';

/** Where the piece being walked sits in its file. */
export interface SpanBase {
  file: string;
  /** The file's text as parsed (without a byte order mark). */
  text: string;
  /** Offset and line count of the piece's start in `text`. */
  offsetBase: number;
  lineBase: number;
  /** Added to offsets so that they index the text as the caller gave it (1 when it began with a BOM). */
  shift: number;
}

const SPACE = /[ \t]/;
// Comments (directives too) are invisible in the rendered cell; an unclosed one runs to the cell's end.
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const WHITE = /\s+/g;

/** A cell's text as a reader sees it: comments removed, white space collapsed, trimmed. */
export function cellText(text: string): string {
  const visible = text.includes('<!--') ? text.replace(COMMENT, ' ') : text;
  return visible.replace(WHITE, ' ').trim();
}

/** A paragraph's text on one line: soft and hard breaks read as spaces. */
export function blockText(text: string): string {
  return text.replace(WHITE, ' ').trim();
}

/**
 * The span of a cell's content: from its first inline node to its last (the parser leaves out the
 * pipes and padding), so `text.slice(offset, endOffset)` is the cell's source. `raw` is set when that
 * source differs from the plain text (markup, escapes, comments, `<br>`).
 */
export function cellSpan(cell: TableCell, plain: string, base: SpanBase): TextSpan {
  const { text, offsetBase, lineBase } = base;
  const first = cell.children[0];
  const last = cell.children[cell.children.length - 1];
  let start: number;
  let end: number;
  let line: number;
  let column: number;
  if (first && last) {
    start = first.position!.start.offset! + offsetBase;
    end = last.position!.end.offset! + offsetBase;
    line = first.position!.start.line + lineBase;
    column = first.position!.start.column;
    while (start < end && SPACE.test(text[start]!)) {
      start++;
      column++;
    }
    while (end > start && SPACE.test(text[end - 1]!)) end--;
  } else {
    // An empty cell: an empty span inside it, after the pipe and one space (`| X |` once filled).
    const cellStart = cell.position!.start.offset! + offsetBase;
    let from = cellStart;
    let to = cell.position!.end.offset! + offsetBase;
    if (text[from] === '|') from++;
    if (to > from && text[to - 1] === '|') to--;
    start = end = to > from ? from + 1 : from;
    line = cell.position!.start.line + lineBase;
    column = cell.position!.start.column + (start - cellStart);
  }
  const span: TextSpan = { text: plain, file: base.file, line, column, offset: start + base.shift, endOffset: end + base.shift };
  const raw = text.slice(start, end);
  if (raw !== plain) span.raw = detached(raw);
  return span;
}

/**
 * The span of a paragraph: its source without trailing white space (in a quote or list item, the
 * markers of its later lines are inside it).
 */
export function blockSpan(node: Paragraph, plain: string, base: SpanBase): TextSpan {
  const { start, end } = node.position!;
  const from = start.offset! + base.offsetBase;
  let to = end.offset! + base.offsetBase;
  while (to > from && SPACE.test(base.text[to - 1]!)) to--;
  return { text: plain, file: base.file, line: start.line + base.lineBase, column: start.column, offset: from + base.shift, endOffset: to + base.shift };
}
