// The imported exchange, HKEX, TCFD and IFRS S2 catalogs and the climate crosswalk (scripts/import-frameworks.mjs):
// counts as the official texts and the reference state them, ids canonical and unique, groups complete, every
// crosswalk endpoint known, and version resolution of HKEX KPIs across the 2020 Guide and the 2025 Code.
import { catalogProblems, loadCatalog, replacementsOf, resolveDisclosure, type ReportDates } from '../../src/catalog/index.js';
import type { DisclosureDef, FrameworkId, StandardDef } from '../../src/model/catalog.js';
import { parseDisclosureId } from '../../src/model/ids.js';

const catalog = loadCatalog();

const SZSE = 'SZSE Self-Regulatory Guideline No. 17: Sustainability Report (Trial) 2024';
const SSE = 'SSE Self-Regulatory Guideline No. 14: Sustainability Report (Trial) 2024';
const BSE = 'BSE Continuous Supervision Guideline No. 11: Sustainability Report (Trial) 2024';
const HKEX_2020 = 'HKEX Appendix 27 ESG Reporting Guide 2020';
const HKEX_2025 = 'HKEX Appendix C2 ESG Reporting Code 2025';
const TCFD = 'TCFD Recommendations 2017';
const IFRS_S2 = 'IFRS S2 Climate-related Disclosures 2023';
const IFRS_S2_AMENDED = 'IFRS S2 Climate-related Disclosures (amended December 2025)';
const IFRS_S1 = 'IFRS S1 General Requirements for Disclosure of Sustainability-related Financial Information 2023';
const OURS = [SZSE, SSE, BSE, HKEX_2020, HKEX_2025, TCFD, IFRS_S2, IFRS_S2_AMENDED, IFRS_S1];
const FRAMEWORKS: FrameworkId[] = ['szse', 'sse', 'bse', 'hkex', 'tcfd', 'ifrs-s2', 'ifrs-s1'];

const standard = (id: string): StandardDef => {
  const s = catalog.standardById.get(id);
  expect(s).toBeDefined();
  return s!;
};
const ids = (id: string): string[] => standard(id).disclosures.map((d) => d.id);
const def = (standardId: string, id: string): DisclosureDef => {
  const d = standard(standardId).disclosures.find((x) => x.id === id);
  expect(d).toBeDefined();
  return d!;
};
const group = (standardId: string, groupId: string) => {
  const g = standard(standardId).groups?.find((x) => x.id === groupId);
  expect(g).toBeDefined();
  return g!;
};
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** The annex topic index (议题索引表) of all three guidelines: topic number -> articles. */
const ANNEX: Record<number, number[]> = {
  1: range(21, 28), 2: [30], 3: [31], 4: [32], 5: [33], 6: [35], 7: [36], 8: [37],
  9: [39], 10: [40], 11: [42], 12: [43], 13: [45], 14: [46], 15: [47], 16: [48], 17: [50],
  18: [52], 19: [53], 20: [55], 21: [56],
};

describe('Chinese exchange guidelines (SZSE No. 17, SSE No. 14, BSE No. 11)', () => {
  test.each([
    [SZSE, 'SZSE', 63],
    [SSE, 'SSE', 63],
    [BSE, 'BSE', 62],
  ])('%s: articles 1 … %s %i, in order, guideline 2024 in force from 2024-05-01', (id, prefix, count) => {
    expect(ids(id)).toEqual(range(1, count).map((n) => `${prefix} ${n}`));
    expect(standard(id)).toMatchObject({ series: 'guideline', year: 2024, effective: { from: '2024-05-01', basis: 'publication' } });
    expect(standard(id).titleZh).toMatch(/可持续发展报告（试行）$/);
  });

  test.each([SZSE, SSE, BSE])('%s: 21 topics, 8 environment / 9 social / 4 governance, members as in the annex', (id) => {
    const prefix = id.split(' ')[0]!;
    const topics = standard(id).groups!.filter((g) => g.id.startsWith('topic-'));
    expect(topics).toHaveLength(21);
    const byDimension = (d: string) => topics.filter((t) => t.dimension === d).length;
    expect([byDimension('environment'), byDimension('social'), byDimension('governance')]).toEqual([8, 9, 4]);
    for (const [no, articles] of Object.entries(ANNEX)) {
      expect(group(id, `topic-${no}`).members).toEqual(articles.map((n) => `${prefix} ${n}`));
    }
    expect(group(id, 'topic-1')).toMatchObject({ title: 'Climate change response', titleZh: '应对气候变化' });
    expect(group(id, 'topic-14')).toMatchObject({ titleZh: '平等对待中小企业', level: 'conditional' });
    // Every topic has a Chinese title; all but the mixed climate topic a level.
    for (const t of topics) {
      expect(t.titleZh).toMatch(/\p{Script=Han}/u);
      if (t.id !== 'topic-1') expect(t.level).toBeDefined();
    }
  });

  test('levels: mandatory, conditional and encouraged topics and climate articles', () => {
    expect(['topic-2', 'topic-3', 'topic-4', 'topic-12', 'topic-14'].map((t) => group(SZSE, t).level)).toEqual(Array(5).fill('conditional'));
    expect(['topic-11', 'topic-18'].map((t) => group(SZSE, t).level)).toEqual(['encouraged', 'encouraged']);
    expect(group(SZSE, 'topic-17').level).toBe('mandatory');
    expect(range(21, 28).map((n) => def(SZSE, `SZSE ${n}`).level)).toEqual([
      'mandatory', 'mandatory', 'mandatory', 'mandatory', 'encouraged', 'mandatory', 'mandatory', 'conditional',
    ]);
    expect(def(SZSE, 'SZSE 17').level).toBe('encouraged');
    expect(def(SZSE, 'SZSE 12').level).toBe('conditional');
    expect(def(SZSE, 'SZSE 1').level).toBeUndefined();
  });

  test('four core elements, double materiality, comply or explain', () => {
    expect(group(SZSE, 'core-governance').members).toEqual(['SZSE 12']);
    expect(group(SZSE, 'core-strategy').members).toEqual(range(13, 17).map((n) => `SZSE ${n}`));
    expect(group(SZSE, 'core-iro-management')).toMatchObject({ members: ['SZSE 18'], titleZh: '影响、风险和机遇管理' });
    expect(group(SZSE, 'core-metrics-targets').members).toEqual(['SZSE 19']);
    expect(group(SZSE, 'double-materiality').members).toContain('SZSE 5');
    expect(group(SZSE, 'comply-or-explain').members).toEqual(['SZSE 7']);
    expect(def(SZSE, 'SZSE 24')).toMatchObject({ titleZh: '温室气体排放总量及范围1、范围2排放量', group: 'topic-1', kind: 'mixed' });
  });

  test('articles of one-article topics carry the topic name; every article a Chinese title and a translation note', () => {
    for (const id of [SZSE, SSE, BSE]) {
      for (const t of standard(id).groups!.filter((g) => g.id.startsWith('topic-') && g.members.length === 1)) {
        expect(def(id, t.members[0]!).titleZh).toBe(t.titleZh);
      }
      for (const d of standard(id).disclosures) {
        expect(d.titleZh).toMatch(/\p{Script=Han}/u);
        expect(d.note).toContain('unofficial translation');
      }
    }
  });

  test('SSE and BSE differences from SZSE are recorded where they are', () => {
    expect(def(BSE, 'BSE 46').note).toContain('50% of total assets only');
    expect(def(BSE, 'BSE 3').note).toContain('voluntarily');
    expect(def(BSE, 'BSE 62').titleZh).toBe('施行日期和首个报告期安排');
    expect(def(SSE, 'SSE 3').note).toContain('STAR 50');
    expect(def(SSE, 'SSE 24').note).not.toContain('Differs from SZSE');
    expect(def(SZSE, 'SZSE 60').title).toMatch(/social responsibility report/);
    expect(catalog.byId.has('BSE 63')).toBe(false);
  });
});

describe('HKEX: ESG Reporting Guide 2020 and ESG Reporting Code 2025', () => {
  test('the 2025 Code has no A1.2 and no A4, has Part B and Part D', () => {
    const code = ids(HKEX_2025);
    expect(code).not.toContain('HKEX A1.2');
    expect(code.filter((id) => id.startsWith('HKEX A4'))).toEqual([]);
    expect(code.filter((id) => id.startsWith('HKEX B-'))).toEqual(['HKEX B-13', 'HKEX B-14', 'HKEX B-15']);
    expect(code.filter((id) => id.startsWith('HKEX D-'))).toEqual(range(19, 41).map((n) => `HKEX D-${n}`));
    expect(standard(HKEX_2025)).toMatchObject({ series: 'code', effective: { from: '2025-01-01', basis: 'reporting-period' }, supersedes: [HKEX_2020] });
  });

  test('2025 KPI counts per aspect (A1 5, A2 5, A3 1, B1 2, B2 3, B3 2, B4 2, B5 4, B6 5, B7 3, B8 2)', () => {
    const kpis = ids(HKEX_2025).filter((id) => /^HKEX [AB]\d\.\d+$/.test(id));
    const count = (aspect: string) => kpis.filter((id) => id.startsWith(`HKEX ${aspect}.`)).length;
    expect(['A1', 'A2', 'A3', 'B1', 'B2', 'B3', 'B4', 'B5', 'B6', 'B7', 'B8'].map(count)).toEqual([5, 5, 1, 2, 3, 2, 2, 4, 5, 3, 2]);
    expect(kpis).toHaveLength(34);
  });

  test('levels: Part B mandatory, Part C comply or explain, Part D per phase-in', () => {
    const code = standard(HKEX_2025).disclosures;
    for (const d of code) {
      if (d.id.startsWith('HKEX B-')) expect(d.level).toBe('mandatory');
      else if (/^HKEX [AB]\d/.test(d.id)) expect(d.level).toBe('comply-or-explain');
    }
    expect(def(HKEX_2025, 'HKEX D-28')).toMatchObject({ level: 'mandatory', group: 'part-d-metrics-and-targets' });
    expect(def(HKEX_2025, 'HKEX D-19')).toMatchObject({ level: 'comply-or-explain', group: 'part-d-governance' });
    expect(def(HKEX_2025, 'HKEX D-38').level).toBe('encouraged');
    expect(def(HKEX_2025, 'HKEX D-28').note).toMatch(/Scope 1 and Scope 2 are mandatory for all issuers/);
  });

  test('the 2020 Guide has A1.2 (superseded by Part D GHG) and A4.1, and ends before 2025-01-01', () => {
    expect(standard(HKEX_2020)).toMatchObject({ effective: { before: '2025-01-01', basis: 'reporting-period' }, supersededBy: [HKEX_2025] });
    expect(def(HKEX_2020, 'HKEX A1.2')).toMatchObject({ supersededBy: ['HKEX D-28'], titleZh: expect.stringContaining('範圍1'), flagged: true });
    expect(def(HKEX_2020, 'HKEX A4.1').supersededBy).toContain('HKEX D-28');
    expect(ids(HKEX_2020)).toHaveLength(51);
  });

  test('English KPI titles from memory are flagged; Chinese titles are Traditional Chinese', () => {
    expect(def(HKEX_2025, 'HKEX A1.1').flagged).toBe(true);
    expect(def(HKEX_2025, 'HKEX A1.5').flagged).toBeUndefined();
    expect(def(HKEX_2025, 'HKEX B8.2').titleZh).toBe('在專注範疇所動用資源（如金錢或時間）');
  });
});

describe('HKEX version resolution', () => {
  const FY2025: ReportDates = { periodStart: '2025-01-01', periodEnd: '2025-12-31', published: '2026-03-31' };
  const FY2024: ReportDates = { periodStart: '2024-01-01', periodEnd: '2024-12-31', published: '2025-03-31' };
  const resolve = (id: string, dates: ReportDates) => {
    const r = resolveDisclosure(catalog, id, dates);
    expect(r).toBeDefined();
    return r!;
  };

  test('A1.2 in a FY2025 report: the 2020 Guide, superseded, replaced by HKEX D-28', () => {
    const r = resolve('HKEX A1.2', FY2025);
    expect(r.def.standard).toBe(HKEX_2020);
    expect(r.state).toBe('superseded');
    expect(replacementsOf(catalog, r.def)).toEqual(['HKEX D-28']);
  });

  test('A1.2 in a FY2024 report is in effect', () => {
    const r = resolve('hkex a1.2', FY2024);
    expect(r).toMatchObject({ state: 'in-effect' });
    expect(r.def.standard).toBe(HKEX_2020);
  });

  test('A1.1 resolves to the Guide for FY2024 and to the Code for FY2025', () => {
    expect(resolve('HKEX A1.1', FY2024).def.standard).toBe(HKEX_2020);
    expect(resolve('HKEX A1.1', FY2025)).toMatchObject({ state: 'in-effect', def: { standard: HKEX_2025 } });
    expect(resolve('HKEX A1.1', FY2025).versions).toHaveLength(2);
  });

  test('Part D in a financial year starting after the 2024-04-19 conclusions is early adoption; A4.1 in FY2025 is superseded', () => {
    expect(resolve('HKEX D-28', { periodStart: '2024-07-01', periodEnd: '2025-06-30', published: '2025-10-31' }).state).toBe('early-adoption');
    expect(resolve('HKEX D-28', { periodStart: '2023-01-01' }).state).toBe('not-yet-effective');
    expect(resolve('HKEX A4.1', FY2025).state).toBe('superseded');
    expect(resolve('HKEX A4.1', { periodStart: '2019-01-01' }).state).toBe('not-yet-effective');
  });

  test('the exchange guidelines apply to reports published from 2024-05-01; IFRS S2 to periods from 2024', () => {
    expect(resolve('SZSE 24', FY2025).state).toBe('in-effect');
    expect(resolve('SZSE 24', { published: '2024-04-20' }).state).toBe('not-yet-effective');
    expect(resolve('IFRS S2 29(a)', FY2024).state).toBe('in-effect');
    expect(resolve('IFRS S2 29(a)', { periodStart: '2023-01-01' }).state).toBe('not-yet-effective');
  });
});

describe('TCFD and IFRS S2', () => {
  test('TCFD: 11 recommended disclosures in 4 pillars', () => {
    expect(ids(TCFD)).toHaveLength(11);
    expect(standard(TCFD).groups!.map((g) => [g.id, g.members.length])).toEqual([
      ['governance', 2], ['strategy', 3], ['risk-management', 3], ['metrics-and-targets', 3],
    ]);
    expect(ids(TCFD)).toContain('TCFD Metrics and targets b');
  });

  test('IFRS S2: four groups by paragraph range, 29(a) with its sub-paragraphs', () => {
    const ranges: Record<string, [number, number]> = { governance: [5, 7], strategy: [8, 23], 'risk-management': [24, 26], 'metrics-and-targets': [27, 37] };
    const groups = standard(IFRS_S2).groups!;
    expect(groups.map((g) => g.id)).toEqual(Object.keys(ranges));
    for (const g of groups) {
      const [lo, hi] = ranges[g.id]!;
      for (const m of g.members) {
        const paragraph = Number(/^IFRS S2 (\d+)/.exec(m)![1]);
        expect([m, paragraph >= lo && paragraph <= hi]).toEqual([m, true]);
      }
      expect(g.members.some((m) => m === `IFRS S2 ${lo}`)).toBe(true);
    }
    expect(ids(IFRS_S2)).toEqual(expect.arrayContaining(['IFRS S2 6(a)', 'IFRS S2 29(a)', 'IFRS S2 29(a)(i)', 'IFRS S2 29(a)(vi)', 'IFRS S2 37']));
    expect(ids(IFRS_S2)).toHaveLength(50);
    expect(standard(IFRS_S2).effective).toMatchObject({ from: '2024-01-01', basis: 'reporting-period' });
  });
});

describe('ids and groups of every imported standard', () => {
  test('the seven standards are loaded and the loader finds no problem with them', () => {
    expect(catalog.standards.filter((s) => FRAMEWORKS.includes(s.framework)).map((s) => s.id).sort()).toEqual([...OURS].sort());
    const problems = catalogProblems(catalog).filter((p) => OURS.some((id) => p.includes(id)) || FRAMEWORKS.some((f) => p.includes(`\`${f.toUpperCase()} `)));
    expect(problems).toEqual([]);
  });

  test.each(OURS)('%s: every id canonical (parseDisclosureId round-trips), unique, its code and framework', (id) => {
    const s = standard(id);
    const seen = new Set<string>();
    for (const d of s.disclosures) {
      const parsed = parseDisclosureId(d.id);
      expect([d.id, parsed?.id, parsed?.code, parsed?.framework]).toEqual([d.id, d.id, d.code, s.framework]);
      expect(seen.has(d.id)).toBe(false);
      seen.add(d.id);
    }
  });

  test.each(OURS)('%s: every group member exists and names its group; every named group exists', (id) => {
    const s = standard(id);
    const groups = s.groups ?? [];
    expect(groups.length).toBeGreaterThan(0);
    const byId = new Map(s.disclosures.map((d) => [d.id, d]));
    const listed = new Set<string>();
    for (const g of groups) {
      expect(new Set(g.members).size).toBe(g.members.length);
      for (const m of g.members) {
        expect([g.id, m, byId.has(m)]).toEqual([g.id, m, true]);
        expect([m, byId.get(m)!.group]).toEqual([m, g.id]);
        listed.add(m);
      }
    }
    for (const d of s.disclosures) {
      if (d.group) expect([d.id, listed.has(d.id)]).toEqual([d.id, true]);
    }
  });
});

describe('climate crosswalk', () => {
  const links = catalog.crosswalk;
  /** Endpoints allowed to be missing from the catalog (none: SASB links are written only for metrics in standards/sasb). */
  const EXCLUDED: string[] = [];
  const find = (a: string, b: string) => links.filter((l) => (l.from === a && l.to === b) || (l.from === b && l.to === a));

  test('every endpoint is a canonical id the catalog knows', () => {
    expect(links.length).toBeGreaterThan(200);
    for (const l of links) {
      for (const end of [l.from, l.to]) {
        expect([end, parseDisclosureId(end)?.id]).toEqual([end, end]);
        if (!EXCLUDED.includes(end)) expect([end, catalog.byId.has(end)]).toEqual([end, true]);
      }
    }
  });

  test('no self links, no pair twice, every link sourced', () => {
    const pairs = links.map((l) => [l.from, l.to].sort().join(' | '));
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const l of links) {
      expect(l.from).not.toBe(l.to);
      expect(l.source.length).toBeGreaterThan(10);
    }
  });

  test('equivalent only where the requirement is the same: identical exchange articles, Scope 1 gross emissions', () => {
    for (const l of links.filter((x) => x.type === 'equivalent')) {
      const exchanges = /^SZSE (\d+)$/.exec(l.from) && new RegExp(`^(SSE|BSE) ${l.from.slice(5)}$`).test(l.to);
      const scope1 = l.from === 'GRI 305-1' && /^SASB [A-Z]{2}-[A-Z]{2}-110a\.1$/.test(l.to);
      expect([l.from, l.to, Boolean(exchanges || scope1)]).toEqual([l.from, l.to, true]);
    }
    expect(find('SZSE 24', 'SSE 24')).toMatchObject([{ type: 'equivalent', confidence: 'official' }]);
    expect(find('SZSE 24', 'BSE 24')).toMatchObject([{ type: 'equivalent', confidence: 'official' }]);
  });

  test('the GHG chain: GRI 305-1 <-> IFRS S2 29(a)(i) <-> TCFD Metrics and targets b <-> SZSE/SSE/BSE 24 <-> HKEX D-28, all partial', () => {
    for (const [a, b] of [
      ['GRI 305-1', 'IFRS S2 29(a)(i)'], ['GRI 305-1', 'SZSE 24'], ['GRI 305-1', 'SSE 24'], ['GRI 305-1', 'BSE 24'], ['GRI 305-1', 'HKEX D-28'],
      ['GRI 102-5', 'IFRS S2 29(a)(i)'], ['GRI 305-2', 'IFRS S2 29(a)(v)'], ['GRI 305-3', 'IFRS S2 29(a)(vi)'],
      ['IFRS S2 29(a)', 'TCFD Metrics and targets b'], ['SZSE 24', 'IFRS S2 29(a)(i)'], ['SZSE 24', 'HKEX D-28'], ['HKEX A1.2', 'GRI 305-1'],
    ]) {
      expect([a, b, find(a!, b!).map((l) => l.type)]).toEqual([a, b, ['partial']]);
    }
  });

  test('the four pillars: TCFD <-> IFRS S2 <-> core elements <-> HKEX Part D', () => {
    for (const [a, b] of [
      ['TCFD Governance a', 'IFRS S2 6(a)'], ['TCFD Risk management c', 'IFRS S2 25(c)'], ['SZSE 12', 'TCFD Governance a'], ['BSE 12', 'IFRS S2 6(b)'],
      ['SZSE 18', 'HKEX D-27'], ['SSE 22', 'IFRS S2 22'], ['HKEX D-19', 'IFRS S2 6(a)'], ['HKEX D-21', 'TCFD Strategy a'],
    ]) {
      expect([a, b, find(a!, b!).length]).toEqual([a, b, 1]);
    }
  });

  test('confidence is honest: only the exchange identities are official, TCFD <-> S2 is memory', () => {
    // Official: the exchanges' identical articles, and SZSE 46 <-> BSE 46, whose requirement differs (partial).
    expect(links.filter((l) => l.confidence === 'official').every((l) => /^SZSE /.test(l.from) && (l.type === 'equivalent' || /^Requirement differs/.test(l.note ?? '')))).toBe(true);
    expect(find('TCFD Strategy c', 'IFRS S2 22')).toMatchObject([{ confidence: 'memory' }]);
  });
});
