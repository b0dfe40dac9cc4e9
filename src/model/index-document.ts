// The published GRI content index (GRI 1, Requirement 7): what `disclose index --format json` prints for a
// framework with GRI's layout, and what its templates render. The engine builds IndexDocumentData (the one
// model of every framework's index, src/model/index-data.ts); render's `presentIndex` gives this shape.

import type { DisclosureStatus } from './finding.js';

export interface IndexLocation {
  section: string;
  headingPath: string[];
  pages: number[];
}

export interface IndexRow {
  id: string;
  code: string;
  title: string;
  standard: string;
  status: DisclosureStatus;
  locations: IndexLocation[];
  /** Locations joined for display: `About Us (p. 3); Governance (pp. 5–6)`. */
  locationText: string;
  omission?: {
    /** `a, b` or `All` */
    requirements: string;
    reason: string;
    reasonLabel: string;
    explanation: string;
  };
  sectorRefs: string[];
  /** `index --draft`: placed by a suggestion (its score), not by the report's tags; `locationText` says so. */
  suggested?: { score: number };
  /** Reported with some requirement items omitted or not named (issue 16); `locationText` says so. */
  partial?: true;
}

/** `index --draft`: the threshold used and the disclosures left for a person to review (not in the index). */
export interface IndexDraft {
  minScore: number;
  toReview: { id: string; title: string; section: string; headingPath: string[]; page?: number; score: number; text: string }[];
}

export interface IndexGroup {
  /** `General disclosures`, `Material topics`, or a topic standard's name. */
  title: string;
  kind: 'general' | 'material-topics' | 'topic' | 'other';
  /** `GRI 305` for topic groups. */
  topic?: string;
  rows: IndexRow[];
}

export interface IndexDocument {
  framework: 'gri';
  lang: 'en' | 'zh';
  title: string;
  reportTitle?: string;
  organization: string;
  period?: { start: string; end: string };
  claim: 'in-accordance' | 'with-reference';
  statementOfUse: string;
  griUsed: string;
  sectorStandards: string[];
  materialTopics: { topic: string; standard: string }[];
  /** GRI 1 Req. 3: the Sector Standards' topics listed as not material (front matter `not-material`), and why. */
  notMaterialTopics?: { ref: string; title: string; reason: string }[];
  columns: { id: string; label: string }[];
  groups: IndexGroup[];
  generator: { name: string; version: string };
  draft?: IndexDraft;
  /** zh only: what is not GRI's official Chinese (our statement of use, titles left in English). */
  notes?: string[];
}
