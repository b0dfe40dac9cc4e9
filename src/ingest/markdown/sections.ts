// The section tree (contracts.md §1), built in one pass in document order. A stack holds the open
// sections (root first); a heading closes every open section of the same or a deeper level.
import type { Section } from '../../model/report.js';

export class SectionTree {
  readonly sections: Section[] = [];
  /** Page in effect at the current point of the report (`<!-- page: N -->`), across files. */
  page: number | undefined;
  private readonly texts: string[][] = [];
  private readonly pageSets: Set<number>[] = [];
  private stack: number[] = [0];
  private rootPage: number | undefined;
  private rootPageSeen = false;

  constructor(rootFile: string) {
    // The document itself; its title and extent are known only at the end (finish).
    this.sections.push({
      index: 0,
      title: '',
      depth: 0,
      headingPath: [],
      parent: null,
      file: rootFile,
      line: 1,
      column: 1,
      pages: [],
      endLine: 1,
      text: '',
    });
    this.texts.push([]);
    this.pageSets.push(new Set());
  }

  /** Innermost open section: where a directive or text at the current point belongs. */
  get current(): number {
    return this.stack[this.stack.length - 1]!;
  }

  /** Each file's top-level headings are children of the root. */
  startFile(): void {
    this.stack = [0];
  }

  /** Closes the file's open sections at its last line. */
  endFile(lastLine: number): void {
    while (this.stack.length > 1) this.close(this.stack.pop()!, lastLine);
  }

  private close(index: number, lastLine: number): void {
    const section = this.sections[index]!;
    section.endLine = Math.max(section.line ?? lastLine, lastLine);
  }

  /** Opens a section for a heading; its parent is the nearest open heading of a lower depth. */
  openHeading(title: string, depth: number, file: string, line: number, column: number): number {
    while (this.stack.length > 1 && this.sections[this.stack[this.stack.length - 1]!]!.depth >= depth) {
      this.close(this.stack.pop()!, line - 1);
    }
    const parent = this.sections[this.current]!;
    const index = this.sections.length;
    const section: Section = {
      index,
      title,
      depth,
      headingPath: [...parent.headingPath, title],
      parent: parent.index,
      file,
      line,
      column,
      pages: [],
      endLine: line,
      text: '',
    };
    if (this.page !== undefined) section.page = this.page;
    this.sections.push(section);
    this.texts.push([]);
    this.pageSets.push(new Set());
    this.stack.push(index);
    return index;
  }

  /** Content at the current point is on the current page: every open section spans that page. */
  touchPage(): void {
    if (!this.rootPageSeen) {
      this.rootPageSeen = true;
      this.rootPage = this.page;
    }
    if (this.page === undefined) return;
    for (const index of this.stack) this.pageSets[index]!.add(this.page);
  }

  addText(text: string): void {
    if (text !== '') this.texts[this.current]!.push(text);
  }

  /** Fills in what is known only at the end: texts, pages, the root's title and extent. */
  finish(rootTitle: string, rootEndLine: number): Section[] {
    const root = this.sections[0]!;
    root.title = rootTitle;
    root.endLine = Math.max(1, rootEndLine);
    if (this.rootPage !== undefined) root.page = this.rootPage;
    const ascending = (a: number, b: number): number => a - b;
    for (const section of this.sections) {
      section.text = this.texts[section.index]!.join('\n');
      section.pages = [...this.pageSets[section.index]!].sort(ascending);
    }
    return this.sections;
  }
}
