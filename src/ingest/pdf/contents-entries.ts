// The entries of a report's contents page (issue 13): heading -> printed page, read from the lines the
// reader leaves out of the text (contents-page.ts), for the cross-check of headings (contents-check.ts).
// An entry is a title followed by a page number, with dot leaders (`2.1 Energy ..... 12`) or white space
// between (`2.1 Energy      12`, which the line builder may split at the gap into two lines on one
// baseline); a title that wraps continues on the next line, which carries the number. Two columns of
// entries on one baseline are two entries, read left to right.
import type { PdfLine } from './page-lines.js';

export interface ContentsEntry {
  /** The title as printed, leaders and page number left off. */
  title: string;
  /** The printed page the contents page gives, when it is a number (front matter may be `ii`: no number). */
  printed?: number;
  /** Where the entry starts (its indent, which ranks its level) and the size it is set in. */
  x: number;
  fontSize: number;
}

/**
 * A piece that ends in a page number: a title (maybe) then leaders or spaces then 1–4 digits, or a lower
 * case roman number (front matter: `About this report ..... ii`).
 */
const ENDS_IN_PAGE = /^(.*?)(?:\s*[.·…_]{2,}\s*|\s+|^)(\d{1,4}|[ivxlc]{1,7})$/u;
const LETTER = /\p{L}/u;
/** The title of a contents page, English, Chinese or both (`Contents 目录`): reader vocabulary, not a standard's words. */
export const CONTENTS_TITLE = /^(?:(?:table of )?contents|目\s*[录錄])(?:\s*(?:(?:table of )?contents|目\s*[录錄]))?$/i;
/** Runs of a line within this share of the smaller size stand on one baseline. */
const SAME_BASELINE = 0.35;

/** Lines grouped by baseline, top to bottom, each group left to right. */
export function baselines(lines: readonly PdfLine[]): PdfLine[][] {
  const sorted = [...lines].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: PdfLine[][] = [];
  for (const line of sorted) {
    const last = groups.at(-1);
    const head = last?.[0];
    if (head && Math.abs(head.y - line.y) < SAME_BASELINE * Math.min(head.fontSize, line.fontSize)) last.push(line);
    else groups.push([line]);
  }
  for (const group of groups) group.sort((a, b) => a.x - b.x);
  return groups;
}

export function contentsEntries(lines: readonly PdfLine[]): ContentsEntry[] {
  const entries: ContentsEntry[] = [];
  // A title read so far without its number (it wraps, or its number stands apart on the baseline).
  let pending: { title: string; x: number; fontSize: number; wrapped?: boolean } | undefined;
  for (const group of baselines(lines)) {
    for (const line of group) {
      const text = line.text.replace(/\s+/g, ' ').trim();
      if (text === '' || CONTENTS_TITLE.test(text)) continue;
      const match = ENDS_IN_PAGE.exec(text);
      const title = match ? match[1]!.replace(/[\s.·…_]+$/u, '').trim() : text;
      const start = pending ?? { title: '', x: line.x, fontSize: line.fontSize };
      const full = [start.title, title].filter((t) => t !== '').join(' ');
      if (match && LETTER.test(full)) {
        const page = /^\d+$/.test(match[2]!) ? { printed: Number(match[2]) } : {};
        entries.push({ title: full, ...page, x: start.x, fontSize: start.fontSize });
        pending = undefined;
      } else if (!match && LETTER.test(text)) {
        // A title wraps onto one more line at most: a second line without a number starts over (a part
        // label such as `Part I` above its chapters has no page of its own).
        pending = pending?.wrapped ? { title: text, x: line.x, fontSize: line.fontSize, wrapped: true } : { ...start, title: full, wrapped: true };
      } else pending = undefined;
    }
  }
  return entries;
}
