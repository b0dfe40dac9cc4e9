// Whether a section's text speaks of a requirement item: the item label's key words (stemmed, so `employees`
// meets `employee`), or for a Chinese section the disclosure's Chinese words. The stemmer is the one suggest
// uses (npm `stemmer`); the key-word choice is ours: the words of a label that say what it asks about.
import { stemmer } from 'stemmer';
import { GENERIC_LABEL_WORDS } from './vocabulary.js';

const WORD = /[a-z]+/g;
/** Stemming is the hot spot of judging items over a long report; words repeat (a report's vocabulary is small). */
const stems = new Map<string, string>();
const stem = (word: string): string => {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    stemmed = stemmer(word.replace(/isation/g, 'ization').replace(/^labour$/, 'labor'));
    if (stems.size < 200_000) stems.set(word, stemmed);
  }
  return stemmed;
};

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

/** Stems this long or longer also match by their first letters (`publication` and `published`: `publi`). */
const PREFIX = 5;

/**
 * Every stemmed word of `text` once, and the first five letters of each word (see PREFIX). Words PDF text
 * glued at a case change (`Total withdrawalTon`, `Municipal waterTon`) are read apart.
 */
export function termSet(text: string): ReadonlySet<string> {
  const words = text.normalize('NFKC').replace(/(\p{Ll})(?=\p{Lu})/gu, '$1 ').toLowerCase().match(WORD) ?? [];
  return new Set([...words.map(stem), ...words.filter((w) => w.length >= PREFIX).map((w) => `${w.slice(0, PREFIX)}…`)]);
}

const present = (term: KeyTerm, section: ReadonlySet<string>): boolean => section.has(term.stem) || (term.word.length >= PREFIX && section.has(`${term.word.slice(0, PREFIX)}…`));

/** Mostly Chinese: more Han characters than Latin letters. */
export function isChineseText(text: string): boolean {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return han > latin;
}

/**
 * An item is addressed when one of its key terms is in the section: answers paraphrase labels, so only a
 * section that shares none of an item's words is reported (precision over recall: the rule is a warning that
 * should be right when it speaks).
 */
export function addressed(terms: readonly KeyTerm[], section: ReadonlySet<string>): { addressed: boolean; missing: KeyTerm[] } {
  const missing = terms.filter((t) => !present(t, section));
  const needed = 1;
  return { addressed: terms.length === 0 || terms.length - missing.length >= needed, missing };
}
