// What to do with one code a report names: leave it (not a GRI 2016 universal or withdrawn disclosure),
// replace it (the correspondence gives 2021 ids), or ask a person (no 2021 disclosure, low confidence,
// an ambiguous code). Everything comes from the catalog: the correspondence table
// (standards/gri/migration-2016-2021.json), the standards' series and status, and the official titles.
import type { Catalog, DisclosureDef, MigrationEntry, StandardDef } from '../../model/catalog.js';
import type { MigrationLookup, MinConfidence } from './types.js';

export type Decision =
  | { kind: 'keep' }
  | { kind: 'replace'; entry: MigrationEntry; from: DisclosureDef; to: DisclosureDef[] }
  | { kind: 'review'; from: DisclosureDef; to: string[]; reason: string; entry?: MigrationEntry };

const RANK: Record<MinConfidence, number> = { low: 0, medium: 1, high: 2 };

export interface Correspondence {
  catalog: Catalog;
  lookup: MigrationLookup;
  minConfidence: MinConfidence;
  /** Entry by 2016 id. */
  entries: Map<string, MigrationEntry>;
  /** The catalog version each entry's `from` means: the one whose title is the entry's `fromTitle`. */
  sources: Map<MigrationEntry, DisclosureDef | undefined>;
}

const same = (lookup: MigrationLookup, printed: string, official: string): boolean => {
  const verdict = lookup.compareTitle(printed, official);
  return verdict === 'exact' || verdict === 'equivalent';
};

export function correspondence(catalog: Catalog, lookup: MigrationLookup, minConfidence: MinConfidence = 'medium'): Correspondence {
  const entries = new Map<string, MigrationEntry>();
  const sources = new Map<MigrationEntry, DisclosureDef | undefined>();
  for (const entry of catalog.gri.migration) {
    entries.set(entry.from, entry);
    sources.set(entry, (catalog.byId.get(entry.from) ?? []).find((def) => same(lookup, entry.fromTitle, def.title)));
  }
  return { catalog, lookup, minConfidence, entries, sources };
}

const standardOf = (c: Correspondence, def: DisclosureDef): StandardDef | undefined => c.catalog.standardById.get(def.standard);

/** GRI 101-103:2016 (series `universal`, replaced) and the withdrawn GRI 307/419: what the 2021 edition absorbed. */
export function isMigratable(standard: StandardDef | undefined): boolean {
  if (!standard) return false;
  const replaced = standard.status === 'superseded' || standard.status === 'withdrawn';
  return replaced && (standard.series === 'universal' || standard.status === 'withdrawn');
}

/** The version of a 2021 id meant by the correspondence: one from a standard that replaces the source's, else the newest. */
function targetVersion(c: Correspondence, id: string, source: StandardDef): DisclosureDef | undefined {
  const versions = c.catalog.byId.get(id) ?? [];
  const successor = versions.filter((v) => source.supersededBy.includes(v.standard));
  const pool = successor.length > 0 ? successor : versions;
  return pool[pool.length - 1];
}

const describe = (def: DisclosureDef, standard: StandardDef | undefined): string => `${def.title} (${standard?.id ?? def.standard})`;

/** Decides for `id` as printed, with its printed title when the report gives one. */
export function decide(c: Correspondence, id: string, title?: string): Decision {
  const resolved = c.lookup.resolve(id, title);
  if (!resolved) return { kind: 'keep' };
  const { def } = resolved;
  const entry = c.entries.get(def.id);
  const source = entry ? c.sources.get(entry) : undefined;

  if (!source || source !== def) {
    // The dates read a code that has a 2016 version (102-1 ... 102-10, 103-1 ... 103-3) as the 2025 one only
    // because the report could be adopting GRI 102/103:2025 early: that is a guess, so a person decides.
    if (source && resolved.earlyAdoption && !resolved.matchedTitle) {
      return {
        kind: 'review',
        from: source,
        to: entry!.to,
        entry: entry!,
        reason: `may mean ${describe(source, standardOf(c, source))} or ${describe(def, standardOf(c, def))}; the report's dates allow early adoption of the newer one, so it is left as it is`,
      };
    }
    const standard = standardOf(c, def);
    if (!entry && isMigratable(standard)) {
      return { kind: 'review', from: def, to: [], reason: `${standard!.id} is replaced, but the correspondence table has no row for it` };
    }
    return { kind: 'keep' };
  }

  const standard = standardOf(c, def);
  if (!isMigratable(standard)) return { kind: 'keep' };
  const e = entry!;
  if (e.to.length === 0) {
    return { kind: 'review', from: def, to: [], entry: e, reason: 'no GRI 2021 disclosure; its content became a requirement of GRI 1' };
  }
  if (RANK[e.confidence] < RANK[c.minConfidence]) {
    return { kind: 'review', from: def, to: e.to, entry: e, reason: `maps to ${e.to.join(', ')} with ${e.confidence} confidence` };
  }
  const to = e.to.map((id) => targetVersion(c, id, standard!));
  const missing = e.to.filter((_, i) => to[i] === undefined);
  if (missing.length > 0) {
    return { kind: 'review', from: def, to: e.to, entry: e, reason: `maps to ${missing.join(', ')}, which the catalog does not know` };
  }
  return { kind: 'replace', entry: e, from: def, to: to as DisclosureDef[] };
}
