// Column widths: CJK characters count double, widths stay within limits.
import { columnWidths, displayWidth } from '../../../src/render/xlsx/text-width.js';

describe('displayWidth', () => {
  test('CJK ideographs, kana, Hangul, full-width punctuation and emoji count two; Latin and digits one; combining marks none', () => {
    expect(displayWidth('GRI 2-1')).toBe(7);
    expect(displayWidth('应对气候变化')).toBe(12);
    expect(displayWidth('第21–28条')).toBe(2 + 5 + 2);
    expect(displayWidth('不适用：公司')).toBe(12);
    expect(displayWidth('カタカナ한국')).toBe(12);
    expect(displayWidth('𠀀')).toBe(2); // outside the BMP: one character, not two halves
    expect(displayWidth('Cafe\u0301 👍👍')).toBe(4 + 1 + 2 + 2); // e + combining acute is one column; an emoji two
  });

  test('the widest line of a multi-line cell', () => {
    expect(displayWidth('short\na longer line\n中文')).toBe(13);
    expect(displayWidth('')).toBe(0);
  });
});

describe('columnWidths', () => {
  const limits = { min: 10, max: 60, padding: 2 };
  test('widest cell of each column plus padding, within the limits; short rows count as empty', () => {
    const table = [
      ['CODE', 'TITLE', 'LOCATION'],
      ['A1', '所產生有害廢棄物總量', 'x'.repeat(200)],
      ['A1.1'],
    ];
    expect(columnWidths(table, limits)).toEqual([10, 22, 60]);
  });

  test('no rows: no columns', () => {
    expect(columnWidths([], limits)).toEqual([]);
  });
});
