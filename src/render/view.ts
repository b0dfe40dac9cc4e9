// The context every content-index template renders: the document as it is, plus what a template
// cannot easily do itself — localized labels, the cells of each row in column order, header rows.
// Nothing here sorts, filters or computes locations: the document arrives complete.
import type { IndexDocument, IndexGroup, IndexRow } from '../model/index-document.js';
import { label, lookup, type Locale } from './locales.js';

/** Column ids a document may list in `columns` (snake_case is accepted too). */
export const COLUMN_IDS = [
  'standard',
  'disclosure',
  'location',
  'omission-requirements',
  'omission-reason',
  'omission-explanation',
  'sector-ref',
] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

const OMISSION_COLUMNS: readonly ColumnId[] = ['omission-requirements', 'omission-reason', 'omission-explanation'];
/** Other spellings of column ids: `omission` stands for GRI's three omission sub-columns. */
const ALIASES: Record<string, readonly ColumnId[]> = { omission: OMISSION_COLUMNS, 'sector-refs': ['sector-ref'] };

export interface ViewColumn {
  id: ColumnId;
  /** The whole header text, for one-row headers (Markdown, CSV): `OMISSION – REASON`. */
  label: string;
  /** The sub-column label under a spanning group header, for omission columns: `REASON`. */
  subLabel?: string;
}

export interface HeaderCell {
  label: string;
  colspan?: number;
  rowspan?: number;
}

export interface ViewCell {
  id: ColumnId;
  text: string;
}

export type ViewRow = IndexRow & { cells: ViewCell[] };
export type ViewGroup = Omit<IndexGroup, 'rows'> & { rows: ViewRow[] };

export type IndexView = Omit<IndexDocument, 'groups' | 'columns'> & {
  labels: Locale;
  inAccordance: boolean;
  columns: ViewColumn[];
  columnCount: number;
  /** One row, or two when omission columns sit under one spanning `OMISSION` header (HTML). */
  headerRows: HeaderCell[][];
  groups: ViewGroup[];
  /** The CSV table: a first column with the group title, then the document's columns. */
  csv: { header: string[]; rows: string[][] };
  /** The document exactly as given. */
  doc: IndexDocument;
};

type CellText = (row: IndexRow, locale: Locale) => string;

// GRI 1, Appendix 1 columns. A `missing` row has no location and no reason for omission to show.
const CELLS: Record<ColumnId, CellText> = {
  standard: (row) => row.standard,
  disclosure: (row) => [row.code, row.title].filter(Boolean).join(' '),
  location: (row) => (row.status === 'missing' ? '' : row.locationText),
  'omission-requirements': (row) => omissionOf(row)?.requirements ?? '',
  'omission-reason': (row, locale) => {
    const omission = omissionOf(row);
    if (!omission) return '';
    // The four reasons of GRI 1 get the locale's label; anything else keeps the document's.
    return lookup(locale, `reasons.${omission.reason}`) ?? omission.reasonLabel;
  },
  'omission-explanation': (row) => omissionOf(row)?.explanation ?? '',
  'sector-ref': (row, locale) => row.sectorRefs.join(label(locale, 'listSeparator')),
};

function omissionOf(row: IndexRow): IndexRow['omission'] {
  return row.status === 'missing' ? undefined : row.omission;
}

export function resolveColumnIds(columns: IndexDocument['columns']): ColumnId[] {
  return columns.flatMap(({ id }) => {
    const key = id.trim().toLowerCase().replace(/[\s_]+/g, '-');
    const ids = ALIASES[key] ?? ((COLUMN_IDS as readonly string[]).includes(key) ? [key as ColumnId] : undefined);
    // A column the renderer does not know is a disagreement between the index builder and render.
    if (!ids) throw new Error(`content index: unknown column "${id}"; known: ${COLUMN_IDS.join(', ')}, omission`);
    return ids;
  });
}

function viewColumns(doc: IndexDocument, locale: Locale): ViewColumn[] {
  return resolveColumnIds(doc.columns).map((id) => {
    // GRI 1 Appendix 2 (with reference): the first column is "GRI STANDARD", no other sources.
    const key = id === 'standard' && doc.claim === 'with-reference' ? 'standard-with-reference' : id;
    const text = label(locale, `columns.${key}`);
    if (!OMISSION_COLUMNS.includes(id)) return { id, label: text };
    const group = label(locale, 'columns.omission');
    return { id, label: label(locale, 'columnInGroup', { group, column: text }), subLabel: text };
  });
}

function headerRows(columns: ViewColumn[], locale: Locale): HeaderCell[][] {
  const first = columns.findIndex((c) => c.subLabel !== undefined);
  const count = columns.filter((c) => c.subLabel !== undefined).length;
  const adjacent = first >= 0 && columns.slice(first, first + count).every((c) => c.subLabel !== undefined);
  if (!adjacent) return [columns.map((c) => ({ label: c.label }))];
  const top: HeaderCell[] = [];
  columns.forEach((c, i) => {
    if (c.subLabel === undefined) top.push({ label: c.label, rowspan: 2 });
    else if (i === first) top.push({ label: label(locale, 'columns.omission'), colspan: count });
  });
  return [top, columns.filter((c) => c.subLabel !== undefined).map((c) => ({ label: c.subLabel ?? '' }))];
}

function groupTitle(group: IndexGroup, locale: Locale): string {
  return group.kind === 'general' || group.kind === 'material-topics' ? label(locale, `groups.${group.kind}`) : group.title;
}

export function buildView(doc: IndexDocument, locale: Locale): IndexView {
  const columns = viewColumns(doc, locale);
  const groups: ViewGroup[] = doc.groups.map((group) => ({
    ...group,
    title: groupTitle(group, locale),
    rows: group.rows.map((row) => ({ ...row, cells: columns.map(({ id }) => ({ id, text: CELLS[id](row, locale) })) })),
  }));
  const { groups: _groups, columns: _columns, ...fields } = doc;
  return {
    ...fields,
    labels: locale,
    inAccordance: doc.claim === 'in-accordance',
    columns,
    columnCount: columns.length,
    headerRows: headerRows(columns, locale),
    groups,
    csv: {
      header: [label(locale, 'columns.group'), ...columns.map((c) => c.label)],
      rows: groups.flatMap((g) => g.rows.map((r) => [g.title, ...r.cells.map((c) => c.text)])),
    },
    doc,
  };
}
