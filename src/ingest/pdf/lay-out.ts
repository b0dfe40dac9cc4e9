// PDF -> laid-out document (issue 13): read the pages (read-pdf.ts), then, page by page and across pages:
// lines from runs, printed page numbers, running headers and footers removed, the contents page left out,
// tables (tables.ts), reading order across columns, headings and their levels, paragraphs.
import { maxOf, minOf, pushAll } from '../../arrays.js';
import type { HeadingBlock, LaidOutBlock, LaidOutDocument, ParagraphBlock } from '../layout/document.js';
import { normaliseRadicals } from './cjk.js';
import { checkAgainstContents } from './contents-check.js';
import { contentsEntries } from './contents-entries.js';
import { isContentsPage } from './contents-page.js';
import { pdfLimits, type PdfLimits } from './limits-from-env.js';
import { headingLevels, type PlacedLine } from './headings.js';
import { buildLines, type ReadLine } from './lines.js';
import type { DetectedTable, PdfPageLines } from './page-lines.js';
import { numberPages } from './page-numbers.js';
import { continues, joinLines, lineSpacing, wordSet } from './paragraphs.js';
import { readPdf, type RawPdf } from './read-pdf.js';
import { readingOrder, type Box } from './reading-order.js';
import { scanned } from './refusals.js';
import { runningLines } from './running-lines.js';
import { splitSpreads } from './spread-halves.js';
import { readTables } from './tables.js';

export type { PdfLimits } from './limits-from-env.js';

/** A line that ends a sentence (English and CJK full stops): a paragraph does not run on past it to the next column. */
const SENTENCE_END = /[.。!?！？:：]$/;

/** The narrowest white gap between two columns, in ems of the body text. */
const GUTTER_EMS = 1;

type Item = { kind: 'line'; line: ReadLine } | { kind: 'table'; table: DetectedTable; box: Box };

const lineBox = (line: ReadLine): Box => ({ top: line.y - 0.85 * line.fontSize, bottom: line.y + 0.25 * line.fontSize, left: line.x, right: line.right });

function tableBox(table: DetectedTable, page: PdfPageLines): Box {
  const own = table.lines.filter(([p]) => p === page.index).map(([, i]) => page.lines[i]!).filter(Boolean);
  if (own.length === 0) return { top: table.y, bottom: table.y + 1, left: 0, right: page.width };
  return {
    top: Math.min(table.y, minOf(own.map((l) => l.y - l.fontSize))),
    bottom: maxOf(own.map((l) => l.y + 0.25 * l.fontSize)),
    left: minOf(own.map((l) => l.x)),
    right: maxOf(own.map((l) => l.right)),
  };
}

export async function layOutPdf(bytes: Uint8Array, path: string, limits?: Partial<PdfLimits>): Promise<LaidOutDocument> {
  const raw = await readPdf(bytes, path, pdfLimits(limits));
  return layOutRead(raw, path);
}

/** The stages after reading: what was read -> the laid-out document (`tables` is the table reader; tests pass their own). */
export function layOutRead(raw: RawPdf, path: string, tables: (pages: PdfPageLines[]) => DetectedTable[] = readTables): LaidOutDocument {
  const notes: string[] = [];
  const pages = raw.pages.map((page) => ({ index: page.index, width: page.width, height: page.height, lines: buildLines(page.runs), noText: page.runs.length === 0 }));

  const empty = pages.filter((p) => p.noText).length;
  if (empty > pages.length / 2 || empty === pages.length) throw scanned(path, empty, pages.length);
  if (empty > 0) notes.push(`${empty} page${empty === 1 ? ' has' : 's have'} no text (an image only): nothing on ${empty === 1 ? 'it' : 'them'} was read`);

  const numbering = numberPages(pages, raw.pageLabels);
  pushAll(notes, numbering.notes);

  const running = runningLines(pages);
  const bodyPages: PdfPageLines[] = pages.map((page, p) => ({ ...page, lines: page.lines.filter((_, i) => !running[p]![i]) }));
  const contents = bodyPages.filter((page) => isContentsPage(page.lines, page.index, bodyPages.length)).map((page) => page.index);
  const entries = contentsEntries(bodyPages.filter((page) => contents.includes(page.index)).flatMap((page) => page.lines));
  for (const page of bodyPages) if (contents.includes(page.index)) page.lines = [];

  // From here on a spread is its two halves (spread-halves.ts); `page` is a stage page, `halves` its sheet.
  const split = splitSpreads(bodyPages, numbering.pages);
  const stagePages = split.pages;
  const sheetOf = (page: number): number => split.halves.get(page)?.sheet ?? page;
  const found = tables(stagePages);
  // Per page, by line index: a string key per line of every page was a visible share of the stages' time.
  const consumed = new Map<number, Set<number>>();
  for (const [p, i] of found.flatMap((t) => t.lines)) consumed.set(p, (consumed.get(p) ?? new Set<number>()).add(i));

  const ordered: Array<{ page: number; item: Item }> = [];
  const body = stagePages.flatMap((p) => p.lines);
  const em = body.length > 0 ? [...body].sort((a, b) => a.fontSize - b.fontSize)[Math.floor(body.length / 2)]!.fontSize : 10;
  for (const page of stagePages) {
    const taken = consumed.get(page.index);
    const items: Item[] = page.lines.filter((_, i) => !taken?.has(i)).map((line) => ({ kind: 'line', line: line as ReadLine }));
    for (const table of found.filter((t) => t.page === page.index)) items.push({ kind: 'table', table, box: tableBox(table, page) });
    const inOrder = readingOrder(items, (item) => (item.kind === 'line' ? lineBox(item.line) : item.box), GUTTER_EMS * em);
    for (const item of inOrder) ordered.push({ page: page.index, item });
  }

  // Headings by outline and style are matched on the sheet (bookmarks name physical pages).
  const placed: PlacedLine[] = ordered.flatMap(({ page, item }) => (item.kind === 'line' ? [{ page: sheetOf(page), line: item.line }] : []));
  const { levels } = headingLevels(placed, raw.tagged, raw.outline);
  const levelOf = new Map(placed.map((p, i) => [p.line, levels[i]]));
  const spacing = lineSpacing(placed.filter((p) => levelOf.get(p.line) === undefined).map((p) => p.line));
  const words = wordSet(placed.map((p) => p.line.text));

  const blocks: LaidOutBlock[] = [];
  let open: { block: ParagraphBlock | HeadingBlock; lines: string[]; last: ReadLine } | undefined;
  /** A block placed on stage pages -> on sheets, with the printed number of a spread's right half. */
  const onSheets = <B extends LaidOutBlock>(block: B): B => {
    const half = split.halves.get(block.page);
    const placedOn: B = { ...block, page: sheetOf(block.page) };
    if (block.endPage !== undefined) {
      if (sheetOf(block.endPage) !== placedOn.page) placedOn.endPage = sheetOf(block.endPage);
      else delete placedOn.endPage;
    }
    if (half?.right && half.printed !== undefined) placedOn.printed = half.printed;
    return placedOn;
  };
  const close = (): void => {
    if (!open) return;
    open.block.text = joinLines(open.lines, words);
    blocks.push(onSheets(open.block));
    open = undefined;
  };
  for (const { page, item } of ordered) {
    if (item.kind === 'table') {
      close();
      // Cells are joined from runs by the table reader: CJK radicals folded here as in lines (cjk.ts).
      const block: LaidOutBlock = { kind: 'table', page, rows: item.table.rows.map((row) => row.map(normaliseRadicals)) };
      if (item.table.endPage !== page) block.endPage = item.table.endPage;
      blocks.push(onSheets(block));
      continue;
    }
    const line = item.line;
    const level = levelOf.get(line);
    const samePage = open !== undefined && (open.block.endPage ?? open.block.page) === page;
    if (level !== undefined) {
      // A heading that wraps is one heading: the next line of the same level and style continues it.
      if (open?.block.kind === 'heading' && open.block.level === level && samePage && continues(open.last, line, 1.6)) {
        open.lines.push(line.text);
        open.last = line;
        continue;
      }
      close();
      open = { block: { kind: 'heading', level, text: '', page }, lines: [line.text], last: line };
      continue;
    }
    // Text that moves to the next column or page continues its paragraph when the sentence has not ended.
    const jumped = open !== undefined && (!samePage || line.y < open.last.y);
    const sameParagraph =
      open?.block.kind === 'paragraph' &&
      (jumped ? open.last.fontSize === line.fontSize && open.last.bold === line.bold && !SENTENCE_END.test(open.last.text) : continues(open.last, line, spacing));
    if (open && sameParagraph) {
      open.lines.push(line.text);
      open.last = line;
      if (page !== open.block.page) open.block.endPage = page;
      continue;
    }
    close();
    open = { block: { kind: 'paragraph', text: '', page }, lines: [line.text], last: line };
  }
  close();

  // The contents page's entries confirm the headings' pages or say where they differ, and find a heading
  // the style ranking missed. Its numbers are printed pages: without printed numbers there is nothing to compare.
  const sheetNumber = new Map(numbering.pages.map((page) => [page.index, page.number]));
  const checked = numbering.source === 'physical' ? { blocks, notes: [] } : checkAgainstContents(blocks, entries, (block) => block.printed ?? sheetNumber.get(block.page));
  pushAll(notes, checked.notes);

  return {
    file: path,
    format: 'pdf',
    pages: numbering.pages,
    pageNumberSource: numbering.source,
    pagesApproximate: false,
    blocks: checked.blocks,
    info: raw.info,
    notes,
  };
}
