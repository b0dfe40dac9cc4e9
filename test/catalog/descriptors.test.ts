// The suggest vocabulary (standards/descriptors/): every file validates and loads with the catalog, names only
// known disclosures, covers what it promises, avoids words that match everything, keeps its derived files in
// step with their sources; a bad file is refused with a DiscloseError that names it (on first use of
// `catalog.descriptors`: loading the catalog for `check` does not validate them).
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clearCatalogCache, loadCatalog } from '../../src/catalog/index.js';
import type { Catalog, DisclosureDef } from '../../src/model/catalog.js';
import type { Descriptor, DescriptorFile } from '../../src/model/descriptor.js';
import { DiscloseError } from '../../src/model/errors.js';
import { standardsDir } from '../../src/paths.js';
import { tokenize } from '../../src/suggest/tokenizer.js';
import { schemaValidator } from '../../src/validation.js';
import { errorOf, griTwoStandardsDir } from '../helpers/catalog-dir.js';

const descriptorsDir = join(standardsDir, 'descriptors');
const fileNames = readdirSync(descriptorsDir).filter((n) => n.endsWith('.json')).sort();
const files = new Map(fileNames.map((n) => [n, JSON.parse(readFileSync(join(descriptorsDir, n), 'utf8')) as DescriptorFile & { $schema: string }]));
const fileOf = (name: string): DescriptorFile => {
  const file = files.get(name);
  if (!file) throw new Error(`no standards/descriptors/${name}`);
  return file;
};
const all: Descriptor[] = [...files.values()].flatMap((f) => f.descriptors);
const catalog: Catalog = loadCatalog();
const first = (id: string): DisclosureDef => catalog.byId.get(id)![0]!;
const idsOf = (framework: string) => [...catalog.byId.values()].filter((v) => v[0]!.framework === framework).map((v) => v[0]!.id);

// Words that would match nearly every section of an ESG report.
const TOO_GENERIC = new Set(
  [
    'management', 'data', 'information', 'report', 'policy', 'policies', 'company', 'total', 'number', 'percentage', 'rate',
    'other', 'description', 'disclosure', 'sustainability', 'esg', 'impact', 'impacts', 'risk', 'risks', 'performance',
    'environment', 'environmental', 'social', 'governance', 'strategy', 'employees', 'indicators', 'metrics', 'approach',
    '管理', '数据', '信息', '报告', '政策', '公司', '总计', '数量', '比例', '其他', '描述', '披露', '可持续发展', '影响', '风险',
    '绩效', '环境', '社会', '治理', '战略', '员工', '指标', '情况',
  ].map((w) => w.toLowerCase()),
);
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const normalize = (s: string) => s.toLowerCase().replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();

describe('standards/descriptors/ files', () => {
  test('there are files for every framework, each declaring the descriptors schema', () => {
    expect(fileNames).toEqual(expect.arrayContaining(['gri.json', 'sasb.json', 'szse.json', 'sse.json', 'bse.json', 'hkex.json', 'tcfd.json', 'ifrs-s2.json']));
    for (const [name, file] of files) expect({ name, schema: file.$schema }).toEqual({ name, schema: '../../schemas/descriptors.schema.json' });
  });

  test.each(fileNames)('%s validates against schemas/descriptors.schema.json', (name) => {
    const validate = schemaValidator('descriptors.schema.json');
    const ok = validate(files.get(name));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  test('every descriptor loads with the catalog, once, and names a disclosure of its file framework', () => {
    expect(catalog.descriptors.size).toBe(all.length);
    for (const [name, file] of files) {
      for (const d of file.descriptors) {
        expect({ name, id: d.id, known: catalog.byId.has(d.id) }).toEqual({ name, id: d.id, known: true });
        expect({ id: d.id, framework: first(d.id).framework }).toEqual({ id: d.id, framework: file.framework });
        expect(catalog.descriptors.get(d.id)).toEqual(d);
      }
    }
  });

  test('each file lists its descriptors in catalog order, as scripts/descriptors.mjs writes them', () => {
    const position = new Map<string, number>();
    for (const s of catalog.standards) for (const d of s.disclosures) if (!position.has(d.id)) position.set(d.id, position.size);
    for (const [name, file] of files) {
      const order = file.descriptors.map((d) => position.get(d.id)!);
      expect({ name, sorted: order.every((p, i) => i === 0 || p > order[i - 1]!) }).toEqual({ name, sorted: true });
      const text = readFileSync(join(descriptorsDir, name), 'utf8');
      expect(text.endsWith('}\n')).toBe(true);
      // One line per keyword list: the file has a few lines per descriptor, not one per keyword.
      expect(text.split('\n').length).toBeLessThan(file.descriptors.length * 9 + 10);
    }
  });
});

describe('coverage', () => {
  // Standards in effect now or later: their codes are what suggest is asked about.
  const liveGri = idsOf('gri').filter((id) => catalog.byId.get(id)!.some((d) => catalog.standardById.get(d.standard)!.status !== 'superseded' && catalog.standardById.get(d.standard)!.status !== 'withdrawn'));

  test('every current GRI disclosure code has at least 3 English and 3 Chinese keywords', () => {
    expect(liveGri.length).toBeGreaterThan(130);
    const thin = liveGri.filter((id) => {
      const d = catalog.descriptors.get(id);
      return !d || d.keywords.en.length < 3 || d.keywords.zh.length < 3;
    });
    expect(thin).toEqual([]);
  });

  test('every GRI code (also of superseded standards), exchange article, HKEX, TCFD and IFRS S2 paragraph is described', () => {
    for (const framework of ['gri', 'szse', 'sse', 'bse', 'hkex', 'tcfd', 'ifrs-s2']) {
      expect({ framework, missing: idsOf(framework).filter((id) => !catalog.descriptors.has(id)) }).toEqual({ framework, missing: [] });
    }
  });

  test('ten SASB industries are described metric by metric', () => {
    for (const industry of ['TC-HW', 'TC-SI', 'FN-CB', 'EM-MM', 'RT-CH', 'CG-AA', 'FB-PF', 'HC-BP', 'IF-EU', 'TR-AU']) {
      const metrics = idsOf('sasb').filter((id) => id.startsWith(`SASB ${industry}-`));
      expect(metrics.length).toBeGreaterThan(5);
      expect({ industry, missing: metrics.filter((id) => !fileOf('sasb.json').descriptors.some((d) => d.id === id)) }).toEqual({ industry, missing: [] });
    }
  });

  test('quantitative disclosures whose answers have a unit name it (GHG in tCO2e, energy in MWh/GJ, water in m³)', () => {
    const units = (id: string) => catalog.descriptors.get(id)!.units ?? [];
    expect(units('GRI 305-1')).toEqual(expect.arrayContaining(['tCO2e', '吨二氧化碳当量']));
    expect(units('GRI 302-1')).toEqual(expect.arrayContaining(['MWh', 'GJ', '千瓦时']));
    expect(units('GRI 303-5')).toEqual(expect.arrayContaining(['m³', '立方米']));
    expect(units('HKEX A2.1')).toEqual(expect.arrayContaining(['千個千瓦時', "'000 kWh"]));
    expect(units('SASB EM-MM-150a.5')).toEqual(expect.arrayContaining(['t', '吨']));
  });
});

describe('keyword quality', () => {
  test('no keyword is one of the too-generic words', () => {
    const generic = all.flatMap((d) => [...d.keywords.en, ...d.keywords.zh].filter((k) => TOO_GENERIC.has(normalize(k))).map((k) => `${d.id}: ${k}`));
    expect(generic).toEqual([]);
  });

  test('the stop list can fail', () => {
    expect(TOO_GENERIC.has(normalize(' Management '))).toBe(true);
    expect(TOO_GENERIC.has(normalize('管理'))).toBe(true);
  });

  test('Chinese keywords contain Chinese characters; English ones do not', () => {
    const bad = all.flatMap((d) => [
      ...d.keywords.zh.filter((k) => !CJK.test(k)).map((k) => `${d.id} zh: ${k}`),
      ...d.keywords.en.filter((k) => CJK.test(k)).map((k) => `${d.id} en: ${k}`),
    ]);
    expect(bad).toEqual([]);
  });

  test('no keyword repeats an official title of its disclosure word for word (suggest adds the titles itself)', () => {
    const repeats = all.flatMap((d) => {
      const titles = new Set(catalog.byId.get(d.id)!.flatMap((v) => [v.title, v.titleZh ?? '']).filter(Boolean).map(normalize));
      return [...d.keywords.en, ...d.keywords.zh].filter((k) => titles.has(normalize(k))).map((k) => `${d.id}: ${k}`);
    });
    expect(repeats).toEqual([]);
  });

  // suggest searches a keyword by the terms its tokenizer keeps: one made only of stop words or symbols
  // (`about this report`, `who we are`, `1.5°C`) was silently never searched.
  test('every English keyword keeps a term after suggest\'s tokenizer (none is only stop words or symbols)', () => {
    const dead = all.flatMap((d) => d.keywords.en.filter((k) => tokenize(k).length === 0).map((k) => `${d.id}: ${k}`));
    expect(dead).toEqual([]);
    expect(tokenize('about this report')).toEqual([]);
  });

  test('Chinese vocabulary is realistic: GHG, governance and HKEX terms as Chinese reports print them', () => {
    expect(catalog.descriptors.get('GRI 305-1')!.keywords.zh).toEqual(expect.arrayContaining(['范围一', '直接温室气体排放']));
    expect(catalog.descriptors.get('GRI 2-9')!.keywords.zh).toEqual(expect.arrayContaining(['治理架构', '董事会', '专门委员会']));
    expect(catalog.descriptors.get('SZSE 24')!.keywords.zh).toEqual(expect.arrayContaining(['范围一', '范围二', '温室气体排放总量']));
    // HKEX filings are often in traditional characters: both forms are listed.
    expect(catalog.descriptors.get('HKEX B1.2')!.keywords.zh).toEqual(expect.arrayContaining(['员工流失率', '僱員流失比率']));
  });
});

describe('derived files are in step with their sources (rerun scripts/descriptors.mjs after editing one)', () => {
  test('SSE and BSE articles carry the vocabulary of the SZSE article with the same Chinese title', () => {
    const szse = new Map(fileOf('szse.json').descriptors.map((d) => [first(d.id).titleZh, d]));
    for (const name of ['sse.json', 'bse.json']) {
      for (const d of fileOf(name).descriptors) {
        const counterpart = szse.get(first(d.id).titleZh);
        if (!counterpart) continue; // Only BSE 62 (施行日期和首个报告期安排) is titled differently.
        expect({ id: d.id, keywords: d.keywords, units: d.units }).toEqual({ id: d.id, keywords: counterpart.keywords, units: counterpart.units });
      }
    }
    expect(fileOf('bse.json').descriptors.filter((d) => !szse.has(first(d.id).titleZh)).map((d) => d.id)).toEqual(['BSE 62']);
  });

  test('each same-wording SASB metric carries the vocabulary of a curated metric worded exactly alike', () => {
    const curated = new Map<string, Descriptor[]>();
    for (const d of fileOf('sasb.json').descriptors) {
      const wording = normalize(first(d.id).title);
      curated.set(wording, [...(curated.get(wording) ?? []), d]);
    }
    const derived = fileOf('sasb-same-wording.json').descriptors;
    expect(derived.length).toBeGreaterThan(100);
    for (const d of derived) {
      const sources = curated.get(normalize(first(d.id).title)) ?? [];
      expect({ id: d.id, matches: sources.some((s) => JSON.stringify([s.keywords, s.units]) === JSON.stringify([d.keywords, d.units])) }).toEqual({ id: d.id, matches: true });
    }
  });
});

describe('a bad descriptor file is refused', () => {
  let dir: string;
  const write = (name: string, descriptors: unknown[], framework = 'gri') =>
    writeFileSync(join(dir, 'descriptors', name), JSON.stringify({ $schema: '../../schemas/descriptors.schema.json', framework, source: 'test', descriptors }));
  const ok = (id: string) => ({ id, keywords: { en: ['legal name', 'headquarters'], zh: ['公司简介', '总部'] } });
  beforeEach(() => {
    dir = griTwoStandardsDir('disclose-descriptors-');
    mkdirSync(join(dir, 'descriptors'));
    clearCatalogCache();
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    clearCatalogCache();
  });

  test('a good file loads into catalog.descriptors', () => {
    write('gri.json', [ok('GRI 2-1')]);
    expect(loadCatalog(dir).descriptors.get('GRI 2-1')?.keywords.zh).toEqual(['公司简介', '总部']);
  });

  test('a folder without descriptors loads with an empty map', () => {
    expect(loadCatalog(dir).descriptors.size).toBe(0);
  });

  test('descriptors are checked on first use, so a bad file does not stop `check` from loading the catalog', () => {
    write('gri.json', [ok('GRI 305-1')]);
    const catalog = loadCatalog(dir);
    expect(catalog.byId.has('GRI 2-1')).toBe(true);
    expect(() => catalog.descriptors).toThrow(DiscloseError);
  });

  test('an id the catalog does not know', () => {
    write('gri.json', [ok('GRI 2-1'), ok('GRI 305-1')]);
    const error = errorOf(() => loadCatalog(dir).descriptors);
    expect(error.kind).toBe('config');
    expect(error.message).toMatch(/descriptors[\\/]gri\.json: descriptor `GRI 305-1` names no disclosure in the catalog/);
  });

  test('the same id twice, across two files', () => {
    write('a.json', [ok('GRI 2-1')]);
    write('b.json', [ok('GRI 2-2'), ok('GRI 2-1')]);
    expect(errorOf(() => loadCatalog(dir).descriptors).message).toMatch(/b\.json: descriptor `GRI 2-1` is described twice \(first in .*a\.json\)/);
  });

  test('the same keyword twice in one list, whatever its case', () => {
    write('gri.json', [{ id: 'GRI 2-1', keywords: { en: ['Headquarters', 'headquarters'], zh: ['总部'] } }]);
    expect(errorOf(() => loadCatalog(dir).descriptors).message).toMatch(/descriptor `GRI 2-1` lists `headquarters` twice in one list/);
  });

  test('an id of another framework than the file says, or not canonical', () => {
    mkdirSync(join(dir, 'szse'));
    copyFileSync(join(standardsDir, 'szse', 'szse-no17-2024.json'), join(dir, 'szse', 'szse.json'));
    write('gri.json', [ok('SZSE 24')]);
    expect(errorOf(() => loadCatalog(dir).descriptors).message).toMatch(/descriptor `SZSE 24` belongs to szse, not to the file's framework gri/);
    clearCatalogCache();
    write('gri.json', [ok('GRI 02-1')]);
    expect(errorOf(() => loadCatalog(dir).descriptors).message).toMatch(/gri\.json: descriptors: `descriptors\.0\.id` must match/);
  });

  test('schema breaches: an empty keyword list, a padded keyword, an unknown key', () => {
    write('gri.json', [{ id: 'GRI 2-1', keywords: { en: [], zh: ['总部'] } }]);
    expect(errorOf(() => loadCatalog(dir).descriptors).message).toMatch(/gri\.json: descriptors: `descriptors\.0\.keywords\.en` must NOT have fewer than 1 items/);
    clearCatalogCache();
    write('gri.json', [{ id: 'GRI 2-1', keywords: { en: [' headquarters'], zh: ['总部'] } }]);
    expect(errorOf(() => loadCatalog(dir).descriptors).message).toMatch(/`descriptors\.0\.keywords\.en\.0` must match/);
    clearCatalogCache();
    write('gri.json', [{ ...ok('GRI 2-1'), weight: 2 }]);
    expect(errorOf(() => loadCatalog(dir).descriptors).message).toMatch(/`descriptors\.0` has an unknown key `weight`/);
  });
});
