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
  /** Label and value pairs written above the table (GRI: statement of use, GRI 1 used, sector standards, material topics). */
  preamble?: [string, string][];
  header: string[];
  rows: string[][];
}

/** `GRI`, `SASB`, `SZSE`, `HKEX`: short, the same in every language, and what the Gaps sheet names. */
export const frameworkLabel = (framework: string): string => framework.toUpperCase();

/**
 * GRI 1, Requirement 7: the statement of use, GRI 1 used and (in accordance) the sector standards and the
 * material topics head the index, in the workbook as in the Markdown and HTML. Other layouts have none.
 */
function claimBlock(doc: AnyIndexDocument, locale: Locale): [string, string][] {
  if (!('statementOfUse' in doc)) return [];
  const list = (items: readonly string[]): string => items.join(label(locale, 'listSeparator'));
  const block: [string, string][] = [
    [label(locale, 'statementOfUse'), doc.statementOfUse],
    [label(locale, 'griUsed'), doc.griUsed],
  ];
  if (doc.claim !== 'in-accordance') return block;
  block.push([label(locale, 'sectorStandards'), doc.sectorStandards.length > 0 ? list(doc.sectorStandards) : label(locale, 'notApplicable')]);
  block.push([label(locale, 'materialTopics'), list(doc.materialTopics.map((m) => m.standard))]);
  const notMaterial = doc.notMaterialTopics ?? [];
  if (notMaterial.length > 0) block.push([label(locale, 'notMaterialTopics'), list(notMaterial.map((t) => label(locale, 'notMaterialTopic', t)))]);
  return block;
}

export function indexTable(doc: AnyIndexDocument): SheetTable {
  const locale = loadLocale(doc.lang);
  const { csv } = indexLayoutOf(doc.framework).view(doc, locale);
  const preamble = claimBlock(doc, locale);
  return { name: frameworkLabel(doc.framework), ...(preamble.length > 0 ? { preamble } : {}), header: csv.header, rows: csv.rows };
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
