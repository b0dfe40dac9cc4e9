// Figures written in words (`twenty-two per cent`, `five thousand tonnes`, `约五千吨`, `三百二十万元`,
// `百分之八点八`): reports, and PDF text of them, spell out quantities a reviewer reads as figures, so a section
// that gives its figures this way is not a section without figures (no-figures on the generated test PDFs).
// A spelled-out number counts only with a unit after it (or `百分之` before it): `one of our priorities` or
// `一起` (together) are words. Written by hand: the npm readers of number words found (words-to-numbers,
// chinese-numbers-converter) bring babel-runtime and fuzzy matching, or a test library, as runtime
// dependencies, and read one language; this needs only cardinal numbers followed by a unit, in two.
import type { Figure } from './figures.js';
import { unitAt, type UnitTable } from './units.js';
import { NUMBER_SCALES, NUMBER_WORDS, ZH_DECIMAL_POINT, ZH_DIGITS, ZH_LARGE_UNITS, ZH_PERCENT_BEFORE, ZH_SMALL_UNITS } from './vocabulary.js';

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const EN_WORD = `(?:${[...Object.keys(NUMBER_WORDS), ...Object.keys(NUMBER_SCALES)].sort((a, b) => b.length - a.length).join('|')})`;
/** A run of number words joined by spaces, hyphens or `and` (`five hundred and twelve`). */
const EN_NUMBER = new RegExp(`\\b${EN_WORD}(?:(?:[\\s-]+|\\s+and\\s+)${EN_WORD})*\\b`, 'gi');
const ZH_CHARS = [...Object.keys(ZH_DIGITS), ...Object.keys(ZH_SMALL_UNITS), ...Object.keys(ZH_LARGE_UNITS)].map(escape).join('');
const ZH_NUMBER = new RegExp(`[${ZH_CHARS}]+(?:${ZH_DECIMAL_POINT.source}[${Object.keys(ZH_DIGITS).map(escape).join('')}]+)?`, 'g');

function englishValue(words: string): number | undefined {
  let total = 0;
  let current = 0;
  for (const word of words.toLowerCase().split(/[\s-]+/)) {
    if (word === 'and') continue;
    const small = NUMBER_WORDS[word];
    if (small !== undefined) current += small;
    else if (word === 'hundred') current = (current || 1) * 100;
    else {
      const scale = NUMBER_SCALES[word];
      if (scale === undefined) return undefined;
      total += (current || 1) * scale;
      current = 0;
    }
  }
  return total + current;
}

function chineseValue(text: string): number {
  const [whole = '', decimals = ''] = text.split(ZH_DECIMAL_POINT);
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of whole) {
    if (ZH_DIGITS[ch] !== undefined) digit = ZH_DIGITS[ch]!;
    else if (ZH_SMALL_UNITS[ch] !== undefined) {
      section += (digit || 1) * ZH_SMALL_UNITS[ch]!;
      digit = 0;
    } else {
      const large = ZH_LARGE_UNITS[ch]!;
      // 亿 scales everything before it (三亿五千万 = 3.5e8), 万 only its own section.
      total = large >= 1e8 ? (total + section + digit) * large : total + (section + digit) * large;
      section = 0;
      digit = 0;
    }
  }
  const fraction = [...decimals].reduce((f, ch, i) => f + (ZH_DIGITS[ch] ?? 0) / 10 ** (i + 1), 0);
  return total + section + digit + fraction;
}

/** The figures `text` spells out in words, each with the unit printed after it (or `%` for `百分之`). */
export function spelledFiguresIn(text: string, units: UnitTable): Figure[] {
  const figures: Figure[] = [];
  for (const match of text.matchAll(EN_NUMBER)) {
    const value = englishValue(match[0]);
    const unit = unitAt(units, text.slice(match.index + match[0].length, match.index + match[0].length + 40));
    if (value !== undefined && unit) figures.push({ raw: match[0], value, unit });
  }
  for (const match of text.matchAll(ZH_NUMBER)) {
    const percent = ZH_PERCENT_BEFORE.test(text.slice(Math.max(0, match.index - 3), match.index));
    // One character alone is a word more often than a number (`一起` together, `十分` very, `万一` in case).
    if (!percent && [...match[0]].length < 2) continue;
    const unit = percent ? unitAt(units, '%') : unitAt(units, text.slice(match.index + match[0].length, match.index + match[0].length + 40));
    if (unit) figures.push({ raw: percent ? `百分之${match[0]}` : match[0], value: chineseValue(match[0]), unit });
  }
  return figures;
}
