// Shared wording so every message has one voice (architecture.md, principle 7):
// what is wrong, then what is expected; ids in backticks, official titles in parentheses.
import type { DisclosureDef } from '../model/catalog.js';

/**
 * A code, or text from the report, in backticks, on one line: a message is one line in every output
 * format, and a tag's raw text may span lines (`<!-- disclose: foo⏎bar -->`).
 */
export const code = (text: string): string => `\`${text.replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim()}\``;

/** `GRI 2-1` (Organizational details) */
export const named = (def: Pick<DisclosureDef, 'id' | 'title'>): string => `${code(def.id)} (${def.title})`;

export const list = (items: string[]): string => items.map(code).join(', ');
