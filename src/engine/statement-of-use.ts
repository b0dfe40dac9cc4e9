// GRI 1, Requirement 8: the statement of use, filled from the report's organization and period.
// The templates come from standards/gri/foundation.json with GRI's own bracketed placeholders (English) or
// `{name}` ones (the Chinese wording, a translation of our own marked `official: false` there).
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

/**
 * The Chinese statement: its `{organization}`, `{start}` and `{end}` filled, dates in Chinese (`2025年1月1日`).
 * A placeholder with nothing to fill it stays as written, for the reader to see (no Chinese wording here:
 * it lives in standards/gri/foundation.json).
 */
export function fillStatementOfUseZh(template: string, meta: ReportMeta): string {
  const values: Record<string, string | undefined> = {
    organization: meta.organization ?? meta.title,
    start: meta.period && localDate(meta.period.start, 'zh'),
    end: meta.period && localDate(meta.period.end, 'zh'),
  };
  return template.replace(/\{(organization|start|end)\}/g, (whole, name: string) => values[name] ?? whole);
}
