// Whether a section's text speaks of a requirement item: the item label's key words (stemmed, so `employees`
// meets `employee`), or for a Chinese section the disclosure's Chinese words. The stemmer is the one suggest
// uses (npm `stemmer`); the key-word choice is ours: the words of a label that say what it asks about.
import { stemmer } from 'stemmer';
import { GENERIC_LABEL_WORDS } from './vocabulary.js';

const WORD = /[a-z]+/g;
const stem = (word: string): string => stemmer(word.replace(/isation/g, 'ization').replace(/^labour$/, 'labor'));

export interface KeyTerm {
  stem: string;
  /** The word as the label writes it (for messages). */
  word: string;
}

/** The words of `text` that can be key terms (four letters or more, not generic), once per stem. */
export function keyTerms(text: string): KeyTerm[] {
  const words = text.normalize('NFKC').toLowerCase().match(WORD) ?? [];
  const terms = new Map<string, string>();
  for (const word of words) if (word.length >= 4 && !GENERIC_LABEL_WORDS.has(word) && !terms.has(stem(word))) terms.set(stem(word), word);
  return [...terms].map(([s, word]) => ({ stem: s, word }));
}

/** Every stemmed word of `text`, once. */
export function termSet(text: string): ReadonlySet<string> {
  return new Set((text.normalize('NFKC').toLowerCase().match(WORD) ?? []).map(stem));
}

/** Mostly Chinese: more Han characters than Latin letters. */
export function isChineseText(text: string): boolean {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return han > latin;
}

/**
 * An item is addressed when at least half of its key terms (rounded up, at most three needed) are in the
 * section: a label names its subject in two or three words, and answers paraphrase the rest.
 */
export function addressed(terms: readonly KeyTerm[], section: ReadonlySet<string>): { addressed: boolean; missing: KeyTerm[] } {
  const missing = terms.filter((t) => !section.has(t.stem));
  const needed = Math.min(3, Math.ceil(terms.length / 2));
  return { addressed: terms.length === 0 || terms.length - missing.length >= needed, missing };
}
