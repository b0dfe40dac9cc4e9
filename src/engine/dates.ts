// The dates that decide which standard versions apply to a report (domain.md §1, "Versions and dates").
import type { ReportMeta } from '../model/report.js';
import type { ReportDates } from '../catalog/index.js';

export function reportDates(meta: ReportMeta): ReportDates {
  const dates: ReportDates = {};
  if (meta.published) dates.published = meta.published;
  if (meta.period?.start) dates.periodStart = meta.period.start;
  if (meta.period?.end) dates.periodEnd = meta.period.end;
  return dates;
}
