// The loader: dispatch by declared schema, clear errors for bad folders, one catalog per folder.
import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clearCatalogCache, findStandard, loadCatalog } from '../../src/catalog/index.js';
import { standardsDir } from '../../src/paths.js';
import { errorOf, griTwoStandardsDir } from '../helpers/catalog-dir.js';

let dir: string;
beforeEach(() => {
  dir = griTwoStandardsDir('disclose-catalog-');
  clearCatalogCache();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('the bundled catalog is loaded once and cached', () => {
  expect(loadCatalog()).toBe(loadCatalog(standardsDir));
  expect(findStandard(loadCatalog(), 'gri 3 material topics 2021')?.id).toBe('GRI 3: Material Topics 2021');
});

test('a minimal folder loads; files without $schema are ignored; framework and standard are filled in', () => {
  writeFileSync(join(dir, 'gri', 'notes.json'), '{"anything": true}\n');
  const catalog = loadCatalog(dir);
  expect(catalog.standards.map((s) => s.id)).toEqual(['GRI 2: General Disclosures 2021']);
  expect(catalog.byId.get('GRI 2-1')![0]).toMatchObject({ framework: 'gri', standard: 'GRI 2: General Disclosures 2021' });
  expect(catalog.gri.migration).toEqual([]);
});

test('a file that breaks its schema names the file and the path', () => {
  writeFileSync(join(dir, 'gri', 'bad.json'), JSON.stringify({ $schema: '../../schemas/standard.schema.json', id: 'GRI 9: Bad 2020' }));
  const error = errorOf(() => loadCatalog(dir));
  expect(error.kind).toBe('config');
  expect(error.message).toMatch(/bad\.json: standard: the top level is missing `framework`/);
});

test('an unknown schema marker is refused, not skipped', () => {
  writeFileSync(join(dir, 'gri', 'other.json'), JSON.stringify({ $schema: '../../schemas/sasb-industry.schema.json' }));
  expect(errorOf(() => loadCatalog(dir)).message).toMatch(/other\.json: unknown catalog schema `..\/..\/schemas\/sasb-industry\.schema\.json`/);
});

test('invalid JSON and a missing foundation are clear errors', () => {
  writeFileSync(join(dir, 'gri', 'broken.json'), '{ nope');
  expect(errorOf(() => loadCatalog(dir)).message).toMatch(/broken\.json: not valid JSON/);
  rmSync(join(dir, 'gri', 'broken.json'));
  rmSync(join(dir, 'gri', 'foundation.json'));
  clearCatalogCache();
  expect(errorOf(() => loadCatalog(dir)).message).toMatch(/no GRI foundation file/);
});

test('a dangling reference is refused', () => {
  copyFileSync(join(standardsDir, 'gri', 'gri-307-environmental-compliance-2016.json'), join(dir, 'gri', 'gri-307.json'));
  // GRI 307 says GRI 2 supersedes it, but this copy of GRI 2 does not know, and 307-1 -> 2-27 resolves.
  expect(errorOf(() => loadCatalog(dir)).message).toMatch(/`GRI 2: General Disclosures 2021` does not list `GRI 307: Environmental Compliance 2016` in supersedes/);
});
