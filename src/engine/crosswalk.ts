// Issue #4 §5: with --crosswalk, a disclosure the report does not locate is credited when an
// `equivalent` link joins it to one it does (SZSE 24 <-> SSE 24; GRI 305-1 <-> a SASB gross Scope 1
// metric). One hop only: equivalence is asserted link by link, not inferred through chains.
import type { Catalog } from '../model/catalog.js';

/** Credited id -> the located id it is credited through. */
export function crosswalkCredits(catalog: Catalog, located: ReadonlySet<string>): Map<string, string> {
  const credits = new Map<string, string>();
  for (const link of catalog.crosswalk) {
    if (link.type !== 'equivalent') continue;
    for (const [have, want] of [[link.from, link.to], [link.to, link.from]] as const) {
      if (located.has(have) && !located.has(want) && !credits.has(want)) credits.set(want, have);
    }
  }
  return credits;
}
