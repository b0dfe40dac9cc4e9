// Years that label figures (`2024`, `2024年`, `FY2024`) and the reporting period's years.
import type { ReportMeta } from '../model/report.js';
import { YEAR } from './vocabulary.js';

/** The distinct years named in `text`, ascending. */
export function yearsIn(text: string): number[] {
  const years = new Set<number>();
  for (const match of text.matchAll(YEAR)) years.add(Number(match[1]));
  return [...years].sort((a, b) => a - b);
}

/** The years the reporting period touches (a fiscal year 2024-04-01 … 2025-03-31 touches both), else empty. */
export function periodYears(meta: ReportMeta): number[] {
  const start = meta.period ? Number(meta.period.start.slice(0, 4)) : NaN;
  const end = meta.period ? Number(meta.period.end.slice(0, 4)) : NaN;
  if (!Number.isInteger(start) || !Number.isInteger(end) || end < start || end - start > 5) return [];
  const years: number[] = [];
  for (let y = start; y <= end; y++) years.push(y);
  return years;
}
