// Types of the standards catalog (standards/**). Shapes mirror schemas/standard.schema.json.
import type { Descriptor } from './descriptor.js';
import type { UnitsFile } from './units.js';

/** A framework's id in standards/frameworks.json (`gri`, `sasb`, `szse` …); see model/frameworks.ts. */
export type FrameworkId = string;

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

/**
 * How strongly a rule asks for a disclosure: HKEX Part B is `mandatory`, Part C `comply-or-explain`;
 * SZSE topics are `mandatory`, `conditional` (e.g. only for companies on a statutory list) or `encouraged`.
 */
export type DisclosureLevel = 'mandatory' | 'comply-or-explain' | 'conditional' | 'encouraged' | 'voluntary';

/** A named group of disclosures inside a standard: a SASB disclosure topic, an SZSE topic (议题), an HKEX aspect, a TCFD pillar. */
export interface DisclosureGroup {
  id: string;
  title: string;
  titleZh?: string;
  level?: DisclosureLevel;
  /** SZSE: `environment` | `social` | `governance` …; free text for other frameworks. */
  dimension?: string;
  /** Canonical ids of the member disclosures (`SZSE 21` … `SZSE 28`, `SASB TC-HW-230a.1`). */
  members: string[];
  note?: string;
}

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
  /** The official Chinese title, where the standard has one (SZSE, HKEX). */
  titleZh?: string;
  /** Id of the group (topic, aspect, pillar) in `StandardDef.groups`. */
  group?: string;
  /** SASB: `quantitative` or `discussion-and-analysis`. */
  category?: 'quantitative' | 'discussion-and-analysis';
  /** SASB: the unit of measure as printed (`Percentage (%)`, `Metric tonnes (t) CO₂-e`). */
  unit?: string;
  /** SASB activity metric (`TC-HW-000.A`): context, not a disclosure topic metric. */
  activity?: boolean;
  level?: DisclosureLevel;
  /** The entry was reconstructed or is doubtful in its source: `note` says why. */
  flagged?: boolean;
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
  /**
   * GRI: `universal` (GRI 1/2/3, GRI 101–103:2016), `topic`, `sector`. SASB: `industry`. SZSE/SSE/BSE:
   * `guideline`. HKEX: `code`. TCFD and IFRS S2: `framework`.
   */
  series: 'universal' | 'topic' | 'sector' | 'industry' | 'guideline' | 'code' | 'framework';
  /** The official Chinese name, where there is one. */
  titleZh?: string;
  /** Topics, aspects or pillars that group the disclosures, in the standard's own order. */
  groups?: DisclosureGroup[];
  /** SASB: the SICS sector of the industry. */
  sector?: { id: string; name: string };
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

/** A claim's statement of use; in Chinese only with whether GRI's own wording (`official`) and whence. */
export interface GriClaimWording {
  statementOfUse: string;
  statementOfUseZh?: { text: string; official: boolean; source: string };
}

/** GRI 1 facts that rules need: the claims, statements of use, omission reasons. */
export interface GriFoundation {
  standard: string;
  effective: Effective;
  claims: {
    'in-accordance': GriClaimWording;
    'with-reference': GriClaimWording;
  };
  omissionReasons: { id: OmissionReason; label: string; when: string }[];
  contentIndexColumns: { id: string; label: string }[];
  source: string;
}

/** An option of a claim in accordance under GRI 101: Foundation 2016 (standards/gri/claim-options-2016.json). */
export type GriOption = 'core' | 'comprehensive';

export interface GriOptionDef {
  label: string;
  statementOfUse: string;
  /** Lower-case words that name the option in a statement of use. */
  phrases: string[];
  /** The disclosures of `generalStandard` the option requires, or all of them. */
  general: string[] | 'all';
  /** Per material topic: every topic disclosure, or at least one. */
  topicDisclosures: 'all' | 'at-least-one';
  note?: string;
}

/** GRI 101: Foundation 2016, section 3, Table 1: the Core and Comprehensive options and what each requires. */
export interface GriClaimOptions {
  standard: string;
  generalStandard: string;
  statementDisclosure: string;
  assumedOption: GriOption;
  options: Record<GriOption, GriOptionDef>;
  source: string;
  confidence: Confidence;
  note?: string;
}

/**
 * A link between equivalent requirements of two frameworks (GRI 305-1 <-> SZSE 24 <-> IFRS S2 29(a) …).
 * Only `equivalent` links give credit across frameworks (`--crosswalk`); `partial` ones are shown.
 */
export interface CrosswalkLink {
  from: string;
  to: string;
  type: 'equivalent' | 'partial';
  source: string;
  confidence: Confidence;
  note?: string;
}

/** The loaded, validated, indexed catalog. Built by src/catalog. */
export interface Catalog {
  standards: StandardDef[];
  /** Every version of every disclosure, keyed by canonical id (`GRI 102-1` has two). */
  byId: Map<string, DisclosureDef[]>;
  standardById: Map<string, StandardDef>;
  gri: { foundation: GriFoundation; migration: MigrationEntry[]; claimOptions?: GriClaimOptions };
  /** Cross-framework links (standards/crosswalk/); empty until that data exists. */
  crosswalk: CrosswalkLink[];
  /**
   * Curated vocabulary per canonical id (standards/descriptors/), for `suggest`; one entry serves every version.
   * Validated on first read, so a bad descriptor file throws a DiscloseError there, not when the catalog loads.
   */
  descriptors: ReadonlyMap<string, Descriptor>;
  /**
   * Units, synonyms and conversions (standards/evidence/units.json) for the evidence checks; undefined when the
   * folder has none (a test's small catalog). Validated on first read, like `descriptors`.
   */
  units: UnitsFile | undefined;
}
