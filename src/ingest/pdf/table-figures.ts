// Figures (KPI) tables, read only when cheaply certain: a header row of at least two years (`2022 | 2023 |
// 2024`, `2023年`, `FY2024`) with rows below whose year columns hold figures. Anything else (two-column body
// text above all) is left to the text reader: a false table loses text, a missed one only its grid.
import { maxOf, pushAll } from '../../arrays.js';
import type { DetectedTable } from './page-lines.js';
import { chunksOf, type Baseline, type Chunk } from './table-baselines.js';
import { cellsOf, gridFrom } from './table-grid.js';
import { joinWrapped } from './table-text.js';
import { isFigure, isShortLabel, isYear } from './table-words.js';

const MAX_GAP = 3.5;
const LARGER = 1.25;
/** A wrapped label reads on (`New suppliers screened` / `using social criteria`). */
const CONTINUES = /^[\p{Ll}(（]/u;

export function readFigureTable(pageIndex: number, baselines: readonly Baseline[], at: number): { table: DetectedTable; next: number } | undefined {
  const head = baselines[at]!;
  const chunks = chunksOf(head.runs);
  // The length test first: it turns away nearly every baseline of body text before the year test's patterns run.
  if (chunks.length < 2 || chunks.some((c) => !isShortLabel(c.text))) return undefined;
  const years = chunks.filter((c) => isYear(c.text));
  if (years.length < 2) return undefined;
  const firstYear = chunks.indexOf(years[0]!);
  const fontSize = head.fontSize;
  // The body's rows: baselines with a figure right of the label column, up to the first break.
  const body: Chunk[][] = [];
  for (let k = at + 1; k < baselines.length; k++) {
    const b = baselines[k]!;
    if (b.y - baselines[k - 1]!.y > MAX_GAP * fontSize || b.fontSize > LARGER * fontSize) break;
    const row = chunksOf(b.runs);
    if (row.some((c) => c.right >= years[0]!.x - fontSize && isFigure(c.text))) body.push(row);
  }
  if (body.length < 2) return undefined;
  // A label column left of the header's first cell when the body's labels start there.
  const left = -maxOf(body.map((row) => -row[0]!.x));
  const header: Chunk[] = left < chunks[0]!.x - fontSize && !isFigure(body[0]![0]!.text) ? [{ text: '', x: left, right: left, runs: [] }, ...chunks] : chunks;
  const grid = gridFrom(header, body, fontSize);
  const yearColumns = new Set(header.map((c, j) => (isYear(c.text) ? j : -1)).filter((j) => j >= 0));
  const labelColumns = (j: number): boolean => j < firstYear + (header.length - chunks.length);
  const rows: string[][] = [header.map((c) => c.text)];
  const rowLines: number[][] = [head.lines];
  const data: boolean[] = [false];
  /** Each row's last baseline. */
  const ends: number[] = [at];
  for (let k = at + 1; k < baselines.length; k++) {
    const b = baselines[k]!;
    if (b.y - baselines[k - 1]!.y > MAX_GAP * fontSize || b.fontSize > LARGER * fontSize) break;
    const cells = cellsOf(grid, b);
    if (cells.crossing) break;
    const figures = cells.filled.filter((j) => yearColumns.has(j));
    if (figures.length > 0) {
      if (!figures.every((j) => isFigure(cells.texts[j]!))) break;
      rows.push(cells.texts);
      rowLines.push([...b.lines]);
      data.push(true);
      ends.push(k);
    } else if (cells.filled.every(labelColumns)) {
      const text = cells.texts.filter((t) => t !== '').join(' ');
      if (CONTINUES.test(text) && rows.length > 1) {
        const last = rows[rows.length - 1]!;
        cells.texts.forEach((t, j) => (last[j] = joinWrapped(last[j]!, t)));
        pushAll(rowLines[rowLines.length - 1]!, b.lines);
        ends[ends.length - 1] = k;
      } else {
        rows.push(cells.texts);
        rowLines.push([...b.lines]);
        data.push(false);
        ends.push(k);
      }
    } else break;
  }
  // Rows after the last row of figures are text after the table.
  while (data.length > 0 && !data[data.length - 1]) {
    rows.pop();
    rowLines.pop();
    data.pop();
    ends.pop();
  }
  if (data.filter(Boolean).length < 2) return undefined;
  const consumed = rowLines.flat().sort((a, b) => a - b);
  return {
    table: { page: pageIndex, endPage: pageIndex, y: head.y - fontSize, rows, lines: consumed.map((l) => [pageIndex, l]) },
    next: ends[ends.length - 1]! + 1,
  };
}
