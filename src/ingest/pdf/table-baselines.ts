// A page's lines regrouped by baseline for the table reader. The layout reader may hand over one line per
// baseline or, where it saw a wide gap, several lines on the same baseline (one per table cell or text
// column); a table row is every run on its baseline, whichever way the runs came.
import { pushAll } from '../../arrays.js';
import type { PdfPageLines } from './page-lines.js';
import { runsText, type RunLike } from './table-text.js';

export interface PlacedRun extends RunLike {
  bold: boolean;
  /** Index of its line in the page's `lines`. */
  line: number;
}

export interface Baseline {
  y: number;
  /** The largest font size on the baseline (a heading stands out by it). */
  fontSize: number;
  /** Every run is bold. */
  bold: boolean;
  /** Left to right. */
  runs: PlacedRun[];
  /** Indexes of the page lines it holds. */
  lines: number[];
}

/** Runs with a gap between them wider than this share of the font size are separate cells (chunks). */
const CHUNK_GAP = 0.6;
/** Lines whose baselines differ by less than this share of the font size share a baseline. */
const SAME_BASELINE = 0.35;

export interface Chunk {
  text: string;
  x: number;
  right: number;
  runs: PlacedRun[];
}

/** The page's lines as baselines, top to bottom. Empty runs are dropped. */
export function baselinesOf(page: PdfPageLines): Baseline[] {
  const order = page.lines.map((_, i) => i).sort((a, b) => page.lines[a]!.y - page.lines[b]!.y || page.lines[a]!.x - page.lines[b]!.x);
  const out: Baseline[] = [];
  for (const i of order) {
    const line = page.lines[i]!;
    const runs: PlacedRun[] = line.runs
      .filter((r) => r.text.trim() !== '')
      .map((r) => ({ text: r.text, x: r.x, right: r.x + r.width, fontSize: r.fontSize, bold: r.bold, line: i }));
    if (runs.length === 0) continue;
    const last = out[out.length - 1];
    if (last && line.y - last.y < SAME_BASELINE * Math.min(last.fontSize, line.fontSize)) {
      pushAll(last.runs, runs);
      last.runs.sort((a, b) => a.x - b.x);
      last.lines.push(i);
      last.fontSize = Math.max(last.fontSize, line.fontSize);
      last.bold = last.bold && runs.every((r) => r.bold);
    } else {
      out.push({ y: line.y, fontSize: line.fontSize, bold: runs.every((r) => r.bold), runs, lines: [i] });
    }
  }
  return out;
}

/** Runs of a baseline grouped into chunks at gaps wider than a word space: the cells as printed. */
export function chunksOf(runs: readonly PlacedRun[]): Chunk[] {
  const chunks: Chunk[] = [];
  for (const run of runs) {
    const last = chunks[chunks.length - 1];
    if (last && run.x - last.right <= CHUNK_GAP * run.fontSize) {
      last.runs.push(run);
      last.right = Math.max(last.right, run.right);
    } else chunks.push({ text: '', x: run.x, right: run.right, runs: [run] });
  }
  for (const chunk of chunks) chunk.text = runsText(chunk.runs);
  return chunks;
}
