// The positioned lines of a PDF page (issue 13): what the PDF layout reader (lay-out.ts, over pdfjs-dist's
// text content) hands to the stages after it: running headers and page numbers, reading order, headings,
// and the table reader (tables.ts). Coordinates are PDF points with the origin at the page's TOP-left
// (y grows downwards), so "above" means a smaller y in every stage.

/** One run of text with one font, as pdfjs-dist gives it (several runs make a line). */
export interface TextRun {
  text: string;
  /** Left edge and width, points. */
  x: number;
  width: number;
  /** Font size in points (from the text matrix), and whether the font is bold (name or weight). */
  fontSize: number;
  bold: boolean;
}

/** Runs that share a baseline, left to right. */
export interface PdfLine {
  /** Baseline, points from the top of the page. */
  y: number;
  /** Left edge of the first run and right edge of the last. */
  x: number;
  right: number;
  /** The dominant (most characters) font size and boldness of the line. */
  fontSize: number;
  bold: boolean;
  runs: TextRun[];
  /** The runs joined, a space where the gap between runs is wider than a space would be. */
  text: string;
}

export interface PdfPageLines {
  /** 1-based physical page. */
  index: number;
  width: number;
  height: number;
  /** Top to bottom, then left to right; running headers and footers already removed by the time tables are read. */
  lines: PdfLine[];
}

/** A table the table reader found: its rows (header first) and the lines it took, so they are not read again as text. */
export interface DetectedTable {
  /** Physical pages it starts and ends on (a content index runs over several). */
  page: number;
  endPage: number;
  /** Top of the table on its first page (points from the top), to place it in reading order. */
  y: number;
  rows: string[][];
  /** The lines consumed, as [page index, line index in that page's `lines`]. */
  lines: Array<[page: number, line: number]>;
}
