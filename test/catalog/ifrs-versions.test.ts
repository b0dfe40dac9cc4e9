// IFRS S2 versions (issue 17): periods beginning 2024-2026 resolve to the June 2023 text, 2027 onwards to the
// text amended in December 2025 (effective 2027-01-01, reporting-period basis). IFRS S1 is in the catalog.
import { loadCatalog, resolveDisclosure, type ReportDates } from '../../src/catalog/index.js';

const catalog = loadCatalog();
const period = (year: number): ReportDates => ({ periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, published: `${year + 1}-04-30` });
const ORIGINAL = 'IFRS S2 Climate-related Disclosures 2023';
const AMENDED = 'IFRS S2 Climate-related Disclosures (amended December 2025)';

test.each([
  [2024, ORIGINAL],
  [2026, ORIGINAL],
  [2027, AMENDED],
  [2028, AMENDED],
])('a period beginning %i: IFRS S2 29(a)(vi) is from %s', (year, standard) => {
  const r = resolveDisclosure(catalog, 'IFRS S2 29(a)(vi)', period(year));
  expect(r?.def.standard).toBe(standard);
  expect(r?.state).toBe('in-effect');
});

test('the amended version replaces the original and adds 29A-29C', () => {
  const original = catalog.standardById.get(ORIGINAL)!;
  const amended = catalog.standardById.get(AMENDED)!;
  expect(original.effective).toMatchObject({ from: '2024-01-01', before: '2027-01-01', basis: 'reporting-period' });
  expect(amended.effective).toMatchObject({ from: '2027-01-01', basis: 'reporting-period', earlyAdoption: true });
  expect(original.supersededBy).toEqual([AMENDED]);
  expect(amended.supersedes).toEqual([ORIGINAL]);
  const ids = amended.disclosures.map((d) => d.id);
  expect(ids.slice(ids.indexOf('IFRS S2 29(g)'), ids.indexOf('IFRS S2 29(g)') + 4)).toEqual(['IFRS S2 29(g)', 'IFRS S2 29A', 'IFRS S2 29B', 'IFRS S2 29C']);
  expect(original.disclosures.map((d) => d.id)).not.toContain('IFRS S2 29A');
});

test('IFRS S1: general requirements by section, sources and confidence recorded', () => {
  const s1 = catalog.standards.find((s) => s.framework === 'ifrs-s1')!;
  expect(s1.effective).toMatchObject({ from: '2024-01-01', basis: 'reporting-period' });
  expect(s1.groups!.map((g) => g.id)).toEqual(['conceptual-foundations', 'core-content', 'governance', 'strategy', 'risk-management', 'metrics-and-targets', 'general-requirements', 'judgements-uncertainties-errors']);
  expect(catalog.byId.get('IFRS S1 27(a)')![0]!.title).toMatch(/^Governance body\(s\) or individual\(s\)/);
  expect(s1.source).toMatch(/issbs1\.html/);
  expect(s1.confidence).toBe('secondary');
  expect(s1.source).toMatch(/Sustainability_RAG/);
});

test('IFRS S1: the paragraphs first left out (subject not recalled) are modelled from a copy of the text (issue 17)', () => {
  const s1 = catalog.standards.find((s) => s.framework === 'ifrs-s1')!;
  const codes = s1.disclosures.map((d) => d.code);
  for (const code of ['12', '13', '14', '15', '16', '18', '19', '22', '23', '24', '31', '42', '47', '48', '49']) {
    expect(codes).toContain(code);
  }
  // Every paragraph from 10 to 86 (27 and 44 by their items), in the Standard's order.
  const numbers = codes.map((c) => Number.parseInt(c, 10));
  expect([...new Set(numbers)]).toEqual(Array.from({ length: 77 }, (_, i) => i + 10));
  expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  expect(catalog.byId.get('IFRS S1 49')![0]!.title).toMatch(/source/);
  expect(catalog.byId.get('IFRS S1 47')![0]!.title).toMatch(/57-58/);
  expect(catalog.byId.get('IFRS S1 19')![0]!.title).toMatch(/B13-B37/);
  for (const d of s1.disclosures) expect(d.confidence).toBe('secondary');
  expect(s1.groups!.find((g) => g.id === 'strategy')!.members).toContain('IFRS S1 42');
});
