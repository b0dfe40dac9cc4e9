// Same report, same bytes. An xlsx file is a zip of XML parts, and two things in it carry the time it was
// written: exceljs stamps docProps/core.xml with `created` and `modified` (now, unless set), and JSZip,
// which exceljs 4.4.0 packs with (lib/utils/zip-stream.js: `zip.file(name, data)`, no date), stamps each
// zip entry with `new Date()`. The workbook takes its dates from the report, and the entries are re-dated
// with JSZip (pinned to the version exceljs packs with) after exceljs has written them (generating again reuses their compressed data).
import type { IndexSet } from '../../model/index-set.js';

/** Zip (DOS) dates start in 1980: the date of a report that gives none, and the earliest one written. */
const EPOCH = Date.UTC(1980, 0, 1);
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function utcDate(text: string | undefined): Date | undefined {
  const match = text === undefined ? null : ISO_DATE.exec(text.trim());
  if (!match) return undefined;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  // 2025-02-30 rolls over in Date.UTC: not a date. DOS dates end in 2107.
  if (date.getUTCDate() !== day || time < EPOCH || year > 2107) return undefined;
  return date;
}

/** The report's `published` date, else the end of its period, else 1980-01-01 (midnight UTC). */
export function workbookDate(set: Pick<IndexSet, 'published' | 'period'>): Date {
  return utcDate(set.published) ?? utcDate(set.period?.end) ?? new Date(EPOCH);
}

/** The zip `bytes` with every entry dated `date`. */
export async function restampZip(bytes: Uint8Array, date: Date): Promise<Buffer> {
  // Imported here, not at the top: `check` loads the library but never writes a workbook.
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(bytes);
  for (const entry of Object.values(zip.files)) entry.date = date;
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'DOS' });
}
