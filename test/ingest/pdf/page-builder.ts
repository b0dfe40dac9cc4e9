// Builds positioned PDF lines (PdfPageLines) the way the layout reader hands them to the table reader:
// text at x positions on baselines, origin top-left, widths estimated from the font size (0.5 em per
// Latin character, 1 em per CJK character). Table rows lay out cells at column starts, wrapped to the
// column's width and top-aligned, as LibreOffice and Chromium print borderless tables.
import type { PdfLine, PdfPageLines, TextRun } from '../../../src/ingest/pdf/page-lines.js';

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

  /** One table row: each cell wrapped to its column (`starts`, the last ending at `right`), top-aligned. */
  row(starts: readonly number[], cells: readonly Cell[], options: RowOptions & { right?: number } = {}): this {
    const fontSize = options.fontSize ?? 9;
    const right = options.right ?? this.width - 56;
    const padding = 4;
    const wrapped = cells.map((cell, j) => {
      const width = (starts[j + 1] ?? right) - starts[j]! - 2 * padding;
      return typeof cell === 'string' ? (cell === '' ? [] : wrap(cell, width, fontSize)) : cell;
    });
    const height = Math.max(1, ...wrapped.map((l) => l.length));
    for (let i = 0; i < height; i++) {
      this.baseline(
        wrapped.map((lines, j) => {
          const text = lines[i] ?? '';
          const width = (starts[j + 1] ?? right) - starts[j]!;
          const x = options.center ? starts[j]! + (width - widthOf(text, fontSize)) / 2 : starts[j]! + padding;
          return [x, text] as [number, string];
        }),
        options,
      );
    }
    this.y += options.after ?? 4;
    return this;
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
