// The report's own contents page (issue 13): its lines are titles with page numbers (`2.1 Energy .... 12`),
// which would otherwise read as a run of headings or a paragraph of titles. Such a page is left out.
import type { PdfLine } from './page-lines.js';

/** The title of a contents page, English and Chinese (reader vocabulary, not a standard's words). */
const CONTENTS_TITLE = /^(?:table of )?contents$|^目\s*录$|^目\s*錄$/i;
/** A contents entry: text, then dot leaders or space, then a page number at the end. */
const ENTRY = /\p{L}.*?(?:\s*[.·…]{2,}\s*|\s+)\d{1,4}$/u;
/** Entries needed, and their share of the page's lines. */
const MIN_ENTRIES = 3;
const MIN_SHARE = 0.6;

export function isContentsPage(lines: readonly PdfLine[]): boolean {
  const entries = lines.filter((l) => ENTRY.test(l.text)).length;
  const titled = lines.slice(0, 3).some((l) => CONTENTS_TITLE.test(l.text.trim()));
  return entries >= MIN_ENTRIES && (entries >= MIN_SHARE * lines.length || (titled && entries >= (lines.length - 1) / 2));
}
