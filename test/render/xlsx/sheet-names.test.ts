// Sheet names Excel accepts (it refuses to open a workbook with a bad one).
import { sheetName } from '../../../src/render/xlsx/sheet-names.js';

/** Excel's rules, checked independently of the code that applies them. */
function expectValid(name: string): void {
  expect(name.length).toBeGreaterThan(0);
  expect(name.length).toBeLessThanOrEqual(31);
  expect(name).not.toMatch(/[[\]:*?/\\]/);
  expect(name).not.toMatch(/^'|'$/);
  expect(name.toLowerCase()).not.toBe('history');
}

describe('sheetName', () => {
  test('plain names are kept', () => {
    const taken = new Set<string>();
    expect(['GRI', 'SASB', 'HKEX', '缺口'].map((name) => sheetName(name, taken))).toEqual(['GRI', 'SASB', 'HKEX', '缺口']);
  });

  test('forbidden characters, apostrophes at the ends, control characters and the reserved name', () => {
    const taken = new Set<string>();
    const names = ["Scope 1/2: [GHG]*?\\", "'quoted'", 'tab\there', 'History', '', '   '].map((name) => sheetName(name, taken));
    expect(names).toEqual(['Scope 1_2_ _GHG____', 'quoted', 'tab_here', 'History 1', 'Sheet 1', 'Sheet 1 (2)']);
    names.forEach(expectValid);
  });

  test('31 UTF-16 units at most, never half a character; unique ignoring case', () => {
    const taken = new Set<string>();
    const long = sheetName('Topic index (Shenzhen Stock Exchange)', taken);
    expect(long).toBe('Topic index (Shenzhen Stock Exc');
    const again = sheetName('topic index (shenzhen stock exchange)', taken);
    expect(again).toBe('topic index (shenzhen stock (2)');
    // 𠀀 (U+20000) takes two UTF-16 units: 15 of them fill 30, the 16th does not fit.
    const supplementary = sheetName('𠀀'.repeat(20), taken);
    expect(supplementary).toBe('𠀀'.repeat(15));
    expect(sheetName('GRI', taken)).toBe('GRI');
    expect(sheetName('gri', taken)).toBe('gri (2)');
    expect(sheetName('GRI', taken)).toBe('GRI (3)');
    [long, again, supplementary].forEach(expectValid);
  });
});
