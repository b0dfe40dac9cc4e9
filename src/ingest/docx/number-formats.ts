// A list counter as Word displays it, for the number formats reports use (ECMA-376 Part 1 §17.18.59
// ST_NumberFormat). Hand-written because no maintained library formats Word's Chinese counting styles;
// each is a few lines. An unknown format shows as decimal, as LibreOffice does.

const ROMAN: ReadonlyArray<[number, string]> = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

export function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  let out = '';
  let rest = n;
  for (const [value, digits] of ROMAN) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

/** Word's letter lists: a…z, then aa…zz, aaa… (the letter repeated, not base 26). */
function letter(n: number): string {
  if (n <= 0) return String(n);
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

const CHINESE_DIGITS = '〇一二三四五六七八九';
const CHINESE_LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';

/**
 * Chinese counting (`chineseCounting`, `chineseCountingThousand`): 一, 十, 十一, 二十一, 一百零五,
 * 一千零一十. Below 10,000, which is as far as a chapter or clause counter goes.
 */
function chineseCount(n: number, digits: string, units: readonly string[], legal = false): string {
  if (n <= 0 || n >= 10_000) return String(n);
  const places = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  let out = '';
  let zero = false;
  places.forEach((digit, i) => {
    if (digit === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += digits[0];
    zero = false;
    // 10–19 are 十, 十一 … (not 一十一) when the tens lead; the legal (banking) form writes 壹拾贰.
    const unit = units[i]!;
    out += !legal && out === '' && unit === units[2] && digit === 1 ? unit : `${digits[digit]}${unit}`;
  });
  return out;
}

const SIMPLE_UNITS = ['千', '百', '十', ''] as const;
const LEGAL_UNITS = ['仟', '佰', '拾', ''] as const;
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'none':
    case 'bullet':
      return '';
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperLetter':
      return letter(n).toUpperCase();
    case 'lowerLetter':
      return letter(n);
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'japaneseCounting':
      return chineseCount(n, CHINESE_DIGITS.replace('〇', '零'), SIMPLE_UNITS);
    case 'chineseLegalSimplified':
      return chineseCount(n, CHINESE_LEGAL_DIGITS, LEGAL_UNITS, true);
    case 'ideographTraditional':
      return n >= 1 && n <= 10 ? HEAVENLY_STEMS[n - 1]! : String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
    case 'decimalFullWidth':
      return [...String(n)].map((d) => String.fromCodePoint(0xff10 + Number(d))).join('');
    default:
      return String(n);
  }
}
