// The evidence module's readers: numbers as reports print them, units from the data with their conversions,
// figures that are not years, labels or dates.
import { catalog } from '../helpers/run-rule.js';
import { figuresIn, labelUnit, numbersIn, scopesOf, spelledFiguresIn, unitAt, unitTable, unitsNamedIn, yearsIn } from '../../src/evidence/index.js';

const units = unitTable(catalog.units!);

describe('numbersIn', () => {
  test.each([
    ['14,540 tCO2e', 14540, '14,540'],
    ['排放量为14，540吨', 14540, '14，540'],
    ['1.26万吨', 12600, '1.26万'],
    ['营业收入3.2亿元', 320000000, '3.2亿'],
    ['1,234* (restated)', 1234, '1,234'],
    ['1,234¹', 1234, '1,234'],
    ['1,234[2]', 1234, '1,234'],
    ['-3.5%', -3.5, '-3.5'],
    // PDF text of a KPI table: the unit column glued to the figures after it.
    ['Bought electricityMWh41,200.5', 41200.5, '41,200.5'],
    ['Fuel oilTon88.4', 88.4, '88.4'],
  ])('%s', (text, value, raw) => {
    expect(numbersIn(text)[0]).toMatchObject({ value, raw });
  });

  test('digits inside names are no numbers', () => {
    expect(numbersIn('CO2 and PM2.5 under ISO14001').map((n) => n.value)).toEqual([]);
  });
});

describe('figuresIn', () => {
  test('years, scopes, standards, dates and list numbers are not figures', () => {
    expect(figuresIn('1. In 2024 under ISO 14064 we measured Scope 1 on 3 March and 15日, p. 12', units)).toEqual([]);
  });

  test('figures carry the unit printed after them', () => {
    expect(figuresIn('We used 12,400 MWh, 44,640 GJ and 421.3 万千瓦时; 96.5% renewable; 18 hours.', units).map((f) => [f.raw, f.unit?.unit, f.unit?.dimension])).toEqual([
      ['12,400', 'MWh', 'energy'],
      ['44,640', 'GJ', 'energy'],
      ['421.3 万', 'kWh', 'energy'],
      ['96.5', '%', 'percent'],
      ['18', 'hours', 'hours'],
    ]);
  });
});

describe('spelledFiguresIn', () => {
  const spelled = (text: string) => spelledFiguresIn(text, units).map((f) => [f.raw, f.value, f.unit?.unit]);

  test('English number words with a unit after them are figures', () => {
    expect(spelled('Women are twenty-two per cent of staff; the line saved one thousand two hundred tonnes in two hours.')).toEqual([
      ['twenty-two', 22, '%'],
      ['one thousand two hundred', 1200, 't'],
      ['two', 2, 'hours'],
    ]);
  });

  test('Chinese numerals with a unit after them, or 百分之 before them, are figures', () => {
    expect(spelled('合计年减排约五千吨，社区投入约三百二十万元，流失率为百分之八点八，募集三亿五千万元。')).toEqual([
      ['五千', 5000, 't'],
      ['三百二十万', 3200000, 'presentation currency'],
      ['百分之八点八', 8.8, '%'],
      ['三亿五千万', 350000000, 'presentation currency'],
    ]);
  });

  test('number words without a unit, and one Chinese numeral alone, are words', () => {
    expect(spelled('One of our priorities is safety; three of the nine directors are women. 我们一起确认了十分重要的两项工作。')).toEqual([]);
  });
});

describe('units (standards/evidence/units.json)', () => {
  test('synonyms meet on one unit, with conversions to the base', () => {
    expect(['tCO2e', 't CO2-e', 'tonnes CO2e', '吨二氧化碳当量', '噸二氧化碳當量'].map((u) => unitAt(units, u)?.unit)).toEqual(['tCO2e', 'tCO2e', 'tCO2e', 'tCO2e', 'tCO2e']);
    expect(unitAt(units, 'GJ')).toMatchObject({ dimension: 'energy', factor: 0.277778 });
    expect(unitAt(units, '万千瓦时')).toMatchObject({ dimension: 'energy', factor: 10 });
    expect(unitAt(units, '吨标准煤')).toMatchObject({ dimension: 'energy', factor: 8.141 });
  });

  test('a short unit is a word elsewhere: after a number or in brackets only', () => {
    expect(unitsNamedIn(units, 'the total of households').map((u) => u.unit)).toEqual([]);
    expect(unitsNamedIn(units, 'Waste (t)').map((u) => u.unit)).toEqual(['t']);
  });

  test('PDF text glues a label to its unit column: a unit after a lower-case letter, at a capital, is still one', () => {
    expect(unitsNamedIn(units, 'Bought electricityMWh41,200.5').map((u) => u.unit)).toEqual(['MWh']);
    expect(unitsNamedIn(units, 'Fuel oilTon88.4').map((u) => u.unit)).toEqual(['t']);
    // No capital at the glue: a word that holds a unit's letters is no unit.
    expect(unitsNamedIn(units, 'the cotton mill in Tonbridge, 12 megaliters').map((u) => u.unit)).toEqual(['ML']);
  });

  test("a unit's name whose spaces the PDF text lost is still that unit", () => {
    expect(unitsNamedIn(units, 'Ton of carbon dioxideequivalent').map((u) => u.unit)).toEqual(['tCO2e']);
    expect(unitsNamedIn(units, 'Ton of standard coalequivalent').map((u) => u.dimension)).toEqual(['energy']);
    expect(unitAt(units, ' megawatthours in all')?.unit).toBe('MWh');
  });

  test('a header gives the unit in its brackets', () => {
    expect(labelUnit(units, 'Share of employees (%)')?.unit).toBe('%');
    expect(labelUnit(units, '排放量（吨二氧化碳当量）')?.unit).toBe('tCO2e');
    expect(labelUnit(units, 'Number of employees')?.dimension).toBe('count');
  });
});

test('years and scopes', () => {
  expect(yearsIn('FY2023 and 2024年度, not 12,024 or 20245')).toEqual([2023, 2024]);
  expect([scopesOf('Total (Scope 1 and 2)'), scopesOf('范围一、二排放'), scopesOf('Scope 2, market-based')]).toEqual([['1', '2'], ['1', '2'], ['2']]);
});
