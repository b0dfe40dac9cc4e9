// How much text a page of the DOCX holds, for the page estimate (page-estimate.ts): the text area from the
// section's page size and margins (`w:pgSz`, `w:pgMar`, twentieths of a point, ECMA-376 §17.6.13/§17.6.11)
// and its columns (`w:cols`), and the body text size the document mostly uses. A typographic estimate, not a
// layout: no fonts are measured (disclose has no font metrics and a layout engine would be out of all
// proportion), so a page holds lines of an average character width.
import { child, val, type XmlElement } from './xml.js';

export interface PageGeometry {
  /** Half-width characters (a Latin letter; a CJK character counts two) on one line of body text. */
  charsPerLine: number;
  /** Lines of body text on one page. */
  linesPerPage: number;
  /** Height of a line of body text, in points. */
  lineHeight: number;
}

/** Letter with one-inch margins (Word's default template) when a document says nothing. */
const DEFAULT_PAGE = { width: 12240, height: 15840, top: 1440, bottom: 1440, left: 1440, right: 1440 };
/** Body text size when neither the runs nor the defaults give one: 10 pt (ECMA-376 §17.3.2.38, `w:sz`). */
const DEFAULT_HALF_POINTS = 20;
/** Single line spacing is about 1.2 em in the common text faces (Calibri, Times New Roman, SimSun). */
const LINE_HEIGHT_EM = 1.2;
/** An average Latin character (mixed case, spaces, digits) is about half an em wide. */
const HALF_WIDTH_EM = 0.5;

function twips(sectPr: XmlElement | undefined, element: string, attr: string, fallback: number): number {
  const value = Number(val(sectPr, [element], attr));
  // Nonsense (negative, absurd, missing) falls back: 22 inches is A2 and beyond any report page.
  return Number.isFinite(value) && value > 0 && value < 31680 ? value : fallback;
}

/**
 * The geometry of the section whose properties are given (the body's last `w:sectPr`, which most
 * documents' text lives under), with body text of `halfPoints` (`w:sz`, half-points).
 */
export function pageGeometry(sectPr: XmlElement | undefined, halfPoints: number | undefined): PageGeometry {
  const width = twips(sectPr, 'w:pgSz', 'w:w', DEFAULT_PAGE.width);
  const height = twips(sectPr, 'w:pgSz', 'w:h', DEFAULT_PAGE.height);
  const margin = (side: 'top' | 'bottom' | 'left' | 'right'): number => {
    const value = Math.abs(Number(val(sectPr, ['w:pgMar'], `w:${side}`)));
    return Number.isFinite(value) && value < width / 2 ? value : DEFAULT_PAGE[side];
  };
  const columns = Math.min(Math.max(Number(child(sectPr, 'w:cols')?.attrs['w:num']) || 1, 1), 6);
  const points = (halfPoints !== undefined && halfPoints >= 8 && halfPoints <= 144 ? halfPoints : DEFAULT_HALF_POINTS) / 2;
  const textWidth = Math.max((width - margin('left') - margin('right')) / 20, 72);
  const textHeight = Math.max((height - margin('top') - margin('bottom')) / 20, 72);
  // Columns: a column's line is narrower, and a page holds as many lines per column.
  return {
    charsPerLine: Math.max(textWidth / columns / (points * HALF_WIDTH_EM), 10),
    linesPerPage: Math.max(Math.floor(textHeight / (points * LINE_HEIGHT_EM)) * columns, 5),
    lineHeight: points * LINE_HEIGHT_EM,
  };
}
