// Which disclosures a printed title belongs to ("the row's title matches `GRI 403-5`"). An index has
// thousands of rows and the catalog a few hundred disclosure versions: the folded titles are indexed once
// per catalog, so each lookup is one key computation and one map read.
import type { Catalog, DisclosureDef } from '../model/catalog.js';
import { adoptableEarly, inEffect, type ReportDates } from './dates.js';
import { effectiveOf } from './lookup.js';
import { titleKey } from './titles.js';

const indexes = new WeakMap<Catalog, Map<string, DisclosureDef[]>>();

/** Folded official title -> disclosure versions with that title, in catalog order. Built once per catalog. */
export function titleIndex(catalog: Catalog): Map<string, DisclosureDef[]> {
  let index = indexes.get(catalog);
  if (!index) {
    index = new Map();
    for (const standard of catalog.standards) {
      for (const def of standard.disclosures) {
        const key = titleKey(def.title);
        const list = index.get(key);
        if (list) list.push(def);
        else index.set(key, [def]);
      }
    }
    indexes.set(catalog, index);
  }
  return index;
}

// Most relevant first for a report's dates: in effect, usable early, date unknown, ended, not yet in effect.
function rank(catalog: Catalog, def: DisclosureDef, dates: ReportDates): number {
  const effective = effectiveOf(catalog, def);
  switch (inEffect(effective, dates)) {
    case 'in-effect':
      return 0;
    case 'unknown':
      return 2;
    case 'ended':
      return 3;
    case 'not-yet':
      return adoptableEarly(effective, dates) ? 1 : 4;
  }
}

/**
 * Every disclosure version whose official title is the printed one (`compareTitle` says `exact` or
 * `equivalent`), in catalog order; with `dates`, the versions that apply to those dates first.
 * Several codes share some titles across editions (`Restatements of information` is 102-48 in 2016 and
 * 2-4 in 2021), which is why the dates matter.
 */
export function findTitleMatches(catalog: Catalog, printed: string, dates?: ReportDates): DisclosureDef[] {
  const key = titleKey(printed);
  if (key === '') return [];
  const found = titleIndex(catalog).get(key) ?? [];
  if (dates === undefined || found.length < 2) return [...found];
  return found
    .map((def, order) => ({ def, order, rank: rank(catalog, def, dates) }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map((x) => x.def);
}
