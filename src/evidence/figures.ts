// Figures in a report's text and tables: numbers that state a quantity, with the unit printed after them.
// Not figures: years (they label figures: ./periods.ts), dates, and numbers that name something (`Scope 1`,
// `ISO 14001`, `第3条`). suggest (KPI rows as ranking evidence) and the evidence rules both read figures here.
import { numbersIn, type NumberToken } from './numbers.js';
import { unitAt, type UnitMatch, type UnitTable } from './units.js';
import { DATE_AFTER, LABEL_BEFORE } from './vocabulary.js';

export interface Figure {
  /** The number as written (`14,540`, `12.5万`). */
  raw: string;
  /** Its value with any multiplier applied (`12.5万` -> 125000), in its own unit (no conversion). */
  value: number;
  /** The unit printed right after it, if any. */
  unit?: UnitMatch;
  footnote?: string;
}

/** A bare integer from 1980 to 2099 reads as a year, not a quantity. */
export const isYearLike = (token: NumberToken): boolean => !token.formatted && !token.multiplier && token.value >= 1980 && token.value <= 2099;

/** True when `token` in `text` is a label, a date or a list number rather than a quantity. */
function namesSomething(text: string, token: NumberToken): boolean {
  const before = text.slice(Math.max(0, token.start - 12), token.start);
  if (LABEL_BEFORE.test(before)) return true;
  if (DATE_AFTER.test(text.slice(token.end, token.end + 12))) return true;
  // `1. Introduction`, `2）`: a list or heading number at the start of a line.
  return /(^|\n)\s*$/.test(before) && /^[.)）、]\s*\D/.test(text.slice(token.end, token.end + 3)) && token.value < 100;
}

/** The figures of `text`, in order; with a unit table, each with the unit printed after it. */
export function figuresIn(text: string, units?: UnitTable): Figure[] {
  const figures: Figure[] = [];
  for (const token of numbersIn(text)) {
    const unit = units ? unitAt(units, text.slice(token.end, token.end + 40)) : undefined;
    if (isYearLike(token) && (!unit || unit.dimension === 'days')) continue;
    if (namesSomething(text, token)) continue;
    const figure: Figure = { raw: token.raw, value: token.value };
    if (unit) figure.unit = unit;
    if (token.footnote) figure.footnote = token.footnote;
    figures.push(figure);
  }
  return figures;
}

/**
 * A table cell that is a figure: it has a digit and at most a short unit beside it (`14,540`, `96.5%`, `48,200吨`,
 * `12 MWh`). Moved here from suggest/documents.ts (issue 16): KPI rows are evidence for both.
 */
export function isFigureCell(cell: string): boolean {
  return /\d/.test(cell) && cell.replace(/[\d\s.,%‰()+\-–—~≈<>≤≥*/]/g, '').length <= 6;
}
