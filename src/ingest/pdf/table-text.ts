// Text of table cells built from positioned runs: runs on one baseline joined by the gap between them,
// wrapped lines of a cell joined as a reader would read them (a space between words, none between two CJK
// characters, none after a hyphen that broke a word).

/** A space when the gap between two runs is wider than this share of the font size (a space glyph is ~0.25 em). */
const SPACE_GAP = 0.15;

// Han, kana, hangul, CJK punctuation and full-width forms: scripts written without spaces between words.
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

export interface RunLike {
  text: string;
  x: number;
  right: number;
  fontSize: number;
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The runs of one cell on one baseline, left to right, as text. */
export function runsText(runs: readonly RunLike[]): string {
  let out = '';
  let previous: RunLike | undefined;
  for (const run of runs) {
    if (previous && run.x - previous.right > SPACE_GAP * Math.max(run.fontSize, previous.fontSize)) out += ' ';
    out += run.text;
    previous = run;
  }
  return collapse(out);
}

/** A cell's text so far and its next wrapped line. */
export function joinWrapped(above: string, below: string): string {
  if (above === '') return below;
  if (below === '') return above;
  const last = above.slice(-1);
  const first = below.charAt(0);
  // `anti-` + `trust`: a word broken at its hyphen reads on without a space.
  if (last === '-' && /\p{L}/u.test(above.slice(-2, -1))) return above + below;
  if (WIDE.test(last) && WIDE.test(first)) return above + below;
  return `${above} ${below}`;
}
