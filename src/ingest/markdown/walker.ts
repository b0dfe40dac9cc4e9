// Walks one file's top-level mdast nodes in document order: headings open sections, content is text
// and pages, directives become tags, omissions, page changes and problems in the current section;
// tables and paragraphs are kept with their spans (issue #3) in the same walk.
import type { Heading, Html, Nodes, Paragraph, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { TableBlock, TextBlock } from '../../model/content-index.js';
import type { DirectiveProblem, DisclosureTag, OmissionDirective, Suppression } from '../../model/report.js';
import type { Chunk } from './chunks.js';
import { brokenDirectiveIn, directivesIn, type DirectiveEvent, type SuppressionEvent } from './directives.js';
import type { LineIndex } from '../../text-lines.js';
import type { SectionTree } from './sections.js';
import { blockSpan, blockText, cellSpan, cellText, type SpanBase } from './spans.js';
import { plainText, type TextVisitor } from './text.js';
import { detached } from './detached.js';

/** An HTML node made only of comments and white space: invisible, so not content on any page. */
const onlyComments = (node: RootContent): node is Html =>
  node.type === 'html' && node.value.replace(/<!--[\s\S]*?-->/g, '').trim() === '';

export interface Collected {
  tags: DisclosureTag[];
  omissions: OmissionDirective[];
  problems: DirectiveProblem[];
  suppressions: Suppression[];
  pages: Set<number>;
  tables: TableBlock[];
  blocks: TextBlock[];
}

/** Places one file's directive events in the section tree, in document order. */
export class FileWalker implements TextVisitor {
  /** Whether a page marker should count at once (inside content) or wait for the next content. */
  private inContent = false;
  /** Where the piece being walked starts in the file (see chunks.ts). */
  private offsetBase = 0;
  private lineBase = 0;
  private readonly base: SpanBase;
  private readonly nextNonBlank = new Map<number, number | undefined>();

  /** `shift`: added to the offsets of spans, so they index the text as given (1 when a BOM was dropped). */
  constructor(
    private readonly path: string,
    private readonly text: string,
    private readonly lines: LineIndex,
    private readonly tree: SectionTree,
    private readonly out: Collected,
    shift = 0,
  ) {
    this.base = { file: path, text, offsetBase: 0, lineBase: 0, shift };
  }

  /** The nodes that follow come from a piece of the file starting at `chunk`. */
  startChunk(chunk: Chunk): void {
    this.offsetBase = this.base.offsetBase = chunk.start;
    this.lineBase = this.base.lineBase = chunk.line - 1;
  }

  walk(node: RootContent): void {
    if (node.type === 'heading') {
      this.heading(node);
    } else if (onlyComments(node)) {
      this.inContent = false;
      this.html(node, false);
    } else {
      this.tree.touchPage();
      this.inContent = true;
      this.tree.addText(plainText(node as Nodes, this));
    }
  }

  private heading(node: Heading): void {
    const start = node.position!.start;
    // A Setext title may span lines: one line in titles, so indexes and tables stay whole.
    const title = detached(toString(node, { includeHtml: false }).trim().replace(/[ \t]*(?:\r\n?|\n)[ \t]*/g, ' '));
    this.tree.openHeading(title, node.depth, this.path, start.line + this.lineBase, start.column);
    this.tree.touchPage();
    this.inContent = true;
    // Directives written in the heading line itself tag this heading's section.
    for (const child of node.children) plainText(child as Nodes, this);
  }

  paragraph(node: Paragraph, text: string): void {
    const plain = detached(blockText(text));
    if (plain !== '') this.out.blocks.push({ ...blockSpan(node, plain, this.base), section: this.tree.current });
  }

  table(node: Table, cells: string[][]): void {
    const start = node.position!.start;
    const rows = node.children.map((row, r) => row.children.map((cell, c) => cellSpan(cell, detached(cellText(cells[r]![c]!)), this.base)));
    this.out.tables.push({ file: this.path, line: start.line + this.lineBase, column: start.column, section: this.tree.current, rows });
  }

  html(node: Nodes & { type: 'html' }, quoted: boolean): void {
    const { start, end } = node.position!;
    this.apply(directivesIn(this.text, start.offset! + this.offsetBase, end.offset! + this.offsetBase, quoted));
  }

  suspiciousText(node: Nodes & { type: 'text' }): void {
    const { start, end } = node.position!;
    const problem = brokenDirectiveIn(this.text, start.offset! + this.offsetBase, end.offset! + this.offsetBase);
    if (problem) this.apply([problem]);
  }

  /** The lines a suppression covers: its own, or the first non-blank line after the comment ends. */
  private suppression(event: SuppressionEvent, where: { file: string; line: number; column: number }): Suppression {
    const base: Suppression = { scope: event.scope, rules: event.rules, ...where };
    const last = this.lines.position(event.offset + event.length - 1).line;
    if (event.scope === 'line') return { ...base, lines: { from: where.line, to: last } };
    if (event.scope === 'file') return base;
    const target = this.nonBlankAfter(last);
    return target === undefined ? base : { ...base, lines: { from: target, to: target } };
  }

  /** The first non-blank line after `line`; remembered, so many comments on one line scan what follows once. */
  private nonBlankAfter(line: number): number | undefined {
    if (this.nextNonBlank.has(line)) return this.nextNonBlank.get(line);
    let found: number | undefined;
    for (let next = line + 1; next <= this.lines.lines && found === undefined; next++) {
      const start = this.lines.offset(next, 1)!;
      const end = this.lines.offset(next + 1, 1) ?? this.text.length;
      if (this.text.slice(start, end).trim() !== '') found = next;
    }
    this.nextNonBlank.set(line, found);
    return found;
  }

  private apply(events: DirectiveEvent[]): void {
    for (const event of events) {
      const { line, column } = this.lines.position(event.offset);
      const where = { file: this.path, line, column };
      // Where a tag's or omission's id stands, for fixes that rewrite it (src/rules/fix-range.ts).
      const exact = 'raw' in event && this.text.startsWith(event.raw, event.offset) ? { offset: event.offset + this.base.shift } : {};
      switch (event.kind) {
        case 'page':
          this.tree.page = event.page;
          if (event.page !== undefined) this.out.pages.add(event.page);
          if (this.inContent) this.tree.touchPage();
          break;
        case 'problem':
          this.out.problems.push({ message: event.message, raw: detached(event.raw), ...where, ...(event.severity ? { severity: event.severity } : {}) });
          break;
        case 'suppression':
          this.out.suppressions.push(this.suppression(event, where));
          break;
        case 'tag': {
          const tag: DisclosureTag = { raw: detached(event.raw), section: this.tree.current, ...where, ...exact };
          if (event.id !== undefined) tag.id = event.id;
          if (event.topic !== undefined) tag.topic = event.topic;
          if (event.requirements) tag.requirements = event.requirements;
          if (this.tree.page !== undefined) tag.page = this.tree.page;
          this.out.tags.push(tag);
          break;
        }
        case 'omission': {
          const omission: OmissionDirective = {
            raw: detached(event.raw),
            reason: detached(event.reason),
            explanation: detached(event.explanation),
            section: this.tree.current,
            ...where,
            ...exact,
          };
          if (event.id !== undefined) omission.id = event.id;
          if (event.topic !== undefined) omission.topic = event.topic;
          if (event.requirements) omission.requirements = event.requirements;
          if (this.tree.page !== undefined) omission.page = this.tree.page;
          this.out.omissions.push(omission);
          break;
        }
      }
    }
  }
}
