// Refuses, before parsing, the blocks whose parse would take minutes or gigabytes (limits.ts): a paragraph
// or table cell too long or with too many emphasis/link/code marks, a list, quote or table too long, a
// table too wide, front matter too large. One linear pass over
// the lines with the same block-start rules as chunks.ts. A refusal (exit 2, one line naming file, line and
// limit) rather than a finding that skips the block: skipping would silently drop the block's tags and
// index rows, and a check that quietly reads less than the report is worse than one that says why it stops.
import { DiscloseError } from '../../model/errors.js';
import { BLANK, CUTTABLE, FENCE_OPEN, FRONT_MATTER_FENCE, HTML_OPEN, htmlCloser } from './chunks.js';
import { MAX_BLOCK_CHARS, MAX_CELL_CHARS, MAX_FRONT_MATTER_CHARS, MAX_PARAGRAPH_CHARS, MAX_PARAGRAPH_MARKS, MAX_TABLE_COLUMNS } from '../../limits.js';

// CommonMark HTML blocks of kinds 6 (block-level tag names) and 7 (a line that is one open or close tag):
// they run to the next blank line and their content is not parsed inline, so they cost nothing.
const HTML_BLOCK_TAG =
  /^ {0,3}<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[\s/>]|$)/i;
const HTML_ONE_TAG = /^ {0,3}<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>[ \t]*$/;
/** A GFM delimiter row: `| --- | :-: |`, `---|---`. */
const DELIMITER_ROW = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/** A line that starts a list item or a heading: the text before it is another paragraph. */
const NEW_PARAGRAPH = /^[ \t]*(?:[-*+]|\d{1,9}[.)]|#{1,6})(?:[ \t]|$)/;
/** A line that opens or continues a container (list item, block quote) or is indented inside one. */
const CONTAINER_LINE = /^(?:[ \t]|>|[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))/;
/** Emphasis, link and code marks, counted as micromark sees them: a run of one delimiter is one mark. */
const MARKS = /[*_~`]+|[[\]<]/g;
const marksIn = (text: string): number => {
  let n = 0;
  MARKS.lastIndex = 0;
  while (MARKS.exec(text)) n++;
  return n;
};

const thousands = (n: number): string => n.toLocaleString('en-US');
const sizeText = (n: number): string => (n % 1024 === 0 && n >= 1024 * 1024 ? `${n / (1024 * 1024)} Mi` : n % 1024 === 0 ? `${n / 1024} Ki` : thousands(n));

function refuse(path: string, line: number, problem: string, expected: string): never {
  throw new DiscloseError('input', `\`${path}\`: line ${line}: ${problem}; expected ${expected}`, path);
}

const tooLong = (what: string, size: number, limit: number): string =>
  `${what} of ${thousands(size)} characters is over the limit of ${sizeText(limit)} characters`;

const tooManyMarks = (what: string, marks: number): string =>
  `${what} with ${thousands(marks)} emphasis, link and code marks (\`*\`, \`_\`, \`[\`, \`]\` …) is over the limit of ${thousands(MAX_PARAGRAPH_MARKS)}`;

/** Refuses a table row with a cell over the length or marks limit. */
function assertCells(path: string, line: number, row: string): void {
  for (const cell of cellsOf(row)) {
    if (cell.length > MAX_CELL_CHARS) refuse(path, line, tooLong('a table cell', cell.length, MAX_CELL_CHARS), 'shorter cells');
    const marks = marksIn(cell);
    if (marks > MAX_PARAGRAPH_MARKS) refuse(path, line, tooManyMarks('a table cell', marks), 'shorter cells');
  }
}

/** Cells of a table row: `|` not escaped by a backslash separates them; outer pipes are optional. */
function cellsOf(row: string): string[] {
  const cells = row.trim().split(/(?<!\\)\|/);
  if (cells[0]?.trim() === '') cells.shift();
  if (cells.length > 0 && cells[cells.length - 1]?.trim() === '') cells.pop();
  return cells;
}

/** Refuses `text` (one file, BOM removed) when a block is over a limit of limits.ts; `path` names it. */
export function assertBlockLimits(text: string, path: string): void {
  const eol = /\r\n|\r|\n/g;
  let lineStart = 0;
  let line = 0;
  let frontMatter: number | undefined; // line where open front matter starts
  let frontMatterStart = 0;
  let fenceClose: RegExp | undefined;
  let htmlEnd: RegExp | undefined;
  let htmlToBlank = false;
  let previousBlank = true;
  // The paragraph (run of non-blank lines), and the top-level block since the last cut, in characters.
  let run = { line: 0, chars: 0, marks: 0, lines: 0, table: false, first: '' };
  let block = { line: 0, chars: 0, table: false, container: false };
  while (lineStart <= text.length) {
    eol.lastIndex = lineStart;
    const m = eol.exec(text);
    const lineEnd = m ? m.index : text.length;
    const content = text.slice(lineStart, lineEnd);
    line++;
    const blank = BLANK.test(content);
    if (line === 1 && FRONT_MATTER_FENCE.test(content)) {
      frontMatter = line;
      frontMatterStart = lineEnd;
    } else if (frontMatter !== undefined) {
      if (lineStart - frontMatterStart > MAX_FRONT_MATTER_CHARS) {
        refuse(path, frontMatter, tooLong('front matter', lineStart - frontMatterStart, MAX_FRONT_MATTER_CHARS), 'a few YAML keys between the `---` lines');
      }
      if (FRONT_MATTER_FENCE.test(content)) frontMatter = undefined;
    } else if (fenceClose) {
      if (fenceClose.test(content)) fenceClose = undefined;
    } else if (htmlEnd) {
      if (htmlEnd.test(content)) htmlEnd = undefined;
    } else if (htmlToBlank) {
      if (blank) htmlToBlank = false;
    } else if (blank) {
      run = { line: 0, chars: 0, marks: 0, lines: 0, table: false, first: '' };
    } else {
      if (previousBlank && CUTTABLE.test(content)) block = { line, chars: 0, table: false, container: false };
      const f = FENCE_OPEN.exec(content);
      const h = f ? null : HTML_OPEN.exec(content);
      if (f) {
        const marks = f[1] ?? f[2]!;
        fenceClose = new RegExp(`^ {0,3}${marks[0] === '`' ? '`' : '~'}{${marks.length},}[ \\t]*$`);
      } else if (h) {
        const closer = htmlCloser(h);
        if (!closer.test(content.slice(h[0].length))) htmlEnd = closer;
      } else if (run.lines === 0 && (HTML_BLOCK_TAG.test(content) || HTML_ONE_TAG.test(content))) {
        htmlToBlank = true;
      } else {
        // A list item or heading starts a paragraph of its own; a tight list is bounded as a block.
        if (run.lines === 0 || NEW_PARAGRAPH.test(content)) run = { line, chars: 0, marks: 0, lines: 0, table: false, first: content };
        run.lines++;
        run.chars += content.length + 1;
        block.chars += content.length + 1;
        if (CONTAINER_LINE.test(content)) block.container = true;
        if (run.lines === 2 && !run.table && DELIMITER_ROW.test(content) && run.first.includes('|')) {
          run.table = true;
          block.table = true;
          block.container = true;
          const columns = cellsOf(content).length;
          if (columns > MAX_TABLE_COLUMNS) refuse(path, run.line, `a table of ${thousands(columns)} columns is over the limit of ${MAX_TABLE_COLUMNS} columns`, 'narrower tables');
          assertCells(path, run.line, run.first);
        } else if (run.table) {
          assertCells(path, line, content);
        } else {
          run.marks += marksIn(content);
          if (run.chars > MAX_PARAGRAPH_CHARS) refuse(path, run.line, tooLong('a paragraph', run.chars, MAX_PARAGRAPH_CHARS), 'blank lines between paragraphs');
          if (run.marks > MAX_PARAGRAPH_MARKS) refuse(path, run.line, tooManyMarks('a paragraph', run.marks), 'blank lines between paragraphs');
        }
        if (block.container && block.chars > MAX_BLOCK_CHARS) {
          const what = block.table ? 'a table' : 'a block without a blank line and an unindented line after it (a list, block quote or table)';
          refuse(path, block.line, tooLong(what, block.chars, MAX_BLOCK_CHARS), 'shorter tables and lists');
        }
      }
    }
    previousBlank = blank;
    if (!m) break;
    lineStart = m.index + m[0].length;
  }
}
