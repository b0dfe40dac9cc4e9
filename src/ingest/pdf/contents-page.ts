// The report's own contents page (issue 13): its lines are titles with page numbers (`2.1 Energy .... 12`),
// which would otherwise read as a run of headings or a paragraph of titles. Such a page is left out. A
// table whose rows end in numbers (a KPI table) must not look like one: without the word "Contents" at
// its top, only entries with dot leaders count, and only near the start of the report.
import { baselines, CONTENTS_TITLE } from './contents-entries.js';
import type { PdfLine } from './page-lines.js';

/** An entry with dot leaders: `2.1 Energy ........ 12`. */
const LEADER_ENTRY = /\p{L}.*?[.·…]{3,}\s*\d{1,4}$/u;
/** An entry without leaders, counted only under a contents title: `2.1 Energy   12`. */
const SPACED_ENTRY = /\p{L}.*?\s\d{1,4}$/u;
const MIN_ENTRIES = 3;
/** A contents page lies within the first pages: this many, or this share of the report if more. */
const WITHIN_PAGES = 10;
const WITHIN_SHARE = 0.1;

export function isContentsPage(pageLines: readonly PdfLine[], pageIndex = 1, pages = 1): boolean {
  if (pageIndex > Math.max(WITHIN_PAGES, Math.ceil(WITHIN_SHARE * pages))) return false;
  // An entry whose page number stands far right of its title is split by the line builder at the gap:
  // the pieces on one baseline are one entry.
  const lines = baselines(pageLines).map((group) => ({ text: group.map((line) => line.text).join(' ') }));
  const leaders = lines.filter((l) => LEADER_ENTRY.test(l.text)).length;
  if (leaders >= MIN_ENTRIES && leaders >= lines.length / 2) return true;
  const titled = lines.slice(0, 3).some((l) => CONTENTS_TITLE.test(l.text.trim()));
  const spaced = lines.filter((l) => SPACED_ENTRY.test(l.text)).length;
  return titled && spaced >= MIN_ENTRIES && spaced >= 0.6 * (lines.length - 1);
}
