// KPI tables read as data (issue 16, item 3): each body row a labelled metric, each cell a number with the
// unit its row label or column header names and the year its column header names.
import type { TableBlock, TextSpan } from '../model/content-index.js';
import { cellNumber, type NumberToken } from './numbers.js';
import { isYearLike } from './figures.js';
import { labelUnit, normalise, unitAt, type UnitMatch, type UnitTable } from './units.js';
import { yearsIn } from './periods.js';
import { SCOPE_LABEL, SUBROW_LABEL, TOTAL_LABEL } from './vocabulary.js';

export interface KpiCell {
  span: TextSpan;
  number: NumberToken;
  unit?: UnitMatch;
  /** The one year its column header names, if any. */
  year?: number;
  /** Half the last printed digit, in the cell's own unit: how far rounding may have moved it. */
  rounding: number;
  percent: boolean;
}

export interface KpiRow {
  label: string;
  labelSpan: TextSpan | undefined;
  total: boolean;
  subrow: boolean;
  /** By column (index into the row); absent where the cell holds no single number. */
  cells: (KpiCell | undefined)[];
}

const SCOPE_DIGITS: Record<string, string> = { '1': '1', '2': '2', '3': '3', 一: '1', 二: '2', 三: '3' };

/** The scopes a label names (`Scope 1 and 2` -> ['1', '2']). */
export function scopesOf(label: string): string[] {
  const digits = [...label.normalize('NFKC').matchAll(SCOPE_LABEL)].flatMap((m) => [...`${m[1]}${m[2] ?? ''}`.matchAll(/[123一二三]/g)].map((d) => SCOPE_DIGITS[d[0]]!));
  return [...new Set(digits)];
}

function roundingOf(token: NumberToken): number {
  const decimals = /\.(\d+)/.exec(token.raw)?.[1]?.length ?? 0;
  const multiplier = token.multiplier ? token.value / Number(token.raw.replace(/[^\d.\-]/g, '')) : 1;
  return (0.5 * multiplier) / 10 ** decimals;
}

/** A cell that is a unit and nothing else (`tCO2e`, `MWh per RMB million revenue` is not). */
function wholeUnit(units: UnitTable, text: string): UnitMatch | undefined {
  const match = unitAt(units, text);
  return match && normalise(text.trim()) === normalise(match.text.trim()) ? match : undefined;
}

/**
 * Where the header row is: the first row, unless that row is a caption alone (`Key Environmental
 * Performance` and empty cells, as a PDF table often keeps its title) over a row that names years.
 */
function headerAt(rows: readonly (readonly TextSpan[])[]): number {
  const caption = rows[0] !== undefined && rows[0].slice(1).every((cell) => cell.text.trim() === '');
  return caption && rows[1] !== undefined && rows[1].slice(1).some((cell) => yearsIn(cell.text).length === 1) ? 1 : 0;
}

export function kpiRows(table: TableBlock, units: UnitTable | undefined): KpiRow[] {
  const [header = [], ...body] = table.rows.slice(headerAt(table.rows));
  const columnYears = header.map((cell) => {
    const years = yearsIn(cell.text);
    return years.length === 1 ? years[0] : undefined;
  });
  const columnUnits = header.map((cell) => (units ? labelUnit(units, cell.text) : undefined));
  return body.map((row) => {
    const label = row[0]?.text ?? '';
    // A unit column (`| Scope 1 | tCO2e | 14,540 |`), else the label's own (`Energy (MWh)`).
    const unitCell = units ? row.slice(1).map((cell) => wholeUnit(units, cell.text)).find((u) => u !== undefined) : undefined;
    const rowUnit = unitCell ?? (units ? labelUnit(units, label) : undefined);
    const cells = row.map((span, c): KpiCell | undefined => {
      if (c === 0) return undefined;
      const number = cellNumber(span.text);
      if (!number || isYearLike(number)) return undefined;
      const own = units ? unitAt(units, span.text.slice(number.end)) : undefined;
      const unit = own ?? rowUnit ?? columnUnits[c];
      const year = columnYears[c];
      const percent = /%/.test(span.text) || unit?.dimension === 'percent';
      return { span, number, ...(unit ? { unit } : {}), ...(year !== undefined ? { year } : {}), rounding: roundingOf(number), percent };
    });
    return { label, labelSpan: row[0], total: TOTAL_LABEL.test(label), subrow: SUBROW_LABEL.test(label), cells };
  });
}
