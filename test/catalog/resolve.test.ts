// Version resolution by dates and printed titles (domain.md §1, "Versions and dates").
import { describeEffective, loadCatalog, replacementFor, replacementsOf, resolveDisclosure, type ReportDates } from '../../src/catalog/index.js';

const catalog = loadCatalog();
const published = (day: string): ReportDates => ({ published: day });
const resolve = (id: string, dates: ReportDates, title?: string) => {
  const resolution = resolveDisclosure(catalog, id, dates, title);
  expect(resolution).toBeDefined();
  return resolution!;
};

describe('GRI 102-1: General Disclosures 2016 or Climate Change 2025', () => {
  test('a report published 2021-06-30 means "Name of the organization"', () => {
    const r = resolve('GRI 102-1', published('2021-06-30'));
    expect(r.def).toMatchObject({ title: 'Name of the organization', standard: 'GRI 102: General Disclosures 2016' });
    expect(r.state).toBe('in-effect');
    expect(r.versions).toHaveLength(2);
  });

  test('published 2024-04-01 without a title: the 2016 version, superseded, replaced by GRI 2-1', () => {
    const r = resolve('GRI 102-1', published('2024-04-01'));
    expect(r.def.standard).toBe('GRI 102: General Disclosures 2016');
    expect(r.state).toBe('superseded');
    expect(r.matchedTitle).toBe(false);
    expect(replacementsOf(catalog, r.def)).toEqual(['GRI 2-1']);
    expect(describeEffective(catalog, r.def)).toBe('in effect for reports published from 2018-07-01 and before 2023-01-01');
  });

  test('published 2024-04-01 with the 2025 title: Climate Change 2025, early adoption', () => {
    const r = resolve('GRI 102-1', published('2024-04-01'), 'Transition plan for climate change mitigation');
    expect(r.def).toMatchObject({ title: 'Transition plan for climate change mitigation', standard: 'GRI 102: Climate Change 2025' });
    expect(r.state).toBe('early-adoption');
    expect(r.matchedTitle).toBe(true);
  });

  test('titles match across case, punctuation, curly quotes and spacing', () => {
    expect(resolve('GRI 102-1', published('2024-04-01'), '  TRANSITION plan for climate-change  mitigation.').def.standard).toBe('GRI 102: Climate Change 2025');
    expect(resolve('GRI 2-2', published('2024-04-01'), "Entities included in the organization's sustainability reporting").matchedTitle).toBe(true);
    expect(resolve('GRI 102-1', published('2024-04-01'), 'Name of the organisation').state).toBe('superseded');
  });

  test('a title that matches no version leaves the choice to the dates', () => {
    const r = resolve('GRI 102-1', published('2021-06-30'), 'Organizational details');
    expect(r).toMatchObject({ state: 'in-effect', matchedTitle: false });
    expect(r.def.standard).toBe('GRI 102: General Disclosures 2016');
  });

  test('once issued, a dated report without a title is read as early adoption of the 2025 version', () => {
    const r = resolve('GRI 102-1', published('2026-04-01'));
    expect(r.def.standard).toBe('GRI 102: Climate Change 2025');
    expect(r.state).toBe('early-adoption');
  });

  test('no dates: the newest version that is not in the future, state unknown-date', () => {
    const r = resolve('GRI 102-1', {});
    expect(r.def.title).toBe('Name of the organization');
    expect(r.state).toBe('unknown-date');
  });
});

describe('GRI 306: Effluents and Waste 2016 vs Waste 2020', () => {
  test('306-1 in a 2024 report is the 2020 disclosure', () => {
    const r = resolve('GRI 306-1', published('2024-05-15'));
    expect(r.def).toMatchObject({ standard: 'GRI 306: Waste 2020', title: 'Waste generation and significant waste-related impacts' });
    expect(r.state).toBe('in-effect');
  });

  test('306-1 with its 2016 title is the 2016 version, superseded by 303-4 Water discharge', () => {
    const r = resolve('GRI 306-1', published('2024-05-15'), 'Water discharge by quality and destination');
    expect(r.def.standard).toBe('GRI 306: Effluents and Waste 2016');
    expect(r.state).toBe('superseded');
    const replacement = replacementFor(catalog, r.def);
    expect(replacement.disclosures.map((d) => [d.id, d.title, d.standard])).toEqual([
      ['GRI 303-4', 'Water discharge', 'GRI 303: Water and Effluents 2018'],
    ]);
  });

  test('306-3 "Significant spills" (2016) is still in effect in 2024 and has no replacement', () => {
    const r = resolve('GRI 306-3', published('2024-05-15'), 'Significant spills');
    expect(r.def.standard).toBe('GRI 306: Effluents and Waste 2016');
    expect(r.state).toBe('in-effect');
    expect(replacementsOf(catalog, r.def)).toEqual([]);
  });

  test('306-3 without a title in 2024: both in effect, the newer (Waste generated) wins', () => {
    expect(resolve('GRI 306-3', published('2024-05-15')).def.title).toBe('Waste generated');
  });

  test('306-2 (2016) points at the 2020 versions of 306-3 ... 306-5', () => {
    const r = resolve('GRI 306-2', published('2024-05-15'), 'Waste by type and disposal method');
    expect(replacementFor(catalog, r.def).disclosures.map((d) => `${d.id} ${d.standard}`)).toEqual([
      'GRI 306-3 GRI 306: Waste 2020',
      'GRI 306-4 GRI 306: Waste 2020',
      'GRI 306-5 GRI 306: Waste 2020',
    ]);
  });
});

describe('climate, energy and biodiversity replacements', () => {
  test('305-1 in a report published 2027-04 is superseded by GRI 102-5 (Scope 1 GHG emissions, 2025)', () => {
    const r = resolve('GRI 305-1', published('2027-04-15'));
    expect(r.def.standard).toBe('GRI 305: Emissions 2016');
    expect(r.state).toBe('superseded');
    expect(replacementsOf(catalog, r.def)).toEqual(['GRI 102-5']);
    expect(replacementFor(catalog, r.def).disclosures[0]).toMatchObject({ title: 'Scope 1 GHG emissions', standard: 'GRI 102: Climate Change 2025' });
  });

  test('305-1 published 2026-12-31 is still in effect; 305-7 stays after 2027', () => {
    expect(resolve('GRI 305-1', published('2026-12-31')).state).toBe('in-effect');
    const r = resolve('GRI 305-7', published('2027-04-15'));
    expect(r.state).toBe('in-effect');
    expect(replacementsOf(catalog, r.def)).toEqual([]);
  });

  test('302-1 in 2027 is replaced by 103-2 of GRI 103: Energy 2025', () => {
    const r = resolve('GRI 302-1', published('2027-03-01'));
    expect(r.state).toBe('superseded');
    expect(replacementFor(catalog, r.def).disclosures.map((d) => `${d.id} ${d.title}`)).toEqual([
      'GRI 103-2 Energy consumption and self-generation within the organization',
    ]);
  });

  test('201-2 in 2027 is replaced by GRI 102: Climate Change 2025 as a whole', () => {
    const r = resolve('GRI 201-2', published('2027-03-01'));
    expect(r.state).toBe('superseded');
    expect(replacementFor(catalog, r.def).standards.map((s) => s.id)).toEqual(['GRI 102: Climate Change 2025']);
    expect(replacementsOf(catalog, r.def)).toHaveLength(10);
  });

  test('304-1 in 2026 is superseded by GRI 101: Biodiversity 2024 (101-1 ... 101-8)', () => {
    const r = resolve('GRI 304-1', published('2026-04-01'));
    expect(r.state).toBe('superseded');
    const replacement = replacementFor(catalog, r.def);
    expect(replacement.standards.map((s) => s.id)).toEqual(['GRI 101: Biodiversity 2024']);
    expect(replacement.disclosures.map((d) => d.id)).toEqual(['GRI 101-1', 'GRI 101-2', 'GRI 101-3', 'GRI 101-4', 'GRI 101-5', 'GRI 101-6', 'GRI 101-7', 'GRI 101-8']);
  });

  test('101-1 before GRI 101 was issued is not yet effective; after, early adoption; from 2026 in effect', () => {
    expect(resolve('GRI 101-1', published('2023-06-30')).state).toBe('not-yet-effective');
    expect(resolve('GRI 101-1', published('2025-03-31')).state).toBe('early-adoption');
    expect(resolve('GRI 101-1', published('2026-01-01')).state).toBe('in-effect');
  });

  test('102-54 became a GRI 1 requirement: no disclosure replaces it, GRI 1 does', () => {
    const r = resolve('GRI 102-54', published('2023-05-01'));
    expect(r.state).toBe('superseded');
    expect(replacementFor(catalog, r.def)).toMatchObject({ disclosures: [], standards: [expect.objectContaining({ id: 'GRI 1: Foundation 2021' })] });
  });

  test('307-1 is withdrawn in favour of GRI 2-27', () => {
    const r = resolve('GRI 307-1', published('2023-05-01'));
    expect(r.state).toBe('superseded');
    expect(replacementsOf(catalog, r.def)).toEqual(['GRI 2-27']);
  });
});

describe('other dates', () => {
  test('GRI 403-1: 2016 until 2020, 2018 from 2021', () => {
    expect(resolve('GRI 403-1', published('2020-06-30')).def.standard).toBe('GRI 403: Occupational Health and Safety 2016');
    expect(resolve('GRI 403-1', published('2021-03-31')).def.title).toBe('Occupational health and safety management system');
  });

  test('GRI 2-1 before 2023: early adoption once GRI 2 was issued, not yet effective before', () => {
    expect(resolve('GRI 2-1', published('2022-06-30')).state).toBe('early-adoption');
    expect(resolve('GRI 2-1', published('2021-06-30')).state).toBe('not-yet-effective');
  });

  test('the period end stands in for a missing publication date', () => {
    expect(resolve('GRI 102-1', { periodEnd: '2021-12-31' }).state).toBe('in-effect');
    expect(resolve('GRI 102-1', { periodEnd: '2023-12-31' }).state).toBe('superseded');
  });

  test('unknown ids resolve to undefined; ids are read leniently', () => {
    expect(resolveDisclosure(catalog, 'GRI 999-9', published('2024-01-01'))).toBeUndefined();
    expect(resolve('gri 2-1', published('2024-01-01')).def.id).toBe('GRI 2-1');
  });
});
