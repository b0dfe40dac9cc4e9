// Shared wording so every message has one voice (architecture.md, principle 7):
// what is wrong, then what is expected; ids in backticks, official titles in parentheses.
// Messages themselves are templates in each rule's `messages` (src/rules/messages/).

/**
 * A code, or text from the report, in backticks, on one line: a message is one line in every output
 * format, and a tag's raw text may span lines (`<!-- disclose: foo⏎bar -->`).
 */
export const code = (text: string): string => `\`${text.replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim()}\``;
