// LaidOutDocument (+ its sidecar, + a config's defaults) -> the one Report model (issue 13, item 3): the
// sections from the headings (the root is the report's title), each block's and table's place as the
// PRINTED page (a spread's first number; a roman label where there is no number), never a line: findings
// then say `p. 34, "Emissions"`. Tables become TableBlocks (cells without offsets) so the content-index
// reader audits a PDF's own index; paragraphs become TextBlocks (the statement of use is one).
import type { TableBlock, TextBlock, TextSpan } from '../../model/content-index.js';
import type { InferredMeta, Report, ReportMeta, Section } from '../../model/report.js';
import { emptyMeta, mergeMeta } from '../meta.js';
import type { LaidOutDocument } from './document.js';
import { inferMeta } from './infer-meta.js';
import { PrintedPages, type PrintedPlace } from './printed-pages.js';
import type { Sidecar } from './sidecar.js';
import { sidecarTags } from './sidecar-tags.js';

const baseName = (path: string): string => path.split(/[\\/]/).filter(Boolean).pop() ?? path;

/** `period` for `period.start`, `frameworks.gri` for `frameworks.gri.claim`: the key a written value overrides. */
function writtenKeys(meta: Partial<ReportMeta> | undefined): Set<string> {
  const keys = new Set<string>();
  if (!meta) return keys;
  for (const key of Object.keys(meta)) if (key !== 'frameworks' && (meta as Record<string, unknown>)[key] !== undefined) keys.add(key);
  for (const [id, settings] of Object.entries(meta.frameworks ?? {})) {
    keys.add(`frameworks.${id}`);
    if (settings && typeof settings === 'object') for (const key of Object.keys(settings)) keys.add(`frameworks.${id}.${key}`);
  }
  return keys;
}

/** The inferred values still in effect: those the sidecar does not give. */
function inferredInEffect(inferred: InferredMeta, sidecar: Partial<ReportMeta> | undefined): InferredMeta {
  const written = writtenKeys(sidecar);
  const out: InferredMeta = {};
  for (const key of Object.keys(inferred).sort()) if (!written.has(key)) out[key] = inferred[key]!;
  return out;
}

const placeOf = (place: PrintedPlace): { page?: number; pageLabel?: string } => ({
  ...(place.page !== undefined ? { page: place.page } : {}),
  ...(place.pageLabel !== undefined ? { pageLabel: place.pageLabel } : {}),
});

class LayoutSections {
  readonly sections: Section[] = [];
  private readonly texts: string[][] = [[]];
  private readonly pageSets: Set<number>[] = [new Set()];
  private stack: number[] = [0];

  constructor(file: string) {
    this.sections.push({ index: 0, title: '', depth: 0, headingPath: [], parent: null, file, pages: [], text: '' });
  }

  get current(): number {
    return this.stack[this.stack.length - 1]!;
  }

  open(title: string, depth: number, place: PrintedPlace): number {
    while (this.stack.length > 1 && this.sections[this.current]!.depth >= depth) this.stack.pop();
    const parent = this.sections[this.current]!;
    const index = this.sections.length;
    this.sections.push({ index, title, depth, headingPath: [...parent.headingPath, title], parent: parent.index, file: parent.file, ...placeOf(place), pages: [], text: '' });
    this.texts.push([]);
    this.pageSets.push(new Set());
    this.stack.push(index);
    return index;
  }

  /** Content on these printed pages: every open section spans them. */
  touch(pages: readonly number[]): void {
    for (const index of this.stack) for (const page of pages) this.pageSets[index]!.add(page);
  }

  addText(text: string): void {
    if (text !== '') this.texts[this.current]!.push(text);
  }

  finish(title: string, firstPlace: PrintedPlace | undefined): Section[] {
    const root = this.sections[0]!;
    root.title = title;
    if (firstPlace) Object.assign(root, placeOf(firstPlace));
    for (const section of this.sections) {
      section.text = this.texts[section.index]!.join('\n');
      section.pages = [...this.pageSets[section.index]!].sort((a, b) => a - b);
    }
    return this.sections;
  }
}

/** A report's notes from its reader: the reader's own, and a word when page numbers are estimates. */
function readerNotes(doc: LaidOutDocument): string[] {
  const notes = doc.notes.map((note) => `\`${doc.file}\`: ${note}`);
  if (doc.pagesApproximate && !doc.notes.some((n) => /approximate/i.test(n))) {
    notes.push(`\`${doc.file}\`: page numbers are approximate (a ${doc.format.toUpperCase()} has no pages until a word processor lays it out)`);
  }
  return notes;
}

/** One sentence on what was inferred and from where, for stderr (the JSON output has the detail). */
export function inferredNote(file: string, inferred: InferredMeta, sidecar: string | undefined): string | undefined {
  const keys = Object.keys(inferred);
  if (keys.length === 0) return undefined;
  const parts = keys.map((key) => {
    const value = inferred[key]!;
    const where = value.from === 'document-info' ? "the file's properties" : value.page !== undefined ? `p. ${value.page}` : value.pageLabel !== undefined ? `p. ${value.pageLabel}` : value.from;
    return `${key} (${where})`;
  });
  return `\`${file}\`: inferred from the report: ${parts.join(', ')}; write them in \`${sidecar ?? 'a sidecar'}\` to correct them`;
}

/**
 * The Report of a laid-out document. Metadata: the config's defaults, then what the text says (inferred),
 * then the sidecar's keys; the sidecar's `disclose:`/`omit:` entries become tags as directives would.
 */
export function layoutToReport(doc: LaidOutDocument, sidecar?: Sidecar, defaults?: Partial<ReportMeta>, sidecarFile?: string): Report {
  const printed = new PrintedPages(doc);
  const guessed = inferMeta(doc);
  const meta = mergeMeta(mergeMeta(mergeMeta(emptyMeta(), defaults), guessed.meta), sidecar?.meta);
  const inferred = inferredInEffect(guessed.inferred, sidecar?.meta);

  const tree = new LayoutSections(doc.file);
  const tables: TableBlock[] = [];
  const blocks: TextBlock[] = [];
  const allPages = new Set<number>();
  let firstPlace: PrintedPlace | undefined;
  for (const block of doc.blocks) {
    const place = block.printed !== undefined ? { page: block.printed } : printed.at(block.page);
    firstPlace ??= place;
    const onOneHalf = block.printed !== undefined && (block.endPage ?? block.page) === block.page;
    const spanned = onOneHalf ? [block.printed!] : printed.numbersBetween(doc, block.page, block.endPage ?? block.page);
    spanned.forEach((p) => allPages.add(p));
    if (block.kind === 'heading') {
      tree.open(block.text.trim(), Math.min(6, Math.max(1, block.level)), place);
      tree.touch(spanned);
      continue;
    }
    tree.touch(spanned);
    const span = (text: string): TextSpan => ({ text, file: doc.file, ...(place.page !== undefined ? { page: place.page } : {}) });
    if (block.kind === 'paragraph') {
      blocks.push({ ...span(block.text), section: tree.current });
      tree.addText(block.text);
    } else {
      tables.push({ file: doc.file, ...(place.page !== undefined ? { page: place.page } : {}), section: tree.current, rows: block.rows.map((row) => row.map(span)) });
      tree.addText(block.rows.map((row) => row.join(' ')).join('\n'));
    }
  }
  const sections = tree.finish(meta.title || baseName(doc.file), firstPlace);
  const tagged = sidecar ? sidecarTags(sidecar, doc.file, sections) : { tags: [], omissions: [], problems: [] };
  const notes = readerNotes(doc);
  const note = inferredNote(doc.file, inferred, sidecarFile ?? sidecar?.file);
  if (note) notes.push(note);
  return {
    meta,
    files: [{ path: doc.file, pages: doc.pages.length }],
    sections,
    tags: tagged.tags,
    omissions: tagged.omissions,
    problems: tagged.problems,
    suppressions: [],
    pages: [...allPages].sort((a, b) => a - b),
    tables,
    blocks,
    notes,
    inferred,
    layout: doc.format,
  };
}
