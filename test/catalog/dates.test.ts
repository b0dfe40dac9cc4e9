// Effective windows: `from` inclusive, `before` exclusive, compared with the date their basis names.
import { adoptableEarly, describeWindow, inEffect, normalizeTitle, toDay, titlesMatch } from '../../src/catalog/index.js';
import type { Effective } from '../../src/model/catalog.js';

const window: Effective = { from: '2023-01-01', before: '2027-01-01', basis: 'publication' };
const period: Effective = { from: '2023-01-01', basis: 'reporting-period' };

describe('inEffect', () => {
  test.each([
    [{ published: '2022-12-31' }, 'not-yet'],
    [{ published: '2023-01-01' }, 'in-effect'],
    [{ published: '2026-12-31' }, 'in-effect'],
    [{ published: '2027-01-01' }, 'ended'],
    [{ periodEnd: '2023-06-30' }, 'in-effect'],
    [{ periodStart: '2027-01-01' }, 'unknown'],
    [{}, 'unknown'],
  ] as const)('publication basis, %j -> %s', (dates, expected) => {
    expect(inEffect(window, dates)).toBe(expected);
  });

  test('reporting-period basis compares the period start, else the publication date', () => {
    expect(inEffect(period, { periodStart: '2022-01-01', published: '2023-04-01' })).toBe('not-yet');
    expect(inEffect(period, { periodStart: '2023-01-01', published: '2022-04-01' })).toBe('in-effect');
    expect(inEffect(period, { published: '2023-04-01' })).toBe('in-effect');
  });

  test('early adoption needs permission and an issued standard', () => {
    const early: Effective = { from: '2027-01-01', basis: 'publication', earlyAdoption: true, issued: '2025-06-01' };
    expect(adoptableEarly(early, { published: '2025-05-31' })).toBe(false);
    expect(adoptableEarly(early, { published: '2025-06-01' })).toBe(true);
    expect(adoptableEarly({ ...early, earlyAdoption: false }, { published: '2026-01-01' })).toBe(false);
    expect(adoptableEarly(early, { published: '2027-01-01' })).toBe(false);
    // Reporting-period basis: the period may start before the standard is issued; the report is written after.
    const periodBasis: Effective = { from: '2025-01-01', basis: 'reporting-period', earlyAdoption: true, issued: '2024-04-19' };
    expect(adoptableEarly(periodBasis, { periodStart: '2024-01-01', periodEnd: '2024-12-31', published: '2025-03-28' })).toBe(true);
    expect(adoptableEarly(periodBasis, { periodStart: '2024-01-01', periodEnd: '2024-12-31' })).toBe(true);
    expect(adoptableEarly(periodBasis, { periodStart: '2023-01-01', periodEnd: '2023-12-31', published: '2024-03-28' })).toBe(false);
  });
});

describe('toDay', () => {
  test.each([
    ['2026-04-20', '2026-04-20'],
    ['2026-04-20T08:00:00Z', '2026-04-20'],
    ['2026-04', '2026-04-01'],
    [new Date('2026-04-20T00:00:00Z'), '2026-04-20'],
    ['20 April 2026', undefined],
    [undefined, undefined],
  ])('%p -> %p', (value, expected) => {
    expect(toDay(value)).toBe(expected);
  });
});

describe('describeWindow', () => {
  test('the wording used in messages', () => {
    expect(describeWindow(window)).toBe('in effect for reports published from 2023-01-01 and before 2027-01-01');
    expect(describeWindow({ from: '2027-01-01', basis: 'publication', earlyAdoption: true })).toBe(
      'in effect for reports published from 2027-01-01, early adoption permitted',
    );
    expect(describeWindow({ before: '2023-01-01', basis: 'publication' })).toBe('in effect for reports published before 2023-01-01');
    expect(describeWindow(period)).toBe('in effect for reporting periods starting from 2023-01-01');
  });
});

describe('titles', () => {
  test('normalisation ignores case, quotes, punctuation, spacing and British spelling', () => {
    expect(normalizeTitle('Entities included in the organization’s  sustainability reporting')).toBe(
      'entities included in the organizations sustainability reporting',
    );
    expect(titlesMatch('Anti-competitive Behavior', 'anti competitive behaviour')).toBe(true);
    expect(titlesMatch('Labor/Management Relations', 'Labour / management relations')).toBe(true);
    expect(titlesMatch('Waste generated', 'Waste generation')).toBe(false);
  });
});
