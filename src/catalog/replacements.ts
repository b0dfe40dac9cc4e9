// What replaces a superseded disclosure: its own `supersededBy` ids when a one-to-one replacement is
// known (305-1 -> 102-5), else every disclosure of the standard that replaces it (304-x -> GRI 101:
// Biodiversity 2024). A disclosure that outlives its standard (306-3 Significant spills) has none.
import type { Catalog, DisclosureDef, StandardDef } from '../model/catalog.js';
import { effectiveOf, standardOf } from './lookup.js';

export interface Replacement {
  /** The replacing disclosure versions, in catalog order. */
  disclosures: DisclosureDef[];
  /** The standards they come from, or that replace `def` as a whole (102-54 -> GRI 1, which has no disclosures). */
  standards: StandardDef[];
}

/** The standards that succeed `def`'s version: its own pointer, then its standard's. */
function successors(catalog: Catalog, def: DisclosureDef): StandardDef[] {
  const ids = def.supersededByStandard ? [def.supersededByStandard] : standardOf(catalog, def).supersededBy;
  return ids.flatMap((id) => catalog.standardById.get(id) ?? []);
}

/**
 * The version of `id` meant as the replacement of `def`: one from a successor standard (`GRI 102-5` of
 * Climate Change 2025, not of General Disclosures 2016), else the newest other version.
 */
function replacementVersion(catalog: Catalog, id: string, def: DisclosureDef, next: StandardDef[]): DisclosureDef | undefined {
  const versions = (catalog.byId.get(id) ?? []).filter((v) => v !== def);
  const fromSuccessor = versions.filter((v) => next.some((s) => s.id === v.standard));
  const pool = fromSuccessor.length > 0 ? fromSuccessor : versions;
  return pool.reduce<DisclosureDef | undefined>((best, v) => (!best || standardOf(catalog, v).year >= standardOf(catalog, best).year ? v : best), undefined);
}

export function replacementFor(catalog: Catalog, def: DisclosureDef): Replacement {
  const next = successors(catalog, def);
  if (def.supersededBy.length > 0) {
    const disclosures = def.supersededBy.flatMap((id) => replacementVersion(catalog, id, def, next) ?? []);
    const standards = [...new Set(disclosures.map((d) => d.standard))].map((id) => catalog.standardById.get(id)!);
    return { disclosures, standards };
  }
  // Only a disclosure that ends is replaced by its successors (305-6 stays although GRI 305 is in part replaced).
  if (effectiveOf(catalog, def).before === undefined) return { disclosures: [], standards: [] };
  return { disclosures: next.flatMap((s) => s.disclosures), standards: next };
}

/** Canonical ids of the replacing disclosures (`['GRI 102-5']`); [] when none is known. */
export function replacementsOf(catalog: Catalog, def: DisclosureDef): string[] {
  return [...new Set(replacementFor(catalog, def).disclosures.map((d) => d.id))];
}
