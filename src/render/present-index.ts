// presentIndex: the engine's index data (pages as numbers, column and group ids) with its wording written in,
// from templates/locales/: locations and article ranges in the document's language, column labels, the
// exchanges' dimension titles and HKEX's part titles. The result is the published document (the `json`
// format prints it; the templates render it), so keys are written in the order that document has always had.
import {
  isGriIndexDocument,
  type AnyIndexDocument,
  type AnyIndexDocumentData,
  type FrameworkIndexDocument,
  type FrameworkIndexDocumentData,
  type FrameworkIndexGroup,
  type FrameworkIndexGroupData,
  type FrameworkIndexRow,
  type FrameworkIndexRowData,
} from '../model/framework-index.js';
import type { IndexDocument, IndexDocumentData, IndexRow, IndexRowData } from '../model/index-document.js';
import type { IndexGap, IndexGapData, IndexSet, IndexSetData } from '../model/index-set.js';
import { familyOf } from './framework-view.js';
import { articlesText, locationText } from './location-wording.js';
import { label, loadLocale, lookup, type Locale } from './locales.js';

function griRow(row: IndexRowData, locale: Locale): IndexRow {
  const { omission, ...rest } = row;
  return {
    id: rest.id,
    code: rest.code,
    title: rest.title,
    standard: rest.standard,
    status: rest.status,
    locations: rest.locations,
    locationText: locationText(rest.locations, locale),
    sectorRefs: rest.sectorRefs,
    ...(omission ? { omission } : {}),
  };
}

function griDocument(doc: IndexDocumentData, locale: Locale): IndexDocument {
  return { ...doc, groups: doc.groups.map((group) => ({ ...group, rows: group.rows.map((row) => griRow(row, locale)) })) };
}

function frameworkRow(row: FrameworkIndexRowData, locale: Locale): FrameworkIndexRow {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    ...(row.titleZh !== undefined ? { titleZh: row.titleZh } : {}),
    ...(row.category !== undefined ? { category: row.category } : {}),
    ...(row.unit !== undefined ? { unit: row.unit } : {}),
    ...(row.articleNumbers !== undefined ? { articles: articlesText(row.articleNumbers, locale) } : {}),
    ...(row.articleIds !== undefined ? { articleIds: row.articleIds } : {}),
    status: row.status,
    locations: row.locations,
    locationText: locationText(row.locations, locale),
    ...(row.reason !== undefined ? { reason: row.reason } : {}),
    ...(row.explanations !== undefined ? { explanation: row.explanations.join(label(locale, 'indexText.explanationSeparator')) } : {}),
  };
}

const english = (): Locale => loadLocale('en');
const chinese = (): Locale => loadLocale('zh');

function frameworkGroup(group: FrameworkIndexGroupData, locale: Locale): FrameworkIndexGroup {
  const rows = group.rows.map((row) => frameworkRow(row, locale));
  // An exchange dimension or HKEX part is named by the locales, in both languages as the document has them.
  const key = group.kind === 'dimension' ? 'dimensions' : group.kind === 'part' ? 'parts' : undefined;
  if (key !== undefined) {
    const { id, kind } = group;
    return { id, kind, title: label(english(), `indexText.${key}.${id}`), titleZh: label(chinese(), `indexText.${key}.${id}`), rows };
  }
  const presented: FrameworkIndexGroup = { ...group, title: group.title ?? group.id, rows };
  // SASB's activity metrics have no Chinese title in the standard: the locale's.
  if (group.kind === 'activity' && presented.titleZh === undefined) presented.titleZh = label(chinese(), 'indexText.activityGroup');
  return presented;
}

function frameworkDocument(doc: FrameworkIndexDocumentData, locale: Locale): FrameworkIndexDocument {
  const family = familyOf(doc.framework);
  return {
    ...doc,
    // The document's column labels are English, as its `title` is; templates print the locale's headers.
    columns: doc.columns.map(({ id }) => ({ id, label: lookup(english(), `indexText.documentColumns.${family}.${id}`) ?? id })),
    groups: doc.groups.map((group) => frameworkGroup(group, locale)),
  };
}

/** The published content index document of the engine's data, worded in its language. */
export function presentIndex(doc: IndexDocumentData): IndexDocument;
export function presentIndex(doc: FrameworkIndexDocumentData): FrameworkIndexDocument;
export function presentIndex(doc: AnyIndexDocumentData): AnyIndexDocument;
export function presentIndex(doc: AnyIndexDocumentData): AnyIndexDocument {
  const locale = loadLocale(doc.lang);
  return isGriIndexDocument(doc) ? griDocument(doc, locale) : frameworkDocument(doc as FrameworkIndexDocumentData, locale);
}

function gap({ explanations, ...rest }: IndexGapData, locale: Locale): IndexGap {
  return { ...rest, ...(explanations !== undefined ? { explanation: explanations.join(label(locale, 'indexText.explanationSeparator')) } : {}) };
}

/** Every document of the set presented (`presentIndex`), and its gaps' explanations joined in its language. */
export function presentIndexSet(set: IndexSetData): IndexSet {
  const locale = loadLocale(set.lang);
  return { ...set, documents: set.documents.map((doc) => presentIndex(doc)), gaps: set.gaps.map((g) => gap(g, locale)) };
}
