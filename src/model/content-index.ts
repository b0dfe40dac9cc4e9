// A report's own content index, as read from its GFM tables (issue #3), and the raw tables it came from.

/**
 * Where a piece of text stands in a report file; 1-based; `offset`/`endOffset` are 0-based UTF-16 offsets
 * in the file's text as it was given to ingest (a leading BOM counts; lines and columns do not count it).
 */
export interface TextSpan {
  text: string;
  file: string;
  /** Page in effect where the text stands, where the source has pages (PDF page, `<!-- page: N -->`). */
  page?: number;
  /** Line, column and offsets only where the source has lines (Markdown); a PDF or DOCX reader leaves them out. */
  line?: number;
  column?: number;
  offset?: number;
  endOffset?: number;
  /**
   * Table cells and parts of them: the source `[offset, endOffset)` as written, when it differs from `text`
   * (`**2-1** Org`, `a\|b`, a comment or `<br>` in the cell). Absent when the source is the text.
   */
  raw?: string;
}

/** A GFM table as ingest found it: every cell's text (inline markup flattened, directives removed) with its span. */
export interface TableBlock {
  file: string;
  /** Where the source has lines (Markdown); a PDF or DOCX table is placed by its section (and `page`). */
  line?: number;
  column?: number;
  page?: number;
  /** The innermost section containing the table. */
  section: number;
  /**
   * rows[0] is the GFM header row. Rows hold the cells as written: a short row is not padded, extra
   * cells are kept. An empty cell has an empty span after its pipe and one space (where text would go).
   */
  rows: TextSpan[][];
}

/**
 * A paragraph (also in a list item or quote) with its span, for statements such as GRI's statement of
 * use: text on one line (markup flattened, comments dropped, white space collapsed).
 */
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
  /** Printed page labels that are no numbers (`ii`, `iv` of roman front matter), in the order printed. */
  pageLabels?: string[];
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
  /**
   * The code alone as printed in that cell (`GRI 102-14`, `2-1` of `**2-1** Org`), with offsets into
   * the file's text, so a writer can replace it in place. A cell listing several codes gives each its own.
   */
  codeSpan?: TextSpan;
  /** Canonical id when the code parses (`GRI 2-1`), else undefined. */
  id?: string;
  /** The printed title: from a title column, or the rest of the code cell (`2-1 Organizational details`). */
  title?: TextSpan;
  /** The standard this row is listed under: its own standard cell, else the last group label row above it. */
  standard?: TextSpan;
  location: ParsedLocation;
  /** The cell(s) the location was read from (location, page). */
  locationCell?: TextSpan;
  /**
   * From the omission columns; or from the location cell when it starts with a reason for omission
   * (`Not applicable: …`) and the omission columns are empty. `reason` is as printed (an unrecognised
   * single omission cell is kept whole as `reason`); `reasonId` is set when it is one of GRI 1's four.
   */
  omission?: {
    requirements?: string;
    reason?: string;
    reasonId?: 'not-applicable' | 'legal-prohibitions' | 'confidentiality-constraints' | 'information-unavailable';
    explanation?: string;
    cell?: TextSpan;
  };
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
  /** Where the source has lines (Markdown); else the section places it. */
  line?: number;
  column?: number;
  section: number;
  /** Column index -> role, from the header words (English or Chinese). */
  columns: Partial<Record<IndexColumn, number>>;
  /** The header row in `TableBlock.rows` (a title row may stand above it); absent when the table has none. */
  headerRow?: number;
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
