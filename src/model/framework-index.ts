// The index of a report for a framework other than GRI, as data: the SASB index, the topic index of the
// Chinese exchanges' guidelines (SZSE No. 17, SSE No. 14, BSE No. 11) and the HKEX ESG content index.
// Built from a checked report by src/engine/framework-index.ts, rendered by src/render with templates/.
//
// Which rows a document holds (each framework's own layout):
// - SASB: every metric of each selected industry, activity metrics included, one group per disclosure
//   topic and one for the activity metrics; a metric neither located nor omitted is a `missing` row with
//   an empty location (a SASB index lists every metric of the standard).
// - SZSE/SSE/BSE: every one of the 21 topics (议题) of the annex topic index, grouped by dimension, each
//   with its articles; a topic neither disclosed nor explained is a `missing` row with an empty location
//   (the topic index lists every topic; Art. 7 asks for an explanation of each one not disclosed).
// - HKEX: the applicable version's Part B, the aspects of Part C with their KPIs, and Part D (2025 Code);
//   every mandatory and comply-or-explain provision is listed (`missing` when neither located nor
//   explained), an encouraged one only when the report cites or omits it.
// The engine builds the data (FrameworkIndexDocumentData: pages as numbers, column and group ids); the
// renderer's `presentIndex` writes the wording into FrameworkIndexDocument from templates/locales/:
// locations and article ranges in `lang` (`p. 3` / `第3页`, `Art. 21–28` / `第21–28条`), column labels,
// the exchanges' dimension and HKEX's part titles. Every other label is the templates'.

import type { DisclosureStatus } from './finding.js';
import type { IndexDocument, IndexDocumentData, IndexLocation } from './index-document.js';
import { frameworkDef, frameworkDefs } from './frameworks.js';

/** A framework whose registry entry gives an index of this shape (layout `sasb`, `guideline` or `hkex`). */
export type FrameworkIndexId = string;

/** Whether `framework`'s index has GRI's layout (an IndexDocument) rather than a FrameworkIndexDocument. */
export const hasGriIndexLayout = (framework: string): boolean => frameworkDef(framework)?.index?.layout === 'gri';

/** Frameworks with an index of this shape, in registry order (those with GRI's layout have IndexDocument). */
export const frameworkIndexIds = (): string[] => frameworkDefs().filter((f) => f.index && f.index.layout !== 'gri').map((f) => f.id);

/** GRI's index document or another framework's, told apart by the framework's index layout. */
export function isGriIndexDocument(doc: AnyIndexDocument): doc is IndexDocument;
export function isGriIndexDocument(doc: AnyIndexDocumentData): doc is IndexDocumentData;
export function isGriIndexDocument(doc: AnyIndexDocument | AnyIndexDocumentData): boolean {
  return hasGriIndexLayout(doc.framework);
}

/** A standard the index covers: a SASB industry, an exchange guideline, the HKEX Code version. */
export interface FrameworkIndexStandard {
  /** The catalog id: `SASB TC-HW: Hardware`, `SZSE Self-Regulatory Guideline No. 17: …`, `HKEX Appendix C2 ESG Reporting Code 2025`. */
  id: string;
  /** `TC-HW`, `SZSE No. 17`, `HKEX ESG`. */
  code: string;
  /** The name to print: the SASB industry (`Hardware`), else the standard's official name. */
  title: string;
  /** The official Chinese name, where there is one. */
  titleZh?: string;
}

/**
 * Column ids: `group` is the group's title as a column (SASB topic, exchange dimension); `title` is the
 * metric (SASB), topic (exchanges) or description (HKEX); `location` is the location, or the explanation
 * of an omitted row.
 */
export const FRAMEWORK_INDEX_COLUMN_IDS = ['group', 'code', 'title', 'category', 'unit', 'articles', 'location'] as const;
export type FrameworkIndexColumnId = (typeof FRAMEWORK_INDEX_COLUMN_IDS)[number];

export interface FrameworkIndexRow {
  /** Canonical id: `SASB TC-HW-230a.1`, `HKEX A1.1`; for an exchange topic its group id (`topic-1`). */
  id: string;
  /** As printed: `TC-HW-230a.1`, `A1.1`, `B-13`; for an exchange topic its number in the annex (`1`). */
  code: string;
  title: string;
  titleZh?: string;
  /** SASB: `quantitative` or `discussion-and-analysis`. */
  category?: 'quantitative' | 'discussion-and-analysis';
  /** SASB: the unit of measure as printed. */
  unit?: string;
  /** Exchanges: the topic's articles in `lang` (`Art. 21–28`, `第21–28条`). */
  articles?: string;
  /** Exchanges: canonical ids of the topic's articles (`SZSE 21` … `SZSE 28`). */
  articleIds?: string[];
  status: Exclude<DisclosureStatus, 'not-required'>;
  locations: IndexLocation[];
  /** Locations joined for display in `lang`: `Product security, p. 4`; empty when not located. */
  locationText: string;
  /** The reason for omission as written (GRI 1's four are normalised to their ids: `not-applicable`). */
  reason?: string;
  /** The explanation of an omission (for a topic: of its articles' omissions, joined). */
  explanation?: string;
}

export interface FrameworkIndexGroup {
  /** Catalog group id (`TC-HW-230a`, `part-c`) or dimension (`environment`). */
  id: string;
  /** `topic` and `activity` (SASB), `dimension` (exchanges), `part` (HKEX Parts B, C and D). */
  kind: 'topic' | 'activity' | 'dimension' | 'part';
  title: string;
  titleZh?: string;
  /** SASB: the id of the industry standard the group belongs to (several industries: one heading each). */
  standard?: string;
  rows: FrameworkIndexRow[];
}

export interface FrameworkIndexDocument {
  framework: FrameworkIndexId;
  lang: 'en' | 'zh';
  /** The index's English title (`SASB index`); templates print the locale's. */
  title: string;
  reportTitle?: string;
  organization: string;
  period?: { start: string; end: string };
  standards: FrameworkIndexStandard[];
  columns: { id: string; label: string }[];
  groups: FrameworkIndexGroup[];
  generator: { name: string; version: string };
}

/** Any content index document: GRI's or another framework's. */
export type AnyIndexDocument = IndexDocument | FrameworkIndexDocument;

/** A row as the engine builds it: its article numbers rather than their wording, no location text. */
export type FrameworkIndexRowData = Omit<FrameworkIndexRow, 'articles' | 'locationText' | 'explanation'> & {
  /** Exchanges: the topic's article numbers (`[21, …, 28]`), written as `articles` by the renderer. */
  articleNumbers?: number[];
  /** The omission's explanations (a topic: its articles'), distinct, joined as `explanation` by the renderer. */
  explanations?: string[];
};

/** A group as the engine builds it: an exchange dimension or HKEX part has its id only, no title. */
export type FrameworkIndexGroupData = Omit<FrameworkIndexGroup, 'rows' | 'title'> & { title?: string; rows: FrameworkIndexRowData[] };

export type FrameworkIndexDocumentData = Omit<FrameworkIndexDocument, 'columns' | 'groups'> & {
  columns: { id: FrameworkIndexColumnId }[];
  groups: FrameworkIndexGroupData[];
};

/** Any content index as the engine builds it, before `presentIndex`. */
export type AnyIndexDocumentData = IndexDocumentData | FrameworkIndexDocumentData;
