// Issue 17 corrections to the GRI catalog: requirement items the taxonomy models as axes or members, and
// the start date of the 2016 set. The import checks the full taxonomy structure (scripts/import-gri.mjs,
// AXIS_ITEMS); these tests hold the committed catalog to it.
import { loadCatalog } from '../../src/catalog/index.js';
import type { DisclosureDef } from '../../src/model/catalog.js';

const catalog = loadCatalog();
const version = (id: string, standard: string): DisclosureDef => {
  const found = catalog.byId.get(id)?.find((d) => d.standard === standard);
  if (!found) throw new Error(`${id} (${standard}) not in the catalog`);
  return found;
};
const itemIds = (d: DisclosureDef): string[] => d.requirements.map((r) => r.id);

describe('GRI requirement items modelled as taxonomy axes or members', () => {
  test.each([
    ['GRI 101-6', 'GRI 101: Biodiversity 2024', ['101-6-e']],
    ['GRI 201-4', 'GRI 201: Economic Performance 2016', ['201-4-b']],
    ['GRI 207-4', 'GRI 207: Tax 2019', ['207-4-a']],
    ['GRI 302-3', 'GRI 302: Energy 2016', ['302-3-b', '302-3-d']],
    ['GRI 303-3', 'GRI 303: Water and Effluents 2018', ['303-3-c']],
    ['GRI 303-4', 'GRI 303: Water and Effluents 2018', ['303-4-b']],
    ['GRI 305-4', 'GRI 305: Emissions 2016', ['305-4-b', '305-4-c']],
    ['GRI 305-5', 'GRI 305: Emissions 2016', ['305-5-d']],
    ['GRI 306-4', 'GRI 306: Waste 2020', ['306-4-d']],
    ['GRI 306-5', 'GRI 306: Waste 2020', ['306-5-d']],
    ['GRI 403-9', 'GRI 403: Occupational Health and Safety 2018', ['403-9-b']],
    ['GRI 403-10', 'GRI 403: Occupational Health and Safety 2018', ['403-10-b']],
  ])('%s has %j', (id, standard, items) => {
    const d = version(id, standard);
    for (const item of items) expect(itemIds(d)).toContain(item);
  });

  test('items keep the text order (305-4: a, b, c, d)', () => {
    expect(itemIds(version('GRI 305-4', 'GRI 305: Emissions 2016'))).toEqual(['305-4-a', '305-4-b', '305-4-c', '305-4-d']);
  });

  test('an item the taxonomy labels only on its abstract row takes that label (207-4-a)', () => {
    const item = version('GRI 207-4', 'GRI 207: Tax 2019').requirements.find((r) => r.id === '207-4-a')!;
    expect(item.label).toMatch(/^All tax jurisdictions where the entities included/);
  });

  // Meta-test on the committed data: in every official disclosure with items, the lettered items run
  // a, b, c … without a gap (a dropped axis item in the middle leaves one: 303-4 had a, c, d, e).
  test('the lettered items of every official GRI disclosure have no gap', () => {
    const gaps: string[] = [];
    for (const std of catalog.standards.filter((s) => s.framework === 'gri')) {
      for (const d of std.disclosures.filter((x) => x.confidence === 'official' && x.requirements.length > 0)) {
        const letters = [...new Set(d.requirements.map((r) => r.id.slice(d.code.length + 1).split('-')[0]!))];
        const expected = letters.map((_, i) => String.fromCharCode(97 + i));
        if (letters.join() !== expected.join()) gaps.push(`${d.code} (${std.id}): ${letters.join(' ')}`);
      }
    }
    expect(gaps).toEqual([]);
  });
});

describe('GRI 2016 start date', () => {
  test.each(['GRI 205: Anti-corruption 2016', 'GRI 302: Energy 2016', 'GRI 102: General Disclosures 2016', 'GRI 303: Water 2016'])(
    '%s applies to reports published from 2018-07-01, earlier adoption encouraged',
    (id) => {
      const std = catalog.standards.find((s) => s.id === id)!;
      expect(std.effective).toMatchObject({ from: '2018-07-01', basis: 'publication', earlyAdoption: true, issued: '2016-10-01' });
      expect(std.effective.note).toMatch(/2018-07-01.*GRI 101: Foundation 2016 cover/);
    },
  );
});
