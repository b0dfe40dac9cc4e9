// What a claim requires at a date: universal disclosures and the disclosures of each material topic.
import { loadCatalog, sectorStandard, topicDisclosures, topicStandard, universalDisclosures } from '../../src/catalog/index.js';

const catalog = loadCatalog();
const ids = (defs: { id: string }[]) => defs.map((d) => d.id);
const range = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `GRI ${prefix}-${i + 1}`);

describe('topicDisclosures', () => {
  test('GRI 403 in 2024: 403-1 ... 403-10 of the 2018 standard', () => {
    const defs = topicDisclosures(catalog, 'GRI 403', { published: '2024-04-30' });
    expect(ids(defs)).toEqual(range('403', 10));
    expect(new Set(defs.map((d) => d.standard))).toEqual(new Set(['GRI 403: Occupational Health and Safety 2018']));
  });

  test('GRI 403 in 2020: the four 2016 disclosures', () => {
    expect(ids(topicDisclosures(catalog, 'GRI 403', { published: '2020-04-30' }))).toEqual(range('403', 4));
  });

  test('GRI 102 in 2024 is Climate Change 2025, not yet in effect: nothing required (not General Disclosures 2016)', () => {
    expect(topicDisclosures(catalog, 'GRI 102', { published: '2024-04-01' })).toEqual([]);
    // Early adoption is opt-in, and impossible before the standard was issued.
    expect(topicDisclosures(catalog, 'GRI 102', { published: '2024-04-01' }, { earlyAdoption: true })).toEqual([]);
    const early = topicDisclosures(catalog, 'GRI 102', { published: '2026-04-01' }, { earlyAdoption: true });
    expect(ids(early)).toEqual(range('102', 10));
    expect(early[0]!.title).toBe('Transition plan for climate change mitigation');
    expect(ids(topicDisclosures(catalog, 'GRI 102', { published: '2027-04-01' }))).toEqual(range('102', 10));
  });

  test('GRI 305 keeps 305-6 and 305-7 after 2027', () => {
    expect(ids(topicDisclosures(catalog, 'GRI 305', { published: '2026-04-01' }))).toEqual(range('305', 7));
    expect(ids(topicDisclosures(catalog, 'GRI 305', { published: '2027-04-01' }))).toEqual(['GRI 305-6', 'GRI 305-7']);
  });

  test('GRI 306 in 2024: 306-1 ... 306-5 (2020) and 306-3 Significant spills (2016)', () => {
    const defs = topicDisclosures(catalog, 'GRI 306', { published: '2024-04-01' });
    expect(defs.map((d) => `${d.code} ${d.title}`)).toEqual([
      '306-1 Waste generation and significant waste-related impacts',
      '306-2 Management of significant waste-related impacts',
      '306-3 Significant spills',
      '306-3 Waste generated',
      '306-4 Waste diverted from disposal',
      '306-5 Waste directed to disposal',
    ]);
  });

  test('early adoption displaces what it supersedes', () => {
    const plain = topicDisclosures(catalog, 'GRI 303', { published: '2020-06-30' });
    expect(plain.map((d) => d.standard)).toEqual(Array(3).fill('GRI 303: Water 2016'));
    const early = topicDisclosures(catalog, 'GRI 303', { published: '2020-06-30' }, { earlyAdoption: true });
    expect(early.map((d) => d.standard)).toEqual(Array(5).fill('GRI 303: Water and Effluents 2018'));
  });

  test('without dates: what is current in the catalog', () => {
    expect(ids(topicDisclosures(catalog, 'GRI 305', {}))).toEqual(range('305', 7));
    expect(ids(topicDisclosures(catalog, 'GRI 403', {}))).toEqual(range('403', 10));
    expect(topicDisclosures(catalog, 'GRI 102', {})).toEqual([]);
  });

  test('topics are read leniently; unknown topics require nothing', () => {
    expect(ids(topicDisclosures(catalog, '403', { published: '2024-04-30' }))).toHaveLength(10);
    expect(topicDisclosures(catalog, 'GRI 999', { published: '2024-04-30' })).toEqual([]);
  });
});

describe('topicStandard', () => {
  test('the version that applies', () => {
    expect(topicStandard(catalog, 'GRI 306', { published: '2021-06-30' })?.id).toBe('GRI 306: Effluents and Waste 2016');
    expect(topicStandard(catalog, 'GRI 306', { published: '2024-06-30' })?.id).toBe('GRI 306: Waste 2020');
    expect(topicStandard(catalog, 'GRI 102', { published: '2024-06-30' })?.id).toBe('GRI 102: Climate Change 2025');
    expect(topicStandard(catalog, 'GRI 101', { published: '2026-06-30' })?.id).toBe('GRI 101: Biodiversity 2024');
    expect(topicStandard(catalog, 'GRI 2', { published: '2026-06-30' })).toBeUndefined();
  });
});

describe('universalDisclosures', () => {
  test('from 2023: GRI 2 and GRI 3 (33 disclosures)', () => {
    const defs = universalDisclosures(catalog, { published: '2024-04-30' });
    expect(ids(defs)).toEqual([...range('2', 30), ...range('3', 3)]);
  });

  test('before 2023: GRI 102 and 103 (2016), unless GRI 2021 is adopted early', () => {
    const old = universalDisclosures(catalog, { published: '2022-04-30' });
    expect(old).toHaveLength(59);
    expect(old[0]).toMatchObject({ id: 'GRI 102-1', title: 'Name of the organization' });
    expect(universalDisclosures(catalog, { published: '2022-04-30' }, { earlyAdoption: true })).toHaveLength(33);
  });

  test('without dates: GRI 2 and GRI 3', () => {
    expect(universalDisclosures(catalog, {})).toHaveLength(33);
  });
});

describe('sectorStandard', () => {
  test('by topic or by name', () => {
    expect(sectorStandard(catalog, 'GRI 14')?.id).toBe('GRI 14: Mining Sector 2024');
    expect(sectorStandard(catalog, 'gri 11: oil and gas sector 2021')?.id).toBe('GRI 11: Oil and Gas Sector 2021');
    expect(sectorStandard(catalog, 'GRI 305')).toBeUndefined();
  });
});
