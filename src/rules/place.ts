// Where a rule's subject is, as a finding's location (issue 12, item 1): a tag, an omission directive, a
// table cell or a text block, with the section it stands in. Rules report `...ctx.at(subject)` rather than
// copying file/line/column by hand, so a subject from a source without lines (PDF, DOCX) is reported by its
// page and section, and one from Markdown by its line and column exactly as before.
import type { Section } from '../model/report.js';
import { findingLocation, type FindingLocation, type SourceLocation } from '../model/location.js';

/** What a rule can place: anything ingest gave a file and, where it had them, a line, column and page. */
export interface Placeable {
  file: string;
  line?: number;
  column?: number;
  page?: number;
  /** Index of the innermost section in `Report.sections` (tags, omissions, blocks). */
  section?: number;
}

/**
 * The subject's source location: its line and column where it has them, its page (else its section's)
 * and its section's heading. `section` names the section for subjects that do not carry one (a table's cells).
 */
export function sourceLocationOf(subject: Placeable, sections: readonly Section[], section: number | undefined = subject.section): SourceLocation {
  const inSection = section === undefined ? undefined : sections[section];
  const page = subject.page ?? inSection?.page;
  // A PDF's roman front matter (`iv`): the label where there is no number.
  const pageLabel = page === undefined ? inSection?.pageLabel : undefined;
  // The root stands for the whole document: its title (a file name, the report's title) is no section to turn to.
  const heading = inSection && inSection.depth > 0 ? inSection : undefined;
  return {
    file: subject.file,
    ...(subject.line !== undefined ? { line: subject.line } : {}),
    ...(subject.column !== undefined ? { column: subject.column } : {}),
    ...(page !== undefined ? { page } : {}),
    ...(pageLabel !== undefined ? { pageLabel } : {}),
    ...(heading ? { section: heading.title, headingPath: heading.headingPath } : {}),
  };
}

/** The finding location of a subject: `{ file, line, column }` where it has a line, else its page and section. */
export const placeOf = (subject: Placeable, sections: readonly Section[], section?: number): FindingLocation =>
  findingLocation(sourceLocationOf(subject, sections, section));
