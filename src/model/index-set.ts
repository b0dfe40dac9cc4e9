// Every content index of one report together, with the required disclosures it misses or omits: what the
// workbook of `disclose index --format xlsx` shows (one sheet per index, and a sheet of gaps).
// Built from an analysed report by src/engine/index-set.ts, rendered by src/render/xlsx/.

import type { AnyIndexDocument, FrameworkIndexId } from './framework-index.js';
import type { IndexDocumentData } from './index-data.js';

/** Frameworks with a content index: GRI's own layout, and those of FrameworkIndexDocument. */
export type IndexSetFramework = FrameworkIndexId;

/** A disclosure (an exchange topic) the report must answer and does not: missing, or omitted with a reason. */
export interface IndexGap {
  framework: IndexSetFramework;
  /**
   * Canonical id as `check` reports it (`GRI 2-1`, `SASB TC-HW-440a.1`, `HKEX A1.1`); for an exchange topic,
   * which `check` counts as a whole, the ids of its articles joined (`SZSE 37`), the ones a report tags.
   */
  id: string;
  /** In the set's language where the catalog has one (`titleZh`), else English. */
  title: string;
  status: 'missing' | 'omitted';
  /** As written; GRI 1's four reasons are normalised to their ids (`not-applicable`). */
  reason?: string;
  explanation?: string;
}

export interface IndexSet {
  lang: 'en' | 'zh';
  reportTitle?: string;
  organization: string;
  /** Front matter `published` (ISO date): outputs that carry a date use it, so they stay reproducible. */
  published?: string;
  period?: { start: string; end: string };
  /** One per framework, in registry order (GRI first). */
  documents: AnyIndexDocument[];
  /** Of the frameworks in `documents`, in that order, each in its catalog (or topic) order. */
  gaps: IndexGap[];
  generator: { name: string; version: string };
}

/** The set as the engine builds it: its documents are data, before the renderer's `presentIndexSet`. */
export type IndexSetData = Omit<IndexSet, 'documents' | 'gaps'> & { documents: IndexDocumentData[]; gaps: IndexGapData[] };

/**
 * A gap as the engine finds it: its Chinese title beside the English one (`titleZh`, where the catalog has
 * one), an exchange topic's explanations not yet joined; the renderer words both in the set's language.
 */
export type IndexGapData = Omit<IndexGap, 'explanation'> & { titleZh?: string; explanations?: string[] };
