// Content-index tables from positioned lines (issue 13, item 1). A content index is printed borderless:
// a header row whose words name the columns (`GRI Standard | Disclosure | Location | Omission`, `GRI 标准 |
// 披露项 | 页码`), then rows. A row starts on a baseline whose code column holds a disclosure code; lines
// below it without a code continue its cells (wrapped titles and locations); a standard's name alone on a
// line (`GRI 2: General Disclosures 2021`, spanning or in the first column) is a group-label row; the
// header printed again on the next page is kept as a row (the index reader recognises repeats), and the
// table goes on across pages while the columns match.
import { pushAll } from '../../arrays.js';
import { chunksOf, type Baseline, type Chunk } from './table-baselines.js';
import { cellsOf, gridFrom, shifted, type Grid } from './table-grid.js';
import { indexHeaderAt, signatureOf, type Roles } from './table-index-header.js';
import { LARGER, MAX_GAP, readRows, type IndexTable } from './table-index-rows.js';
import { joinWrapped } from './table-text.js';
import { isShortLabel, isStandardName, rolesOf, startsWithCode } from './table-words.js';

export { indexHeaderAt };

export type { IndexTable, RowKind } from './table-index-rows.js';

/** A wrapped header cell's second line follows within this many font sizes. */
const HEADER_WRAP = 1.6;
/** How far a later page's columns may be offset without more evidence (mirrored margins of facing pages). */
const MAX_SHIFT = 60;
/** Lines at the top of a continuation page looked at to place its columns. */
const TOP_LINES = 6;

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
function codeColumnOf(grid: Grid, roles: Roles, baselines: readonly Baseline[], from: number, fontSize: number): number | undefined {
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
    centred: false,
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
    if (!started) return carriedOver(table, pageIndex, baselines);
    append(table, started.table);
    joinCutRow(table, table.rows.length - started.table.rows.length);
    return started.next;
  }
  // No header: align this page's code cells with the code column.
  const dx = shiftOf(table, baselines);
  if (dx === undefined) return undefined;
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

/**
 * How far this page's columns are offset from the table's: where its first code cell starts against the
 * code column. Up to MAX_SHIFT that is enough (mirrored margins); further only when the code cells of the
 * lines at the top of the page start at one x, at least two of them, and their lines fit the columns so
 * shifted (a wide binding margin), not body text whose lines happen to start with codes.
 */
function shiftOf(table: IndexTable, baselines: readonly Baseline[]): number | undefined {
  const codes = baselines.slice(0, TOP_LINES).flatMap((b) => {
    const code = chunksOf(b.runs).find((c) => startsWithCode(c.text));
    return code ? [{ x: code.x, b }] : [];
  });
  if (codes.length === 0) return 0;
  const dx = codes[0]!.x - table.grid.starts[table.codeColumn]!;
  if (Math.abs(dx) <= MAX_SHIFT) return dx;
  const grid = shifted(table.grid, dx);
  const column = codes.filter((c) => Math.abs(c.x - codes[0]!.x) <= grid.slack);
  if (column.length < 2) return undefined;
  return column.every((c) => !cellsOf(grid, c.b).crossing && chunksOf(c.b.runs).length >= 2) ? dx : undefined;
}

/**
 * A row cut by a page break goes on under the next page's repeated header, before any code: the first row
 * of that page (at `at`, the repeated header) is followed by text without a code, which is the end of the
 * row before the break (`3-3 Management of` / `material topics`). Joined back into that row, cell by cell.
 */
function joinCutRow(table: IndexTable, at: number): void {
  const before = at - 1;
  const carried = at + 1;
  if (before < 0 || table.kinds[at] !== 'header' || table.kinds[before] !== 'code' || table.kinds[carried] !== 'other') return;
  const row = table.rows[before]!;
  table.rows[carried]!.forEach((text, j) => (row[j] = joinWrapped(row[j] ?? '', text)));
  table.rows.splice(carried, 1);
  table.kinds.splice(carried, 1);
}

/**
 * A page that holds only the repeated header and the end of the last row (the table's last row cut by the
 * page break): the lines under the header, up to the first gap or larger text, are that row's end.
 */
function carriedOver(table: IndexTable, pageIndex: number, baselines: readonly Baseline[]): number | undefined {
  const last = table.rows[table.rows.length - 1];
  if (!last || table.kinds[table.kinds.length - 1] !== 'code' || baselines.length < 2) return undefined;
  const cells: string[] = last.map(() => '');
  const lines: Array<[number, number]> = baselines[0]!.lines.map((l) => [pageIndex, l]);
  let k = 1;
  for (; k < baselines.length; k++) {
    const b = baselines[k]!;
    if (b.y - baselines[k - 1]!.y > MAX_GAP * table.fontSize || b.fontSize > LARGER * table.fontSize) break;
    const found = cellsOf(table.grid, b);
    if (found.crossing || startsWithCode(found.texts[table.codeColumn] ?? '')) break;
    found.texts.forEach((text, j) => (cells[j] = joinWrapped(cells[j] ?? '', text)));
    for (const l of b.lines) lines.push([pageIndex, l]);
  }
  if (k === 1) return undefined;
  cells.forEach((text, j) => (last[j] = joinWrapped(last[j] ?? '', text)));
  pushAll(table.lines, lines);
  table.endPage = pageIndex;
  table.open = false;
  return k;
}

function append(table: IndexTable, more: IndexTable): void {
  pushAll(table.rows, more.rows);
  pushAll(table.kinds, more.kinds);
  pushAll(table.lines, more.lines);
  table.grid = more.grid;
  table.endPage = more.endPage;
  table.open = more.open;
}
