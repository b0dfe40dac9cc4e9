// The published document of the SASB, exchange and HKEX layouts (FrameworkIndexDocument) from the one index
// model: locations and article ranges in the document's language, column labels, the exchanges' dimension
// and HKEX's part titles from templates/locales/. Keys are written in the order that document has always
// had, so `--format json` stays byte for byte what it was.
import type { FrameworkIndexDocument, FrameworkIndexGroup, FrameworkIndexRow } from '../model/framework-index.js';
import type { IndexDocumentData, IndexGroupData, IndexRowData } from '../model/index-data.js';
import type { FrameworkFamily } from './framework-view.js';
import { articlesText, locationText } from './location-wording.js';
import { label, loadLocale, lookup, type Locale } from './locales.js';

function frameworkRow(row: IndexRowData, locale: Locale): FrameworkIndexRow {
  const explanations = row.omission?.explanations ?? [];
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    ...(row.titleZh !== undefined ? { titleZh: row.titleZh } : {}),
    ...(row.category !== undefined ? { category: row.category } : {}),
    ...(row.unit !== undefined ? { unit: row.unit } : {}),
    ...(row.articleNumbers !== undefined ? { articles: articlesText(row.articleNumbers, locale) } : {}),
    ...(row.articleIds !== undefined ? { articleIds: row.articleIds } : {}),
    // These layouts list every row they require: none is `not-required` (src/engine/index-layouts/rows.ts).
    status: row.status as FrameworkIndexRow['status'],
    locations: row.locations,
    locationText: locationText(row.locations, locale),
    ...(row.omission?.reason !== undefined ? { reason: row.omission.reason } : {}),
    ...(explanations.length > 0 ? { explanation: explanations.join(label(locale, 'indexText.explanationSeparator')) } : {}),
  };
}

const english = (): Locale => loadLocale('en');
const chinese = (): Locale => loadLocale('zh');

function frameworkGroup(group: IndexGroupData, locale: Locale): FrameworkIndexGroup {
  const rows = group.rows.map((row) => frameworkRow(row, locale));
  const id = group.id ?? '';
  // These layouts build their own group kinds only (src/engine/index-layouts/).
  const kind = group.kind as FrameworkIndexGroup['kind'];
  // An exchange dimension or HKEX part is named by the locales, in both languages as the document has them.
  const key = kind === 'dimension' ? 'dimensions' : kind === 'part' ? 'parts' : undefined;
  if (key !== undefined) return { id, kind, title: label(english(), `indexText.${key}.${id}`), titleZh: label(chinese(), `indexText.${key}.${id}`), rows };
  const { topic: _topic, ...fields } = group;
  const presented: FrameworkIndexGroup = { ...fields, id, kind, title: group.title ?? id, rows };
  // SASB's activity metrics have no Chinese title in the standard: the locale's.
  if (kind === 'activity' && presented.titleZh === undefined) presented.titleZh = label(chinese(), 'indexText.activityGroup');
  return presented;
}

export function presentFrameworkIndex(doc: IndexDocumentData, locale: Locale, family: FrameworkFamily): FrameworkIndexDocument {
  return {
    framework: doc.framework,
    lang: doc.lang,
    title: doc.title,
    ...(doc.reportTitle !== undefined ? { reportTitle: doc.reportTitle } : {}),
    organization: doc.organization,
    ...(doc.period !== undefined ? { period: doc.period } : {}),
    standards: doc.standards ?? [],
    // The document's column labels are English, as its `title` is; templates print the locale's headers.
    columns: doc.columns.map(({ id }) => ({ id, label: lookup(english(), `indexText.documentColumns.${family}.${id}`) ?? id })),
    groups: doc.groups.map((group) => frameworkGroup(group, locale)),
    generator: doc.generator,
  };
}
