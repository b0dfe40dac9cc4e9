// Shared wording so every message has one voice (architecture.md, principle 7):
// what is wrong, then what is expected; ids in backticks, official titles in parentheses.
// Messages themselves are templates in each rule's `messages` (src/rules/messages/).
import { echo } from '../echo.js';

const oneLine = (text: string): string => text.replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim();

/**
 * A code, or text from the report, in backticks, on one line: a message is one line in every output
 * format, and a tag's raw text may span lines (`<!-- disclose: foo⏎bar -->`). Cut to 80 characters and `…`
 * (echo.ts): a 120 KB id was echoed whole.
 */
export const code = (text: string): string => `\`${echo(oneLine(text))}\``;

/** Text disclose writes itself (the statement of use it expects), in backticks on one line, never cut. */
export const sentence = (text: string): string => `\`${oneLine(text)}\``;
