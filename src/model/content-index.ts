// A report's own content index, as read from its GFM tables (issue #3), and the raw tables it came from.

/** Where a piece of text stands in a report file; 1-based; `offset`/`endOffset` are 0-based UTF-16 offsets in the file. */
export interface TextSpan {
  text: string;
  file: string;
  line: number;
  column: number;
  offset: number;
  endOffset: number;
}

/** A GFM table as ingest found it: every cell's text (inline markup flattened, directives removed) with its span. */
export interface TableBlock {
  file: string;
  line: number;
  column: number;
  /** The innermost section containing the table. */
  section: number;
  /** rows[0] is the GFM header row. */
  rows: TextSpan[][];
}

/** A paragraph, list item or table-free block of text with its span, for statements such as GRI's statement of use. */
export type TextBlock = TextSpan & { section: number };

export type LocationKind = 'pages' | 'sections' | 'mixed' | 'not-applicable' | 'not-reported' | 'prose' | 'empty';

export interface PageRange {
  from: number;
  to: number;
}

/** An index row's location cell, parsed. */
export interface ParsedLocation {
  kind: LocationKind;
  /** `20、70` -> [20..20, 70..70]; `24-25, 88` -> [24..25, 88..88]; in the order printed. */
  pages: PageRange[];
  /** Section titles named (`Integrity and Compliance - Compliance System` -> both parts kept as one path). */
  sections: string[][];
  /** The cell as printed. */
  text: string;
}

/** Column roles that header words select (contracts.md §1, "An existing content index"). */
export type IndexColumn = 'standard' | 'disclosure' | 'title' | 'location' | 'page' | 'omission' | 'reason' | 'explanation' | 'requirements' | 'sector-ref';

export interface IndexEntry {
  /** Index of its table among the report's content indexes (`readContentIndexes` result). */
  table: number;
  /** Row index in the table's `TableBlock.rows`. */
  row: number;
  /** The cell that holds the code. */
  code: TextSpan;
  /** Canonical id when the code parses (`GRI 2-1`), else undefined. */
  id?: string;
  /** The printed title: from a title column, or the rest of the code cell (`2-1 Organizational details`). */
  title?: TextSpan;
  /** The standard this row is listed under: its own standard cell, else the last group label row above it. */
  standard?: TextSpan;
  location: ParsedLocation;
  /** The cell(s) the location was read from (location, page). */
  locationCell?: TextSpan;
  omission?: { requirements?: string; reason?: string; explanation?: string; cell?: TextSpan };
  sectorRef?: string;
  /** Continuation rows (no code) folded into this entry. */
  continuationRows: number[];
}

/** A row that names a standard alone (`GRI 2: General Disclosures 2021`, `GRI 3: Material Topics`). */
export interface StandardLabelRow {
  table: number;
  row: number;
  label: TextSpan;
}

export interface ContentIndexTable {
  /** Index into `Report.tables`. */
  tableBlock: number;
  framework: 'gri';
  file: string;
  line: number;
  column: number;
  section: number;
  /** Column index -> role, from the header words (English or Chinese). */
  columns: Partial<Record<IndexColumn, number>>;
  entries: IndexEntry[];
  labels: StandardLabelRow[];
  /** Rows that repeat the header (one per printed page). */
  repeatedHeaderRows: number[];
}

/** GRI 1 Requirement 8 and 7-a: the statement of use and the title of GRI 1 used, as printed. */
export interface IndexStatements {
  statementOfUse?: TextSpan;
  griUsed?: TextSpan;
}
