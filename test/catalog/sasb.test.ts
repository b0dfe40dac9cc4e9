// The imported SASB data (standards/sasb/, scripts/import-sasb.mjs): counts as the reference states them,
// ids and codes well formed and unique, groups complete, and spot checks with concrete values.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { loadCatalog } from '../../src/catalog/index.js';
import type { DisclosureDef, StandardDef } from '../../src/model/catalog.js';
import { parseDisclosureId } from '../../src/model/ids.js';
import { packageRoot, schemasDir, standardsDir } from '../../src/paths.js';

const catalog = loadCatalog();
const sasb: StandardDef[] = catalog.standards.filter((s) => s.framework === 'sasb');
const defs: DisclosureDef[] = sasb.flatMap((s) => s.disclosures);
const topicMetrics = defs.filter((d) => !d.activity);
const activityMetrics = defs.filter((d) => d.activity);
const sasbDir = join(standardsDir, 'sasb');
const jsonFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? jsonFiles(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : []));

const only = (id: string): DisclosureDef => {
  const versions = catalog.byId.get(id);
  expect(versions).toHaveLength(1);
  return versions![0]!;
};
const standardOf = (def: DisclosureDef): StandardDef => catalog.standardById.get(def.standard)!;
const groupOf = (def: DisclosureDef) => standardOf(def).groups!.find((g) => g.id === def.group)!;

describe('counts (reference README and sasb_catalog.json counts)', () => {
  test('77 industries in 11 sectors', () => {
    expect(sasb).toHaveLength(77);
    expect(new Set(sasb.map((s) => s.sector!.id)).size).toBe(11);
    expect([...new Set(sasb.map((s) => s.sector!.name))].sort()).toEqual([
      'Consumer Goods',
      'Extractives & Minerals Processing',
      'Financials',
      'Food & Beverage',
      'Health Care',
      'Infrastructure',
      'Renewable Resources & Alternative Energy',
      'Resource Transformation',
      'Services',
      'Technology & Communications',
      'Transportation',
    ]);
  });

  test('447 disclosure topics, 978 topic metrics, 214 activity metrics, 149 flagged entries of the reference, 3 more with the advertising wording doubt (issue 17)', () => {
    expect(sasb.flatMap((s) => s.groups ?? []).filter((g) => !g.id.endsWith('-000'))).toHaveLength(447);
    expect(topicMetrics).toHaveLength(978);
    expect(activityMetrics).toHaveLength(214);
    expect(defs.filter((d) => d.flagged)).toHaveLength(152);
  });

  test('one file per industry at standards/sasb/<sector>/<industry>.json, whose $schema resolves', () => {
    const files = jsonFiles(sasbDir);
    expect(files).toHaveLength(77);
    for (const file of files) {
      const data = JSON.parse(readFileSync(file, 'utf8')) as { $schema: string; topic: string; sector: { id: string } };
      expect(relative(sasbDir, file).split(/[\\/]/)).toEqual([data.sector.id, `${data.topic.toLowerCase()}.json`]);
      expect(resolve(dirname(file), data.$schema)).toBe(join(schemasDir, 'standard.schema.json'));
    }
  });
});

describe('standards', () => {
  test('one industry standard each: id, topic, series, year, dates, source, confidence', () => {
    for (const s of sasb) {
      expect(s.id).toMatch(/^SASB [A-Z]{2}-[A-Z]{2}: \S/);
      expect(s.id.startsWith(`SASB ${s.topic}: `)).toBe(true);
      expect(s).toMatchObject({ series: 'industry', year: 2023, status: 'current', supersedes: [], supersededBy: [], confidence: 'secondary' });
      expect(s.effective).toMatchObject({ from: '2025-01-01', basis: 'reporting-period', earlyAdoption: true });
      expect(s.source).toMatch(/^sasb_catalog\.json .*; industry rows: \S/);
    }
    expect(new Set(sasb.map((s) => s.topic)).size).toBe(77);
  });

  test('every industry of a sector shares its two-letter sector prefix', () => {
    const prefixes = new Map<string, Set<string>>();
    for (const s of sasb) prefixes.set(s.sector!.id, (prefixes.get(s.sector!.id) ?? new Set()).add(s.topic.slice(0, 2)));
    for (const set of prefixes.values()) expect(set.size).toBe(1);
  });
});

describe('ids and codes', () => {
  test('every id parses, is canonical, and round-trips through other spellings', () => {
    for (const d of defs) {
      expect(parseDisclosureId(d.id)).toEqual({ id: d.id, framework: 'sasb', code: d.code });
      expect(d.id).toBe(`SASB ${d.code}`);
      expect(parseDisclosureId(d.id.toLowerCase())?.id).toBe(d.id);
      expect(parseDisclosureId(d.code, 'sasb')?.id).toBe(d.id);
    }
  });

  test('codes: topic metrics NNNa.N, activity metrics 000.X, each starting with its industry code', () => {
    for (const s of sasb) {
      for (const d of s.disclosures) {
        expect(d.code.startsWith(`${s.topic}-`)).toBe(true);
        if (d.activity) expect(d.code).toMatch(/^[A-Z]{2}-[A-Z]{2}-000\.[A-Z]$/);
        else expect(d.code).toMatch(/^[A-Z]{2}-[A-Z]{2}-(?!000)\d{3}[a-z]\.\d+$/);
      }
    }
  });

  test('no duplicate ids across SASB, and none shared with another framework', () => {
    const ids = defs.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(catalog.byId.get(id)).toHaveLength(1);
  });

  test('fields: category matches kind, unit only for quantitative metrics, no requirements', () => {
    for (const d of defs) {
      expect(d).toMatchObject({ framework: 'sasb', omissionNotPermitted: false, supersededBy: [], requirements: [], confidence: 'secondary' });
      expect(d.kind).toBe(d.category === 'quantitative' ? 'quantitative' : 'qualitative');
      if (d.category === 'quantitative') expect(d.unit).toMatch(/\S/);
      else expect(d.unit).toBeUndefined();
      if (d.activity) expect(d.category).toBe('quantitative');
      expect(d.unit).not.toBe('n/a');
    }
  });

  test('flagged entries carry the reference note, and only they have one', () => {
    for (const d of defs) {
      if (d.flagged) expect(d.note).toMatch(/\S/);
      else expect(d.note).toBeUndefined();
      expect(d.flagged === undefined || d.flagged === true).toBe(true);
    }
  });
});

describe('groups', () => {
  test('every member exists in its standard; every disclosure is in exactly one group, the one it names', () => {
    for (const s of sasb) {
      const own = new Map(s.disclosures.map((d) => [d.id, d]));
      const seen = new Map<string, number>();
      for (const g of s.groups ?? []) {
        for (const id of g.members) {
          expect(own.get(id)?.group).toBe(g.id);
          seen.set(id, (seen.get(id) ?? 0) + 1);
        }
      }
      for (const d of s.disclosures) expect({ id: d.id, groups: seen.get(d.id) }).toEqual({ id: d.id, groups: 1 });
    }
  });

  test('group ids are industry + topic code (`TC-HW-230a`), activity metrics in `<industry>-000`, unique across SASB', () => {
    const ids = sasb.flatMap((s) => (s.groups ?? []).map((g) => g.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of sasb) {
      for (const g of s.groups ?? []) {
        expect(g.id).toMatch(new RegExp(`^${s.topic}-\\d{3}[a-z]?$`));
        expect(g.members.length).toBeGreaterThan(0);
        for (const id of g.members) expect(id.startsWith(`SASB ${g.id}.`)).toBe(true);
        if (g.id.endsWith('-000')) expect(g.title).toBe('Activity metrics');
      }
    }
  });
});

describe('spot checks', () => {
  test('SASB TC-HW-230a.1: Hardware, Product Security topic (data security risks in products), Discussion and Analysis', () => {
    const d = only('SASB TC-HW-230a.1');
    expect(d).toMatchObject({
      code: 'TC-HW-230a.1',
      title: 'Description of approach to identifying and addressing data security risks in products',
      standard: 'SASB TC-HW: Hardware',
      kind: 'qualitative',
      category: 'discussion-and-analysis',
      group: 'TC-HW-230a',
    });
    expect(d.unit).toBeUndefined();
    expect(d.flagged).toBeUndefined();
    expect(groupOf(d).title).toBe('Product Security');
    expect(standardOf(d).sector).toEqual({ id: 'technology_communications', name: 'Technology & Communications' });
  });

  test('SASB CG-AM-250a.1: number of recalls issued, Quantitative, Number', () => {
    const d = only('SASB CG-AM-250a.1');
    expect(d).toMatchObject({
      title: 'Number of recalls issued, total units recalled',
      standard: 'SASB CG-AM: Appliance Manufacturing',
      kind: 'quantitative',
      category: 'quantitative',
      unit: 'Number',
    });
    expect(groupOf(d).title).toBe('Product Safety');
    expect(standardOf(d).sector!.name).toBe('Consumer Goods');
  });

  test('an activity metric: SASB TC-HW-000.A', () => {
    const d = only('SASB TC-HW-000.A');
    expect(d).toMatchObject({ title: 'Number of units produced by product category', activity: true, category: 'quantitative', unit: 'Number', group: 'TC-HW-000' });
    expect(groupOf(d).title).toBe('Activity metrics');
    expect(only('SASB TC-HW-000.C').unit).toBe('Percentage (%)');
  });

  test('a flagged entry keeps its reference note: TR-AP-250a.1 (title probably copied from Automobiles)', () => {
    const d = only('SASB TR-AP-250a.1');
    expect(d).toMatchObject({ title: 'Number of vehicles recalled', flagged: true });
    expect(d.note).toMatch(/copied from Automobiles/);
    expect(only('SASB TC-HW-410a.2').flagged).toBe(true);
  });

  test('gaps and doubtful topic names are stated on the standard and the group', () => {
    const assetManagement = catalog.standardById.get('SASB FN-AC: Asset Management & Custody Activities')!.note;
    expect(assetManagement).toContain('FN-AC-550a');
    expect(assetManagement).toContain('FN-AC-410b.2 (financed-emissions metric added in 2023');
    expect(catalog.standardById.get('SASB HC-DY: Health Care Delivery')!.note).toContain('HC-DY-250a.4');
    const chemicals = catalog.standardById.get('SASB RT-CH: Chemicals')!;
    expect(chemicals.groups!.filter((g) => !g.id.endsWith('-000')).every((g) => g.note !== undefined)).toBe(true);
    expect(catalog.standardById.get('SASB TC-HW: Hardware')!.note).toBeUndefined();
  });
});

// The committed files are what the script writes from the reference folder (skipped without it).
const reference = process.env['DISCLOSE_SASB_REFERENCE'] ?? '/work/shared/reference/sasb';
(existsSync(join(reference, 'sasb_catalog.json')) ? describe : describe.skip)('scripts/import-sasb.mjs', () => {
  test('regenerates standards/sasb/ byte for byte', () => {
    const out = mkdtempSync(join(tmpdir(), 'disclose-sasb-'));
    try {
      const run = spawnSync(process.execPath, [join(packageRoot, 'scripts', 'import-sasb.mjs'), reference, '--out', out], { encoding: 'utf8' });
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/77 industries, 447 topics, 978 topic metrics, 214 activity metrics, 149 flagged/);
      const files = jsonFiles(out).map((f) => relative(out, f)).sort();
      expect(files).toEqual(jsonFiles(sasbDir).map((f) => relative(sasbDir, f)).sort());
      for (const f of files) expect(readFileSync(join(out, f), 'utf8')).toBe(readFileSync(join(sasbDir, f), 'utf8'));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
