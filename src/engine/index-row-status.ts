// What an index row says about its disclosure: where it is answered, or that it is omitted.
import type { ContentIndexTable, PageRange } from '../model/content-index.js';
import type { DisclosureLocation } from '../model/finding.js';
import type { Report } from '../model/report.js';
import { resolveSections } from '../mapping/headings.js';
import type { ResolvedIndexRow } from './index-rows.js';

const ANSWERED = new Set(['pages', 'sections', 'mixed', 'prose']);

/** Bounded: a misprinted range (`12-1200`) must not make a huge array. */
const MAX_SPAN = 500;

function expandRanges(ranges: readonly PageRange[]): number[] {
  const pages = new Set<number>();
  for (const { from, to } of ranges) {
    if (from > to || to - from > MAX_SPAN) {
      pages.add(from);
      continue;
    }
    for (let page = from; page <= to; page += 1) pages.add(page);
  }
  return [...pages].sort((a, b) => a - b);
}

/** Whether some column of the table was read as a location or page column. */
export function hasLocationColumn(table: ContentIndexTable): boolean {
  return table.columns.location !== undefined || table.columns.page !== undefined;
}

export function indexRowLocation(report: Report, row: ResolvedIndexRow): DisclosureLocation | undefined {
  const { location, code } = row.entry;
  // A table with no location column lists its rows without placing them (the table gets one finding):
  // a listed row counts as reported, with no section.
  if (!hasLocationColumn(row.table)) {
    return { section: '', headingPath: [], file: code.file, ...(code.line !== undefined ? { line: code.line } : {}), via: 'index' };
  }
  if (!ANSWERED.has(location.kind)) return undefined;
  const path = location.sections[0];
  const section = path ? resolveSections(report, path)[0] : undefined;
  const result: DisclosureLocation = {
    // A location that is only pages names no section; prose is kept as the answer itself.
    section: section?.title ?? (path ? path.join(' - ') : location.kind === 'prose' ? location.text : ''),
    headingPath: section?.headingPath ?? [],
    file: code.file,
    ...(code.line !== undefined ? { line: code.line } : {}),
    via: 'index',
  };
  const page = location.pages[0]?.from ?? section?.page;
  if (page !== undefined) result.page = page;
  const pages = location.pages.length > 0 ? expandRanges(location.pages) : section?.pages ?? [];
  if (pages.length > 0) result.pages = pages;
  return result;
}

export function indexRowOmission(row: ResolvedIndexRow): { reason: string; explanation: string; requirements?: string[] } | undefined {
  const { location, omission } = row.entry;
  if (!hasLocationColumn(row.table) && !omission) return undefined;
  const shownAsOmitted = location.kind === 'not-applicable' || location.kind === 'not-reported' || location.kind === 'empty';
  if (!omission && !shownAsOmitted) return undefined;
  // `reasonId` is GRI 1's reason recognised in English or Chinese (`保密限制` -> confidentiality-constraints).
  const reason = omission?.reasonId ?? omission?.reason ?? (location.kind === 'not-applicable' ? 'not-applicable' : '');
  const result: { reason: string; explanation: string; requirements?: string[] } = { reason, explanation: omission?.explanation ?? '' };
  if (omission?.requirements) result.requirements = [omission.requirements];
  return result;
}
