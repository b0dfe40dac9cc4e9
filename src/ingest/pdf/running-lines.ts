// Running headers and footers (issue 13): a line in the top or bottom band that repeats across pages once
// its digits are masked (`Annual Report 2025 | 34` and `… | 35` are one footer), or a line there that is
// only a page number. Removed before anything else reads the page.
import { inEdgeBand, isTop, type PageBox } from './edges.js';
import type { PdfLine } from './page-lines.js';
import { isPageNumberText } from './page-numbers.js';

interface PageWithLines extends PageBox {
  lines: PdfLine[];
}

/** Repeating on this share of the pages with text (and on at least two) makes a line running. */
const MIN_SHARE = 0.25;

const mask = (line: PdfLine, page: PageBox): string =>
  `${isTop(line, page) ? 'top' : 'bottom'}:${line.text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase()}`;

/** Whether each line is a running header, footer or page number, per page (same shape as the pages' lines). */
export function runningLines(pages: readonly PageWithLines[]): boolean[][] {
  const counts = new Map<string, number>();
  for (const page of pages) {
    const keys = new Set(page.lines.filter((l) => inEdgeBand(l, page)).map((l) => mask(l, page)));
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const withText = pages.filter((p) => p.lines.length > 0).length;
  const needed = Math.max(2, Math.ceil(MIN_SHARE * withText));
  return pages.map((page) =>
    page.lines.map((line) => inEdgeBand(line, page) && ((counts.get(mask(line, page)) ?? 0) >= needed || isPageNumberText(line.text))),
  );
}
