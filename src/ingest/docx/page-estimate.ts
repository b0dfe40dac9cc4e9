// Pages where a DOCX has no breaks (issue 13): the breaks the reader counts (explicit, section, and the ones
// Word last rendered) are exact where they exist, but a document saved without rendered breaks (LibreOffice,
// pandoc, a generator, Word with background pagination off) puts a whole chapter, or the whole report, on one
// "page". Between two breaks the text is spread over as many pages as it fills: each block takes the lines
// its text needs at the page geometry, and a run of blocks longer than a page flows on to the next. Anchored
// on the breaks: a run always starts on the page its break put it on, later pages shift by the pages the
// runs before them overflowed into. When docProps/app.xml says how many pages Word counted, the line
// estimate is scaled until the document has that many pages (the text spread over them in proportion).
import { maxOf } from '../../arrays.js';
import type { LaidOutBlock } from '../layout/document.js';
import type { PageGeometry } from './page-geometry.js';
import type { ParagraphSpacing } from './styles.js';

/** CJK ideographs, kana, hangul and full-width forms: about one em wide, two Latin characters. */
const FULL_WIDTH = /[\u1100-\u115f\u2e80-\u303e\u3040-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/gu;

/** Space after a paragraph, in lines (Word's Normal: 8–10 pt after a 10–11 pt line). */
const PARAGRAPH_SPACING = 0.5;
/** A heading: larger type (about 1.4×) and space before and after (about 1.5 lines in Word's heading styles). */
const HEADING_SCALE = 1.4;
const HEADING_SPACING = 1.5;
/** A table row's cell margins and borders. */
const ROW_PADDING = 0.4;
/**
 * A heading is kept with the paragraph after it (Word's heading styles set `w:keepNext`): one that would
 * stand in the last lines of a page goes to the top of the next.
 */
const KEEP_WITH_NEXT_LINES = 2;

function width(text: string): number {
  return text.length + (text.match(FULL_WIDTH)?.length ?? 0);
}

function textLines(text: string, charsPerLine: number): number {
  return Math.max(1, Math.ceil(width(text) / charsPerLine));
}

/** Lines of body text a block takes on the page, with its style's spacing when the reader knows it. */
export function blockLines(block: LaidOutBlock, geometry: PageGeometry, spacing?: ParagraphSpacing): number {
  const around = (fallback: number): number => (spacing ? (spacing.before + spacing.after) / geometry.lineHeight : fallback);
  const factor = spacing?.lineFactor ?? 1;
  if (block.kind === 'heading') return textLines(block.text, geometry.charsPerLine / HEADING_SCALE) * HEADING_SCALE * factor + around(HEADING_SPACING);
  if (block.kind === 'paragraph') return textLines(block.text, geometry.charsPerLine) * factor + around(PARAGRAPH_SPACING);
  let lines = PARAGRAPH_SPACING;
  for (const row of block.rows) {
    const cellWidth = geometry.charsPerLine / Math.max(row.length, 1);
    lines += maxOf(row.map((cell) => textLines(cell, cellWidth)), 1) + ROW_PADDING;
  }
  return lines;
}

/** Where a block lands: pages past the one its break put it on, at `scale` times the estimated lines. */
interface Placement {
  /** Index into the blocks. */
  block: number;
  /** Lines before it in its run, and its own lines. */
  offset: number;
  lines: number;
  heading: boolean;
}

/** Runs of blocks that the counted breaks put on one page (blocks are in page order). */
function runsOf(blocks: readonly LaidOutBlock[], geometry: PageGeometry, spacing: ReadonlyMap<LaidOutBlock, ParagraphSpacing>): Map<number, Placement[]> {
  const runs = new Map<number, Placement[]>();
  let page = -1;
  let offset = 0;
  blocks.forEach((block, index) => {
    if (block.page !== page) {
      page = block.page;
      offset = 0;
    }
    const lines = blockLines(block, geometry, spacing.get(block));
    const run = runs.get(page) ?? [];
    run.push({ block: index, offset, lines, heading: block.kind === 'heading' });
    runs.set(page, run);
    offset += lines;
  });
  return runs;
}

/** Pages a placement goes past its run's first page. */
function pagesInto(placement: Placement, scale: number, linesPerPage: number): number {
  const at = (placement.offset * scale) / linesPerPage;
  const into = Math.floor(at);
  if (!placement.heading || at === into) return into;
  // Lines left on its page after it, in page lines; too few for a line of what it heads: the next page.
  const left = (1 - (at - into)) * linesPerPage - placement.lines * scale;
  return left < KEEP_WITH_NEXT_LINES ? into + 1 : into;
}

/** Pages a run overflows into beyond its first. */
function overflow(run: readonly Placement[], scale: number, linesPerPage: number): number {
  const last = run[run.length - 1];
  if (!last) return 0;
  const end = ((last.offset + last.lines) * scale) / linesPerPage;
  return Math.max(Math.ceil(end) - 1, pagesInto(last, scale, linesPerPage));
}

function totalOverflow(runs: Iterable<Placement[]>, scale: number, linesPerPage: number): number {
  let total = 0;
  for (const run of runs) total += overflow(run, scale, linesPerPage);
  return total;
}

export interface PageEstimate {
  /** The blocks with estimated pages (new objects; the input is not changed). */
  blocks: LaidOutBlock[];
  /** The new physical page of a page the breaks counted (its first page: it may now span several). */
  shifted(page: number): number;
  /** Pages in all, after the estimate. */
  pageCount: number;
  /** Pages added where the text ran on past a page. */
  added: number;
  /** The scale that matched the document's own page count, when it had one. */
  scale: number;
}

/** The scale at which the runs fill `target` pages in all (binary search; overflow grows with the scale). */
function fitScale(runs: Placement[][], linesPerPage: number, counted: number, target: number): number {
  let low = 0.05;
  let high = 20;
  if (counted + totalOverflow(runs, high, linesPerPage) < target) return high;
  for (let i = 0; i < 40; i++) {
    const mid = (low + high) / 2;
    if (counted + totalOverflow(runs, mid, linesPerPage) < target) low = mid;
    else high = mid;
  }
  return high;
}

/**
 * Spreads each run of blocks over the pages it fills. `countedPages` is the page count from the breaks;
 * `statedPages`, docProps/app.xml's `<Pages>` (Word's count when it last saved), calibrates the estimate.
 * When the breaks already account for the pages Word counted, nothing is added.
 */
export function estimatePages(
  blocks: readonly LaidOutBlock[],
  geometry: PageGeometry,
  countedPages: number,
  statedPages?: number,
  spacing: ReadonlyMap<LaidOutBlock, ParagraphSpacing> = new Map(),
): PageEstimate {
  const runs = runsOf(blocks, geometry, spacing);
  const { linesPerPage } = geometry;
  const all = [...runs.values()];
  const scale =
    statedPages === undefined ? 1 : statedPages <= countedPages ? 0 : fitScale(all, linesPerPage, countedPages, statedPages);
  // Pages added before each counted page: the overflow of the runs on earlier pages. Runs are keyed by
  // their counted page, which rises through the document.
  const starts = [...runs.keys()].sort((a, b) => a - b);
  const shiftAt = new Map<number, number>();
  const shiftAfter: number[] = [];
  let shift = 0;
  for (const page of starts) {
    shiftAt.set(page, shift);
    shift += scale === 0 ? 0 : overflow(runs.get(page)!, scale, linesPerPage);
    shiftAfter.push(shift);
  }
  /** Pages added by the runs on counted pages before `page` (binary search over the run starts). */
  const shifted = (page: number): number => {
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid]! < page) low = mid + 1;
      else high = mid;
    }
    return page + (low === 0 ? 0 : shiftAfter[low - 1]!);
  };
  const out = blocks.map((block) => ({ ...block }));
  if (scale > 0) {
    for (const [page, run] of runs) {
      const base = page + shiftAt.get(page)!;
      let previous = base;
      for (const placement of run) {
        const block = out[placement.block]!;
        // Never before the block above it: a heading kept with the next page takes what follows it along.
        const start = Math.max(base + pagesInto(placement, scale, linesPerPage), previous);
        previous = start;
        const end = base + Math.max(Math.ceil(((placement.offset + placement.lines) * scale) / linesPerPage) - 1, start - base);
        const endPage = block.endPage !== undefined ? shifted(block.endPage) : end;
        block.page = start;
        if (endPage > start) block.endPage = endPage;
        else delete block.endPage;
      }
    }
  }
  return { blocks: out, shifted, pageCount: countedPages + shift, added: shift, scale };
}
