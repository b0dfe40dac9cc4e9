// The report as a search engine sees it: one document per heading section, with its own heading, the
// headings above it, its own prose, and its tables, each already tokenized. KPI table rows are kept apart
// as evidence (a row "Scope 1 GHG emissions | tCO2e | 14,540" says more than any paragraph), and so are
// prose lines that are table rows flattened by a PDF's text layer (flattened-rows.ts).
//
// Left out: the document root (text before the first heading is no place to tag), a report's own content
// index tables (they name every disclosure and would match every query), and every HTML comment — tags
// are directives, so they never reach a section's text and cannot leak into the ranking.
import type { TableBlock, TextBlock, TextSpan } from '../model/content-index.js';
import type { Report, Section } from '../model/report.js';
import { normaliseText, tokenize } from './tokenizer.js';
import { isFigureCell } from '../evidence/figures.js';
import { flattenedRows, splitRows, unglue } from './flattened-rows.js';
import { distinctIds, IdSet, type TermSet, Vocabulary } from './term-ids.js';

export const FIELDS = ['title', 'headingPath', 'tables', 'text'] as const;
export type Field = (typeof FIELDS)[number];

/** A data row of a table that holds at least one figure, with what is needed to match it to a disclosure. */
export interface KpiRow {
  /** Terms of the row and of its table's header (a header may name the metric or its unit). */
  terms: TermSet;
  /** The row and header text normalised (NFKC, lower case) with white space removed, for unit matching. */
  compact: string;
  /** Where the source has lines (Markdown). */
  line?: number;
  /**
   * A flattened row's letters and digits only, normalised (`totalwaterwithdrawalton188`): a metric's words
   * glued to its unit (`Water withdrawalm3`) make no term of their own, but the phrase is still there.
   */
  glued?: string;
}

/**
 * Terms are ids of the report's vocabulary (term-ids.ts): typed arrays, not strings, so that a long
 * report's sections stay small while they are ranked.
 */
export interface SectionDocument {
  section: Section;
  /** Shared by all the report's documents: the ids of `fields`, `terms`, `headingTerms` and KPI rows. */
  vocabulary: Vocabulary;
  /** Each field's term ids, with repeats, in the order of the text. */
  fields: Record<Field, Uint32Array>;
  /** Every term of the document, once. */
  terms: IdSet;
  /** The terms of the section's own heading, once. */
  headingTerms: IdSet;
  kpiRows: KpiRow[];
  /**
   * The section is a KPI table flattened to text (a data appendix as a PDF's text layer gives it): most of
   * its prose is flattened rows (flattened-rows.ts). Table evidence weighs more there (scoring.ts, E).
   */
  kpiBlock: boolean;
}

/** The distinct terms of some of a document's fields (which of a phrase's terms are in its headings, its tables). */
export const fieldTerms = (document: SectionDocument, fields: readonly Field[]): TermSet =>
  new IdSet(document.vocabulary, distinctIds(...fields.map((f) => document.fields[f])));

export const compactText = (text: string): string => normaliseText(text).replace(/\s+/g, '');
/** Letters and digits only, normalised: how a phrase and a flattened row are compared when glued. */
export const gluedText = (text: string): string => normaliseText(text).replace(/[^\p{L}\p{N}]+/gu, '');

const termSet = (vocabulary: Vocabulary, ...lists: readonly string[][]): IdSet =>
  new IdSet(vocabulary, distinctIds(...lists.map((terms) => vocabulary.internAll(terms))));

function kpiRows(table: TableBlock, vocabulary: Vocabulary): KpiRow[] {
  const [header, ...body] = table.rows;
  const headerText = (header ?? []).map((c) => c.text).join(' ');
  const headerTerms = tokenize(headerText);
  const rows: KpiRow[] = [];
  for (const row of body) {
    // The first cell is the row's label: a figure there (`Scope 1`, a year) does not make it a KPI row.
    if (!row.slice(1).some((cell: TextSpan) => isFigureCell(cell.text))) continue;
    const text = row.map((c) => c.text).join(' ');
    const line = row[0]?.line ?? table.line;
    rows.push({ terms: termSet(vocabulary, tokenize(text), headerTerms), compact: compactText(`${text} ${headerText}`), ...(line !== undefined ? { line } : {}) });
  }
  return rows;
}

/**
 * A section is a flattened KPI block when at least this share of its prose characters (not counting white
 * space) lies in flattened rows, their labels included: a data appendix, not a narrative with a row or two.
 */
const KPI_BLOCK_SHARE = 0.5;
/** … and it holds a table's worth of rows (a header and two metrics), not one line of figures (a phone number). */
const KPI_BLOCK_ROWS = 3;

const denseLength = (text: string): number => text.replace(/\s+/g, '').length;

/** KPI rows that a PDF's text layer flattened into prose lines (flattened-rows.ts), and whether they make the section a KPI block. */
function flattenedKpiRows(lines: readonly ProseLine[], vocabulary: Vocabulary): { rows: KpiRow[]; kpiBlock: boolean } {
  const flattened = flattenedRows(lines);
  const inRows = flattened.reduce((sum, { text }) => sum + denseLength(text), 0);
  const all = lines.reduce((sum, { text }) => sum + denseLength(text), 0);
  const rows = flattened.flatMap(({ text, last }) =>
    splitRows(text).map((row) => {
      const apart = unglue(row);
      // Both readings: the line as written keeps `tCO2e`-like tokens whole, the unglued one finds the words.
      return { terms: termSet(vocabulary, tokenize(row), tokenize(apart)), compact: compactText(apart), glued: gluedText(row), ...(last.line !== undefined ? { line: last.line } : {}) };
    }),
  );
  return { rows, kpiBlock: rows.length >= KPI_BLOCK_ROWS && inRows >= KPI_BLOCK_SHARE * all };
}

interface ProseLine {
  text: string;
  line?: number;
}

function proseLines(blocks: readonly TextBlock[]): ProseLine[] {
  const lines: ProseLine[] = [];
  for (const block of blocks) for (const text of block.text.split('\n')) lines.push(block.line !== undefined ? { text, line: block.line } : { text });
  return lines;
}

function bySection<T extends { section: number }>(items: readonly T[], keep: (item: T, i: number) => boolean = () => true): Map<number, T[]> {
  const map = new Map<number, T[]>();
  items.forEach((item, i) => {
    if (!keep(item, i)) return;
    const list = map.get(item.section);
    if (list) list.push(item);
    else map.set(item.section, [item]);
  });
  return map;
}

/**
 * One document per heading section, in document order. `excludedTables` are indexes into
 * `report.tables` to leave out (the report's own content index tables). Each section's prose is
 * tokenized when its document is built, so only one section's text and lines exist at a time.
 */
export function sectionDocuments(report: Report, excludedTables: ReadonlySet<number> = new Set()): SectionDocument[] {
  const vocabulary = new Vocabulary();
  const blocks = bySection(report.blocks);
  const tables = bySection(report.tables, (_, i) => !excludedTables.has(i));
  const documents: SectionDocument[] = [];
  for (const section of report.sections) {
    if (section.index === 0) continue;
    const own = tables.get(section.index) ?? [];
    const prose = blocks.get(section.index) ?? [];
    const title = tokenize(section.title);
    const fields: Record<Field, Uint32Array> = {
      title: vocabulary.internAll(title),
      headingPath: vocabulary.internAll(tokenize(section.headingPath.slice(0, -1).join('\n'))),
      tables: vocabulary.internAll(own.flatMap((t) => t.rows.flatMap((row) => row.flatMap((cell) => tokenize(cell.text))))),
      text: vocabulary.internAll(tokenize(prose.map((b) => b.text).join('\n'))),
    };
    const terms = new IdSet(vocabulary, distinctIds(...FIELDS.map((f) => fields[f])));
    const headingTerms = new IdSet(vocabulary, distinctIds(fields.title));
    const flattened = flattenedKpiRows(proseLines(prose), vocabulary);
    const rows = [...own.flatMap((t) => kpiRows(t, vocabulary)), ...flattened.rows];
    documents.push({ section, vocabulary, fields, terms, headingTerms, kpiRows: rows, kpiBlock: flattened.kpiBlock });
  }
  return documents;
}
