// The report model that ingest builds from Markdown and every later stage reads.

import type { FrameworkId } from './catalog.js';
import type { TableBlock, TextBlock } from './content-index.js';

export interface Position {
  /** 1-based, straight from the mdast node. */
  line: number;
  column: number;
}

export interface SourceFile {
  path: string;
  /** Total lines, for findings that belong to the whole file; only where the source has lines (Markdown). */
  lines?: number;
  /** Total pages, where the source has pages of its own (PDF). */
  pages?: number;
}

export interface GriSettings {
  /** `core` / `comprehensive`: a claim in accordance with one of the GRI 2016 options (GRI 101, section 3). */
  claim?: 'in-accordance' | 'with-reference' | 'core' | 'comprehensive';
  sector?: string[];
  'material-topics'?: string[];
  /** GRI 1 Requirement 3: the applicable Sector Standards' topics determined not material (`11.7`), and why. */
  'not-material'?: { topic: string; reason: string }[];
}

/** Front matter and config defaults, as in contracts.md §1. */
export interface ReportMeta {
  title?: string;
  organization?: string;
  period?: { start: string; end: string };
  /** ISO date (YYYY-MM-DD). */
  published?: string;
  language?: 'en' | 'zh';
  frameworks: {
    gri?: GriSettings;
    sasb?: { industries?: string[] };
    szse?: Record<string, unknown>;
    hkex?: Record<string, unknown>;
    [other: string]: unknown;
  };
}

export interface Section {
  /** Stable index in `Report.sections` (document order). The root (document) is 0. */
  index: number;
  /** Heading text as written (decorations, emoji, CJK kept). Root: the report title or file name. */
  title: string;
  /** 0 for the document root, 1–6 for headings. */
  depth: number;
  /** Titles from the outermost heading down to this one (root excluded). */
  headingPath: string[];
  parent: number | null;
  file: string;
  line?: number;
  column?: number;
  /** Page in effect at the heading (from `<!-- page: N -->`), if any. */
  page?: number;
  /** The printed page when it is no number (a PDF's roman front matter, `iv`); `page` is then absent. */
  pageLabel?: string;
  /** Every page this section spans (its own markers and the page it starts on). */
  pages: number[];
  /** Last line of the section (inclusive), in `file`. */
  endLine?: number;
  /** Plain text of the section's own content (not its subsections), for suggestions. */
  text: string;
}

export interface DisclosureTag {
  /** As written: `GRI 2-9`, `gri 3-3 (GRI 305)`. */
  raw: string;
  /** Canonical id if the text parses as an id (`GRI 2-9`), else undefined. */
  id?: string;
  /** For `GRI 3-3 (GRI 305)`: the named topic. */
  topic?: string;
  /** Requirement items the tag names (`GRI 2-21 (a, b)`), else the whole disclosure. */
  requirements?: string[];
  section: number;
  file: string;
  /** Only where the source has lines (Markdown); the section and page place it otherwise. */
  line?: number;
  column?: number;
  /** 0-based UTF-16 offset of `raw` in the file's text as given (a fix replaces the id there); absent when `raw` is not written as is. */
  offset?: number;
  page?: number;
}

export interface OmissionDirective {
  raw: string;
  id?: string;
  /** As written; validity is judged by rules. */
  reason: string;
  explanation: string;
  /** Requirement items omitted, when the directive names them (`GRI 2-21 (a, b)`), else whole disclosure. */
  requirements?: string[];
  /** For `GRI 3-3 (GRI 305) | …`: the named topic. */
  topic?: string;
  section: number;
  file: string;
  /** Only where the source has lines (Markdown); the section and page place it otherwise. */
  line?: number;
  column?: number;
  /** As for a tag: the offset of `raw` (the disclosure part) in the file's text. */
  offset?: number;
  page?: number;
}

/** A directive the parser could not understand: becomes a finding, never a crash. */
export interface DirectiveProblem {
  message: string;
  raw: string;
  file: string;
  line: number;
  column: number;
  /** `warning` for a near miss of a directive keyword that may be an ordinary comment. */
  severity?: 'warning';
}

/** `next-line`: the next non-blank line; `line`: the comment's own lines; `file`: the whole file. */
export type SuppressionScope = 'next-line' | 'line' | 'file';

/** An inline suppression comment (`<!-- disclose-disable-next-line rule-id -->`). */
export interface Suppression {
  scope: SuppressionScope;
  /** Rule ids as written; empty: every rule. */
  rules: string[];
  /** Where the comment is. */
  file: string;
  line: number;
  column: number;
  /** The lines whose findings it suppresses (inclusive); absent for `file`, and for `next-line` at the end of a file. */
  lines?: { from: number; to: number };
}

export interface Report {
  meta: ReportMeta;
  files: SourceFile[];
  /** Document order, across files. sections[0] is the root. */
  sections: Section[];
  tags: DisclosureTag[];
  omissions: OmissionDirective[];
  problems: DirectiveProblem[];
  /** Inline suppression comments, in document order. */
  suppressions: Suppression[];
  /** All pages seen in `page:` markers (sorted, unique); empty when the report has none. */
  pages: number[];
  /** Every GFM table, in document order. */
  tables: TableBlock[];
  /** Paragraphs and list items (not tables or headings), for statements such as GRI's statement of use. */
  blocks: TextBlock[];
  /**
   * What the reader of a laid-out format (PDF, DOCX) wants the user to know (`pages are approximate`), one
   * sentence each: notes on stderr and in JSON output, never findings. Absent for Markdown.
   */
  notes?: string[];
  /** Metadata values read from the report's text or document properties rather than written (issue 13, item 4). */
  inferred?: InferredMeta;
  /**
   * Set by the layout reader (ingest/layout/to-report.ts): the format the text was laid out from. Absent for
   * Markdown. suggest maps the scores of such text (suggest/laid-out-calibration.ts): a PDF's text layer
   * scores lower than the Markdown the score was fitted on.
   */
  layout?: 'pdf' | 'docx';
}

/** Where an inferred metadata value came from: the report's text (and its page), the file's properties, a heading. */
export interface InferredValue {
  from: 'text' | 'document-info' | 'heading';
  page?: number;
  pageLabel?: string;
  /** The words it was read from, cut short (for the user to check). */
  text?: string;
}

/**
 * Inferred values by front-matter key path: `title`, `organization`, `period`, `published`, `language`,
 * `frameworks.gri.claim`, `frameworks.sasb` (a framework cited). Only values that were used are listed:
 * one the sidecar or the config gives is not.
 */
export type InferredMeta = Record<string, InferredValue>;

export type { FrameworkId };
