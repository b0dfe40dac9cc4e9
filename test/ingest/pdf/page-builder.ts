// Builds positioned PDF lines (PdfPageLines) the way the layout reader hands them to the table reader:
// text at x positions on baselines, origin top-left, widths estimated from the font size (0.5 em per
// Latin character, 1 em per CJK character). Table rows lay out cells at column starts, wrapped to the
// column's width and top-aligned, as LibreOffice and Chromium print borderless tables, or vertically
// centred in the row (`middle`), as Word and InDesign print many content indexes; a cell may also span a
// group of rows, centred beside them (`group`).
import type { PdfLine, PdfPageLines, TextRun } from '../../../src/ingest/pdf/page-lines.js';

/** Cell padding, points. */
const PADDING = 4;

const WIDE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

export const widthOf = (text: string, fontSize: number): number => [...text].reduce((w, ch) => w + (WIDE.test(ch) ? 1 : 0.5) * fontSize, 0);

/** Words (Latin) or characters (CJK) wrapped to `width` points. */
export function wrap(text: string, width: number, fontSize: number): string[] {
  const tokens = text.match(/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]|[^\s\p{Script=Han}\u3000-\u303f\uff00-\uffef]+\s*|\s+/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line !== '' && widthOf((line + token).trimEnd(), fontSize) > width) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

export interface TextOptions {
  fontSize?: number;
  bold?: boolean;
  /** One run per word (Chromium's justified or word-by-word text) instead of one per cell. */
  perWord?: boolean;
}

export interface RowOptions extends TextOptions {
  /** Cells centred in their column (an HTML `th`), not left-aligned. */
  center?: boolean;
  /** Each cell a PdfLine of its own (a layout reader that splits lines at wide gaps), not one line per baseline. */
  splitLines?: boolean;
  /** White space after the row, points (cell padding of a borderless table). */
  after?: number;
  /** Short cells vertically centred in a tall row (lines above and below their baseline), not top-aligned. */
  middle?: boolean;
}

/** A cell: text wrapped to its column, or lines given as they wrap. */
export type Cell = string | string[];

export class PageBuilder {
  readonly lines: PdfLine[] = [];
  y: number;
  constructor(
    readonly index: number,
    readonly width = 595,
    readonly height = 842,
    top = 72,
  ) {
    this.y = top;
  }

  /** Text pieces on one baseline at the given x positions; moves down one line. */
  baseline(pieces: Array<[x: number, text: string]>, options: RowOptions = {}): this {
    const fontSize = options.fontSize ?? 9;
    const runsOf = (x: number, text: string): TextRun[] => {
      if (!options.perWord) return [{ text, x, width: widthOf(text, fontSize), fontSize, bold: options.bold ?? false }];
      const runs: TextRun[] = [];
      let at = x;
      for (const word of text.split(' ')) {
        runs.push({ text: word, x: at, width: widthOf(word, fontSize), fontSize, bold: options.bold ?? false });
        at += widthOf(word, fontSize) + 0.25 * fontSize;
      }
      return runs;
    };
    const groups = pieces.filter(([, t]) => t !== '').map(([x, t]) => runsOf(x, t));
    const asLines = options.splitLines ? groups : [groups.flat()];
    for (const runs of asLines) {
      if (runs.length === 0) continue;
      const last = runs[runs.length - 1]!;
      // Runs may share a line; not the text the layout reader would build (gap-aware), which the table reader does not read.
      this.lines.push({ y: this.y, x: runs[0]!.x, right: last.x + last.width, fontSize, bold: options.bold ?? false, runs, text: runs.map((r) => r.text).join(' ') });
    }
    this.y += fontSize * 1.25;
    return this;
  }

  /** One table row: each cell wrapped to its column (`starts`, the last ending at `right`), top-aligned or centred. */
  row(starts: readonly number[], cells: readonly Cell[], options: RowOptions & { right?: number } = {}): this {
    const fontSize = options.fontSize ?? 9;
    const pitch = fontSize * 1.25;
    const wrapped = cells.map((cell, j) => this.cellLines(starts, j, cell, fontSize, options.right));
    const height = Math.max(1, ...wrapped.map((l) => l.length));
    // Baselines by their offset from the row's first, in lines (half lines where a cell is centred).
    const at = new Map<number, Array<[number, string]>>();
    wrapped.forEach((lines, j) => {
      const first = options.middle ? (height - lines.length) / 2 : 0;
      lines.forEach((text, i) => {
        const pieces = at.get(first + i) ?? [];
        pieces.push([this.cellX(starts, j, text, fontSize, options), text]);
        at.set(first + i, pieces);
      });
    });
    const top = this.y;
    for (const offset of [...at.keys()].sort((a, b) => a - b)) {
      this.y = top + offset * pitch;
      this.baseline(at.get(offset)!, options);
    }
    this.y = top + height * pitch + (options.after ?? 4);
    return this;
  }

  /**
   * Rows beside one cell of the first column that spans them all (a standard's name printed once for its
   * disclosures), centred vertically over the group. The rows' own first cells are left empty.
   */
  group(starts: readonly number[], label: string, rows: ReadonlyArray<readonly Cell[]>, options: RowOptions & { right?: number } = {}): this {
    const fontSize = options.fontSize ?? 9;
    const pitch = fontSize * 1.25;
    const first = this.y;
    const from = this.lines.length;
    for (const cells of rows) this.row(starts, ['', ...cells.slice(1)], options);
    const last = Math.max(...this.lines.slice(from).map((l) => l.y));
    const lines = this.cellLines(starts, 0, label, fontSize, options.right);
    const end = this.y;
    lines.forEach((text, i) => {
      this.y = (first + last) / 2 + (i - (lines.length - 1) / 2) * pitch;
      this.baseline([[this.cellX(starts, 0, text, fontSize, options), text]], options);
    });
    this.y = end;
    return this;
  }

  private cellLines(starts: readonly number[], j: number, cell: Cell, fontSize: number, right = this.width - 56): string[] {
    const width = (starts[j + 1] ?? right) - starts[j]! - 2 * PADDING;
    return typeof cell === 'string' ? (cell === '' ? [] : wrap(cell, width, fontSize)) : cell;
  }

  private cellX(starts: readonly number[], j: number, text: string, fontSize: number, options: RowOptions & { right?: number }): number {
    const width = (starts[j + 1] ?? options.right ?? this.width - 56) - starts[j]!;
    return options.center ? starts[j]! + (width - widthOf(text, fontSize)) / 2 : starts[j]! + PADDING;
  }

  /** A paragraph wrapped between `x` and `right`. */
  paragraph(text: string, x = 56, right = this.width - 56, options: TextOptions = {}): this {
    for (const line of wrap(text, right - x, options.fontSize ?? 10)) this.baseline([[x, line]], { fontSize: 10, ...options });
    this.y += 6;
    return this;
  }

  gap(points: number): this {
    this.y += points;
    return this;
  }

  build(): PdfPageLines {
    return { index: this.index, width: this.width, height: this.height, lines: [...this.lines].sort((a, b) => a.y - b.y || a.x - b.x) };
  }
}
