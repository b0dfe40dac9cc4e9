// One finding shape for every rule, formatter and output (contracts.md §4).
import type { InferredMeta } from './report.js';
import type { SuggestionCandidate } from './suggestion.js';
import type { Locale, MessageData } from './message.js';
import type { FindingLocation } from './location.js';

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * A point in a report file: 1-based line and column, and `offset`, the 0-based count of UTF-16 code units
 * (JavaScript string indices) before it in the file's text as decoded (a UTF-8 byte order mark is not
 * counted; line endings are counted as written, CRLF as two).
 */
export interface TextPoint {
  line: number;
  column: number;
  offset: number;
}

/** The text a fix replaces: `[start, end)` in `file`. */
export interface FixRange {
  file: string;
  start: TextPoint;
  end: TextPoint;
}

export interface Fix {
  /** What the fix replaces the wrong text with (an official title, a current code). */
  replacement: string;
  /**
   * Set only when the fix is certain: `check --fix` replaces exactly this range with `replacement`.
   * Without it the fix is advice (`replacement` says what to write, not where).
   */
  range?: FixRange;
  description: string;
  /** The id of `description` in the rule's messages, and its data. */
  messageId?: string;
  data?: MessageData;
}

/**
 * Where a finding is (model/location.ts): `file` always; `line`/`column` (and `endLine`/`endColumn`) where the
 * source has lines; else `page` (`pageLabel` as printed) and `section` (`headingPath`), as a PDF or DOCX
 * reader gives them. A finding about something missing has only its file.
 */
export interface Finding extends FindingLocation {
  ruleId: string;
  severity: Severity;
  /** Rendered from `messageId` and `data` in the run's locale. */
  message: string;
  /**
   * The message's id in its rule's catalog: with `data`, the finding's identity whatever the locale
   * (every rule's finding has one; optional only for results written by older versions).
   */
  messageId?: string;
  /** The values the message is filled with (ids, titles, raw report text, dates as ISO days). */
  data?: MessageData;
  /** Canonical id the finding is about, if any. */
  disclosure?: string;
  /** Standard version the id resolved to, when the finding names a version. */
  standard?: string;
  /** The material topic a finding is about (`GRI 305`), e.g. a topic without `GRI 3-3`. */
  topic?: string;
  file: string;
  /** Absent for findings about something missing (they belong to the file), and where a source has no lines. */
  line?: number;
  column?: number;
  fix?: Fix;
  /** `check --suggest`: the section that probably answers a missing disclosure (not certain, so not a `fix`). */
  suggestion?: SuggestionCandidate;
}

/**
 * `check --suggest` appends this, and where, to a `missing-disclosure` message (src/suggest/weak-evidence.ts).
 * Baselines fingerprint the message before it, so a baseline works with and without `--suggest`.
 */
export const PROBABLY_ANSWERED = ' Probably answered in ';
/** The same hint in Chinese messages. */
export const PROBABLY_ANSWERED_ZH = ' 可能已在';

export type DisclosureStatus = 'reported' | 'omitted' | 'missing' | 'not-required';

export interface DisclosureLocation {
  section: string;
  headingPath: string[];
  file: string;
  /** Where the source has lines (Markdown); a PDF or DOCX location is its page and section. */
  line?: number;
  /** The page where the answer starts. */
  page?: number;
  /** Every page the answer spans (the tagged section's pages, or the pages an index row lists). */
  pages?: number[];
  /**
   * `index` when the location comes from the report's own content index rather than a tag;
   * `crosswalk` when it is the location of an equivalent disclosure (`from`) of another framework.
   */
  via?: 'index' | 'crosswalk';
  from?: string;
}

export interface DisclosureRecord {
  id: string;
  title: string;
  standard: string;
  status: DisclosureStatus;
  required: boolean;
  locations: DisclosureLocation[];
  omission?: { reason: string; explanation: string; requirements?: string[] };
  /** For topic disclosures and 3-3: the material topic (`GRI 305`). */
  topic?: string;
  /**
   * Located, but only some requirement items: some omitted (`omit: GRI 2-21 (b) | …`) or the tags name only
   * some (`disclose: GRI 2-7 (a)`). Status stays `reported`; `items` says which (issue 16).
   */
  partial?: boolean;
  /** The catalog's top-level requirement items of a located disclosure, by what the report does with them. */
  items?: DisclosureItems;
  /** What the located sections contain (issue 16, item 4). */
  evidence?: DisclosureEvidence;
}

export interface DisclosureItems {
  /** Named (or implied by a whole-disclosure tag) and spoken of in the section. */
  reported: string[];
  omitted: string[];
  /** Neither omitted nor spoken of in the located section (or not named by its tags). */
  notAddressed: string[];
}

export interface EvidenceFigureRecord {
  /** As printed (`14,540`, `12.5万`). */
  value: string;
  unit?: string;
  page?: number;
}

export interface DisclosureEvidence {
  /** The first figures found (at most 20), with their units and pages; `figureCount` counts them all. */
  figures: EvidenceFigureRecord[];
  figureCount: number;
  /** Units named anywhere in the sections (canonical names: `tCO2e`, `MWh`). */
  units: string[];
  /** Years named. */
  years: number[];
  /**
   * Why the answer looks thin, if it does: a quantitative disclosure without figures, or a section that speaks
   * of none of the disclosure's items ("claimed but thin" in the HTML report).
   */
  thin?: 'no-figures' | 'not-addressed';
}

export interface FrameworkCoverage {
  claim?: string;
  required: number;
  reported: number;
  omitted: number;
  missing: number;
  /** Of `reported`, how many only partially (some requirement items omitted or not named); absent when none. */
  partial?: number;
}

export interface ReportResult {
  file: string;
  files: string[];
  /** The language of the findings' messages: `--locale`, else the report's `language`, else `en`. */
  locale?: Locale;
  frameworks: Record<string, FrameworkCoverage>;
  disclosures: DisclosureRecord[];
  findings: Finding[];
  /** Metadata the report did not write but disclose read from it (a PDF or DOCX): key -> where from. */
  meta?: { inferred: InferredMeta };
  /** The reader's notes on a PDF or DOCX (`page numbers are physical …`); absent for Markdown. */
  notes?: string[];
}

export interface CheckResult {
  tool: { name: string; version: string };
  reports: ReportResult[];
}
