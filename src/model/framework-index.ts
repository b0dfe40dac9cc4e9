// The index of a report for a framework other than GRI, as data: the SASB index, the topic index of the
// Chinese exchanges' guidelines (SZSE No. 17, SSE No. 14, BSE No. 11) and the HKEX ESG content index.
// Built from a checked report by src/engine/framework-index.ts, rendered by src/render with templates/.
//
// The published document of every layout but GRI's: what `disclose index --format json` prints for them and
// what their templates render. Which rows each layout lists, and why, is in src/engine/index-layouts/. The
// engine builds IndexDocumentData (the one model, src/model/index-data.ts); render's `presentIndex` writes
// the wording into this shape from templates/locales/: locations and article ranges in `lang` (`p. 3` /
// `第3页`, `Art. 21–28` / `第21–28条`), column labels, the exchanges' dimension and HKEX's part titles.

import type { IndexDraft } from './index-document.js';
import type { DisclosureStatus } from './finding.js';
import type { IndexDocument, IndexLocation } from './index-document.js';
import { indexedFrameworkIds } from './frameworks.js';

/** A framework whose registry entry gives it a content index. */
export type FrameworkIndexId = string;

/** Frameworks with an index besides the default one (GRI's, the registry's first), in registry order. */
export const frameworkIndexIds = (): string[] => indexedFrameworkIds().slice(1);

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
  /** `index --draft`: placed by a suggestion (its score), not by the report's tags; `locationText` says so. */
  suggested?: { score: number };
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
  draft?: IndexDraft;
}

/** Any content index document: GRI's or another framework's. */
export type AnyIndexDocument = IndexDocument | FrameworkIndexDocument;
