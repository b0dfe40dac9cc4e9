// value-conflict (issue 16, item 3): the same metric for the same year given two different values in two
// places, e.g. Scope 1 in the text and in the KPI table. A metric is a KPI row label (normalised), or a GHG
// scope wherever it is named (tables and sentences); values are compared in one unit after conversion.
import type { Report } from '../model/report.js';
import type { TableBlock, TextSpan } from '../model/content-index.js';
import { kpiRows, scopesOf } from './kpi-tables.js';
import { figuresIn } from './figures.js';
import { numbersIn } from './numbers.js';
import { yearsIn } from './periods.js';
import type { UnitTable } from './units.js';
import { SCOPE_METHOD } from './vocabulary.js';

export interface MetricValue {
  /** `scope1`, or a row label lower-cased with units, brackets and marks removed. */
  metric: string;
  /** The label as printed. */
  label: string;
  year: number;
  /** In the dimension's base unit; `dimension` empty when no unit is known. */
  value: number;
  dimension: string;
  rounding: number;
  raw: string;
  at: TextSpan;
  section: number;
}

export interface ValueConflict {
  first: MetricValue;
  second: MetricValue;
}

const metricKey = (label: string): string => {
  const scopes = scopesOf(label);
  // Scope 2 has two methods (GHG Protocol Scope 2 Guidance): location- and market-based are two metrics.
  const method = SCOPE_METHOD.exec(label.normalize('NFKC'));
  if (scopes.length === 1 && !/\b(?:and|&|\+|intensity)\b|和|及|与|强度|密度/i.test(label)) return `scope${scopes[0]}${method ? `:${method[1] ? 'location' : 'market'}` : ''}`;
  return label.normalize('NFKC').toLowerCase().replace(/[(（][^)）]*[)）]/g, '').replace(/[\s\p{P}\p{S}\d]+/gu, ' ').trim();
};

function tableValues(table: TableBlock, units: UnitTable | undefined, defaultYear: number | undefined, out: MetricValue[]): void {
  const rows = kpiRows(table, units);
  const valueColumns = new Set(rows.flatMap((r) => r.cells.flatMap((cell, c) => (cell ? [c] : []))));
  for (const row of rows) {
    const metric = metricKey(row.label);
    if (metric.length < 2) continue;
    row.cells.forEach((cell, c) => {
      if (!cell) return;
      // A cell without a year in its header is the period's value only in a table of one value column.
      const year = cell.year ?? (valueColumns.size === 1 ? defaultYear : undefined);
      if (year === undefined || (c === 0)) return;
      const factor = cell.unit?.factor ?? 1;
      out.push({ metric, label: row.label, year, value: cell.number.value * factor, dimension: cell.unit?.dimension ?? (cell.percent ? 'percent' : ''), rounding: cell.rounding * factor, raw: cell.span.text, at: cell.span, section: table.section });
    });
  }
}

/** Scope 1/2/3 stated in a sentence with a GHG unit (`Scope 1 emissions were 14,540 tCO2e in 2024`). */
function proseValues(report: Report, units: UnitTable, defaultYear: number | undefined, out: MetricValue[]): void {
  for (const block of report.blocks) {
    // A Latin full stop ends a sentence only before white space (`1.26万` is one number).
    for (const sentence of block.text.split(/(?<=[。；！？])|(?<=[.;!?])\s+/)) {
      const scopes = scopesOf(sentence);
      if (scopes.length !== 1) continue;
      const figures = figuresIn(sentence, units).filter((f) => f.unit?.dimension === 'ghg-mass');
      if (figures.length !== 1) continue;
      const years = yearsIn(sentence);
      const year = years.length === 1 ? years[0] : years.length === 0 ? defaultYear : undefined;
      if (year === undefined) continue;
      const figure = figures[0]!;
      const token = numbersIn(figure.raw)[0];
      const decimals = /\.(\d+)/.exec(figure.raw)?.[1]?.length ?? 0;
      const multiplier = token && token.multiplier ? figure.value / Number(figure.raw.replace(/[^\d.\-]/g, '')) : 1;
      const factor = figure.unit!.factor;
      if (/\b(?:intensity)\b|强度|密度/i.test(sentence)) continue;
      const method = SCOPE_METHOD.exec(sentence);
      out.push({ metric: `scope${scopes[0]}${method ? `:${method[1] ? 'location' : 'market'}` : ''}`, label: sentence, year, value: figure.value * factor, dimension: 'ghg-mass', rounding: ((0.5 * multiplier) / 10 ** decimals) * factor, raw: `${figure.raw} ${figure.unit!.text}`, at: block, section: block.section });
    }
  }
}

/** Every metric value of the report, tables first then sentences, each in document order. */
export function metricValues(report: Report, units: UnitTable | undefined, defaultYear: number | undefined, skipTables: ReadonlySet<TableBlock> = new Set()): MetricValue[] {
  const out: MetricValue[] = [];
  for (const table of report.tables) if (!skipTables.has(table)) tableValues(table, units, defaultYear, out);
  if (units) proseValues(report, units, defaultYear, out);
  return out;
}

/** Pairs of values of one metric and year that differ beyond rounding; each second value once, against the first. */
export function valueConflicts(values: readonly MetricValue[]): ValueConflict[] {
  const firsts = new Map<string, MetricValue>();
  const conflicts: ValueConflict[] = [];
  for (const v of values) {
    const key = `${v.metric}\u0000${v.year}\u0000${v.dimension}`;
    const first = firsts.get(key);
    if (!first) {
      firsts.set(key, v);
      continue;
    }
    if (first.at === v.at) continue;
    if (Math.abs(first.value - v.value) > Math.max(first.rounding, v.rounding) + 1e-9) conflicts.push({ first, second: v });
  }
  return conflicts;
}
