// Small lookups over a loaded catalog: a disclosure's standard and dates, standards by printed name,
// disclosures by printed title.
import type { Catalog, DisclosureDef, Effective, FrameworkId, StandardDef } from '../model/catalog.js';
import { describeWindow } from './dates.js';
import { normalizeTitle } from './titles.js';
import type { Candidate } from './versions.js';

export function standardOf(catalog: Catalog, def: DisclosureDef): StandardDef {
  const standard = catalog.standardById.get(def.standard);
  // The loader refuses catalogs where this can happen (integrity.ts).
  if (!standard) throw new Error(`disclose: ${def.id} belongs to unknown standard ${def.standard}`);
  return standard;
}

/** The disclosure's own window (306-3 Significant spills outlives its standard), else its standard's. */
export function effectiveOf(catalog: Catalog, def: DisclosureDef): Effective {
  return def.effective ?? standardOf(catalog, def).effective;
}

export function disclosureCandidate(catalog: Catalog, def: DisclosureDef): Candidate<DisclosureDef> {
  const standard = standardOf(catalog, def);
  return { item: def, effective: def.effective ?? standard.effective, year: standard.year, status: standard.status };
}

/** `in effect for reports published before 2023-01-01`, for messages about `def`. */
export function describeEffective(catalog: Catalog, def: DisclosureDef): string {
  return describeWindow(effectiveOf(catalog, def));
}

/** The standard whose official name matches `name` (`GRI 3: Material Topics 2021`), ignoring case and punctuation. */
export function findStandard(catalog: Catalog, name: string): StandardDef | undefined {
  const key = normalizeTitle(name);
  return catalog.standards.find((s) => normalizeTitle(s.id) === key);
}

/** Standards of one topic (`GRI 305`, `GRI 14`), oldest first. */
export function standardsOfTopic(catalog: Catalog, topic: string): StandardDef[] {
  return catalog.standards.filter((s) => s.topic === topic).sort((a, b) => a.year - b.year);
}

/** Every disclosure version whose official title matches `title` (to say which code a pasted title belongs to). */
export function disclosuresWithTitle(catalog: Catalog, title: string, framework?: FrameworkId): DisclosureDef[] {
  const key = normalizeTitle(title);
  if (key === '') return [];
  return catalog.standards
    .filter((s) => framework === undefined || s.framework === framework)
    .flatMap((s) => s.disclosures.filter((d) => normalizeTitle(d.title) === key));
}
