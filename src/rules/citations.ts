// Every place a report names a disclosure — a tag, an omission directive, a row of its own content
// index — in one shape, so the code rules (unknown, superseded, omission) treat them alike.
import type { Resolution } from '../catalog/index.js';
import type { TextSpan } from '../model/content-index.js';
import type { DisclosureTag, OmissionDirective } from '../model/report.js';
import type { Analysis } from '../engine/analysis.js';
import { indexRowOmission } from '../engine/index-row-status.js';

export interface Citation {
  kind: 'tag' | 'omission' | 'index-row';
  /** Canonical id when the text parses, else undefined. */
  id: string | undefined;
  raw: string;
  resolution: Resolution | undefined;
  file: string;
  /** Where the source has lines (Markdown); else `page` and `section` place it (report it with `ctx.at`). */
  line?: number;
  column?: number;
  page?: number;
  /** Index of the section it stands in (`Report.sections`). */
  section?: number;
  /** The code as printed, with its offsets (a fix can replace it in place): an index row's code, a directive's id. */
  span?: TextSpan;
}

/** The span of a directive's id when ingest knew its offset. */
function directiveSpan(d: DisclosureTag | OmissionDirective): { span?: TextSpan } {
  if (d.offset === undefined || d.line === undefined || d.column === undefined) return {};
  return { span: { text: d.raw, file: d.file, line: d.line, column: d.column, offset: d.offset, endOffset: d.offset + d.raw.length } };
}

/** Where a tag or directive is: its line and column where it has them, its page and section. */
function directivePlace(d: DisclosureTag | OmissionDirective): Pick<Citation, 'file' | 'line' | 'column' | 'page' | 'section'> {
  return {
    file: d.file,
    ...(d.line !== undefined ? { line: d.line } : {}),
    ...(d.column !== undefined ? { column: d.column } : {}),
    ...(d.page !== undefined ? { page: d.page } : {}),
    section: d.section,
  };
}

/** Where an index row's code cell is: its line and column where it has them, its page, its table's section. */
function cellPlace(analysis: Analysis, cell: TextSpan, table: number): Pick<Citation, 'file' | 'line' | 'column' | 'page' | 'section'> {
  const section = analysis.indexes[table]?.section;
  return {
    file: cell.file,
    ...(cell.line !== undefined ? { line: cell.line } : {}),
    ...(cell.column !== undefined ? { column: cell.column } : {}),
    ...(cell.page !== undefined ? { page: cell.page } : {}),
    ...(section !== undefined ? { section } : {}),
  };
}

/** The message id of how a citation is named in a message (`Tag`, `Omission`, `Index row`). */
const KIND_MESSAGE: Record<Citation['kind'], string> = { tag: 'kindTag', omission: 'kindOmission', 'index-row': 'kindIndexRow' };
export const citationKind = (c: Citation): string => KIND_MESSAGE[c.kind];

export function citations(analysis: Analysis): Citation[] {
  const result: Citation[] = [];
  for (const { tag, resolution } of analysis.tags) {
    result.push({ kind: 'tag', id: tag.id, raw: tag.raw, resolution, ...directivePlace(tag), ...directiveSpan(tag) });
  }
  for (const { omission, resolution } of analysis.omissions) {
    result.push({
      kind: 'omission', id: omission.id, raw: omission.raw, resolution, ...directivePlace(omission),
      ...directiveSpan(omission),
    });
  }
  for (const { entry, resolution } of analysis.indexRows) {
    const { code } = entry;
    result.push({
      kind: 'index-row', id: entry.id, raw: code.text, resolution, ...cellPlace(analysis, code, entry.table),
      ...(entry.codeSpan ? { span: entry.codeSpan } : {}),
    });
  }
  return result;
}

export interface OmissionClaim extends Citation {
  reason: string;
  explanation: string;
  /** For index rows: how the location cell shows it (`/`, `Not applicable` …). */
  shownAs?: string;
}

/** Omission directives and index rows shown as omitted or not applicable. */
export function omissionClaims(analysis: Analysis): OmissionClaim[] {
  const result: OmissionClaim[] = [];
  for (const { omission, resolution } of analysis.omissions) {
    result.push({
      kind: 'omission', id: omission.id, raw: omission.raw, resolution, ...directivePlace(omission),
      reason: omission.reason, explanation: omission.explanation,
    });
  }
  for (const row of analysis.indexRows) {
    const omission = indexRowOmission(row);
    if (!omission) continue;
    const { code, location } = row.entry;
    result.push({
      kind: 'index-row', id: row.entry.id, raw: code.text, resolution: row.resolution, ...cellPlace(analysis, code, row.entry.table),
      reason: omission.reason, explanation: omission.explanation, shownAs: location.text,
    });
  }
  return result;
}
