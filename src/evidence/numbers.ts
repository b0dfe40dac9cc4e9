// Numbers as reports print them: thousands separators (`14,540`, `14，540`), decimals, a minus sign, Chinese
// multipliers (`12.5万`, `3.2亿`) and footnote markers after the figure (`1,234*`, `1,234¹`). Written by hand:
// number parsers (Intl, numeral.js) read one locale's number, not a number inside a sentence of two languages.
import { FOOTNOTE_AFTER, MULTIPLIERS } from './vocabulary.js';

export interface NumberToken {
  /** As written, multiplier included (`12.5万`), footnote marker excluded. */
  raw: string;
  /** The value with its multiplier applied. */
  value: number;
  /** Offset of the first character in the text, and of the first character after the number and any footnote marker. */
  start: number;
  end: number;
  /** Written with thousands separators or a decimal point (not a bare integer such as a year). */
  formatted: boolean;
  multiplier?: string;
  footnote?: string;
}

// Not after a digit or separator (the `345` of `12,345`). After a Latin letter see gluedToWord.
const NUMBER = /(?<![0-9.,，_])(-|−)?(\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.(\d+))?/g;

/**
 * A number written against a word is part of a name (`CO2`, `PM2.5`, `ISO14001`, `Scope1`), except in text
 * extracted from a PDF, where spaces get lost (`collective contracts100%`, `employees2,421`) and a KPI
 * table's unit column runs into its figures (`MWh225,951.1`, `Ton39.9`): after a run of three letters or
 * more with a lower-case one among them, a number with a separator, a decimal or a `%` is a figure. Names
 * glue digits to capitals (`CO2`, `PM2.5`) or write them bare (`ISO14001`).
 */
function gluedToWord(text: string, start: number, formatted: boolean, end: number): 'name' | 'figure' | undefined {
  if (!/[A-Za-z]/.test(text[start - 1] ?? '')) return undefined;
  const word = /[A-Za-z]{3,}$/.exec(text.slice(Math.max(0, start - 12), start))?.[0] ?? '';
  const glued = /[a-z]/.test(word) && (formatted || text[end] === '%');
  return glued ? 'figure' : 'name';
}

/** Every number in `text`, in order. */
export function numbersIn(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const [whole, minus, integer, decimals] = match;
    const start = match.index;
    let end = start + whole.length;
    let value = Number(`${minus ? '-' : ''}${integer!.replace(/[,，]/g, '')}${decimals ? `.${decimals}` : ''}`);
    if (!Number.isFinite(value)) continue;
    const formatted = /[,，]/.test(integer!) || decimals !== undefined;
    if (gluedToWord(text, start, formatted, end) === 'name') continue;
    const token: NumberToken = { raw: whole, value, start, end, formatted };
    const after = text.slice(end, end + 8);
    const multiplier = /^\s?([万萬亿億])/.exec(after);
    if (multiplier) {
      value *= MULTIPLIERS[multiplier[1]!]!;
      end += multiplier[0].length;
      token.raw = text.slice(start, end);
      token.value = value;
      token.multiplier = multiplier[1]!;
    }
    const footnote = FOOTNOTE_AFTER.exec(text.slice(end, end + 8));
    if (footnote) {
      token.footnote = footnote[0];
      end += footnote[0].length;
    }
    token.end = end;
    tokens.push(token);
  }
  return tokens;
}

/** The one number a table cell holds (`14,540`, `96.5%`, `1.2万*`), else undefined: a cell of words, or two numbers. */
export function cellNumber(text: string): NumberToken | undefined {
  const tokens = numbersIn(text);
  return tokens.length === 1 ? tokens[0] : undefined;
}
