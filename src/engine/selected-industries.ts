// SASB (issue #4 §1): `frameworks.sasb.industries` selects industry standards; each requires every
// one of its metrics, activity metrics included, reported or omitted with a reason.
import type { Catalog, StandardDef } from '../model/catalog.js';
import type { ReportMeta } from '../model/report.js';

export interface IndustrySelection {
  /** As written in front matter (`TC-HW`). */
  raw: string;
  standard: StandardDef | undefined;
}

export function selectedIndustries(meta: ReportMeta, catalog: Catalog): IndustrySelection[] {
  const codes = meta.frameworks.sasb?.industries ?? [];
  return [...new Set(codes.map((c) => String(c).trim().toUpperCase()))].map((raw) => ({
    raw,
    standard: catalog.standards.find((s) => s.framework === 'sasb' && s.series === 'industry' && s.topic === raw),
  }));
}
