// Turning report text into safe output text, one function per target format.
// Report text is hostile until proven otherwise: it must never become markup, links or formulas.
import { stringify } from 'csv-stringify/sync';

/** Plain text of a template value: `null`/`undefined` → empty, arrays joined with `, `. */
export function toText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(toText).join(', ');
  return String(value);
}

// Characters that start inline Markdown (GFM) constructs: escapes, code spans, emphasis,
// strikethrough, links and images, autolinks and raw HTML, entities, and the table cell delimiter.
// Block constructs (`#`, `-`, `>`) cannot start inside a table cell or after a label, so they stay.
// Not preventable by escaping: GFM renderers turn bare `https://…`, `www.…` and e-mail addresses in
// text into links to exactly what is shown (never `javascript:`); `<javascript:…>` is stopped by `\<`.
const MARKDOWN_INLINE = /[\\`*_[\]<>|~&]/g;

/**
 * Text for one GFM table cell (or any inline Markdown position): trimmed, each line's
 * special characters backslash-escaped, line breaks as `<br>` (a cell cannot span lines).
 */
export function escapeMarkdown(value: unknown): string {
  return toText(value)
    .trim()
    .split(/\r\n|[\r\n\u2028\u2029]/)
    .map((line) => line.trim().replace(MARKDOWN_INLINE, '\\$&'))
    .join('<br>');
}

// A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection");
// a leading apostrophe makes it text again, and spreadsheets hide that apostrophe.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV record (no line end) quoted by csv-stringify, with formula-like fields defused. */
export function csvRecord(fields: readonly unknown[]): string {
  const record = fields.map((field) => {
    const text = toText(field);
    return FORMULA_START.test(text) ? `'${text}` : text;
  });
  return stringify([record], { eof: false });
}
