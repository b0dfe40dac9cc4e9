// Pages of a DOCX, estimated: a DOCX has no pages until a word processor lays it out. The estimate counts
// explicit breaks (`w:br w:type="page"`, `w:pageBreakBefore`, section breaks that start a new page) and
// the breaks Word recorded the last time it laid the document out (`w:lastRenderedPageBreak`). Word writes
// a rendered break where an explicit one already put the text, so a break only counts once content
// follows it, and a rendered break (like a page break before a paragraph) adds no page to one just taken.
import type { LaidOutPage } from '../layout/document.js';
import { roman } from './number-formats.js';

/** How a section's pages are numbered (`w:pgNumType`): a restart value and a format. */
export interface PageNumbering {
  start?: number;
  format?: string;
}

export class PageTracker {
  private page = 1;
  private pending = 0;
  private lastPage = 1;
  private started = false;
  private sectionNumbering: PageNumbering | undefined;
  private readonly sectionStarts = new Map<number, PageNumbering>();
  private readonly sizes = new Map<number, number>();
  /** Breaks seen: explicit and rendered (for the note that says where pages came from). */
  explicitBreaks = 0;
  renderedBreaks = 0;

  /** `w:br w:type="page"`: each one starts a page (two in a row leave a blank page, as in Word). */
  explicitBreak(): void {
    this.pending++;
    this.explicitBreaks++;
  }

  /**
   * `w:pageBreakBefore`, a section that starts on a new page: content goes on a new page, but one already
   * begun by a break just taken is not skipped.
   */
  newPage(): void {
    // Before any content it is already the first page's top.
    if (this.started) this.pending = Math.max(this.pending, 1);
    this.explicitBreaks++;
  }

  renderedBreak(): void {
    this.pending = Math.max(this.pending, 1);
    this.renderedBreaks++;
  }

  /** A new section begins; its numbering applies from the next page that begins in it. */
  startSection(numbering: PageNumbering, newPage: boolean): void {
    if (newPage) this.newPage();
    this.sectionNumbering = numbering;
  }

  /** Content is placed: the page it lands on (taking any pending break). */
  content(): number {
    let fresh = !this.started;
    if (this.pending > 0) {
      this.page += this.pending;
      this.pending = 0;
      fresh = true;
    }
    // A section that begins mid-page (a continuous break) numbers from the next page it begins: a page
    // is numbered by the section it starts in.
    if (this.sectionNumbering && fresh) {
      this.sectionStarts.set(this.page, this.sectionNumbering);
      this.sectionNumbering = undefined;
    }
    this.lastPage = this.page;
    this.started = true;
    return this.page;
  }

  /** Pages the breaks account for. */
  get counted(): number {
    return this.lastPage;
  }

  /** Body text size: a run's `w:sz` (half-points), counted by runs, for the page estimate. */
  runSize(halfPoints: number): void {
    this.sizes.set(halfPoints, (this.sizes.get(halfPoints) ?? 0) + 1);
  }

  /** The size most runs give, if any run gives one (the smaller on a tie). */
  get commonSize(): number | undefined {
    let best: [number, number] | undefined;
    for (const [size, count] of this.sizes) if (!best || count > best[1] || (count === best[1] && size < best[0])) best = [size, count];
    return best?.[0];
  }

  /**
   * The pages, physical 1…n, each with the number printed on it under its section's numbering. With an
   * estimate (page-estimate.ts) a counted page may have become several: `shifted` gives a counted page's
   * new first page and `total` the pages in all; a section still starts on its counted page's new place.
   */
  pages(shifted: (page: number) => number = (page) => page, total = this.lastPage): LaidOutPage[] {
    const starts = new Map([...this.sectionStarts].map(([page, numbering]) => [shifted(page), numbering]));
    const out: LaidOutPage[] = [];
    let number = 0;
    let format: string | undefined;
    for (let index = 1; index <= total; index++) {
      const section = starts.get(index);
      if (section) {
        format = section.format;
        if (section.start !== undefined) number = section.start - 1;
      }
      number++;
      const label = format === 'lowerRoman' ? roman(number) : format === 'upperRoman' ? roman(number).toUpperCase() : undefined;
      out.push(label !== undefined ? { index, label } : { index, number });
    }
    return out;
  }
}
