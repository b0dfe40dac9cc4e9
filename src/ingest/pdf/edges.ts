// The top and bottom bands of a page (issue 13), where running headers, footers and page numbers live: the
// study found them within the outer ~9 % of the page height on every layout it measured.
import type { PdfLine } from './page-lines.js';

export const EDGE_BAND = 0.09;

export interface PageBox {
  height: number;
}

/** Distance of a line from the nearer page edge, points (baseline to bottom, top of the text to top). */
export const edgeDistance = (line: PdfLine, page: PageBox): number => Math.min(line.y - line.fontSize, page.height - line.y);

export const inEdgeBand = (line: PdfLine, page: PageBox): boolean => edgeDistance(line, page) <= EDGE_BAND * page.height;

export const isTop = (line: PdfLine, page: PageBox): boolean => line.y < page.height / 2;
