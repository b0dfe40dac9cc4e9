// Meta-tests over standards/ (architecture.md, principle 9): every catalog file validates against the
// schema it declares, ids are unique and canonical, every cross-reference resolves.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { catalogProblems, loadCatalog } from '../../src/catalog/index.js';
import { schemaValidator } from '../../src/validation.js';
import { packageRoot, standardsDir } from '../../src/paths.js';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : [],
  );
const catalogFiles = files(standardsDir);
const catalog = loadCatalog();
// GRI-specific expectations; other frameworks (standards/sasb/ …) have their own tests (test/catalog/sasb.test.ts).
const gri = catalog.standards.filter((s) => s.framework === 'gri');

describe('standards/ files', () => {
  test('there are catalog files, and each declares its schema', () => {
    expect(catalogFiles.length).toBeGreaterThanOrEqual(52);
    for (const file of catalogFiles) {
      const data = JSON.parse(readFileSync(file, 'utf8')) as { $schema?: string };
      expect({ file, schema: typeof data.$schema }).toEqual({ file, schema: 'string' });
    }
  });

  test.each(catalogFiles.map((f) => [f.slice(standardsDir.length + 1), f]))('%s validates against its schema', (_name, file) => {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { $schema: string };
    const validate = schemaValidator(basename(data.$schema));
    const ok = validate(data);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  test('generated files are formatted as the import script writes them (2-space JSON, trailing newline)', () => {
    // descriptors/ keeps each keyword list on one line (scripts/descriptors.mjs; test/catalog/descriptors.test.ts).
    for (const file of catalogFiles.filter((f) => !f.startsWith(join(standardsDir, 'descriptors')))) {
      const text = readFileSync(file, 'utf8');
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    }
  });
});

describe('catalog integrity', () => {
  test('no problems: canonical ids, unique per version, every reference resolves', () => {
    expect(catalogProblems(catalog)).toEqual([]);
  });

  test('canonical ids are unique within each standard version', () => {
    for (const standard of catalog.standards) {
      const ids = standard.disclosures.map((d) => d.id);
      expect(new Set(ids).size).toBe(ids.length);
      // Other frameworks: catalogProblems checks the canonical form (first test).
      for (const d of standard.disclosures) if (d.framework === 'gri') expect(d.id).toBe(`GRI ${d.code}`);
    }
  });

  test('every supersededBy / supersedes target exists', () => {
    for (const standard of catalog.standards) {
      for (const id of [...standard.supersededBy, ...standard.supersedes]) expect(catalog.standardById.has(id)).toBe(true);
      for (const d of standard.disclosures) {
        for (const id of d.supersededBy) expect(catalog.byId.has(id)).toBe(true);
        if (d.supersededByStandard) expect(catalog.standardById.has(d.supersededByStandard)).toBe(true);
      }
    }
  });

  test("every disclosure's standard exists and holds it", () => {
    for (const versions of catalog.byId.values()) {
      for (const d of versions) expect(catalog.standardById.get(d.standard)?.disclosures).toContain(d);
    }
  });

  test('counts: 50 GRI standards, 216 disclosure versions, 25 codes with two versions', () => {
    expect(gri).toHaveLength(50);
    expect([...catalog.byId.values()].flat().filter((d) => d.framework === 'gri')).toHaveLength(216);
    const collisions = [...catalog.byId].filter(([, v]) => v.length > 1 && v[0]!.framework === 'gri').map(([id]) => id);
    expect(collisions).toHaveLength(25);
    expect(collisions).toEqual(expect.arrayContaining(['GRI 102-1', 'GRI 102-10', 'GRI 103-1', 'GRI 306-1', 'GRI 306-5', 'GRI 303-3', 'GRI 403-4']));
    expect(catalog.byId.get('GRI 102-1')!.map((d) => d.standard)).toEqual(['GRI 102: General Disclosures 2016', 'GRI 102: Climate Change 2025']);
  });

  test('catalog order: universal, then topic, then sector standards, by number and year', () => {
    const ids = gri.map((s) => s.id);
    expect(ids.slice(0, 6)).toEqual([
      'GRI 1: Foundation 2021',
      'GRI 2: General Disclosures 2021',
      'GRI 3: Material Topics 2021',
      'GRI 101: Foundation 2016',
      'GRI 102: General Disclosures 2016',
      'GRI 103: Management Approach 2016',
    ]);
    expect(ids.indexOf('GRI 306: Effluents and Waste 2016') + 1).toBe(ids.indexOf('GRI 306: Waste 2020'));
    expect(ids.slice(-4)).toEqual([
      'GRI 11: Oil and Gas Sector 2021',
      'GRI 12: Coal Sector 2022',
      'GRI 13: Agriculture, Aquaculture and Fishing Sectors 2022',
      'GRI 14: Mining Sector 2024',
    ]);
  });
});

describe('src/catalog holds no standards facts', () => {
  // architecture.md, principle 1: no disclosure code is a string literal in src/. Comments may cite codes.
  const dir = join(packageRoot, 'src', 'catalog');
  test.each(readdirSync(dir).filter((f) => f.endsWith('.ts')))('%s', (file) => {
    const code = readFileSync(join(dir, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '')
      .replace(/\s\/\/.*$/gm, '');
    expect(code.match(/['"`][^'"`\n]*\b\d{1,3}-\d{1,2}\b[^'"`\n]*['"`]/g) ?? []).toEqual([]);
  });
});
