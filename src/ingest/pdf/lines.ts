// Text runs -> lines (issue 13): runs that share a baseline, left to right. A line stops at a gap much wider
// than a space, so two columns, or the cells of a table row, on one baseline are separate lines (reading
// order and the table reader both need them apart); a heading's number stays with its title across a tab.
import { maxOf } from '../../arrays.js';
import { isCjk, normaliseRadicals } from './cjk.js';
import type { PdfLine, TextRun } from './page-lines.js';
import type { PlacedRun } from './read-pdf.js';

/** A line with what the structure tree said about its runs (a heading level when every run is tagged one). */
export interface ReadLine extends PdfLine {
  tagLevel?: number;
}

/** Runs whose baselines differ by less than this share a line (fraction of the smaller font size). */
const SAME_BASELINE = 0.35;
/** A gap wider than this (ems) ends a line: a column gutter or a table cell boundary. */
const SPLIT_GAP = 1.5;
/** A gap wider than this (ems) between runs of a line is a space. */
const SPACE_GAP = 0.15;
/** A heading number (`3.2`, `1`, `第三章`, `(a)`, `A.`) joined to the text after it across a tab. */
const HEADING_NUMBER = /^(?:\d+(?:\.\d+)*\.?|第[一二三四五六七八九十百零〇\d]+[章节部分篇]|\(?[a-zA-Z]\)|[A-Z]\.|[一二三四五六七八九十]+、)$/;
/** Runs whose sizes differ by more than this share, with a gap wider than RESIZED_GAP ems, are not one line. */
const RESIZED = 0.2;
const RESIZED_GAP = 0.5;
/** How far a number may stand from its title and still be joined (ems). */
const NUMBER_GAP = 6;

const dominant = <K extends 'fontSize' | 'bold'>(runs: TextRun[], key: K): TextRun[K] => {
  // A line of one run (most lines of most PDFs) has its run's value: no weights to build and sort.
  if (runs.length === 1) return runs[0]![key];
  const weight = new Map<TextRun[K], number>();
  for (const run of runs) weight.set(run[key], (weight.get(run[key]) ?? 0) + run.text.length);
  return [...weight].sort((a, b) => b[1] - a[1])[0]![0];
};

function joinRuns(runs: TextRun[]): string {
  let text = '';
  let right = -Infinity;
  for (const run of runs) {
    const gap = run.x - right;
    const em = run.fontSize || 1;
    const before = text.at(-1);
    const after = run.text[0];
    const cjkPair = isCjk(before) && isCjk(after);
    // The last character tested alone: an end-anchored pattern is tried from every position of the line so far.
    if (text && gap > SPACE_GAP * em && !/\s/.test(text[text.length - 1]!) && !/^\s/.test(run.text) && !(cjkPair && gap < em)) text += ' ';
    text += run.text;
    right = Math.max(right, run.x + run.width);
  }
  return normaliseRadicals(text.replace(/\s+/g, ' ').trim());
}

function toLine(runs: PlacedRun[]): ReadLine {
  const sorted = [...runs].sort((a, b) => a.x - b.x);
  const y = sorted.map((r) => r.y).sort((a, b) => a - b)[Math.floor(sorted.length / 2)]!;
  const plain: TextRun[] = sorted.map(({ text, x, width, fontSize, bold }) => ({ text, x, width, fontSize, bold }));
  const line: ReadLine = {
    y,
    x: sorted[0]!.x,
    right: maxOf(sorted.map((r) => r.x + r.width)),
    fontSize: dominant(plain, 'fontSize'),
    bold: dominant(plain, 'bold'),
    runs: plain,
    text: joinRuns(plain),
  };
  const levels = new Set(sorted.map((r) => r.tagLevel));
  if (levels.size === 1 && sorted[0]!.tagLevel !== undefined) line.tagLevel = sorted[0]!.tagLevel;
  return line;
}

/** Splits one baseline's runs (left to right) at wide gaps, keeping a heading number with its title. */
function splitAtGaps(runs: PlacedRun[]): PlacedRun[][] {
  const parts: PlacedRun[][] = [];
  let right = -Infinity;
  for (const run of runs) {
    const last = parts.at(-1);
    const gap = run.x - right;
    const em = run.fontSize || 1;
    // Only a part of one run can be a heading number standing alone (tested below only then, and lazily:
    // joining the part's runs for every run made long lines quadratic).
    const numberBefore = (): boolean => last !== undefined && last.length === 1 && HEADING_NUMBER.test(last[0]!.text.trim());
    // Text of another size after a visible gap is another line: a table cell beside a heading in the next column.
    const prev = last?.at(-1);
    const resized = prev !== undefined && Math.abs(prev.fontSize - run.fontSize) > RESIZED * Math.max(prev.fontSize, run.fontSize) && gap > RESIZED_GAP * em;
    if (last && !resized && (gap <= SPLIT_GAP * em || (gap <= NUMBER_GAP * em && numberBefore()))) last.push(run);
    else parts.push([run]);
    right = Math.max(right, run.x + run.width);
  }
  return parts;
}

/** A page's runs as lines, top to bottom, then left to right. */
export function buildLines(runs: readonly PlacedRun[]): ReadLine[] {
  const byBaseline = [...runs].filter((r) => r.text.trim()).sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: PlacedRun[][] = [];
  for (const run of byBaseline) {
    const group = groups.at(-1);
    const anchor = group?.[0];
    if (group && anchor && Math.abs(run.y - anchor.y) <= SAME_BASELINE * Math.min(run.fontSize, anchor.fontSize)) group.push(run);
    else groups.push([run]);
  }
  // Groups are in baseline order already; sorting lines again by their (median) baselines could put a
  // line whose runs sit half a point lower after the next line of its own baseline.
  return groups.flatMap((group) => splitAtGaps(group.sort((a, b) => a.x - b.x)).map(toLine));
}
