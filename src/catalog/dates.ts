// Which report date an effective window is compared with, and the verdict (domain.md §1, "Versions and
// dates"). Dates are ISO days (`YYYY-MM-DD`), so string order is date order.
import type { Effective } from '../model/catalog.js';

/** The dates of one report; any of them may be missing. */
export interface ReportDates {
  published?: string;
  periodStart?: string;
  periodEnd?: string;
}

export type EffectState = 'in-effect' | 'not-yet' | 'ended' | 'unknown';

/**
 * `2026-04-20`, `2026-04-20T08:00:00Z` or a Date (YAML front matter yields those) -> `2026-04-20`;
 * `2026-04` -> `2026-04-01`. Anything else -> undefined: a date we cannot read is a missing date.
 */
export function toDay(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  const day = /^(\d{4}-\d{2}-\d{2})(?:$|T)/.exec(value.trim());
  if (day) return day[1];
  const month = /^(\d{4}-\d{2})$/.exec(value.trim());
  return month ? `${month[1]}-01` : undefined;
}

/**
 * The report date compared with `effective`: the publication date (else the period end, the closest
 * stand-in) on the publication basis; the period start (else the publication date) on the reporting-period basis.
 */
export function comparedDate(effective: Effective, dates: ReportDates): string | undefined {
  return effective.basis === 'publication'
    ? (toDay(dates.published) ?? toDay(dates.periodEnd))
    : (toDay(dates.periodStart) ?? toDay(dates.published));
}

/** `from` is inclusive, `before` exclusive. */
export function inEffect(effective: Effective, dates: ReportDates): EffectState {
  const day = comparedDate(effective, dates);
  if (day === undefined) return 'unknown';
  if (effective.from !== undefined && day < effective.from) return 'not-yet';
  if (effective.before !== undefined && day >= effective.before) return 'ended';
  return 'in-effect';
}

/**
 * A report at `dates` could be using this window early: not yet in effect, early adoption allowed, and the
 * standard already issued when the report was written (nobody adopts a standard that does not exist yet).
 * "When it was written" is the publication date, else the period end — not the date compared for effect: a
 * calendar-2024 report under a reporting-period standard issued in April 2024 is written in 2025 and may
 * adopt it early, although its period started before the standard existed.
 */
export function adoptableEarly(effective: Effective, dates: ReportDates): boolean {
  if (!effective.earlyAdoption || inEffect(effective, dates) !== 'not-yet') return false;
  const written = toDay(dates.published) ?? toDay(dates.periodEnd) ?? comparedDate(effective, dates)!;
  return effective.issued === undefined || written >= effective.issued;
}

/** `in effect for reports published from 2023-01-01`; used inside messages. */
export function describeWindow(effective: Effective): string {
  const subject = effective.basis === 'publication' ? 'reports published' : 'reporting periods starting';
  const { from, before } = effective;
  const early = effective.earlyAdoption && from ? ', early adoption permitted' : '';
  if (from && before) return `in effect for ${subject} from ${from} and before ${before}`;
  if (from) return `in effect for ${subject} from ${from}${early}`;
  if (before) return `in effect for ${subject} before ${before}`;
  return 'in effect with no end date';
}
