// Shared wording so every message has one voice (architecture.md, principle 7):
// what is wrong, then what is expected; ids in backticks, official titles in parentheses.
import type { DisclosureDef } from '../model/catalog.js';

export const code = (id: string): string => `\`${id}\``;

/** `GRI 2-1` (Organizational details) */
export const named = (def: Pick<DisclosureDef, 'id' | 'title'>): string => `${code(def.id)} (${def.title})`;

export const list = (items: string[]): string => items.map(code).join(', ');
