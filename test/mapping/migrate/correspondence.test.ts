// The correspondence table against the catalog: every row names a real 2016 version by its title and
// real 2021 targets, and every disclosure of a replaced universal standard has a row.
import { loadCatalog, compareTitle } from '../../../src/catalog/index.js';
import { applyEdits } from '../../../src/migrate.js';
import { formatMigrationStylish } from '../../../src/mapping/migrate/index.js';

const catalog = loadCatalog();

test('each row\'s 2016 title is the official title of one version of its code; its targets exist', () => {
  for (const entry of catalog.gri.migration) {
    const versions = catalog.byId.get(entry.from) ?? [];
    const sources = versions.filter((v) => ['exact', 'equivalent'].includes(compareTitle(entry.fromTitle, v.title)));
    expect([entry.from, sources.length]).toEqual([entry.from, 1]);
    for (const id of entry.to) expect([entry.from, id, catalog.byId.has(id)]).toEqual([entry.from, id, true]);
  }
});

test('every disclosure of GRI 102/103:2016 and of the withdrawn standards has a row', () => {
  const rows = new Set(catalog.gri.migration.map((e) => e.from));
  const replaced = catalog.standards.filter((s) => (s.series === 'universal' && s.status === 'superseded') || s.status === 'withdrawn');
  expect(replaced.length).toBeGreaterThan(0);
  for (const standard of replaced) for (const def of standard.disclosures) expect([def.id, rows.has(def.id)]).toEqual([def.id, true]);
});

test('applyEdits refuses overlapping edits and keeps everything else', () => {
  expect(applyEdits('a\r\nbc\r\n', [{ offset: 3, endOffset: 4, text: 'XY' }])).toBe('a\r\nXYc\r\n');
  expect(applyEdits('abcdef', [{ offset: 4, endOffset: 6, text: '' }, { offset: 0, endOffset: 1, text: 'Z' }])).toBe('Zbcd');
  expect(() => applyEdits('abcdef', [{ offset: 1, endOffset: 3, text: '' }, { offset: 2, endOffset: 4, text: '' }])).toThrow(/overlap/);
});

test('stylish: nothing to migrate', () => {
  const tool = { name: 'disclose', version: '0' };
  expect(formatMigrationStylish({ tool, written: false, files: [{ file: 'a.md', changes: [], review: [] }] })).toBe('Nothing to migrate.\n');
});
