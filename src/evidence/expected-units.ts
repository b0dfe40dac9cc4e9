// The units a quantitative disclosure is answered in, as dimensions (energy, GHG mass …): the descriptor's
// units and a SASB metric's printed unit of measure (`Gigajoules (GJ), Percentage (%)`), read with the units data.
import type { DisclosureDef } from '../model/catalog.js';
import type { Descriptor } from '../model/descriptor.js';
import { unitAt, unitsNamedIn, type UnitTable } from './units.js';

export interface ExpectedUnits {
  /** Dimensions an answer may use (a metric's own and those compatible with it). */
  dimensions: ReadonlySet<string>;
  /** The units as the catalog prints them, for messages. */
  names: string[];
  /**
   * False when some unit is a count, a rate or a ratio, or unknown to the units data: any figure may then be
   * its answer, so a unit mismatch cannot be told.
   */
  checkable: boolean;
}

export function expectedUnits(def: DisclosureDef, descriptor: Descriptor | undefined, units: UnitTable): ExpectedUnits {
  const texts = [...(descriptor?.units ?? []), ...(def.unit ? def.unit.split(/,\s*/) : [])];
  const dimensions = new Set<string>();
  let checkable = texts.length > 0;
  for (const text of texts) {
    const found = unitAt(units, text) ?? unitsNamedIn(units, text)[0];
    if (!found || found.dimension === 'count') checkable = false;
    if (found) {
      dimensions.add(found.dimension);
      for (const other of units.compatible.get(found.dimension) ?? []) dimensions.add(other);
    }
  }
  return { dimensions, names: [...new Set(texts)], checkable };
}

/**
 * A disclosure that asks for data: `kind: quantitative` (GRI, HKEX KPIs, exchange articles), a SASB quantitative
 * metric, or a `mixed` one measured in a physical unit (GRI 305-1: tCO2e; 302-1: MWh). A mixed disclosure
 * counted in cases or shares (2-16, 205-3) is often answered in words ("no confirmed incidents").
 */
export function asksForData(def: DisclosureDef, descriptor: Descriptor | undefined, units: UnitTable | undefined): boolean {
  if (def.kind === 'quantitative' || def.category === 'quantitative') return true;
  if (def.kind !== 'mixed' || !units) return false;
  return [...expectedUnits(def, descriptor, units).dimensions].some((d) => units.physical.has(d));
}
