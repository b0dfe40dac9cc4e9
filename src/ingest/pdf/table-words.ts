// What the table reader recognises in a cell: disclosure codes, index header words, group labels, years.
// The words are the Markdown index reader's own (src/mapping/content-index): a PDF index is read with the
// same vocabulary as a Markdown one, so what one recognises the other does.
import { headerRoles, isStandardName, parseCodeCell } from '../../mapping/content-index/index.js';
import { isDataHeader } from '../../mapping/content-index/headers.js';
import { frameworkIds } from '../../model/frameworks.js';
import { parseDisclosureId } from '../../model/ids.js';
import type { IndexColumn } from '../../model/content-index.js';

export { isStandardName };

const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}.)）]+$/gu;

/**
 * Whether a cell starts with a disclosure code: a GRI-shaped code (`2-1`, `GRI 305-1`, `2-1 Organizational
 * details`, `305-1、305-2`), a prefixed id of any framework (`SASB TC-HW-230a.1`, `HKEX A1.1`), or a bare
 * id of a framework whose grammar has letters and digits (`TC-HW-230a.1`, `A1.1`). A bare number is never
 * a code here: in a table it is a page, a count or a year.
 */
export function startsWithCode(text: string): boolean {
  const cell = text.normalize('NFKC').trim();
  if (cell === '') return false;
  if (parseCodeCell(cell)) return true;
  const tokens = cell.split(/\s+/).map((t) => t.replace(EDGE_PUNCTUATION, ''));
  for (let n = 2; n <= Math.min(3, tokens.length); n++) if (parseDisclosureId(tokens.slice(0, n).join(' '))) return true;
  const first = tokens[0] ?? '';
  if (!/\p{L}/u.test(first) || !/\d/.test(first)) return false;
  return frameworkIds().some((framework) => parseDisclosureId(first, framework) !== undefined);
}

/** The column roles a header cell's words select (`Page` -> page, `披露项` -> disclosure); empty for other text. */
export function rolesOf(text: string): readonly IndexColumn[] {
  return headerRoles(text);
}

/** A header cell is short: a few words, not a sentence of body text that happens to hold one. */
export function isShortLabel(text: string): boolean {
  const words = text.split(/\s+/).length;
  return words <= 6 && text.length <= 40;
}

/** `2024`, `FY2023`, `2023年`: the column heads of a figures (KPI) table. */
export function isYear(text: string): boolean {
  return /\d/.test(text) && isDataHeader([text]);
}

// A figure: `1,234`, `12.5%`, `-3`, `(12)`, `100%`, `n/a`, `—`; a unit may follow (`12 t`, `85 万元`).
const FIGURE = /^(?:[-+−–—]?\(?[0-9][0-9,，.]*\)?\s*(?:%|‰|[\p{L}\p{Script=Han}]{1,4})?|n\/?a|[-–—]|\/)$/iu;

/** Whether a cell is one figure (a KPI table's value), not words. */
export function isFigure(text: string): boolean {
  return FIGURE.test(text.normalize('NFKC').trim());
}
