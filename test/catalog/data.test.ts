// The imported GRI data says what the reference data says (spot checks with concrete values).
import { loadCatalog } from '../../src/catalog/index.js';
import { OMISSION_REASONS, type DisclosureDef } from '../../src/model/catalog.js';

const catalog = loadCatalog();
const only = (id: string): DisclosureDef => {
  const versions = catalog.byId.get(id);
  expect(versions).toHaveLength(1);
  return versions![0]!;
};
const version = (id: string, standard: string): DisclosureDef => catalog.byId.get(id)!.find((d) => d.standard === standard)!;

describe('GRI 1 foundation', () => {
  const { foundation, migration } = catalog.gri;

  test('statements of use exactly as GRI 1 section 3', () => {
    expect(foundation.standard).toBe('GRI 1: Foundation 2021');
    expect(foundation.claims['in-accordance'].statementOfUse).toBe(
      '[Name of organization] has reported in accordance with the GRI Standards for the period [reporting period start and end dates].',
    );
    expect(foundation.claims['with-reference'].statementOfUse).toBe(
      '[Name of organization] has reported the information cited in this GRI content index for the period [reporting period start and end dates] with reference to the GRI Standards.',
    );
    expect(foundation.effective).toMatchObject({ from: '2023-01-01', basis: 'publication' });
  });

  test('the four omission reasons, in GRI 1 Table 1 order', () => {
    expect(foundation.omissionReasons.map((r) => r.id)).toEqual([...OMISSION_REASONS]);
    expect(foundation.omissionReasons.map((r) => r.label)).toEqual([
      'Not applicable',
      'Legal prohibitions',
      'Confidentiality constraints',
      'Information unavailable / incomplete',
    ]);
  });

  test('content index columns of Appendix 1', () => {
    expect(foundation.contentIndexColumns.map((c) => c.id)).toEqual([
      'standard', 'disclosure', 'location', 'omission-requirements', 'omission-reason', 'omission-explanation', 'sector-ref',
    ]);
    expect(foundation.contentIndexColumns[6]!.label).toBe('GRI SECTOR STANDARD REF. NO.');
  });

  test('omission is not permitted for exactly 2-1 ... 2-5, 3-1, 3-2', () => {
    const flagged = [...catalog.byId.values()].flat().filter((d) => d.omissionNotPermitted).map((d) => d.id);
    expect(flagged).toEqual(['GRI 2-1', 'GRI 2-2', 'GRI 2-3', 'GRI 2-4', 'GRI 2-5', 'GRI 3-1', 'GRI 3-2']);
  });

  test('2016 -> 2021 migration: 56 + 3 universal rows and 307-1, 419-1', () => {
    expect(migration).toHaveLength(61);
    expect(migration[0]).toEqual({ from: 'GRI 102-1', fromTitle: 'Name of the organization', to: ['GRI 2-1'], detail: '2-1-a legal name', confidence: 'high' });
    expect(migration.find((m) => m.from === 'GRI 102-8')!.to).toEqual(['GRI 2-7', 'GRI 2-8']);
    expect(migration.find((m) => m.from === 'GRI 102-55')).toMatchObject({ to: [], confidence: 'high' });
    expect(migration.find((m) => m.from === 'GRI 102-7')!.confidence).toBe('low');
    expect(migration.find((m) => m.from === 'GRI 419-1')!.to).toEqual(['GRI 2-27']);
  });
});

describe('disclosures', () => {
  test('titles come from the clean list, taxonomy typos fixed', () => {
    expect(only('GRI 2-9').title).toBe('Governance structure and composition');
    expect(only('GRI 2-22').title).toBe('Statement on sustainable development strategy');
    expect(only('GRI 101-3').title).toBe('Access and benefit-sharing');
    expect(only('GRI 201-1').title).toBe('Direct economic value generated and distributed');
  });

  test('requirement items from the taxonomy, labels grouped per item', () => {
    expect(only('GRI 2-1').requirements).toEqual([
      { id: '2-1-a', label: 'Legal name' },
      { id: '2-1-b', label: 'Legal form; Nature of ownership; Other legal form; Other nature of ownership' },
      { id: '2-1-c', label: 'Location of headquarters' },
      { id: '2-1-d', label: 'Countries of operation' },
    ]);
    const items = only('GRI 2-9').requirements.map((r) => r.id);
    expect(items).toEqual(['2-9-a', '2-9-b', '2-9-c-i', '2-9-c-ii', '2-9-c-iii', '2-9-c-iv', '2-9-c-v', '2-9-c-vi', '2-9-c-vii', '2-9-c-viii']);
    for (const d of [...catalog.byId.values()].flat()) for (const r of d.requirements) expect(r.label.length).toBeLessThanOrEqual(200);
  });

  test('kind from the taxonomy data types', () => {
    expect(only('GRI 2-1').kind).toBe('qualitative');
    expect(only('GRI 401-1').kind).toBe('quantitative');
    expect(version('GRI 305-1', 'GRI 305: Emissions 2016').kind).toBe('mixed' as const);
  });

  test('same code, two versions: 306-3 keeps the items of each version', () => {
    const spills = version('GRI 306-3', 'GRI 306: Effluents and Waste 2016');
    const waste = version('GRI 306-3', 'GRI 306: Waste 2020');
    expect(spills.title).toBe('Significant spills');
    expect(spills.requirements.map((r) => r.id)).toEqual(['306-3-a', '306-3-b-i', '306-3-b-ii', '306-3-b-iii', '306-3-c']);
    expect(waste.title).toBe('Waste generated');
    expect(waste.requirements.map((r) => r.id)).toEqual(['306-3-a', '306-3-b']);
    expect(spills.effective).toEqual(expect.objectContaining({ basis: 'publication' }));
    expect(spills.effective!.before).toBeUndefined();
  });

  test('3-3 and GRI 103: 2016 are reported per material topic', () => {
    const perTopic = [...catalog.byId.values()].flat().filter((d) => d.perMaterialTopic).map((d) => `${d.id} ${d.standard}`);
    expect(perTopic).toEqual([
      'GRI 3-3 GRI 3: Material Topics 2021',
      'GRI 103-1 GRI 103: Management Approach 2016',
      'GRI 103-2 GRI 103: Management Approach 2016',
      'GRI 103-3 GRI 103: Management Approach 2016',
    ]);
  });

  test('partial replacements: 305-1 ... 305-5 and 201-2 end in 2027, 305-6 and 305-7 stay', () => {
    for (const code of ['305-1', '305-2', '305-3', '305-4', '305-5']) expect(only(`GRI ${code}`).effective?.before).toBe('2027-01-01');
    expect(only('GRI 305-6').effective).toBeUndefined();
    expect(only('GRI 305-1').supersededBy).toEqual(['GRI 102-5']);
    expect(only('GRI 305-4').supersededBy).toEqual(['GRI 102-8']);
    expect(only('GRI 201-2')).toMatchObject({ supersededBy: [], supersededByStandard: 'GRI 102: Climate Change 2025' });
    expect(only('GRI 302-4').supersededBy).toEqual(['GRI 103-5']);
  });
});

describe('standards', () => {
  const std = (id: string) => catalog.standardById.get(id)!;

  test('GRI 101/102/103 (2016) are universal and do not share a topic with the 2024/2025 topic standards', () => {
    expect(std('GRI 102: General Disclosures 2016')).toMatchObject({ series: 'universal', topic: 'GRI 102 (2016)', status: 'superseded' });
    expect(std('GRI 102: Climate Change 2025')).toMatchObject({ series: 'topic', topic: 'GRI 102', status: 'future' });
    expect(std('GRI 101: Biodiversity 2024')).toMatchObject({ series: 'topic', topic: 'GRI 101', supersedes: ['GRI 304: Biodiversity 2016'] });
  });

  test('effective dates and what they supersede', () => {
    expect(std('GRI 102: Climate Change 2025').effective).toMatchObject({ from: '2027-01-01', basis: 'publication', earlyAdoption: true });
    expect(std('GRI 102: Climate Change 2025').supersedes).toEqual(['GRI 305: Emissions 2016']);
    expect(std('GRI 306: Waste 2020').supersedes).toEqual(['GRI 306: Effluents and Waste 2016']);
    expect(std('GRI 2: General Disclosures 2021').supersedes).toEqual([
      'GRI 102: General Disclosures 2016',
      'GRI 307: Environmental Compliance 2016',
      'GRI 419: Socioeconomic Compliance 2016',
    ]);
    expect(std('GRI 303: Water 2016').effective.before).toBe('2021-01-01');
  });

  test('GRI 412 is kept with status uncertain and a note', () => {
    expect(std('GRI 412: Human Rights Assessment 2016')).toMatchObject({ status: 'uncertain', confidence: 'memory' });
    expect(std('GRI 412: Human Rights Assessment 2016').note).toMatch(/unconfirmed/);
    expect(std('GRI 307: Environmental Compliance 2016').status).toBe('withdrawn');
  });

  test('sector standards: no disclosures, topics sorted by reference number', () => {
    const mining = std('GRI 14: Mining Sector 2024');
    expect(mining).toMatchObject({ series: 'sector', topic: 'GRI 14', disclosures: [] });
    expect(mining.sectorTopics).toHaveLength(25);
    expect(mining.sectorTopics!.slice(4, 6)).toEqual([{ ref: '14.5', title: 'Waste' }, { ref: '14.6', title: 'Tailings' }]);
    expect(mining.sectorTopics![9]!.ref).toBe('14.10');
    expect(std('GRI 11: Oil and Gas Sector 2021').sectorTopics).toHaveLength(22);
    expect(std('GRI 13: Agriculture, Aquaculture and Fishing Sectors 2022').sectorTopics).toHaveLength(26);
  });

  test('every standard says where its data came from and how sure we are', () => {
    for (const s of catalog.standards) {
      expect(s.source.length).toBeGreaterThan(10);
      expect(['official', 'secondary', 'memory']).toContain(s.confidence);
    }
    expect(std('GRI 102: General Disclosures 2016').confidence).toBe('memory');
    expect(std('GRI 102: Climate Change 2025').confidence).toBe('secondary');
    expect(std('GRI 2: General Disclosures 2021').confidence).toBe('official');
  });
});
