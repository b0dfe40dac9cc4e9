// The report as a search engine sees it: one document per heading section, with its own heading, the
// headings above it, its own prose, and its tables, each already tokenized. KPI table rows are kept apart
// as evidence (a row "Scope 1 GHG emissions | tCO2e | 14,540" says more than any paragraph), and so are
// prose lines that are table rows flattened by a PDF's text layer (flattened-rows.ts).
//
// Left out: the document root (text before the first heading is no place to tag), a report's own content
// index tables (they name every disclosure and would match every query), and every HTML comment — tags
// are directives, so they never reach a section's text and cannot leak into the ranking.
import type { TableBlock, TextSpan } from '../model/content-index.js';
import type { Report, Section } from '../model/report.js';
import { normaliseText, tokenize } from './tokenizer.js';
import { isFigureCell } from '../evidence/figures.js';
import { flattenedRows, unglue } from './flattened-rows.js';

export const FIELDS = ['title', 'headingPath', 'tables', 'text'] as const;
export type Field = (typeof FIELDS)[number];

/** A data row of a table that holds at least one figure, with what is needed to match it to a disclosure. */
export interface KpiRow {
  /** Terms of the row and of its table's header (a header may name the metric or its unit). */
  terms: ReadonlySet<string>;
  /** The row and header text normalised (NFKC, lower case) with white space removed, for unit matching. */
  compact: string;
  /** Where the source has lines (Markdown). */
  line?: number;
}

export interface SectionDocument {
  section: Section;
  /** Each field's terms, with repeats. */
  fields: Record<Field, string[]>;
  /** Every term of the document, once. */
  terms: ReadonlySet<string>;
  /** The terms of the section's own heading, once. */
  headingTerms: ReadonlySet<string>;
  kpiRows: KpiRow[];
}


export const compactText = (text: string): string => normaliseText(text).replace(/\s+/g, '');

function kpiRows(table: TableBlock): KpiRow[] {
  const [header, ...body] = table.rows;
  const headerText = (header ?? []).map((c) => c.text).join(' ');
  const headerTerms = tokenize(headerText);
  const rows: KpiRow[] = [];
  for (const row of body) {
    // The first cell is the row's label: a figure there (`Scope 1`, a year) does not make it a KPI row.
    if (!row.slice(1).some((cell: TextSpan) => isFigureCell(cell.text))) continue;
    const text = row.map((c) => c.text).join(' ');
    const line = row[0]?.line ?? table.line;
    rows.push({ terms: new Set([...tokenize(text), ...headerTerms]), compact: compactText(`${text} ${headerText}`), ...(line !== undefined ? { line } : {}) });
  }
  return rows;
}

/** KPI rows that a PDF's text layer flattened into prose lines (flattened-rows.ts). */
function flattenedKpiRows(lines: readonly ProseLine[]): KpiRow[] {
  return flattenedRows(lines).map(({ text, last }) => {
    const apart = unglue(text);
    // Both readings: the line as written keeps `tCO2e`-like tokens whole, the unglued one finds the words.
    return { terms: new Set([...tokenize(text), ...tokenize(apart)]), compact: compactText(apart), ...(last.line !== undefined ? { line: last.line } : {}) };
  });
}

interface ProseLine {
  text: string;
  line?: number;
}

/**
 * One document per heading section, in document order. `excludedTables` are indexes into
 * `report.tables` to leave out (the report's own content index tables).
 */
export function sectionDocuments(report: Report, excludedTables: ReadonlySet<number> = new Set()): SectionDocument[] {
  const prose = new Map<number, string[]>();
  const lines = new Map<number, ProseLine[]>();
  for (const block of report.blocks) {
    const texts = prose.get(block.section) ?? [];
    texts.push(block.text);
    prose.set(block.section, texts);
    const own = lines.get(block.section) ?? [];
    for (const text of block.text.split('\n')) own.push(block.line !== undefined ? { text, line: block.line } : { text });
    lines.set(block.section, own);
  }
  const tables = new Map<number, TableBlock[]>();
  report.tables.forEach((table, i) => {
    if (excludedTables.has(i)) return;
    const list = tables.get(table.section) ?? [];
    list.push(table);
    tables.set(table.section, list);
  });
  const documents: SectionDocument[] = [];
  for (const section of report.sections) {
    if (section.index === 0) continue;
    const own = tables.get(section.index) ?? [];
    const fields: Record<Field, string[]> = {
      title: tokenize(section.title),
      headingPath: tokenize(section.headingPath.slice(0, -1).join('\n')),
      tables: own.flatMap((t) => t.rows.flatMap((row) => row.flatMap((cell) => tokenize(cell.text)))),
      text: tokenize((prose.get(section.index) ?? []).join('\n')),
    };
    const terms = new Set(FIELDS.flatMap((f) => fields[f]));
    documents.push({ section, fields, terms, headingTerms: new Set(fields.title), kpiRows: [...own.flatMap(kpiRows), ...flattenedKpiRows(lines.get(section.index) ?? [])] });
  }
  return documents;
}
