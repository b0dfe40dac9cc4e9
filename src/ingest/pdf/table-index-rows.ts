// The rows of a content index on one page, from the baselines under its header (or at the top of a page
// it continues on). Each baseline is first classed: a code line (a code in the code column) anchors a
// row; a repeated header, a label spanning the columns or a label alone in the standard column is a row
// of its own; any other line is a wrapped part of some row. Which row is decided by the white space
// between rows (table-bands.ts), so that a tall row whose short cells are centred vertically gets the
// title lines printed above its code line too. Text left of the code column beside code rows (a
// standard's name in a merged cell) goes into its row when printed at the row's top, and when centred
// beside a group of rows becomes a label row before the group's first row, as a flattened merged cell.
import { pushAll } from '../../arrays.js';
import { chunksOf, type Baseline } from './table-baselines.js';
import { pitchOf, splitBetween } from './table-bands.js';
import { cellsOf, type Grid, type GridCells } from './table-grid.js';
import { indexHeaderAt, signatureOf } from './table-index-header.js';
import { joinWrapped } from './table-text.js';
import { isStandardName, startsWithCode } from './table-words.js';

export type RowKind = 'header' | 'code' | 'label' | 'other';

/** A table being read, possibly over several pages. */
export interface IndexTable {
  page: number;
  endPage: number;
  y: number;
  grid: Grid;
  /** The header's roles, left to right (`standard,disclosure,page`): a later page's header must match. */
  signature: string;
  codeColumn: number;
  fontSize: number;
  rows: string[][];
  kinds: RowKind[];
  lines: Array<[page: number, line: number]>;
  /** The table ran to the last baseline of its page, so it may go on at the top of the next. */
  open: boolean;
  /** Short cells are centred vertically in their rows (seen once, kept for the pages after). */
  centred: boolean;
}

/** A row ends the table when its baseline is this many font sizes below the last one (white space after the table). */
export const MAX_GAP = 3.5;
/** A line this much larger than the table's text is a heading after it. */
export const LARGER = 1.25;
/** Gaps between baselines this close (share of the font size) are equally wide. */
const SAME_GAP = 0.15;
/** Text nearer than this share of the pitch to a line of the row cells stands beside them, not on a row of its own. */
const BESIDE = 0.75;
/** Successive lines of one cell are at most this share of the pitch apart, plus SAME_Y (a cell's baselines may be merged with a neighbour's a little off them). */
const SAME_CELL = 1.15;
/** Baselines this close (share of the font size) are at the same height. */
const SAME_Y = 0.3;

const YEAR_AT_END = /(?:19|20)\d{2}\s*$/;

type LineKind = 'code' | 'header' | 'span' | 'plain';

interface Line {
  k: number;
  y: number;
  b: Baseline;
  cells: GridCells;
  kind: LineKind;
  /** Separators (headers, labels) before it on this page: the rows between two separators form a segment. */
  segment: number;
}

interface PageRow {
  index: number;
  top: number;
  bottom: number;
  segment: number;
}

/** A cell of the standard column (left of the codes) beside rows, over its wrapped lines. */
interface SideBlock {
  column: number;
  lines: Line[];
  text: string;
}

/** Reads rows from baseline `from` until the table ends; returns the index of the first baseline after it. */
export function readRows(table: IndexTable, pageIndex: number, baselines: readonly Baseline[], from: number): number {
  const { fontSize, codeColumn } = table;
  const width = table.grid.starts.length;
  const stretch = linesOf(table, baselines, from);
  const end = stretch.length === 0 ? from : stretch[stretch.length - 1]!.k + 1;
  const pitch = pitchOf(
    stretch.map((l) => l.y),
    fontSize,
  );
  // A group label alone on its line: a standard's name, or a line set in bold where the rows are not (a
  // material topic's name above its 3-3 row, `Energy and emissions`), which is no wrapped cell of a row.
  const rowsBold = stretch.some((l) => l.kind === 'code' && l.b.bold);
  const standardAlone = (l: Line): boolean =>
    l.kind === 'plain' && l.cells.filled.length === 1 && l.cells.filled[0]! >= codeColumn && (isStandardName(l.cells.texts[l.cells.filled[0]!]!) || (l.b.bold && !rowsBold));
  const isBody = (l: Line): boolean => l.kind === 'code' || (l.kind === 'plain' && !standardAlone(l) && l.cells.filled.some((j) => j >= codeColumn));
  const sideOnly = (l: Line): boolean => l.kind === 'plain' && l.cells.filled.every((j) => j < codeColumn);
  const bodyYs = stretch.filter(isBody).map((l) => l.y);
  const near = (y: number): boolean => bodyYs.some((b) => Math.abs(b - y) < BESIDE * pitch);

  // Cells of the standard column beside the rows; side-only lines in none of them are labels of their own.
  const blocks: SideBlock[] = [];
  for (let j = 0; j < codeColumn; j++) {
    let block: Line[] = [];
    const close = (): void => {
      if (block.some((l) => isBody(l) || near(l.y))) blocks.push({ column: j, lines: block, text: block.reduce((text, l) => joinWrapped(text, l.cells.texts[j]!), '') });
      block = [];
    };
    for (const l of stretch) {
      if (!(isBody(l) || sideOnly(l)) || l.cells.texts[j] === '') continue;
      if (block.length > 0 && l.y - block[block.length - 1]!.y > SAME_CELL * pitch + SAME_Y * fontSize) close();
      block.push(l);
    }
    close();
  }
  const beside = new Set(blocks.flatMap((b) => b.lines));
  const ownLabel = (l: Line): boolean => (sideOnly(l) && !beside.has(l)) || standardAlone(l);
  let segment = 0;
  for (const l of stretch) {
    if (l.kind === 'header' || l.kind === 'span' || ownLabel(l)) segment++;
    l.segment = segment;
  }

  // Which row each wrapped body line joins: an anchor's (a code line), or the row before it ('previous').
  const body = stretch.filter(isBody);
  const tolerance = SAME_GAP * fontSize;
  const separatorAbove = (l: Line): number | undefined => {
    const before = stretch.filter((s) => s.y < l.y && (s.kind === 'header' || s.kind === 'span' || ownLabel(s)));
    if (before.length > 0) return before[before.length - 1]!.y;
    return from > 0 ? baselines[from - 1]!.y : undefined;
  };
  const stretches = segmentsOf(body);
  if (!table.centred) table.centred = stretches.some((s) => centredEvidence(s, separatorAbove, pitch, tolerance));
  const owner = new Map<Line, Line | 'previous'>();
  for (const lines of stretches) assignOwners(lines, table.centred, separatorAbove, tolerance, owner);

  // Rows in reading order.
  const width0 = (texts: readonly string[]): string[] => texts.map((t, j) => (j < codeColumn ? '' : t));
  const pending = new Map<Line, Line[]>();
  const rowOf = new Map<Line, PageRow>();
  const pageRows: PageRow[] = [];
  const last = (): { cells: string[]; kind: RowKind } | undefined => {
    const i = table.rows.length - 1;
    return i < 0 ? undefined : { cells: table.rows[i]!, kind: table.kinds[i]! };
  };
  const push = (cells: string[], kind: RowKind): void => {
    table.rows.push(cells);
    table.kinds.push(kind);
  };
  const join = (row: string[], texts: readonly string[]): void => texts.forEach((t, j) => (row[j] = joinWrapped(row[j]!, t)));
  for (const l of stretch) {
    const row = last();
    if (l.kind === 'header') push(l.cells.texts, 'header');
    else if (l.kind === 'span') {
      const spanning = l.cells.texts.filter((t) => t !== '').join(' ');
      if (row?.kind === 'label' && !YEAR_AT_END.test(row.cells[0]!) && !isStandardName(spanning)) row.cells[0] = joinWrapped(row.cells[0]!, spanning);
      else push(labelRow(spanning, width), 'label');
    } else if (ownLabel(l)) {
      const text = l.cells.texts.filter((t) => t !== '').join(' ');
      if (row?.kind === 'label' && !YEAR_AT_END.test(row.cells[0]!)) join(row.cells, l.cells.texts);
      else push(l.cells.filled.length === 1 ? labelRow(text, width) : l.cells.texts, 'label');
    } else if (l.kind === 'code') {
      const cells = Array<string>(width).fill('');
      const above = pending.get(l) ?? [];
      for (const p of above) join(cells, width0(p.cells.texts));
      join(cells, width0(l.cells.texts));
      push(cells, 'code');
      const placed = { index: table.rows.length - 1, top: above.reduce((top, p) => Math.min(top, p.y), l.y), bottom: l.y, segment: l.segment };
      rowOf.set(l, placed);
      pageRows.push(placed);
    } else if (isBody(l)) {
      const to = owner.get(l) ?? 'previous';
      if (to === 'previous') {
        if (row === undefined || row.kind === 'header') push(width0(l.cells.texts), 'other');
        else join(row.cells, width0(l.cells.texts));
      } else if (rowOf.has(to)) {
        const placed = rowOf.get(to)!;
        join(table.rows[placed.index]!, width0(l.cells.texts));
        placed.bottom = Math.max(placed.bottom, l.y);
      } else pending.set(to, [...(pending.get(to) ?? []), l]);
    }
  }

  // The standard column beside the rows: in the row it tops, or centred beside a group of rows.
  if (!table.centred) table.centred = blocks.some((b) => !pageRows.some((r) => Math.abs(r.top - b.lines[0]!.y) <= SAME_Y * fontSize));
  const inserts: Array<{ at: number; column: number; text: string }> = [];
  const boundary = new Map<number, { segment: number; y: number }>();
  for (const block of blocks) {
    const top = block.lines[0]!.y;
    if (!table.centred) {
      const placed = pageRows.find((r) => Math.abs(r.top - top) <= SAME_Y * fontSize);
      if (placed) table.rows[placed.index]![block.column] = joinWrapped(table.rows[placed.index]![block.column]!, block.text);
      continue;
    }
    const centre = (top + block.lines[block.lines.length - 1]!.y) / 2;
    const segmentRows = pageRows.filter((r) => r.segment === block.lines[0]!.segment);
    const since = boundary.get(block.column);
    const floor = since && since.segment === block.lines[0]!.segment ? since.y : -Infinity;
    const first = segmentRows.find((r) => r.top >= floor && r.top <= centre + SAME_Y * fontSize) ?? segmentRows.find((r) => r.top >= floor) ?? segmentRows[segmentRows.length - 1];
    if (!first) continue;
    inserts.push({ at: first.index, column: block.column, text: block.text });
    // The group ends as far below the centre as it starts above it; the next group starts after that.
    boundary.set(block.column, { segment: first.segment, y: 2 * centre - first.top + pitch / 2 });
  }
  inserts.sort((a, b) => b.at - a.at || b.column - a.column);
  for (const insert of inserts) {
    table.rows.splice(insert.at, 0, labelRow(insert.text, width));
    table.kinds.splice(insert.at, 0, 'label');
  }

  pushAll(
    table.lines,
    stretch.flatMap((l) => l.b.lines.map((line): [number, number] => [pageIndex, line])),
  );
  table.open = end === baselines.length;
  return end;
}

/** The baselines of the table from `from`, classed, up to the first that ends it. */
function linesOf(table: IndexTable, baselines: readonly Baseline[], from: number): Line[] {
  const out: Line[] = [];
  for (let k = from; k < baselines.length; k++) {
    const b = baselines[k]!;
    if (k > from && b.y - baselines[k - 1]!.y > MAX_GAP * table.fontSize) break;
    if (b.fontSize > LARGER * table.fontSize) break;
    const cells = cellsOf(table.grid, b);
    let kind: LineKind = 'plain';
    if (startsWithCode(cells.texts[table.codeColumn]!)) {
      if (cells.crossing) break;
      kind = 'code';
    } else if (signatureOf(indexHeaderAt(b)?.roles ?? {}) === table.signature) kind = 'header';
    else if (cells.crossing) {
      // Text across the columns: a group label when it is one piece of text, else the table has ended.
      if (chunksOf(b.runs).length !== 1 || cells.filled[0]! > table.codeColumn) break;
      kind = 'span';
    }
    out.push({ k, y: b.y, b, cells, kind, segment: 0 });
  }
  return out;
}

/** Body lines split at separators (a header or label between them). */
function segmentsOf(body: readonly Line[]): Line[][] {
  const out: Line[][] = [];
  for (const l of body) {
    const current = out[out.length - 1];
    if (current && current[0]!.segment === l.segment) current.push(l);
    else out.push([l]);
  }
  return out;
}

type Above = (l: Line) => number | undefined;

/** The pairs of neighbouring anchors in a segment, with the lines between (the separator above as the first upper anchor). */
function pairsOf(lines: readonly Line[], above: Above): Array<{ upper: number | Line; between: Line[]; lower: Line }> {
  const out: Array<{ upper: number | Line; between: Line[]; lower: Line }> = [];
  let upper: number | Line | undefined = lines.length > 0 ? above(lines[0]!) : undefined;
  let between: Line[] = [];
  for (const l of lines) {
    if (l.kind !== 'code') {
      between.push(l);
      continue;
    }
    if (upper !== undefined) out.push({ upper, between, lower: l });
    else if (between.length > 0) out.push({ upper: NaN, between, lower: l });
    upper = l;
    between = [];
  }
  return out;
}

const yOf = (upper: number | Line): number => (typeof upper === 'number' ? upper : upper.y);

/** A row whose lines clearly start above its code line: cells centred vertically. */
function centredEvidence(lines: readonly Line[], above: Above, pitch: number, tolerance: number): boolean {
  return pairsOf(lines, above).some(({ upper, between, lower }) => {
    if (between.length === 0 || Number.isNaN(yOf(upper))) return false;
    const split = splitBetween([yOf(upper), ...between.map((l) => l.y), lower.y], false, tolerance);
    if (!split.clear || split.at > between.length) return false;
    // Under a header or label, a row without a code may come first: only a code line half a line below the text is evidence there.
    return typeof upper !== 'number' || lower.y - between[between.length - 1]!.y < pitch - tolerance;
  });
}

function assignOwners(lines: readonly Line[], centred: boolean, above: Above, tolerance: number, owner: Map<Line, Line | 'previous'>): void {
  const tops = new Map<Line, number>();
  for (const { upper, between, lower } of pairsOf(lines, above)) {
    if (Number.isNaN(yOf(upper))) {
      // The top of a page the table goes on to: centred rows start above their code; top-aligned ones end the last page's row.
      for (const l of between) owner.set(l, centred ? lower : 'previous');
      if (centred) tops.set(lower, between[0]!.y);
      continue;
    }
    // The upper row's top: its code line or the highest line given to it from the pair above.
    const top = typeof upper === 'number' ? undefined : (tops.get(upper) ?? upper.y);
    const { at } = splitBetween([yOf(upper), ...between.map((l) => l.y), lower.y], centred, tolerance, top);
    between.forEach((l, i) => owner.set(l, i + 1 < at ? (typeof upper === 'number' ? 'previous' : upper) : lower));
    if (at <= between.length) tops.set(lower, between[at - 1]!.y);
  }
  // After the segment's last code line: its row.
  const anchors = lines.filter((l) => l.kind === 'code');
  const lastAnchor = anchors[anchors.length - 1];
  if (lastAnchor) for (const l of lines) if (l.y > lastAnchor.y) owner.set(l, lastAnchor);
}

const labelRow = (text: string, width: number): string[] => [text, ...Array<string>(width - 1).fill('')];
