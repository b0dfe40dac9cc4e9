// Printed page numbers (issue 13): what a reader of the report cites, which is rarely the file's page order
// (a cover and roman front matter come first). Read only from the numbered line nearest each page edge; the
// physical -> printed offset decided by a vote over all pages, so a misread number or a year in a footer
// cannot move a page; a sheet with two printed pages (`51 52`) is a spread; roman numbers are labels;
// /PageLabels is the fallback, and the physical order is used only with a note.
import { pushAll } from '../../arrays.js';
import type { LaidOutPage, PageNumberSource } from '../layout/document.js';
import { edgeDistance, inEdgeBand, isTop, type PageBox } from './edges.js';
import type { PdfLine } from './page-lines.js';

interface NumberedPage extends PageBox {
  index: number;
  width: number;
  lines: PdfLine[];
  noText?: boolean;
}

export interface PageNumbering {
  pages: LaidOutPage[];
  source: PageNumberSource;
  notes: string[];
}

const ROMAN = /^(?=[ivxlcdm]+$)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/i;
/** A line that is only a page number: `12`, `- 12 -`, `xii`, `12 13`, `Page 12`, `第12页`, `12 / 40`. */
const PAGE_NUMBER_LINE = /^(?:[-–—]\s*)?(?:page\s+|p\.\s*|第\s*)?(\d{1,4}|[ivxlcdm]{1,7})(?:\s*页)?(?:\s*[-–—])?(?:\s+(\d{1,4}))?(?:\s*(?:\/|of)\s*\d{1,4})?$/i;

export const isPageNumberText = (text: string): boolean => {
  const match = PAGE_NUMBER_LINE.exec(text.trim());
  return match !== null && (/^\d+$/.test(match[1]!) || ROMAN.test(match[1]!));
};

/** Lines this close (points) to the edge as the nearest numbered one are on the same edge line. */
const SAME_EDGE = 2;

interface Candidate {
  value: number;
  /** Centre of the number on the sheet (points from the left), to tell a spread's halves apart. */
  x: number;
}

interface EdgeNumbers {
  arabic: Candidate[];
  roman?: string;
}

/** Numbers on the numbered line nearest the top edge and on the one nearest the bottom edge. */
function edgeNumbers(page: NumberedPage): EdgeNumbers {
  const out: EdgeNumbers = { arabic: [] };
  const band = page.lines.filter((l) => inEdgeBand(l, page)).sort((a, b) => edgeDistance(a, page) - edgeDistance(b, page));
  for (const top of [true, false]) {
    const side = band.filter((l) => isTop(l, page) === top);
    // The numbered line nearest this edge, with the lines on its baseline (a spread's two numbers are apart).
    let nearest: number | undefined;
    for (const line of side) {
      if (nearest !== undefined && Math.abs(edgeDistance(line, page) - nearest) > SAME_EDGE) break;
      const found: Candidate[] = [];
      let roman: string | undefined;
      for (const run of line.runs) {
        const tokens = run.text.split(/[\s|·•/–—-]+/).filter(Boolean);
        for (const token of tokens) {
          const bare = token.replace(/^第|页$/g, '');
          if (/^\d{1,4}$/.test(bare)) found.push({ value: Number(bare), x: run.x + run.width / 2 });
          else if (ROMAN.test(bare) && bare.length <= 7 && tokens.length <= 2) roman = bare.toLowerCase();
        }
      }
      if (found.length === 0 && roman === undefined) continue;
      nearest ??= edgeDistance(line, page);
      pushAll(out.arabic, found);
      out.roman ??= roman;
    }
  }
  return out;
}

/** The most common value and how many pages voted for it (ties: the smaller offset, for determinism). */
function vote(values: number[][]): { offset: number; support: number } | undefined {
  const counts = new Map<number, number>();
  for (const page of values) for (const v of new Set(page)) counts.set(v, (counts.get(v) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  return best ? { offset: best[0], support: best[1] } : undefined;
}

/** A sheet holds two printed pages when it is landscape with consecutive numbers in its left and right halves. */
function spreadPair(page: NumberedPage, numbers: EdgeNumbers): number | undefined {
  if (page.width <= page.height) return undefined;
  const left = numbers.arabic.filter((c) => c.x < page.width / 2);
  const right = numbers.arabic.filter((c) => c.x >= page.width / 2);
  return left.find((l) => right.some((r) => r.value === l.value + 1))?.value;
}

export function numberPages(pages: readonly NumberedPage[], pageLabels?: readonly string[]): PageNumbering {
  const numbers = pages.map(edgeNumbers);
  const pairs = pages.map((page, i) => spreadPair(page, numbers[i]!));
  const numbered = numbers.filter((n) => n.arabic.length > 0).length;
  const spreads = pairs.filter((p) => p !== undefined).length;
  const spreadMode = spreads >= 2 && spreads >= numbered / 2;
  const offsets = pages.map((page, i) =>
    spreadMode ? (pairs[i] === undefined ? [] : [pairs[i]! - 2 * page.index]) : numbers[i]!.arabic.map((c) => c.value - page.index),
  );
  const best = vote(offsets);
  // Two pages agreeing is the least evidence of a numbering; a one-page document needs only its own number.
  const enough = best !== undefined && (best.support >= 2 || (pages.length === 1 && best.support === 1));
  if (best && enough) {
    let repaired = 0;
    const out = pages.map((page, i): LaidOutPage => {
      const first = spreadMode ? 2 * page.index + best.offset : page.index + best.offset;
      const result: LaidOutPage = { index: page.index };
      if (page.noText) result.noText = true;
      const roman = numbers[i]!.roman;
      if (first < 1) {
        if (roman !== undefined) result.label = roman;
        return result;
      }
      result.number = first;
      if (spreadMode) result.lastNumber = first + 1;
      if (numbers[i]!.arabic.length > 0 && !offsets[i]!.includes(best.offset)) repaired++;
      return result;
    });
    const notes = repaired > 0 ? [`${repaired} printed page number${repaired === 1 ? ' that did not follow the others was' : 's that did not follow the others were'} read as the document's numbering gives them`] : [];
    return { pages: out, source: 'printed', notes };
  }
  if (pageLabels && pageLabels.length === pages.length) {
    const out = pages.map((page, i): LaidOutPage => {
      const label = pageLabels[i]!.trim();
      const result: LaidOutPage = { index: page.index };
      if (page.noText) result.noText = true;
      if (/^\d+$/.test(label)) result.number = Number(label);
      else if (label) result.label = label;
      return result;
    });
    return { pages: out, source: 'page-labels', notes: ['page numbers are from the PDF\'s page labels: no printed page numbers were found'] };
  }
  const out = pages.map((page): LaidOutPage => (page.noText ? { index: page.index, number: page.index, noText: true } : { index: page.index, number: page.index }));
  return { pages: out, source: 'physical', notes: ['page numbers are the file\'s page order: no printed page numbers or page labels were found'] };
}
