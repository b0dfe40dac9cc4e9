// Comparing a printed title with an official one. Indexes retype titles: case, curly quotes, dashes,
// punctuation and spacing vary, and British spelling appears in many reports; none of that is a mismatch.
// Titles copied out of PDFs add their own damage (domain.md §6, §7): lost ligatures (`efcient`,
// `signi?cant`, `ofce`), hyphen breaks (`anti- corruption`), glued words. `titleKey` folds all of that away;
// every step is a single pass or a fixed-string replacement, so comparing is linear in the title's length.

// Spelling variants seen in content indexes, mapped to GRI's US spelling.
const SPELLING: [RegExp, string][] = [
  [/isation/g, 'ization'],
  [/\blabour/g, 'labor'],
  [/behaviour/g, 'behavior'],
  [/programme/g, 'program'],
];

/** A comparison key: lower case, letters and digits only, single spaces, US spelling, `&` as `and`. */
export function normalizeTitle(title: string): string {
  let text = title.normalize('NFKC').toLowerCase().replace(/&/g, ' and ');
  for (const [pattern, replacement] of SPELLING) text = text.replace(pattern, replacement);
  // Apostrophes vanish ("organization’s" = "organizations"); other punctuation separates words.
  return text.replace(/['‘’ʼ`´]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Two titles are the same title (see `compareTitle`: exact or equivalent). */
export function titlesMatch(a: string, b: string): boolean {
  const key = titleKey(a);
  return key !== '' && key === titleKey(b);
}

export type TitleComparison = 'exact' | 'equivalent' | 'truncated' | 'different';

// British -> US spelling, applied to the title with its spaces removed (so a hyphen break inside a word,
// `organisa- tion`, is mended first). Fixed strings only. Both sides of a comparison go through the same
// replacements, so an over-eager one can only merge two official titles, which test/catalog checks never happens.
const UK_TO_US: [string, string][] = [
  ['isation', 'ization'],
  ['organis', 'organiz'],
  ['recognis', 'recogniz'],
  ['minimis', 'minimiz'],
  ['prioritis', 'prioritiz'],
  ['categoris', 'categoriz'],
  ['characteris', 'characteriz'],
  ['standardis', 'standardiz'],
  ['utilis', 'utiliz'],
  ['authoris', 'authoriz'],
  ['emphasise', 'emphasize'],
  ['analyse', 'analyze'],
  ['labour', 'labor'],
  ['behaviour', 'behavior'],
  ['colour', 'color'],
  ['favour', 'favor'],
  ['honour', 'honor'],
  ['neighbour', 'neighbor'],
  ['endeavour', 'endeavor'],
  ['programme', 'program'],
  ['catalogue', 'catalog'],
  ['sulphur', 'sulfur'],
  ['labell', 'label'],
  ['modell', 'model'],
  ['travell', 'travel'],
  ['cancell', 'cancel'],
  ['fuell', 'fuel'],
  ['centre', 'center'],
  ['metre', 'meter'],
  ['litre', 'liter'],
  ['fibre', 'fiber'],
  ['ageing', 'aging'],
  ['defence', 'defense'],
  ['licence', 'license'],
  ['offence', 'offense'],
  ['enrolment', 'enrollment'],
  ['fulfilment', 'fulfillment'],
  ['instalment', 'installment'],
  ['practise', 'practice'],
  ['judgement', 'judgment'],
  ['acknowledgement', 'acknowledgment'],
  ['aluminium', 'aluminum'],
];

const APOSTROPHES = /['‘’ʼ`´]/g;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

// `Disclosure 2-1:`, `GRI 2-1`, `2-1 ` (or glued, `2-1Organizational`) before the title: one cell holding
// code and title. Bounded quantifiers and one trailing separator class: no backtracking trap.
const CODE_PREFIX = /^(?:disclosure\s*)?(?:gri\s*)?\d{1,3}\s*[-‐‑‒–—―−]\s*\d{1,2}(?!\d)[\s:：.．\-–—]*/iu;

/** `title` in NFKC lower case, trimmed, without a leading `Disclosure 2-1:` or code. */
function comparable(title: string): string {
  const text = title.normalize('NFKC').toLowerCase().trim();
  const prefix = CODE_PREFIX.exec(text);
  // A code alone is no title: keep it, so it compares as itself.
  return prefix && prefix[0].length < text.length ? text.slice(prefix[0].length) : text;
}

/** Deletes every run of `f` and the `i`/`l` after it: the letters PDF ligatures (fi fl ff ffi ffl) swallow. */
function withoutLigatureLetters(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] !== 'f') {
      out += text[i];
      i++;
      continue;
    }
    while (text[i] === 'f') i++;
    if (text[i] === 'i' || text[i] === 'l') i++;
  }
  return out;
}

/**
 * The key two titles are equivalent by: NFKC, lower case, no code prefix, `&` as `and`, no apostrophes,
 * letters and digits only with all spaces removed (glued words and hyphen breaks), US spelling, and the
 * letters of f-ligatures deleted (`efcient`, `signi?cant`, `signi cant` and `efficient`, `significant` agree).
 */
export function titleKey(title: string): string {
  let text = comparable(title).replace(/&/g, 'and').replace(APOSTROPHES, '').replace(NOT_WORD, '');
  for (const [uk, us] of UK_TO_US) if (text.includes(uk)) text = text.split(uk).join(us);
  return withoutLigatureLetters(text);
}

/** Space-normalised NFKC text: what `exact` compares. */
const asPrinted = (title: string): string => title.normalize('NFKC').replace(/\s+/g, ' ').trim();

/** How much of an official title a printed prefix must keep to count as truncated rather than different. */
export const TRUNCATED_MIN_SHARE = 0.6;
/** The same when the printed title ends with `…`: a quarter of the title still names it. */
export const TRUNCATED_MIN_ELIDED = 0.25;

/**
 * Compares a title as printed in a report with an official one:
 * - `exact`: the same text (up to white space);
 * - `equivalent`: the same title after `titleKey` (case, punctuation, quotes, dashes, `&`, British spelling,
 *   hyphen breaks, glued words, lost ligatures, a trailing period, a leading `Disclosure 2-1:`);
 * - `truncated`: after the same folding, a strict prefix of at least 60% of the official title, or of a
 *   quarter of it when the printed title ends with `…` or `...`;
 * - `different`: anything else, including an empty title.
 */
export function compareTitle(printed: string, official: string): TitleComparison {
  const shown = asPrinted(printed);
  if (shown !== '' && shown === asPrinted(official)) return 'exact';
  const key = titleKey(printed);
  if (key === '') return 'different';
  const target = titleKey(official);
  if (key === target) return 'equivalent';
  // An ellipsis says the writer cut the title on purpose: any real prefix is then a truncation.
  const elided = /(?:…|\.{3})\s*$/.test(shown);
  const share = elided ? TRUNCATED_MIN_ELIDED : TRUNCATED_MIN_SHARE;
  if (key.length < target.length && target.startsWith(key) && key.length >= share * target.length) return 'truncated';
  return 'different';
}
