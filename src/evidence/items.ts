// Which requirement items of a disclosure a section addresses (issue 16: item-not-addressed, `items` in JSON).
// English: an item's key words (./terms.ts). Chinese: the catalog has no Chinese item labels, so the section
// is judged as a whole by the disclosure's Chinese words (official title, descriptor keywords).
import type { DisclosureDef } from '../model/catalog.js';
import type { Descriptor } from '../model/descriptor.js';
import { addressed, isChineseText, keyTerms, termSet, type KeyTerm } from './terms.js';

export interface ItemJudgement {
  /** `2-7-a`, or the disclosure's id when it has no items. */
  id: string;
  addressed: boolean;
  /** What was looked for: the key words (English) or the Chinese words, as written. */
  lookedFor: string[];
}

/**
 * The top-level items (`2-7-a`, `2-7-b`) with their labels; an item the catalog lists only by its sub-items
 * (`2-7-b-i` … `2-7-b-v`) is labelled by theirs together.
 */
export function topLevelItems(def: DisclosureDef): { id: string; label: string }[] {
  const prefix = `${def.code.toLowerCase()}-`;
  const items = new Map<string, string[]>();
  for (const item of def.requirements) {
    if (!item.id.startsWith(prefix)) continue;
    const letter = /^([a-z])(?:-|$)/.exec(item.id.slice(prefix.length))?.[1];
    if (!letter) continue;
    const id = `${prefix}${letter}`;
    const labels = items.get(id) ?? [];
    // The item's own label first; its sub-items' only where it has none.
    if (item.id === id) labels.unshift(item.label);
    else labels.push(item.label);
    items.set(id, labels);
  }
  return [...items].map(([id, labels]) => ({ id, label: def.requirements.some((r) => r.id === id) ? labels[0]! : labels.join('; ') }));
}

/** `a`, `2-7-a`, `2-7-a-i` -> the catalog item id of `def`. */
export function itemId(def: DisclosureDef, written: string): string {
  const text = written.trim().toLowerCase();
  return text.startsWith(`${def.code.toLowerCase()}-`) ? text : `${def.code.toLowerCase()}-${text}`;
}

const MIN_ZH_WORD = 2;
const MIN_KEY_TERMS = 2;

/**
 * Judges each expected item (all of `def`'s unless `only` names some; `omitted` ones are skipped). `chinese`:
 * the report's language, for a section with no text of its own to tell it. `headings`: the titles of the
 * sections read — a section with text under a heading that names the item (`Stakeholder Engagement` for
 * "approach to engaging with stakeholders") speaks of it, whatever words its text uses; a heading alone
 * (no text) answers nothing.
 */
export function judgeItems(def: DisclosureDef, descriptor: Descriptor | undefined, text: string, only?: readonly string[], omitted: readonly string[] = [], chinese = false, headings = ''): ItemJudgement[] {
  const wanted = only ? new Set(only.map((w) => itemId(def, w))) : undefined;
  const hasText = text.trim() !== '';
  const titled = termSet(hasText ? headings : '');
  const skipped = new Set(omitted.map((w) => itemId(def, w)));
  // Top-level items (`2-7-a`) only: a sub-item (`2-7-a-i`) details its parent's subject in words an answer rarely repeats.
  const items = topLevelItems(def).filter((item) => (!wanted || wanted.has(item.id)) && !skipped.has(item.id));
  if (text.trim() === '' ? chinese : isChineseText(text)) {
    const words = [...(def.titleZh ? [def.titleZh] : []), ...(descriptor?.keywords.zh ?? [])].filter((w) => [...w].length >= MIN_ZH_WORD);
    if (words.length === 0) return [];
    // Chinese words are compounds (员工总数 = 员工 + 总数): a word is found when its first or last two characters are.
    const found = words.some((w) => {
      const chars = [...w];
      return text.includes(chars.slice(0, 2).join('')) || text.includes(chars.slice(-2).join('')) || (hasText && headings.includes(w));
    });
    return [{ id: def.id, addressed: found, lookedFor: found ? [] : words.slice(0, 5) }];
  }
  const terms = termSet(text);
  if (items.length === 0) {
    // No items in the catalog: the title and the descriptor's words stand for the disclosure.
    const phrases = [def.title, ...(descriptor?.keywords.en ?? [])].map(keyTerms).filter((t) => t.length > 0);
    if (phrases.length === 0) return [];
    const ok = phrases.some((t) => addressed(t, terms).addressed || namedBy(t, titled));
    return [{ id: def.id, addressed: ok, lookedFor: ok ? [] : words(phrases[0]!) }];
  }
  // An item of fewer than two key words (`a list of …`) says too little to judge.
  return items.flatMap((item) => {
    const key = keyTerms(item.label);
    if (key.length < MIN_KEY_TERMS) return [];
    const judged = addressed(key, terms);
    const ok = judged.addressed || namedBy(key, titled);
    return [{ id: item.id, addressed: ok, lookedFor: ok ? [] : words(judged.missing) }];
  });
}

const words = (terms: readonly KeyTerm[]): string[] => terms.map((t) => t.word);

/** Headings name an item when they carry two of its key terms (one word of a heading is too loose: `Community`). */
const HEADING_TERMS = 2;
const namedBy = (key: readonly KeyTerm[], titled: ReadonlySet<string>): boolean => key.length >= HEADING_TERMS && key.length - addressed(key, titled).missing.length >= HEADING_TERMS;
