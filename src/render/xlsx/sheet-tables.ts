// What each sheet of the workbook holds, as plain text tables: an index sheet is the same table as the
// index's CSV (one row per disclosure, the group's title first), so every format agrees row for row;
// the gaps sheet lists the required disclosures the report misses or omits, across its frameworks.
import type { AnyIndexDocument } from '../../model/framework-index.js';
import type { IndexGap, IndexSet } from '../../model/index-set.js';
import { indexLayoutOf } from '../index-layouts.js';
import { label, lookup, loadLocale, type Locale } from '../locales.js';

export interface SheetTable {
  /** The wanted sheet name (sheetName makes it valid and unique). */
  name: string;
  header: string[];
  rows: string[][];
}

/** `GRI`, `SASB`, `SZSE`, `HKEX`: short, the same in every language, and what the Gaps sheet names. */
export const frameworkLabel = (framework: string): string => framework.toUpperCase();

export function indexTable(doc: AnyIndexDocument): SheetTable {
  const locale = loadLocale(doc.lang);
  const { csv } = indexLayoutOf(doc.framework).view(doc, locale);
  return { name: frameworkLabel(doc.framework), header: csv.header, rows: csv.rows };
}

function gapRow(gap: IndexGap, locale: Locale): string[] {
  // GRI 1's four reasons get the locale's label; anything else is shown as written.
  const reason = gap.reason ? (lookup(locale, `reasons.${gap.reason}`) ?? gap.reason) : '';
  return [frameworkLabel(gap.framework), gap.id, gap.title, label(locale, `workbook.statuses.${gap.status}`), reason, gap.explanation ?? ''];
}

export function gapsTable(set: IndexSet): SheetTable {
  const locale = loadLocale(set.lang);
  const header = [
    label(locale, 'workbook.columns.framework'),
    label(locale, 'frameworkIndex.columns.code'),
    label(locale, 'frameworkIndex.columns.title'),
    label(locale, 'workbook.columns.status'),
    label(locale, 'columns.omission-reason'),
    label(locale, 'columns.omission-explanation'),
  ];
  return { name: label(locale, 'workbook.gaps'), header, rows: set.gaps.map((gap) => gapRow(gap, locale)) };
}
