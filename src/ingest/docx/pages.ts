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

  /** The pages, physical 1…n, each with the number printed on it under its section's numbering. */
  pages(): LaidOutPage[] {
    const out: LaidOutPage[] = [];
    let number = 0;
    let format: string | undefined;
    for (let index = 1; index <= this.lastPage; index++) {
      const section = this.sectionStarts.get(index);
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
