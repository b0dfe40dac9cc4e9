// The context the SASB, exchange and HKEX index templates render: the document as it is, plus localized
// labels, each row's cells in column order, and the table flattened for Markdown and CSV.
// Nothing here sorts, filters or computes locations: the document arrives complete.
import {
  FRAMEWORK_INDEX_COLUMN_IDS,
  type FrameworkIndexColumnId,
  type FrameworkIndexDocument,
  type FrameworkIndexGroup,
  type FrameworkIndexRow,
} from '../model/framework-index.js';
import { label, lookup, type Locale } from './locales.js';
import { frameworkDef } from '../model/frameworks.js';

/**
 * Which labels a framework's index uses: its layout in the registry (standards/frameworks.json); the
 * exchanges share one. src/render/index-layouts.ts passes it in.
 */
export type FrameworkFamily = 'sasb' | 'guideline' | 'hkex' | 'paragraphs' | 'esrs' | 'chapters';

export interface FrameworkViewColumn {
  id: FrameworkIndexColumnId;
  label: string;
}

export interface FrameworkViewCell {
  id: FrameworkIndexColumnId;
  text: string;
  /** The group's title as the first column: on the group's first row, spanning its rows (HTML). */
  rowspan?: number;
  /** Covered by the cell above (HTML leaves it out; Markdown writes it empty). */
  spanned?: boolean;
}

export type FrameworkViewRow = FrameworkIndexRow & {
  /** The title in the document's language (`titleZh` in zh where there is one). */
  displayTitle: string;
  cells: FrameworkViewCell[];
};

export type FrameworkViewGroup = Omit<FrameworkIndexGroup, 'rows'> & {
  /** The group's title in the document's language. */
  heading: string;
  /** Set on the first group of each standard when the index covers several (SASB industries). */
  sectionHeading?: string;
  rows: FrameworkViewRow[];
};

/** One line of the table: a heading row spanning every column, or a row of cells. */
export type FrameworkTableLine = { heading: string } | { status: FrameworkIndexRow['status']; cells: FrameworkViewCell[] };

export type FrameworkIndexView = Omit<FrameworkIndexDocument, 'groups' | 'columns'> & {
  labels: Locale;
  /** `sasb`, `guideline` (SZSE, SSE, BSE) or `hkex`. */
  family: FrameworkFamily;
  /** The index's title in the document's language (`议题索引表（深圳证券交易所）`). */
  heading: string;
  /** The label of the standards row (`SASB Standard(s)`, `指引`) and each standard's printed name. */
  standardsLabel: string;
  standardNames: string[];
  columns: FrameworkViewColumn[];
  columnCount: number;
  /** The first column is the group's title (SASB topic, exchange dimension): no group heading rows. */
  groupColumn: boolean;
  groups: FrameworkViewGroup[];
  table: FrameworkTableLine[];
  /** The CSV table: (without a group column) the group title first, then the document's columns. */
  csv: { header: string[]; rows: string[][] };
  /** Marks the view of a non-GRI index for shared partials (the HTML page shell adds its styles). */
  frameworkIndex: true;
  /** The document exactly as given. */
  doc: FrameworkIndexDocument;
};

function resolveColumns(doc: FrameworkIndexDocument, locale: Locale, family: FrameworkFamily): FrameworkViewColumn[] {
  return doc.columns.map(({ id }) => {
    const key = id.trim().toLowerCase();
    // A column the renderer does not know is a disagreement between the index builder and render.
    if (!(FRAMEWORK_INDEX_COLUMN_IDS as readonly string[]).includes(key)) {
      throw new Error(`${doc.framework} index: unknown column "${id}"; known: ${FRAMEWORK_INDEX_COLUMN_IDS.join(', ')}`);
    }
    const column = key as FrameworkIndexColumnId;
    return { id: column, label: lookup(locale, `frameworkIndex.${family}.columns.${column}`) ?? label(locale, `frameworkIndex.columns.${column}`) };
  });
}

const localized = (lang: string, text: string, zh: string | undefined): string => (lang === 'zh' && zh ? zh : text);

/** What the location column shows: where the row is answered, or why it is not. */
function locationCell(row: FrameworkIndexRow, locale: Locale): string {
  if (row.status === 'reported') return row.locationText;
  if (row.status !== 'omitted') return '';
  // GRI 1's four reasons get the locale's label; anything else is shown as written.
  const reason = row.reason ? (lookup(locale, `reasons.${row.reason}`) ?? row.reason) : '';
  const explanation = row.explanation ?? '';
  if (reason && explanation) return label(locale, 'frameworkIndex.explanation', { reason, explanation });
  return reason || explanation;
}

function cellText(id: FrameworkIndexColumnId, row: FrameworkViewRow, group: string, locale: Locale): string {
  switch (id) {
    case 'group':
      return group;
    case 'code':
      return row.code;
    case 'title':
      return row.displayTitle;
    case 'category':
      return row.category ? (lookup(locale, `frameworkIndex.categories.${row.category}`) ?? row.category) : '';
    case 'unit':
      return row.unit ?? '';
    case 'articles':
      return row.articles ?? '';
    case 'location':
      return locationCell(row, locale);
  }
}

function standardName(doc: FrameworkIndexDocument, family: FrameworkFamily, standard: FrameworkIndexDocument['standards'][number]): string {
  if (family === 'sasb') return `${standard.title} (${standard.code})`;
  return localized(doc.lang, standard.title, standard.titleZh);
}

export function buildFrameworkView(doc: FrameworkIndexDocument, locale: Locale, family: FrameworkFamily): FrameworkIndexView {
  const columns = resolveColumns(doc, locale, family);
  const groupColumn = columns[0]?.id === 'group';
  const severalStandards = doc.standards.length > 1;
  const standardTitle = new Map(doc.standards.map((s) => [s.id, standardName(doc, family, s)]));
  const groups: FrameworkViewGroup[] = doc.groups.map((group, index) => {
    const heading = localized(doc.lang, group.title, group.titleZh);
    const rows = group.rows.map((row, i) => {
      const view: FrameworkViewRow = { ...row, displayTitle: localized(doc.lang, row.title, row.titleZh), cells: [] };
      view.cells = columns.map(({ id }, c): FrameworkViewCell => {
        if (groupColumn && c === 0) return i === 0 ? { id, text: heading, rowspan: group.rows.length } : { id, text: '', spanned: true };
        return { id, text: cellText(id, view, heading, locale) };
      });
      return view;
    });
    const result: FrameworkViewGroup = { ...group, heading, rows };
    const previous = doc.groups[index - 1];
    if (severalStandards && group.standard && group.standard !== previous?.standard) {
      result.sectionHeading = standardTitle.get(group.standard) ?? group.standard;
    }
    return result;
  });
  const table: FrameworkTableLine[] = groups.flatMap((group) => [
    ...(group.sectionHeading ? [{ heading: group.sectionHeading }] : []),
    ...(groupColumn ? [] : [{ heading: group.heading }]),
    ...group.rows.map((row) => ({ status: row.status, cells: row.cells })),
  ]);
  // The exchange's name in the locale's words, else the registry's (a framework added as data).
  const names = frameworkDef(doc.framework)?.names;
  const exchange = lookup(locale, `frameworkIndex.exchanges.${doc.framework}`) ?? (doc.lang === 'zh' ? names?.zh : undefined) ?? names?.en ?? doc.framework.toUpperCase();
  const { groups: _groups, columns: _columns, ...fields } = doc;
  return {
    ...fields,
    labels: locale,
    family,
    heading: label(locale, `frameworkIndex.${family}.title`, { exchange }),
    standardsLabel: label(locale, `frameworkIndex.${family}.standards`),
    standardNames: doc.standards.map((s) => standardName(doc, family, s)),
    columns,
    columnCount: columns.length,
    groupColumn,
    groups,
    table,
    csv: {
      header: [...(groupColumn ? [] : [label(locale, 'frameworkIndex.csvGroup')]), ...columns.map((c) => c.label)],
      rows: groups.flatMap((group) =>
        group.rows.map((row) => [
          ...(groupColumn ? [] : [group.heading]),
          ...row.cells.map((cell) => (groupColumn && cell.id === 'group' ? group.heading : cell.text)),
        ]),
      ),
    },
    frameworkIndex: true,
    doc,
  };
}
