// Markdown files -> one Report (contracts.md §1). parseMarkdownReport is pure and synchronous; readReport
// adds the file system. Each file is parsed once and its top-level nodes walked once, in order.
import type { Heading, Html, Nodes, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { DiscloseError } from '../model/errors.js';
import type { DirectiveProblem, DisclosureTag, OmissionDirective, Report, ReportMeta, SourceFile } from '../model/report.js';
import { readReportFile } from './decode.js';
import { chunksOf, type Chunk } from './chunks.js';
import { brokenDirectiveIn, directivesIn, type DirectiveEvent } from './directives.js';
import { expandPaths } from './files.js';
import { emptyMeta, mergeMeta, parseFrontMatter } from './front-matter.js';
import { LineIndex } from './lines.js';
import { parseMarkdown } from './markdown.js';
import { SectionTree } from './sections.js';
import { plainText, type TextVisitor } from './text.js';

export interface MarkdownSource {
  /** The path as the user gave it; it names the file in sections, tags and messages. */
  path: string;
  text: string;
}

const baseName = (path: string): string => path.split(/[\\/]/).filter(Boolean).pop() ?? path;

/** An HTML node made only of comments and white space: invisible, so not content on any page. */
const onlyComments = (node: RootContent): node is Html =>
  node.type === 'html' && node.value.replace(/<!--[\s\S]*?-->/g, '').trim() === '';

interface Collected {
  tags: DisclosureTag[];
  omissions: OmissionDirective[];
  problems: DirectiveProblem[];
  pages: Set<number>;
}

/** Places one file's directive events in the section tree, in document order. */
class FileWalker implements TextVisitor {
  /** Whether a page marker should count at once (inside content) or wait for the next content. */
  private inContent = false;
  /** Where the piece being walked starts in the file (see chunks.ts). */
  private offsetBase = 0;
  private lineBase = 0;

  constructor(
    private readonly path: string,
    private readonly text: string,
    private readonly lines: LineIndex,
    private readonly tree: SectionTree,
    private readonly out: Collected,
  ) {}

  /** The nodes that follow come from a piece of the file starting at `chunk`. */
  startChunk(chunk: Chunk): void {
    this.offsetBase = chunk.start;
    this.lineBase = chunk.line - 1;
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
    const title = toString(node, { includeHtml: false }).trim().replace(/[ \t]*(?:\r\n?|\n)[ \t]*/g, ' ');
    this.tree.openHeading(title, node.depth, this.path, start.line + this.lineBase, start.column);
    this.tree.touchPage();
    this.inContent = true;
    // Directives written in the heading line itself tag this heading's section.
    for (const child of node.children) plainText(child as Nodes, this);
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

  private apply(events: DirectiveEvent[]): void {
    for (const event of events) {
      const { line, column } = this.lines.position(event.offset);
      const where = { file: this.path, line, column };
      switch (event.kind) {
        case 'page':
          this.tree.page = event.page;
          if (event.page !== undefined) this.out.pages.add(event.page);
          if (this.inContent) this.tree.touchPage();
          break;
        case 'problem':
          this.out.problems.push({ message: event.message, raw: event.raw, ...where });
          break;
        case 'tag': {
          const tag: DisclosureTag = { raw: event.raw, section: this.tree.current, ...where };
          if (event.id !== undefined) tag.id = event.id;
          if (event.topic !== undefined) tag.topic = event.topic;
          if (event.requirements) tag.requirements = event.requirements;
          if (this.tree.page !== undefined) tag.page = this.tree.page;
          this.out.tags.push(tag);
          break;
        }
        case 'omission': {
          const omission: OmissionDirective = {
            raw: event.raw,
            reason: event.reason,
            explanation: event.explanation,
            section: this.tree.current,
            ...where,
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

/**
 * Parses the report's files (in order) into one Report. Pure: no I/O. `defaults` (from a config file)
 * sit under every file's front matter. Throws DiscloseError (kind 'input') for bad front matter.
 */
export function parseMarkdownReport(sources: readonly MarkdownSource[], defaults?: Partial<ReportMeta>): Report {
  const first = sources[0];
  if (!first) throw new DiscloseError('usage', 'No report given; expected one or more Markdown files or folders');
  let meta = mergeMeta(emptyMeta(), defaults);
  const files: SourceFile[] = [];
  const tree = new SectionTree(first.path);
  const out: Collected = { tags: [], omissions: [], problems: [], pages: new Set() };

  for (const source of sources) {
    const text = source.text.charCodeAt(0) === 0xfeff ? source.text.slice(1) : source.text;
    const lines = new LineIndex(text);
    files.push({ path: source.path, lines: lines.lines });
    const walker = new FileWalker(source.path, text, lines, tree, out);
    tree.startFile();
    for (const chunk of chunksOf(text)) {
      const root = parseMarkdown(chunk.start === 0 && chunk.end === text.length ? text : text.slice(chunk.start, chunk.end));
      walker.startChunk(chunk);
      for (const node of root.children) {
        if (node.type === 'yaml') {
          // Only the first piece can hold it; the YAML text starts on the line after the opening `---`.
          meta = mergeMeta(meta, parseFrontMatter(node.value, source.path, node.position!.start.line + 1));
          continue;
        }
        walker.walk(node);
      }
    }
    tree.endFile(lines.lines);
  }

  const sections = tree.finish(meta.title ?? baseName(first.path), files[0]!.lines);
  return {
    meta,
    files,
    sections,
    tags: out.tags,
    omissions: out.omissions,
    problems: out.problems,
    pages: [...out.pages].sort((a, b) => a - b),
  };
}

/** Reads and parses a report: paths (files or folders) -> files -> UTF-8 text -> Report. */
export async function readReport(paths: readonly string[], defaults?: Partial<ReportMeta>): Promise<Report> {
  const files = await expandPaths(paths);
  const texts = await Promise.all(files.map((path) => readReportFile(path)));
  return parseMarkdownReport(
    files.map((path, i) => ({ path, text: texts[i]! })),
    defaults,
  );
}
