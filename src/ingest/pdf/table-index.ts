// Content-index tables from positioned lines (issue 13, item 1). A content index is printed borderless:
// a header row whose words name the columns (`GRI Standard | Disclosure | Location | Omission`, `GRI 标准 |
// 披露项 | 页码`), then rows. A row starts on a baseline whose code column holds a disclosure code; lines
// below it without a code continue its cells (wrapped titles and locations); a standard's name alone on a
// line (`GRI 2: General Disclosures 2021`, spanning or in the first column) is a group-label row; the
// header printed again on the next page is kept as a row (the index reader recognises repeats), and the
// table goes on across pages while the columns match.
import { pushAll } from '../../arrays.js';
import { columnsOf } from '../../mapping/content-index/index.js';
import type { IndexColumn } from '../../model/content-index.js';
import { chunksOf, type Baseline, type Chunk } from './table-baselines.js';
import { cellsOf, gridFrom, shifted, type Grid, type GridCells } from './table-grid.js';
import { joinWrapped } from './table-text.js';
import { isShortLabel, isStandardName, rolesOf, startsWithCode } from './table-words.js';

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
}

/** A row ends the table when its baseline is this many font sizes below the last one (white space after the table). */
const MAX_GAP = 3.5;
/** A line this much larger than the table's text is a heading after it. */
const LARGER = 1.25;
/** A wrapped header cell's second line follows within this many font sizes. */
const HEADER_WRAP = 1.6;
/** How far a later page's columns may be offset (mirrored margins of facing pages). */
const MAX_SHIFT = 60;

const YEAR_AT_END = /(?:19|20)\d{2}\s*$/;

/** The header cells of a baseline when its words name an index's columns (a disclosure column among them). */
export function indexHeaderAt(baseline: Baseline): { chunks: Chunk[]; roles: Partial<Record<IndexColumn, number>> } | undefined {
  const chunks = chunksOf(baseline.runs);
  if (chunks.length < 2) return undefined;
  if (chunks.some((c) => !isShortLabel(c.text) || startsWithCode(c.text))) return undefined;
  const named = chunks.filter((c) => rolesOf(c.text).length > 0).length;
  if (named < 2 || named < chunks.length - 1) return undefined;
  const roles = columnsOf(chunks.map((c) => c.text));
  return roles.disclosure === undefined ? undefined : { chunks, roles };
}

const signatureOf = (roles: Partial<Record<IndexColumn, number>>): string =>
  (Object.entries(roles) as Array<[IndexColumn, number]>)
    .sort((a, b) => a[1] - b[1])
    .map(([role]) => role)
    .join(',');

/** The chunks of the code rows below a header, up to the first break, to place the columns. */
function bodyChunks(baselines: readonly Baseline[], from: number, fontSize: number): Chunk[][] {
  const out: Chunk[][] = [];
  for (let k = from; k < baselines.length; k++) {
    const b = baselines[k]!;
    if (b.y - baselines[k - 1]!.y > MAX_GAP * fontSize || b.fontSize > LARGER * fontSize) break;
    const chunks = chunksOf(b.runs);
    if (chunks.some((c) => startsWithCode(c.text))) out.push(chunks);
  }
  return out;
}

/** The column holding codes: the one the header names, else the one with most codes (not a page or location column). */
function codeColumnOf(grid: Grid, roles: Partial<Record<IndexColumn, number>>, baselines: readonly Baseline[], from: number, fontSize: number): number | undefined {
  const counts = grid.starts.map(() => 0);
  for (let k = from; k < baselines.length; k++) {
    const b = baselines[k]!;
    if (b.y - baselines[k - 1]!.y > MAX_GAP * fontSize) break;
    cellsOf(grid, b).texts.forEach((t, j) => {
      if (startsWithCode(t)) counts[j]!++;
    });
  }
  const named = roles.disclosure!;
  if (counts[named]! > 0) return named;
  const excluded = new Set((['location', 'page', 'omission', 'reason', 'explanation', 'requirements', 'sector-ref'] as const).map((r) => roles[r]));
  let best: number | undefined;
  counts.forEach((n, j) => {
    if (n > 0 && !excluded.has(j) && (best === undefined || n > counts[best]!)) best = j;
  });
  return best;
}

/** Starts an index table at a header baseline; undefined when no code row follows it. */
export function startIndexTable(pageIndex: number, baselines: readonly Baseline[], at: number): { table: IndexTable; next: number } | undefined {
  const header = indexHeaderAt(baselines[at]!);
  if (!header) return undefined;
  const fontSize = baselines[at]!.fontSize;
  const texts = header.chunks.map((c) => c.text);
  let k = at + 1;
  const lines: Array<[number, number]> = baselines[at]!.lines.map((l) => [pageIndex, l]);
  const grid0 = gridFrom(header.chunks, [], fontSize);
  // A header cell wrapped over two lines (`Reason for` / `omission`).
  while (k < baselines.length && baselines[k]!.y - baselines[k - 1]!.y <= HEADER_WRAP * fontSize) {
    const cells = cellsOf(grid0, baselines[k]!);
    const wrapped = !cells.crossing && cells.texts.every((t) => t === '' || (isShortLabel(t) && !startsWithCode(t) && !isStandardName(t)));
    const headerish = cells.texts.some((t) => rolesOf(t).length > 0) || (baselines[at]!.bold && baselines[k]!.bold);
    if (!wrapped || !headerish) break;
    cells.texts.forEach((t, j) => (texts[j] = joinWrapped(texts[j]!, t)));
    for (const l of baselines[k]!.lines) lines.push([pageIndex, l]);
    k++;
  }
  const grid = gridFrom(header.chunks, bodyChunks(baselines, k, fontSize), fontSize);
  const codeColumn = codeColumnOf(grid, header.roles, baselines, k, fontSize);
  if (codeColumn === undefined) return undefined;
  const table: IndexTable = {
    page: pageIndex,
    endPage: pageIndex,
    y: baselines[at]!.y - fontSize,
    grid,
    signature: signatureOf(header.roles),
    codeColumn,
    fontSize,
    rows: [texts],
    kinds: ['header'],
    lines,
    open: false,
  };
  const next = readRows(table, pageIndex, baselines, k);
  return table.kinds.includes('code') ? { table, next } : undefined;
}

/**
 * Goes on with an open table at the top of the next page: under a repeated header (columns placed anew) or,
 * without one, under the same columns shifted to where this page's code cells start. Returns the index of
 * the first baseline after the table, or undefined when the page does not continue it.
 */
export function continueIndexTable(table: IndexTable, pageIndex: number, baselines: readonly Baseline[]): number | undefined {
  if (baselines.length === 0) return undefined;
  const header = indexHeaderAt(baselines[0]!);
  if (header) {
    if (signatureOf(header.roles) !== table.signature) return undefined;
    const started = startIndexTable(pageIndex, baselines, 0);
    if (!started) return undefined;
    append(table, started.table);
    return started.next;
  }
  // No header: align this page's first code cell with the code column.
  let dx = 0;
  for (const b of baselines.slice(0, 3)) {
    const code = chunksOf(b.runs).find((c) => startsWithCode(c.text));
    if (code) {
      dx = code.x - table.grid.starts[table.codeColumn]!;
      break;
    }
  }
  if (Math.abs(dx) > MAX_SHIFT) return undefined;
  const grid = shifted(table.grid, dx);
  const first = cellsOf(grid, baselines[0]!);
  if (first.crossing && !isStandardName(first.texts.join(' ').trim())) return undefined;
  if (baselines[0]!.fontSize > LARGER * table.fontSize) return undefined;
  const before = { rows: table.rows.length, lines: table.lines.length, grid: table.grid };
  table.grid = grid;
  const next = readRows(table, pageIndex, baselines, 0);
  if (next === 0 || !table.kinds.slice(before.rows).includes('code')) {
    // Nothing of the table here after all: undo.
    table.rows.length = before.rows;
    table.kinds.length = before.rows;
    table.lines.length = before.lines;
    table.grid = before.grid;
    table.open = false;
    return undefined;
  }
  table.endPage = pageIndex;
  return next;
}

function append(table: IndexTable, more: IndexTable): void {
  pushAll(table.rows, more.rows);
  pushAll(table.kinds, more.kinds);
  pushAll(table.lines, more.lines);
  table.grid = more.grid;
  table.endPage = more.endPage;
  table.open = more.open;
}

/** Reads rows from baseline `from` until the table ends; returns the index of the first baseline after it. */
function readRows(table: IndexTable, pageIndex: number, baselines: readonly Baseline[], from: number): number {
  const width = table.grid.starts.length;
  const lines: Array<[number, number]> = [];
  let k = from;
  const current = (): { cells: string[]; kind: RowKind } | undefined => {
    const last = table.rows.length - 1;
    return last < 0 ? undefined : { cells: table.rows[last]!, kind: table.kinds[last]! };
  };
  const push = (cells: string[], kind: RowKind): void => {
    table.rows.push(cells);
    table.kinds.push(kind);
  };
  const continueRow = (cells: GridCells): void => {
    const row = current()!.cells;
    cells.texts.forEach((t, j) => (row[j] = joinWrapped(row[j]!, t)));
  };
  for (; k < baselines.length; k++) {
    const b = baselines[k]!;
    if (k > from && b.y - baselines[k - 1]!.y > MAX_GAP * table.fontSize) break;
    if (b.fontSize > LARGER * table.fontSize) break;
    const cells = cellsOf(table.grid, b);
    const alone = cells.filled.length === 1 ? cells.texts[cells.filled[0]!]! : undefined;
    const spanning = chunksOf(b.runs).length === 1 ? cells.texts.filter((t) => t !== '').join(' ') : undefined;
    const row = current();
    if (startsWithCode(cells.texts[table.codeColumn]!)) {
      if (cells.crossing) break;
      push(cells.texts, 'code');
    } else if (indexHeaderAt(b) && signatureOf(indexHeaderAt(b)!.roles) === table.signature) {
      push(cells.texts, 'header');
    } else if (cells.crossing) {
      // Text across the columns: a group label when it is one piece of text, else the table has ended.
      if (spanning === undefined || cells.filled[0]! > table.codeColumn) break;
      if (row?.kind === 'label' && !YEAR_AT_END.test(row.cells[0]!) && !isStandardName(spanning)) row.cells[0] = joinWrapped(row.cells[0]!, spanning);
      else push(labelRow(spanning, width), 'label');
    } else if ((alone !== undefined && isStandardName(alone)) || cells.filled.every((j) => j < table.codeColumn)) {
      // Text only left of the codes (the standard column) or a standard's name alone: a label, or its wrapped part.
      const text = cells.texts.filter((t) => t !== '').join(' ');
      const incompleteLabel = row?.kind === 'label' && !YEAR_AT_END.test(row.cells[0]!);
      const wrapsCell = row?.kind === 'code' && cells.filled.every((j) => row.cells[j] !== '') && !isStandardName(text);
      if (incompleteLabel || wrapsCell) continueRow(cells);
      else push(cells.filled.length === 1 ? labelRow(text, width) : cells.texts, 'label');
    } else if (row === undefined || row.kind === 'header') {
      push(cells.texts, 'other');
    } else {
      continueRow(cells);
    }
    for (const l of b.lines) lines.push([pageIndex, l]);
  }
  pushAll(table.lines, lines);
  table.open = k === baselines.length;
  return k;
}

const labelRow = (text: string, width: number): string[] => [text, ...Array<string>(width - 1).fill('')];
