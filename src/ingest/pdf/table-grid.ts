// Column starts of a borderless table and the cells of a baseline under them. A PDF table has no cells:
// only runs of text at x positions. Columns start where the header's cells and the body's cells start
// (a header may be centred over a column whose values start further left), and a run belongs to the last
// column that starts at or before it.
import type { Baseline, Chunk, PlacedRun } from './table-baselines.js';
import { runsText } from './table-text.js';

export interface Grid {
  /** Left edge of each column, ascending. */
  starts: number[];
  /** Slack in points when comparing positions (half the body font size). */
  slack: number;
}

export interface GridCells {
  /** One text per column, '' where the baseline has nothing. */
  texts: string[];
  /** A run reaches across the start of the next column: spanning text (a group label) or not a table line. */
  crossing: boolean;
  /** Columns that hold text. */
  filled: number[];
}

/** Runs closer than this share of the font size are words of one text (a space is about 0.25 em). */
const WORD_GAP = 0.35;

const overlap = (a: { x: number; right: number }, b: { x: number; right: number }): number => Math.min(a.right, b.right) - Math.max(a.x, b.x);

/**
 * Column starts from the header cells, moved left to where the body's cells start under them (a centred or
 * right-aligned header). A body chunk counts for the header cell it overlaps most (or the nearest one); a
 * column never starts left of the end of the header cell before it.
 */
export function gridFrom(header: readonly Chunk[], body: readonly Chunk[][], fontSize: number): Grid {
  const starts = header.map((h) => h.x);
  for (const chunks of body) {
    for (const chunk of chunks) {
      let best = -1;
      let bestScore = -Infinity;
      header.forEach((h, j) => {
        const o = overlap(chunk, h);
        const score = o > 0 ? o : -Math.abs((chunk.x + chunk.right) / 2 - (h.x + h.right) / 2) - 1e6;
        if (score > bestScore) {
          bestScore = score;
          best = j;
        }
      });
      const floor = best > 0 ? header[best - 1]!.right : -Infinity;
      if (best >= 0 && chunk.x > floor && chunk.x < starts[best]!) starts[best] = chunk.x;
    }
  }
  return { starts, slack: fontSize / 2 };
}

export const shifted = (grid: Grid, dx: number): Grid => ({ ...grid, starts: grid.starts.map((s) => s + dx) });

/** The column a run starting at `x` belongs to: the last that starts at or before it (the first for runs left of the table). */
export function columnAt(grid: Grid, x: number): number {
  let column = 0;
  grid.starts.forEach((start, j) => {
    if (x >= start - grid.slack) column = j;
  });
  return column;
}

/** A baseline's runs put into the grid's columns. */
export function cellsOf(grid: Grid, baseline: Baseline): GridCells {
  const runs: PlacedRun[][] = grid.starts.map(() => []);
  let crossing = false;
  let previous: { run: PlacedRun; column: number } | undefined;
  for (const run of baseline.runs) {
    const column = columnAt(grid, run.x);
    runs[column]!.push(run);
    const next = grid.starts[column + 1];
    if (next !== undefined && run.right > next + grid.slack) crossing = true;
    // Words a space apart in two columns are one text flowing across the column start (runs word by word).
    if (previous && previous.column !== column && run.x - previous.run.right <= WORD_GAP * run.fontSize) crossing = true;
    previous = { run, column };
  }
  const texts = runs.map((r) => runsText(r));
  return { texts, crossing, filled: texts.flatMap((t, j) => (t === '' ? [] : [j])) };
}
