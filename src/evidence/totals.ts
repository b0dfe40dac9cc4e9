// total-mismatch (issue 16, item 3): in a KPI table, a stated total that differs from the sum of the rows it
// totals beyond rounding, and shares of one breakdown that add up to more than 100 %.
import type { TextSpan } from '../model/content-index.js';
import { scopesOf, type KpiCell, type KpiRow } from './kpi-tables.js';
import { SHARE_HEADER } from './vocabulary.js';

export interface TotalProblem {
  kind: 'sum' | 'shares';
  /** The total's cell (`sum`) or the last share of the breakdown (`shares`). */
  at: TextSpan;
  /** The row label of the total, or of the breakdown's first row. */
  label: string;
  stated: number;
  computed: number;
  /** The labels of the rows added up. */
  parts: string[];
}

const value = (cell: KpiCell): number => cell.number.value * (cell.unit?.factor ?? 1);
const rounding = (cell: KpiCell): number => cell.rounding * (cell.unit?.factor ?? 1);
const round = (n: number): number => Math.round(n * 1e6) / 1e6;

/** The rows a total adds up: those since the previous total, or those naming its scopes (`Total (Scope 1 and 2)`). */
function partsOf(rows: readonly KpiRow[], at: number): KpiRow[] {
  let from = at - 1;
  while (from >= 0 && !rows[from]!.total) from--;
  const group = rows.slice(from + 1, at).filter((r) => !r.subrow && !r.total);
  const scopes = scopesOf(rows[at]!.label);
  if (scopes.length === 0) return group;
  return group.filter((r) => {
    const own = scopesOf(r.label);
    return own.length === 1 && scopes.includes(own[0]!);
  });
}

function sumProblems(rows: readonly KpiRow[], problems: TotalProblem[]): void {
  rows.forEach((row, r) => {
    if (!row.total) return;
    const parts = partsOf(rows, r);
    if (parts.length < 2) return;
    row.cells.forEach((total, c) => {
      if (!total || total.percent) return;
      const cells = parts.map((p) => p.cells[c]);
      // Every part of the column holds a number in the total's dimension: a gap or another unit is no breakdown.
      if (cells.some((cell) => !cell || cell.percent || (cell.unit?.dimension ?? '') !== (total.unit?.dimension ?? ''))) return;
      const numbers = cells as KpiCell[];
      const sum = numbers.reduce((s, cell) => s + value(cell), 0);
      const tolerance = rounding(total) + numbers.reduce((s, cell) => s + rounding(cell), 0);
      if (Math.abs(sum - value(total)) <= tolerance + 1e-9) return;
      problems.push({ kind: 'sum', at: total.span, label: row.label, stated: round(total.number.value), computed: round(sum / (total.unit?.factor ?? 1)), parts: parts.map((p) => p.label) });
    });
  });
}

function shareProblems(header: readonly TextSpan[], rows: readonly KpiRow[], problems: TotalProblem[]): void {
  const columns = new Set(rows.flatMap((row) => row.cells.flatMap((cell, c) => (cell?.percent ? [c] : []))));
  for (const c of columns) {
    // Shares of one whole: the column says so, and the rows between two gaps (a label row, a total) are its parts.
    if (!SHARE_HEADER.test(header[c]?.text ?? '') && !SHARE_HEADER.test(header[0]?.text ?? '')) continue;
    let group: KpiRow[] = [];
    const close = (): void => {
      const cells = group.map((r) => r.cells[c]!);
      if (cells.length >= 2) {
        const sum = cells.reduce((s, cell) => s + cell.number.value, 0);
        const tolerance = cells.reduce((s, cell) => s + cell.rounding, 0);
        if (sum > 100 + tolerance + 1e-9) problems.push({ kind: 'shares', at: cells[cells.length - 1]!.span, label: group[0]!.label, stated: 100, computed: round(sum), parts: group.map((r) => r.label) });
      }
      group = [];
    };
    for (const row of rows) {
      const cell = row.cells[c];
      if (row.total || !cell?.percent) close();
      else if (!row.subrow) group.push(row);
    }
    close();
  }
}

export function totalProblems(header: readonly TextSpan[], rows: readonly KpiRow[]): TotalProblem[] {
  const problems: TotalProblem[] = [];
  sumProblems(rows, problems);
  shareProblems(header, rows, problems);
  return problems;
}
