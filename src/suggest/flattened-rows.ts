// KPI tables as a PDF's text layer often gives them: no table at all, one line per row or a whole table
// on one line, words and figures glued (`Scope 2Ton of carbon dioxideequivalent150,764.0154,300.2`). Such a
// line is still table evidence (scoring.ts, E): it names a metric, its unit and figures. This module finds
// those lines in a section's prose and gives them the terms a table row would have.
//
// Why not a library: this is not parsing a format, it is recognising what is left of one; the rules are
// the two below and are measured on the held-out report's KPI appendix (scripts/eval-real.mjs). Splitting
// a line into its rows (splitRows) was designed on the fitting fixtures' KPI appendices
// (test/fixtures/suggest-fitting/) only.

/** A figure: three digits or more, or digits with a decimal point or thousands separator. */
const FIGURES = /\d[\d,]*\.\d+|\d{1,3}(?:,\d{3})+|\d{3,}/g;
/** At least this many figures on one line … */
const MIN_FIGURES = 3;
/** … and digits at least this share of its non-space characters: prose with a few figures is not a row. */
const MIN_DIGIT_SHARE = 0.25;

/** True when `line` reads as one or more table rows flattened to text. */
export function isFlattenedRow(line: string): boolean {
  const figures = line.match(FIGURES)?.length ?? 0;
  if (figures < MIN_FIGURES) return false;
  const dense = line.replace(/\s+/g, '');
  const digits = dense.match(/\d/g)?.length ?? 0;
  return digits / dense.length >= MIN_DIGIT_SHARE;
}

/**
 * The line with glued words and figures apart: a lower-case letter before a capital (`UseUnleaded`), and
 * letters before a figure (`Ton606.1`, `Ton1,730`), get a space. `CO2`, `Scope 1`, `PM2.5` keep theirs:
 * a digit after letters is split off only when it starts a figure (three digits, a thousands separator,
 * or a decimal with two digits on one side).
 */
export function unglue(line: string): string {
  return line
    .replace(/(?<=\p{Ll})(?=\p{Lu})/gu, ' ')
    .replace(/(?<=\p{L})(?=\d{3,}|\d{2,}\.\d|\d\.\d{2,}|\d{1,3},\d{3})/gu, ' ')
    .replace(/(?<=\d)(?=\p{L})/gu, ' ');
}

/** A figure, anchored (for the row boundaries below). */
const FIGURE_BEFORE = String.raw`(?:\d[\d,]*\.\d+|\d{1,3}(?:,\d{3})+|\d{3,})`;
/**
 * Where one flattened row ends and the next begins: after a figure, where words start again (`…330.9
 * Purchased electricity…`, `…2024 营业收入…`). A small number before a word is part of a label (`Scope 1
 * GHG`), and so is a year before 年, 月 or 度 (`2024年`).
 */
const ROW_BOUNDARY = new RegExp(String.raw`(?<=${FIGURE_BEFORE})(?:\s+(?=\p{L})|(?=\p{Script=Han})(?![年月度]))`, 'u');

/**
 * The rows of one flattened line: a PDF may give a whole table as one line (or a Markdown paragraph joins
 * its lines), and a metric's words and unit only count together when they stand in the same row.
 */
export function splitRows(text: string): string[] {
  return text.split(ROW_BOUNDARY).filter((row) => row.match(FIGURES) !== null);
}

/** Lines of words before a line of figures that still belong to its row: the label, then the unit. */
const MAX_LABEL_LINES = 2;

/**
 * The flattened rows of a section's prose lines, in order. A row is a line that reads as one, or a line of
 * figures with the (at most two) lines of words just before it: a PDF often puts the label, the unit and
 * the figures of one row on lines of their own (`Scope 1` / `Ton of carbon dioxideequivalent` /
 * `6,857.05,153.96,838.9`).
 */
export function flattenedRows<T extends { text: string }>(lines: readonly T[]): { text: string; last: T }[] {
  const rows: { text: string; last: T }[] = [];
  let labels: string[] = [];
  for (const line of lines) {
    const figures = line.text.match(FIGURES)?.length ?? 0;
    if (figures === 0) {
      labels = [...labels, line.text].slice(-MAX_LABEL_LINES);
      continue;
    }
    const text = [...labels, line.text].join(' ');
    labels = [];
    if (isFlattenedRow(line.text) || (figures >= MIN_FIGURES && isFlattenedRow(text))) rows.push({ text, last: line });
  }
  return rows;
}
