// GRI 1, Requirement 8: the statement of use, filled from the report's organization and period.
// The templates come from standards/gri/foundation.json with GRI's own bracketed placeholders.
import type { ReportMeta } from '../model/report.js';
import { longDate as localDate } from '../rules/messages/render.js';

/**
 * `2025-01-01` -> `1 January 2025`, as in GRI 1's own example (Intl.DateTimeFormat, en-GB): the statement
 * of use is GRI's English wording, whatever the locale of the messages around it.
 */
export const longDate = (iso: string): string => localDate(iso, 'en');

export function fillStatementOfUse(template: string, meta: ReportMeta): string {
  const organization = meta.organization ?? meta.title ?? '[organization]';
  const period = meta.period ? `from ${longDate(meta.period.start)} to ${longDate(meta.period.end)}` : '[reporting period]';
  return template.replace(/\[name of (the )?organi[sz]ation\]/i, organization).replace(/\[reporting period[^\]]*\]/i, period);
}
