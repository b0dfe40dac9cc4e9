// Physical page (sheet) -> the page a reader of the report cites. Findings, sections and `<!-- page -->`
// markers carry the printed number (a spread's first half), or its label where it is no number (`iv`);
// a page with neither (a cover) has no place of its own and takes none.
import type { LaidOutDocument } from './document.js';

export interface PrintedPlace {
  page?: number;
  pageLabel?: string;
}

export class PrintedPages {
  private readonly byIndex = new Map<number, PrintedPlace>();

  constructor(doc: Pick<LaidOutDocument, 'pages'>) {
    for (const p of doc.pages) {
      const place: PrintedPlace = {};
      if (p.number !== undefined) place.page = p.number;
      else if (p.label !== undefined && p.label.trim() !== '') place.pageLabel = p.label.trim();
      this.byIndex.set(p.index, place);
    }
  }

  /** The printed place of a physical page; a page the document does not list stands as its own number. */
  at(index: number): PrintedPlace {
    return this.byIndex.get(index) ?? { page: index };
  }

  /** Every printed page number from `from` to `to` (physical, inclusive): a spread counts both its halves. */
  numbersBetween(doc: Pick<LaidOutDocument, 'pages'>, from: number, to: number): number[] {
    const out: number[] = [];
    for (const p of doc.pages) {
      if (p.index < from || p.index > to || p.number === undefined) continue;
      out.push(p.number);
      if (p.lastNumber !== undefined) for (let n = p.number + 1; n <= p.lastNumber && n - p.number < 4; n++) out.push(n);
    }
    return out;
  }
}
