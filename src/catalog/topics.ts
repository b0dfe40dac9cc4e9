// What a claim requires at a report's dates (GRI 1, Requirements 2, 4 and 5): the universal disclosures,
// and per material topic the disclosures of its Topic Standard versions in effect.
//
// Topics are matched on `StandardDef.topic` among series 'topic' only, so `GRI 102` is Climate Change
// 2025 and never GRI 102: General Disclosures 2016 (whose topic is `GRI 102 (2016)`, series 'universal').
import type { Catalog, DisclosureDef, StandardDef } from '../model/catalog.js';
import { parseGriTopic } from '../model/ids.js';
import { adoptableEarly, inEffect, type ReportDates } from './dates.js';
import { disclosureCandidate, findStandard } from './lookup.js';
import { pickVersion, type Candidate } from './versions.js';

export interface SelectOptions {
  /**
   * Also count versions the report may be adopting early (issued, early adoption allowed, not yet in
   * effect); they then displace the versions they supersede. Off by default: a report that has not
   * said it adopts GRI 102: Climate Change 2025 early is not required to report it.
   */
  earlyAdoption?: boolean;
}

type Verdict = 'applies' | 'early' | 'no';

/**
 * Whether a disclosure (or standard) version applies at `dates`. Without a usable date, the catalog's
 * status decides: not in the future, and either open-ended or its standard still current.
 */
function verdict(c: Candidate<unknown>, dates: ReportDates, options: SelectOptions): Verdict {
  const state = inEffect(c.effective, dates);
  if (state === 'unknown') {
    return c.status !== 'future' && (c.effective.before === undefined || c.status === 'current' || c.status === 'uncertain') ? 'applies' : 'no';
  }
  if (state === 'in-effect') return 'applies';
  return state === 'not-yet' && options.earlyAdoption && adoptableEarly(c.effective, dates) ? 'early' : 'no';
}

const byCodeThenYear = (catalog: Catalog) => (a: DisclosureDef, b: DisclosureDef): number =>
  a.code.localeCompare(b.code, 'en', { numeric: true }) || catalog.standardById.get(a.standard)!.year - catalog.standardById.get(b.standard)!.year;

function select(catalog: Catalog, standards: StandardDef[], dates: ReportDates, options: SelectOptions): DisclosureDef[] {
  const chosen: { def: DisclosureDef; verdict: Verdict }[] = [];
  for (const standard of standards) {
    for (const def of standard.disclosures) {
      const v = verdict(disclosureCandidate(catalog, def), dates, options);
      if (v !== 'no') chosen.push({ def, verdict: v });
    }
  }
  // A standard adopted early displaces what it supersedes, except disclosures that outlive their standard.
  const adopted = new Set(chosen.filter((c) => c.verdict === 'early').map((c) => c.def.standard));
  const displaced = (def: DisclosureDef): boolean => {
    const standard = catalog.standardById.get(def.standard)!;
    const ends = (def.effective ?? standard.effective).before !== undefined;
    return ends && standard.supersededBy.some((id) => adopted.has(id));
  };
  return chosen.filter((c) => !displaced(c.def)).map((c) => c.def).sort(byCodeThenYear(catalog));
}

const canonicalTopic = (topic: string): string => parseGriTopic(topic) ?? topic.trim();

/** Topic Standard versions of `topic` (`GRI 305`), oldest first. */
function topicStandards(catalog: Catalog, topic: string): StandardDef[] {
  const key = canonicalTopic(topic);
  return catalog.standards.filter((s) => s.series === 'topic' && s.topic === key);
}

/**
 * The version of a topic's standard that applies at `dates` (same preference as disclosures: in effect,
 * early adoption, last superseded, next). Undefined when no Topic Standard has that topic.
 */
export function topicStandard(catalog: Catalog, topic: string, dates: ReportDates): StandardDef | undefined {
  const candidates = topicStandards(catalog, topic).map((s) => ({ item: s, effective: s.effective, year: s.year, status: s.status }));
  return pickVersion(candidates, dates)?.item;
}

/**
 * The disclosures a material topic requires at `dates`: across every Topic Standard version of the topic,
 * those in effect by their own dates or their standard's. `GRI 306` in 2024 gives 306-1 ... 306-5 (2020)
 * and 306-3 Significant spills (2016). `GRI 102` before 2027 gives [] unless `earlyAdoption` is set.
 */
export function topicDisclosures(catalog: Catalog, topic: string, dates: ReportDates, options: SelectOptions = {}): DisclosureDef[] {
  return select(catalog, topicStandards(catalog, topic), dates, options);
}

/** The universal disclosures in effect at `dates`: GRI 2 and GRI 3 (2021), or GRI 102/103 (2016) before 2023. */
export function universalDisclosures(catalog: Catalog, dates: ReportDates, options: SelectOptions = {}): DisclosureDef[] {
  return select(catalog, catalog.standards.filter((s) => s.series === 'universal'), dates, options);
}

/** A Sector Standard by topic (`GRI 14`) or official name (`GRI 14: Mining Sector 2024`). */
export function sectorStandard(catalog: Catalog, sector: string): StandardDef | undefined {
  const key = canonicalTopic(sector);
  return catalog.standards.find((s) => s.series === 'sector' && s.topic === key) ?? findStandard(catalog, sector);
}
