// Where something is in a report, whatever the source (issue 12, item 1). A location is a page and a
// section first: every source has them (a PDF's printed page, a DOCX's heading, a Markdown `<!-- page -->`
// marker and heading). Lines, columns and offsets exist only where the source has lines (Markdown); a
// reader of a PDF or DOCX leaves them out rather than naming a line of some intermediate text.

export interface SourceLocation {
  /** The path as the user gave it. */
  file: string;
  /** The page number (a PDF's page index, a Markdown `<!-- page: N -->` marker). */
  page?: number;
  /** The page as printed, when it is not the number (`iv`, `A-3`). */
  pageLabel?: string;
  /** The innermost section's heading as written. */
  section?: string;
  /** Headings from the outermost down to `section`. */
  headingPath?: string[];
  /** 1-based, only where the source has lines. */
  line?: number;
  column?: number;
  /** Inclusive end, only where the source has lines. */
  endLine?: number;
  endColumn?: number;
  /** 0-based text offsets, only where the source is text. */
  offset?: number;
  endOffset?: number;
}

/** The location fields a finding carries (its JSON output: offsets stay internal). */
export type FindingLocation = Omit<SourceLocation, 'offset' | 'endOffset'>;

/**
 * A finding's location from where its subject is. Where the source has lines, the line and column say it
 * all (as they did before pages and sections existed: JSON stays as it was for Markdown); where it has
 * none (PDF, DOCX), the page and section are what a reader can find.
 */
export function findingLocation(at: SourceLocation): FindingLocation {
  if (at.line !== undefined) {
    return {
      file: at.file,
      line: at.line,
      ...(at.column !== undefined ? { column: at.column } : {}),
      ...(at.endLine !== undefined ? { endLine: at.endLine } : {}),
      ...(at.endColumn !== undefined ? { endColumn: at.endColumn } : {}),
    };
  }
  return {
    file: at.file,
    ...(at.page !== undefined ? { page: at.page } : {}),
    ...(at.pageLabel !== undefined ? { pageLabel: at.pageLabel } : {}),
    ...(at.section !== undefined ? { section: at.section } : {}),
    ...(at.headingPath !== undefined && at.headingPath.length > 0 ? { headingPath: [...at.headingPath] } : {}),
  };
}

/** True when a location names more than its file: a line, a page or a section. */
export function hasPlace(at: FindingLocation): boolean {
  return at.line !== undefined || at.page !== undefined || at.pageLabel !== undefined || at.section !== undefined;
}
