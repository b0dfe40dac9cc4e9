// GRI 1, Requirement 3: a report in accordance that declares Sector Standards (`sector: [GRI 11]`) reviews
// each of their likely material topics (standards/gri/gri-1[1-4]-*.json `sectorTopics`): it reports the topic
// as material, or lists it as not material and says why (front matter `not-material`).
//
// The catalog has the sector topics (reference number and title) but not which Topic Standard disclosures
// each lists, so a topic counts as reported when the report's own index cites its reference number
// (`11.1.5` in the sector ref. column) or when a material topic's standard bears its title: word sets
// equal or one within the other once joining words are dropped (`Emissions` ⊂ `GHG emissions`).
import type { Catalog, StandardDef } from '../model/catalog.js';
import type { Report } from '../model/report.js';
import type { ResolvedIndexRow } from './index-rows.js';
import type { MaterialTopic } from './material-topics.js';
import { sectorStandard } from '../catalog/index.js';

export interface SectorTopicStatus {
  /** `11.1` */
  ref: string;
  title: string;
  /** The Sector Standard's id (`GRI 11: Oil and Gas Sector 2021`). */
  standard: string;
  /** How the report treats it: reported as material, listed as not material (with why), or neither. */
  status: 'material' | 'not-material' | 'missing';
  /** `not-material`: the report's reason. */
  reason?: string;
  /** `material`: the material topic standard that bears its title, if that is how it was matched. */
  materialTopic?: string;
}

// Joining words carry no topic: `Water and effluents` is `water effluents`.
const JOINING = new Set(['and', 'or', 'of', 'the', 'to', 'in', 'for']);
const words = (title: string): Set<string> => new Set(title.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w && !JOINING.has(w)));
const within = (a: Set<string>, b: Set<string>): boolean => a.size > 0 && [...a].every((w) => b.has(w));
export const sameTopic = (a: string, b: string): boolean => within(words(a), words(b)) || within(words(b), words(a));

/** `GRI 305: Emissions 2016` -> `Emissions`. */
const nameOf = (standard: StandardDef): string => standard.id.replace(/^[^:]*:\s*/, '').replace(/\s*\d{4}$/, '');

/** `GRI 11.7`, ` 11.7 ` -> `11.7`. */
const refOf = (text: string): string => text.trim().replace(/^GRI\s*/i, '');

/** The Sector Standards the front matter declares, as the catalog knows them (unknown ones are skipped). */
export function declaredSectors(report: Report, catalog: Catalog): StandardDef[] {
  return (report.meta.frameworks.gri?.sector ?? []).flatMap((s) => sectorStandard(catalog, String(s)) ?? []);
}

/** Each declared Sector Standard's topics and how the report treats them, in the standard's order. */
export function sectorTopics(report: Report, catalog: Catalog, materialTopics: MaterialTopic[], indexRows: ResolvedIndexRow[]): SectorTopicStatus[] {
  const notMaterial = new Map((report.meta.frameworks.gri?.['not-material'] ?? []).map((n) => [refOf(n.topic), n.reason]));
  // A sector ref. cell may list several (`11.1.5, 11.2.3`): each names its topic by its first two numbers.
  const cited = new Set(indexRows.flatMap((r) => (r.entry.sectorRef ?? '').match(/\b1[1-9]\.\d+(?=\.\d+|\b)/g) ?? []));
  const titles = materialTopics.flatMap((m) => (m.standard ? [{ topic: m.standard.id, title: nameOf(m.standard) }] : []));
  return declaredSectors(report, catalog).flatMap((standard) =>
    (standard.sectorTopics ?? []).map((t): SectorTopicStatus => {
      const base = { ref: t.ref, title: t.title, standard: standard.id };
      const reason = notMaterial.get(t.ref);
      if (reason !== undefined) return { ...base, status: 'not-material', reason };
      if (cited.has(t.ref)) return { ...base, status: 'material' };
      const match = titles.find((m) => sameTopic(m.title, t.title));
      return match ? { ...base, status: 'material', materialTopic: match.topic } : { ...base, status: 'missing' };
    }),
  );
}
