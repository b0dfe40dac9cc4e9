// A spread (two printed pages side by side on one sheet, `51 52`) is read as the two pages it is: its lines
// are split at the sheet's middle into a left and a right page before tables and reading order, which
// would otherwise see the left page's lines and the right page's table row on one baseline, and read
// across the fold. Pages are renumbered in reading order (left half, right half, next sheet) so that a table
// going on from the left half to the right one, or from one sheet to the next, is on consecutive pages; each
// half remembers its sheet and its printed number.
import type { LaidOutPage } from '../layout/document.js';
import type { PdfPageLines } from './page-lines.js';

export interface HalfPage {
  /** The physical page (sheet) it is on. */
  sheet: number;
  /** The printed number of this half, when the sheet has one (the right half: the sheet's `lastNumber`). */
  printed?: number;
  /** True for the right half of a spread. */
  right: boolean;
}

/** The pages as the later stages read them (halves of spreads, whole sheets otherwise), each keyed by a new index. */
export function splitSpreads(pages: readonly PdfPageLines[], numbering: readonly LaidOutPage[]): { pages: PdfPageLines[]; halves: Map<number, HalfPage> } {
  const spread = new Set(numbering.filter((p) => p.lastNumber !== undefined).map((p) => p.index));
  const numberOf = new Map(numbering.map((p) => [p.index, p]));
  const out: PdfPageLines[] = [];
  const halves = new Map<number, HalfPage>();
  for (const page of pages) {
    const sheet = numberOf.get(page.index);
    if (!spread.has(page.index)) {
      const index = out.length + 1;
      out.push({ ...page, index });
      halves.set(index, { sheet: page.index, ...(sheet?.number !== undefined ? { printed: sheet.number } : {}), right: false });
      continue;
    }
    const middle = page.width / 2;
    const left = page.lines.filter((line) => line.x < middle);
    const right = page.lines.filter((line) => line.x >= middle).map((line) => shifted(line, middle));
    for (const [lines, isRight] of [[left, false], [right, true]] as const) {
      const index = out.length + 1;
      out.push({ index, width: middle, height: page.height, lines });
      const printed = isRight ? sheet?.lastNumber : sheet?.number;
      halves.set(index, { sheet: page.index, ...(printed !== undefined ? { printed } : {}), right: isRight });
    }
  }
  return { pages: out, halves };
}

/** A line of the right half, moved left by half the sheet so that the half starts at x = 0 as a page does. */
function shifted<T extends { x: number; right: number; runs: Array<{ x: number }> }>(line: T, by: number): T {
  return { ...line, x: line.x - by, right: line.right - by, runs: line.runs.map((run) => ({ ...run, x: run.x - by })) };
}
