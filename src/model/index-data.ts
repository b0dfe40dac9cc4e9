// The content index as the engine builds it, for every framework: one model, whatever the layout (GRI's
// groups by standard, SASB's metric tables, the exchanges' topics, HKEX's parts). src/engine/content-index.ts
// builds it through the layout the registry names (standards/frameworks.json); src/render/present-index.ts
// writes its wording in the document's language from templates/locales/ and maps it to the published JSON
// shape of that layout (IndexDocument for GRI's, FrameworkIndexDocument for the others), which every
// renderer reads. Data only: pages as numbers, column and group ids, no language chosen here.

import type { DisclosureStatus } from './finding.js';
import type { FrameworkIndexStandard } from './framework-index.js';
import type { IndexLocation } from './index-document.js';

/** Why a row is omitted, as the report gives it. */
export interface IndexOmissionData {
  /** The requirements omitted (`a, b`, `All`), where the layout lists them (GRI). */
  requirements?: string;
  /** As written; GRI 1's four reasons are normalised to their ids (`not-applicable`). */
  reason?: string;
  /** The catalog's label of the reason (GRI 1's), else the reason as written; where the layout shows it (GRI). */
  reasonLabel?: string;
  /** The explanations, distinct (a topic: its articles'); the renderer joins them in the document's language. */
  explanations: string[];
}

export interface IndexRowData {
  /** Canonical id: `GRI 2-1`, `SASB TC-HW-230a.1`, `HKEX A1.1`; for an exchange topic its group id (`topic-1`). */
  id: string;
  /** As printed: `2-1`, `TC-HW-230a.1`, `A1.1`; for an exchange topic its number in the annex (`1`). */
  code: string;
  title: string;
  titleZh?: string;
  /** The standard the disclosure belongs to (`GRI 2: General Disclosures 2021`), where the layout prints it. */
  standard?: string;
  /** SASB: `quantitative` or `discussion-and-analysis`. */
  category?: 'quantitative' | 'discussion-and-analysis';
  /** SASB: the unit of measure as printed. */
  unit?: string;
  /** Exchanges: the topic's article numbers (`[21, …, 28]`), worded by the renderer. */
  articleNumbers?: number[];
  /** Exchanges: canonical ids of the topic's articles (`SZSE 21` … `SZSE 28`). */
  articleIds?: string[];
  status: DisclosureStatus;
  locations: IndexLocation[];
  omission?: IndexOmissionData;
  /** GRI: the sector standards' references of the row. */
  sectorRefs?: string[];
  /** `index --draft`: the row was placed by a suggestion, not by the report's tags or index. */
  suggested?: { score: number };
  /**
   * Reported, but some requirement items omitted or only some named by its tags (issue 16): the location says
   * "partially reported", and the omission columns list the omitted items.
   */
  partial?: boolean;
}

/**
 * `general`, `material-topics`, `topic`, `other` (GRI); `topic`, `activity` (SASB); `dimension` (exchanges);
 * `part` (HKEX). A `dimension` or `part` has no title: the locales name it.
 */
export type IndexGroupKind = 'general' | 'material-topics' | 'topic' | 'other' | 'activity' | 'dimension' | 'part';

export interface IndexGroupData {
  /** Catalog group id (`TC-HW-230a`, `part-c`) or dimension (`environment`); GRI's groups are named by `title`. */
  id?: string;
  kind: IndexGroupKind;
  /** A standard's id (GRI), a SASB topic; absent for an exchange dimension or HKEX part. */
  title?: string;
  titleZh?: string;
  /** GRI: the material topic of a topic group (`GRI 305`). */
  topic?: string;
  /** SASB: the id of the industry standard the group belongs to. */
  standard?: string;
  rows: IndexRowData[];
}

/** GRI 1 Requirements 7 and 8: the claim and what the index's header states with it. */
export interface IndexClaimData {
  claim: 'in-accordance' | 'with-reference';
  statementOfUse: string;
  /** The statement in Chinese for a zh index; `official` false: our translation (standards/gri/foundation.json). */
  statementOfUseZh?: { text: string; official: boolean };
  griUsed: string;
  sectorStandards: string[];
  materialTopics: { topic: string; standard: string }[];
  /** GRI 1 Req. 3: the Sector Standards' topics the report lists as not material, and why; absent when none. */
  notMaterialTopics?: { ref: string; title: string; reason: string }[];
}

/** What a layout contributes to the document; the pipeline adds the report's header fields. */
export interface IndexLayoutData {
  /** GRI's claim block, where the layout has one. */
  claim?: IndexClaimData;
  /** The standards the index covers (a SASB industry, an exchange guideline, the HKEX Code), where listed. */
  standards?: FrameworkIndexStandard[];
  /** Columns in order; a label only where the catalog gives one (GRI 1's), else the renderer's (templates/locales/). */
  columns: { id: string; label?: string }[];
  groups: IndexGroupData[];
}

/** `index --draft`: what the draft placed by suggestion, and what it leaves for a person to review. */
export interface IndexDraftData {
  /** The threshold a suggestion had to reach to be placed. */
  minScore: number;
  /** Disclosures placed by suggestion, with the score of the section that placed them. */
  suggested: { id: string; score: number }[];
  /** Disclosures whose best section scored below the threshold: not in the index, for review. */
  toReview: { id: string; title: string; section: string; headingPath: string[]; page?: number; score: number }[];
}

export interface IndexDocumentData extends IndexLayoutData {
  framework: string;
  lang: 'en' | 'zh';
  /** The index's English title, from the registry; templates print the locale's. */
  title: string;
  reportTitle?: string;
  organization: string;
  period?: { start: string; end: string };
  generator: { name: string; version: string };
  /** `index --draft` only (the published document words it as `draft`). */
  draftMarks?: IndexDraftData;
}
