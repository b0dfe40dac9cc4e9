// The rows of one index table, in table order (rows arrive out of order from flattened two-column
// pages; the table's order is kept, never sorted). A row is: a repeated header (one per printed page),
// a code row (one entry per code), a standard's group label, a group heading that is not a standard
// (`Material topics`), or a continuation of the entry above (a wrapped location, omission or title).
import type { IndexEntry, ParsedLocation, StandardLabelRow, TableBlock, TextSpan } from '../../model/content-index.js';
import { codeSpans } from './cell-spans.js';
import { isStandardName, parseCodeCell, type CodeCell } from './codes.js';
import { columnsOf, normalizeHeader } from './headers.js';
import type { Layout } from './layout.js';
import { mergeLocations, parseLocation } from './location.js';
import { omissionReasonAt, splitOmission, type OmissionParts } from './omission.js';
import { pushAll } from '../../arrays.js';

export interface ReadRows {
  entries: IndexEntry[];
  labels: StandardLabelRow[];
  repeatedHeaderRows: number[];
  /** Rows with at least one GRI code. */
  codeRows: number;
  /** Rows whose code cell holds something else (a KPI name, another framework's id). */
  foreignRows: number;
  /** Code rows that read like an index row: a `GRI` prefix, a title in capitals or CJK, or a page/omission location. */
  indexLikeRows: number;
}

type Omission = NonNullable<IndexEntry['omission']>;

// A wrapped line reads on from the row above: `(full-time)`, `and other workers`.
const CONTINUES = /^(?:[\p{Ll}(（[&,，、;；]|and |or )/u;
// Evidence that a code row is an index row and not `3-5 years | 5%` in a data table.
const PREFIXED = /^[^\p{L}\p{N}]*(?:gri|disclosure|披露)/iu;
const TITLE_CASE = /^[^\p{L}\p{N}]*[\p{Lu}\p{Lo}]/u;
const LOCATED = new Set(['pages', 'mixed', 'not-applicable', 'not-reported']);

const filled = (span: TextSpan | undefined): span is TextSpan => span !== undefined && span.text !== '';

const joined = (a: string | undefined, b: string): string => (a ? `${a} ${b}` : b);

export function readRows(block: TableBlock, table: number, layout: Layout, isHeading?: (title: string) => boolean): ReadRows {
  const { columns } = layout;
  const out: ReadRows = { entries: [], labels: [], repeatedHeaderRows: [], codeRows: 0, foreignRows: 0, indexLikeRows: 0 };
  const at = (row: TextSpan[], column: number | undefined): TextSpan | undefined => (column === undefined ? undefined : row[column]);
  const header = layout.headerRow === undefined ? undefined : block.rows[layout.headerRow]!.map((c) => normalizeHeader(c.text));
  // A title row above the header (`GRI content index`) comes back with the header on every page.
  const titles = new Set(block.rows.slice(0, layout.headerRow ?? 0).flatMap((row) => row.filter(filled).map((c) => normalizeHeader(c.text))));
  /** The standard in effect: the last label row or standard cell above. */
  let standard: TextSpan | undefined;
  let standardKey = '';
  /** The entries of the last code row, which continuation rows extend. */
  let last: IndexEntry[] = [];

  const setStandard = (span: TextSpan, row: number): void => {
    const key = normalizeHeader(span.text);
    if (key !== standardKey) out.labels.push({ table, row, label: span });
    standard = span;
    standardKey = key;
  };

  const isRepeatedHeader = (row: TextSpan[]): boolean => {
    const cells = row.map((c) => normalizeHeader(c.text));
    const distinctCells = new Set(cells.filter((c) => c !== ''));
    if (distinctCells.size === 1 && titles.has([...distinctCells][0]!)) return true;
    if (header && cells.every((c, i) => c === (header[i] ?? '')) && header.some((h) => h !== '')) return true;
    const roles = columnsOf(row.map((c) => c.text));
    return distinctCells.size >= 2 && roles.disclosure !== undefined && Object.keys(roles).length >= 2 && !row.some((c) => parseCodeCell(c.text));
  };

  const locationOf = (row: TextSpan[]): { location: ParsedLocation; cell: TextSpan | undefined } => {
    const cells = [at(row, columns.location), at(row, columns.page)].filter((c): c is TextSpan => c !== undefined);
    const location = cells.length === 0 ? parseLocation('') : mergeLocations(cells.map((c) => parseLocation(c.text, isHeading)));
    return { location, cell: cells.find(filled) ?? cells[0] };
  };

  const omissionOf = (row: TextSpan[]): Omission | undefined => {
    const requirements = at(row, columns.requirements);
    const reason = at(row, columns.reason);
    const single = at(row, columns.omission);
    const explanation = at(row, columns.explanation);
    const parts: OmissionParts & { requirements?: string } = {};
    if (filled(reason)) Object.assign(parts, splitOmission(reason.text));
    if (filled(single)) {
      if (parts.reason === undefined) Object.assign(parts, splitOmission(single.text));
      else parts.explanation = joined(parts.explanation, single.text);
    }
    if (filled(explanation)) {
      // An explanation or remarks column alone may still start with the reason (`不适用：…`).
      const split = parts.reason === undefined ? omissionReasonAt(explanation.text) : undefined;
      if (split) {
        parts.reason = split.printed;
        parts.reasonId = split.id;
        if (split.rest !== '') parts.explanation = joined(parts.explanation, split.rest);
      } else parts.explanation = joined(parts.explanation, explanation.text);
    }
    if (filled(requirements)) parts.requirements = requirements.text;
    const cell = [reason, single, explanation, requirements].find(filled);
    return cell ? { ...parts, cell } : undefined;
  };

  const codeRow = (row: TextSpan[], r: number, codeCell: TextSpan, parsed: CodeCell): void => {
    const own = at(row, columns.standard);
    if (filled(own)) setStandard(own, r);
    const { codes, title: titleInCode } = codeSpans(codeCell, parsed);
    const titleCell = at(row, columns.title);
    // A title printed once for several codes is nobody's title (`305-1, 305-2 Scope 1 and 2 emissions`).
    const title = parsed.codes.length > 1 ? undefined : filled(titleCell) ? titleCell : titleInCode;
    const { location, cell: locationCell } = locationOf(row);
    let omission = omissionOf(row);
    if (!omission && locationCell && filled(locationCell)) {
      const reason = omissionReasonAt(locationCell.text.normalize('NFKC').trim());
      if (reason) omission = { ...splitOmission(locationCell.text.normalize('NFKC')), cell: locationCell };
    }
    const sectorRef = at(row, columns['sector-ref']);
    if (PREFIXED.test(codeCell.text) || TITLE_CASE.test(titleCell?.text || titleInCode?.text || '') || LOCATED.has(location.kind)) {
      out.indexLikeRows++;
    }
    last = parsed.codes.map((code, k) => {
      const entry: IndexEntry = { table, row: r, code: codeCell, id: code.id, location, continuationRows: [] };
      const span = codes[k];
      if (span) entry.codeSpan = span;
      if (title) entry.title = title;
      const entryStandard = filled(own) ? own : standard;
      if (entryStandard) entry.standard = entryStandard;
      if (locationCell) entry.locationCell = locationCell;
      if (omission) entry.omission = omission;
      if (filled(sectorRef)) entry.sectorRef = sectorRef.text;
      return entry;
    });
    pushAll(out.entries, last);
  };

  const continuation = (row: TextSpan[], r: number): void => {
    const { location } = locationOf(row);
    const omissionText = [columns.requirements, columns.reason, columns.omission, columns.explanation]
      .map((c) => at(row, c))
      .filter(filled)
      .map((c) => c.text)
      .join(' ');
    const titleCell = at(row, columns.title);
    const codeCell = at(row, columns.disclosure);
    const more = [titleCell, codeCell].filter(filled).map((c) => c.text);
    const sectorRef = at(row, columns['sector-ref']);
    for (const entry of last) {
      entry.continuationRows.push(r);
      if (location.text.trim() !== '') entry.location = mergeLocations([entry.location, location]);
      // A wrapped omission reads on as explanation; the first omission text of an entry is read whole.
      if (omissionText !== '') {
        entry.omission = entry.omission ? { ...entry.omission, explanation: joined(entry.omission.explanation, omissionText) } : omissionOf(row);
      }
      if (more.length > 0 && entry.title) {
        const title: TextSpan = { ...entry.title, text: [entry.title.text, ...more].join(' ') };
        delete title.raw;
        entry.title = title;
      }
      if (filled(sectorRef)) entry.sectorRef = joined(entry.sectorRef, sectorRef.text);
    }
  };

  for (let r = layout.firstBodyRow; r < block.rows.length; r++) {
    const row = block.rows[r]!;
    const nonEmpty = row.filter(filled);
    if (nonEmpty.length === 0) continue;
    if (isRepeatedHeader(row)) {
      out.repeatedHeaderRows.push(r);
      continue;
    }
    const codeCell = at(row, columns.disclosure);
    const parsed = codeCell ? parseCodeCell(codeCell.text) : undefined;
    if (codeCell && parsed) {
      out.codeRows++;
      codeRow(row, r, codeCell, parsed);
      continue;
    }
    const own = at(row, columns.standard);
    const distinct = new Set(nonEmpty.map((c) => c.text));
    const codeText = filled(codeCell) ? codeCell.text : '';
    if (distinct.size === 1) {
      // One text alone in its row (spanning, or repeated in every cell of a flattened merged row).
      const text = nonEmpty[0]!.text;
      if (isStandardName(text)) {
        setStandard(nonEmpty[0]!, r);
        last = [];
        continue;
      }
      const heading = nonEmpty.every((c) => {
        const column = row.indexOf(c);
        return column === columns.title || column <= (columns.disclosure ?? 0) || column === columns.standard;
      });
      if (heading && !CONTINUES.test(text)) {
        // `Material topics`, `Economic`: a heading of the index that names no standard ends the one in effect.
        standard = undefined;
        standardKey = '';
        last = [];
        continue;
      }
    }
    // A standard cell without a code names the standard of the rows below (a merged cell, flattened),
    // unless it only repeats the standard in effect beside a continuation.
    if (filled(own) && !(normalizeHeader(own.text) === standardKey && nonEmpty.some((c) => c !== own))) {
      setStandard(own, r);
      last = [];
      continue;
    }
    if (codeText !== '' && !CONTINUES.test(codeText)) {
      out.foreignRows++;
      continue;
    }
    if (last.length > 0) continuation(row, r);
  }
  return out;
}
