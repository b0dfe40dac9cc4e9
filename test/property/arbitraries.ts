// Shared fast-check arbitraries for the property tests: hostile text and Markdown made of the pieces
// that matter to disclose's readers (directives, tables, headings, lists, quotes, CJK, odd Unicode).
import fc from 'fast-check';
import type { PageRange } from '../../src/model/content-index.js';

/** Runs per property: enough to find the shapes that break a reader, few enough for the folder to stay fast. */
export const RUNS = 100;

/** Characters that have meaning to Markdown, to the directive grammar or to the location parser. */
const SPECIALS = [
  '|', '\\|', '｜', '\\', '`', '*', '_', '[', ']', '(', ')', '（', '）', '<', '>', '&', '#', '-', '–', '—', '~',
  ',', ';', '，', '；', '、', ':', '：', '.', '。', '!', '"', "'", '=', '+', '@',
  '<!--', '-->', '<!-- page: 3 -->', '<!-- disclose: GRI 2-1 -->', '<!-- omit: GRI 2-3 | x | y -->',
  '---', '```', '> ', '- ', '1. ', '# ', '\n', '\r\n', '\r', '\t', ' ', '  ', '\u00a0', '\u3000',
  '\u200b', '\ufeff', '\u2028', '\ufffd', '\u0000', '\ud800', '\udfff',
  '可持续发展', '第12页', '不适用', 'GRI', '2-1', '305-1', 'p. 12', '12-14', '🌱', 'é', 'e\u0301',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>',
];

/** Any string, biased towards the characters and pieces that readers of a report care about. */
export const hostileText: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.constantFrom(...SPECIALS), fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 40 })
  .map((parts) => parts.join(''));

/** A line of Markdown: a heading, list item, quote, table row or paragraph holding hostile text. */
const markdownLine: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('', '# ', '## ', '###### ', '- ', '* ', '1. ', '> ', '> > ', '    ', '| ', '|---|---|', '<!-- ', ''), hostileText)
  .map(([prefix, text]) => `${prefix}${text}`);

/** A whole Markdown document of hostile lines (no front matter: that is YAML's business). */
export const hostileMarkdown: fc.Arbitrary<string> = fc
  .array(markdownLine, { maxLength: 24 })
  .map((lines) => lines.join('\n'))
  .map((text) => (text.startsWith('---') ? ` ${text}` : text));

/** The largest page number a location can name: six digits (location.ts, PAGE_TOKEN). */
export const MAX_PAGE = 999_999;

// Page lists as indexes print them: items of one page or a range, in any of the printed styles.
interface PrintedItem {
  range: PageRange;
  text: string;
}

const page = fc.integer({ min: 1, max: MAX_PAGE });
const dash = fc.constantFrom('-', '–', '—', '~', '～', '至', ' - ', ' – ', ' to ');
const fullwidth = (digits: string): string => digits.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
const number = (n: number): fc.Arbitrary<string> => fc.constantFrom(String(n), fullwidth(String(n)));

const item: fc.Arbitrary<PrintedItem> = fc
  .tuple(page, page, fc.boolean(), fc.constantFrom('', 'p.', 'p. ', 'P', 'pp. ', 'page ', 'pages ', '第'), dash)
  .chain(([a, b, isRange, prefix, d]) => {
    const from = Math.min(a, b);
    const to = isRange && a !== b ? Math.max(a, b) : from;
    const suffix = prefix === '第' ? '页' : '';
    return fc.tuple(number(from), number(to)).map(([f, t]) => ({
      range: { from, to },
      text: `${prefix}${f}${to === from ? '' : `${d}${t}`}${suffix}`,
    }));
  });

const pageSeparator = fc.constantFrom(', ', ',', '、', '; ', '；', '，', ' ', ' and ', ' & ', ' / ', '及', '和');

/** A page list as an index prints it (`12, 14-16, 第20页`), and the ranges it names, in order. */
export const printedList = (maxItems: number): fc.Arbitrary<{ ranges: PageRange[]; text: string }> =>
  fc.tuple(fc.array(item, { minLength: 1, maxLength: maxItems }), fc.array(pageSeparator, { minLength: maxItems, maxLength: maxItems })).map(([items, seps]) => ({
    ranges: items.map((i) => i.range),
    text: items.map((i, n) => (n === 0 ? '' : seps[n - 1]) + i.text).join(''),
  }));

