// Which version of a disclosure a report means: by its printed title when it has one, else by its dates
// (domain.md §1: "A checker resolves the version from the report's dates and the printed title, and
// says which version it took").
import type { Catalog, DisclosureDef } from '../model/catalog.js';
import { parseDisclosureId } from '../model/ids.js';
import type { ReportDates } from './dates.js';
import { disclosureCandidate } from './lookup.js';
import { titlesMatch } from './titles.js';
import { pickVersion, type ResolutionState } from './versions.js';

export type { ResolutionState } from './versions.js';

export interface Resolution {
  /** The version taken. */
  def: DisclosureDef;
  state: ResolutionState;
  /** Every version of the id, oldest first. */
  versions: DisclosureDef[];
  /** True when `title` matched the chosen version's official title (the title decided the version). */
  matchedTitle: boolean;
}

/** All versions of `id` (canonical, or anything `parseDisclosureId` reads), oldest first; [] when unknown. */
export function versionsOf(catalog: Catalog, id: string): DisclosureDef[] {
  return catalog.byId.get(id) ?? catalog.byId.get(parseDisclosureId(id)?.id ?? '') ?? [];
}

/**
 * Resolves `id` for a report with `dates`. A `title` that matches one version's official title picks that
 * version whatever the dates (its state still says whether it is in effect); otherwise the dates decide:
 * in effect > early adoption of an issued standard > most recently superseded > not yet effective.
 * Undefined when the catalog does not know the id.
 */
export function resolveDisclosure(catalog: Catalog, id: string, dates: ReportDates, title?: string): Resolution | undefined {
  const versions = versionsOf(catalog, id);
  if (versions.length === 0) return undefined;
  const titled = title === undefined ? [] : versions.filter((v) => titlesMatch(v.title, title));
  const pool = titled.length > 0 ? titled : versions;
  const picked = pickVersion(
    pool.map((def) => disclosureCandidate(catalog, def)),
    dates,
    titled.length > 0,
  )!;
  return { def: picked.item, state: picked.state, versions, matchedTitle: titled.length > 0 };
}
