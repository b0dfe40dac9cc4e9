// The version of a framework's standard that applies at a report's dates (HKEX 2020 Guide or 2025 Code …):
// the one in effect, else the newest that is not in the future.
import type { Catalog, FrameworkId, StandardDef } from '../model/catalog.js';
import { inEffect, type ReportDates } from '../catalog/index.js';

export function applicableStandard(catalog: Catalog, framework: FrameworkId, series: StandardDef['series'], dates: ReportDates): StandardDef | undefined {
  const versions = catalog.standards.filter((s) => s.framework === framework && s.series === series).sort((a, b) => b.year - a.year);
  return versions.find((s) => inEffect(s.effective, dates) === 'in-effect') ?? versions.find((s) => s.status !== 'future') ?? versions[0];
}
