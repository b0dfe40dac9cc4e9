// Types of the standards catalog (standards/**). Shapes mirror schemas/standard.schema.json.

export type FrameworkId = 'gri' | 'sasb' | 'szse' | 'sse' | 'bse' | 'hkex' | 'tcfd';

/** How sure we are of a datum; see standards/README.md. */
export type Confidence = 'official' | 'secondary' | 'memory';

/**
 * When a standard (or one disclosure of it) is in effect.
 * `from` is the first day in effect (inclusive); `before` the first day no longer in effect (exclusive).
 * `basis` says which report date is compared: its publication date or its reporting period.
 */
export interface Effective {
  from?: string;
  before?: string;
  basis: 'publication' | 'reporting-period';
  /** Use before `from` is allowed (GRI 101:2024, GRI 102/103:2025 encourage early adoption). */
  earlyAdoption?: boolean;
  /**
   * When the standard was issued (first day of the month when only the month is known). Nobody can adopt a
   * standard early before it exists, so a report dated earlier is not read as early adoption unless its
   * printed title says so.
   */
  issued?: string;
  note?: string;
}

export interface RequirementItem {
  /** `2-1-a`, `2-2-c-i` */
  id: string;
  label: string;
}

export type DisclosureKind = 'quantitative' | 'qualitative' | 'mixed';

export interface DisclosureDef {
  /** Canonical id: `GRI 2-1`. */
  id: string;
  /** The code as printed: `2-1`. */
  code: string;
  framework: FrameworkId;
  title: string;
  /** Id of the standard version this disclosure belongs to (`GRI 305: Emissions 2016`). */
  standard: string;
  requirements: RequirementItem[];
  /** GRI 1, Requirement 2 and 4: no reason for omission may be given. */
  omissionNotPermitted: boolean;
  kind: DisclosureKind;
  /** Overrides the standard's dates for this disclosure (306-3 Significant spills outlives GRI 306:2016). */
  effective?: Effective;
  /** Canonical ids that replace this disclosure. */
  supersededBy: string[];
  /**
   * The standard that replaces this disclosure when no disclosure-to-disclosure replacement is known and
   * its own standard as a whole is not replaced (201-2 -> GRI 102: Climate Change 2025).
   */
  supersededByStandard?: string;
  /** Reported once per material topic (GRI 3-3, "Management of material topics"). */
  perMaterialTopic?: boolean;
  confidence: Confidence;
  note?: string;
}

export type StandardStatus = 'current' | 'superseded' | 'withdrawn' | 'uncertain' | 'future';

export interface StandardDef {
  /** `GRI 305: Emissions 2016` — the official name, used as the key. */
  id: string;
  framework: FrameworkId;
  /** `GRI 305`: the topic this standard version covers; several versions share it. */
  topic: string;
  /** `universal` (GRI 1/2/3, GRI 101–103:2016), `topic`, `sector`. */
  series: 'universal' | 'topic' | 'sector';
  year: number;
  effective: Effective;
  status: StandardStatus;
  /** Ids of standards this one replaces / is replaced by. */
  supersedes: string[];
  supersededBy: string[];
  disclosures: DisclosureDef[];
  /** Sector standards: their likely material topics (`14.6 Tailings`). */
  sectorTopics?: { ref: string; title: string }[];
  source: string;
  confidence: Confidence;
  note?: string;
}

/** One row of the 2016 -> 2021 correspondence of universal disclosures. */
export interface MigrationEntry {
  from: string;
  fromTitle: string;
  /** Canonical ids in GRI 2021; empty when the content moved to a GRI 1 requirement. */
  to: string[];
  detail?: string;
  confidence: 'high' | 'medium' | 'low';
}

export const OMISSION_REASONS = [
  'not-applicable',
  'legal-prohibitions',
  'confidentiality-constraints',
  'information-unavailable',
] as const;
export type OmissionReason = (typeof OMISSION_REASONS)[number];

/** GRI 1 facts that rules need: the claims, statements of use, omission reasons. */
export interface GriFoundation {
  standard: string;
  effective: Effective;
  claims: {
    'in-accordance': { statementOfUse: string };
    'with-reference': { statementOfUse: string };
  };
  omissionReasons: { id: OmissionReason; label: string; when: string }[];
  contentIndexColumns: { id: string; label: string }[];
  source: string;
}

/** The loaded, validated, indexed catalog. Built by src/catalog. */
export interface Catalog {
  standards: StandardDef[];
  /** Every version of every disclosure, keyed by canonical id (`GRI 102-1` has two). */
  byId: Map<string, DisclosureDef[]>;
  standardById: Map<string, StandardDef>;
  gri: { foundation: GriFoundation; migration: MigrationEntry[] };
}
