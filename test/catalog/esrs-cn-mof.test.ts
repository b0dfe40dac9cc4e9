// The ESRS and China MoF catalogs (issue 17): their citation grammar, what each holds, and where each datum
// came from (standards/esrs/README.md, standards/cn-mof/README.md).
import { parseDisclosureId } from '../../src/model/ids.js';
import { catalog } from '../helpers/run-rule.js';

const of = (framework: string) => catalog.standards.filter((s) => s.framework === framework);

describe('citation grammar', () => {
  test.each([
    ['ESRS E1-6', 'ESRS E1-6'],
    ['esrs e1 - 6', 'ESRS E1-6'],
    ['ESRS 2 GOV-1', 'ESRS 2 GOV-1'],
    ['ESRS 2 gov 1', 'ESRS 2 GOV-1'],
    ['ESRS 2 MDR-P', 'ESRS 2 MDR-P'],
    ['ESRS E1 IRO-1', 'ESRS E1 IRO-1'],
    ['ESRS E1.IRO-1', 'ESRS E1 IRO-1'],
    ['ESRS S1-16', 'ESRS S1-16'],
    ['CSDS Climate 27', 'CSDS Climate 27'],
    ['MOF climate art. 5', 'CSDS Climate 5'],
    ['CSDS No. 1-12', 'CSDS Climate 12'],
    ['CSDS basic 4', 'CSDS Basic 4'],
  ])('%s -> %s', (text, id) => {
    expect(parseDisclosureId(text)?.id).toBe(id);
  });

  test('every catalog id is in the catalog and canonical', () => {
    for (const standard of [...of('esrs'), ...of('cn-mof')]) for (const def of standard.disclosures) expect(parseDisclosureId(def.id)?.id).toBe(def.id);
  });
});

describe('ESRS (set 1)', () => {
  test('ESRS 1, ESRS 2 and the ten topical standards, 104 disclosure requirements, each with its paragraph', () => {
    expect(of('esrs').map((s) => s.topic).sort()).toEqual(
      ['ESRS 1', 'ESRS 2', 'ESRS E1', 'ESRS E2', 'ESRS E3', 'ESRS E4', 'ESRS E5', 'ESRS G1', 'ESRS S1', 'ESRS S2', 'ESRS S3', 'ESRS S4'],
    );
    const defs = of('esrs').flatMap((s) => s.disclosures);
    expect(defs).toHaveLength(104);
    for (const def of defs) {
      expect(def.note).toMatch(/^Starts at paragraph \d+ \((confirmed in a page quoting the adopted text, secondary|memory)\)/);
      expect(['secondary', 'memory']).toContain(def.confidence);
    }
    expect(defs.filter((d) => /^[ESG]\d-\d+$/.test(d.code)).map((d) => d.code.split('-')[0]).reduce<Record<string, number>>((n, t) => ({ ...n, [t!]: (n[t!] ?? 0) + 1 }), {})).toEqual({
      E1: 9, E2: 6, E3: 5, E4: 6, E5: 6, S1: 17, S2: 5, S3: 5, S4: 5, G1: 6,
    });
  });

  test('the Appendix B datapoints are requirement items, the phase-ins notes, and ESRS 2 is cross-cutting', () => {
    const defs = of('esrs').flatMap((s) => s.disclosures);
    expect(defs.flatMap((d) => d.requirements)).toHaveLength(57);
    expect(defs.find((d) => d.id === 'ESRS E1-6')!.requirements.map((r) => r.id)).toEqual(['E1-6-44', 'E1-6-53-55']);
    expect(defs.find((d) => d.id === 'ESRS E1-6')!.note).toContain('may omit Scope 3 and total GHG emissions in the first year');
    const esrs2 = of('esrs').find((s) => s.topic === 'ESRS 2')!;
    expect(esrs2.groups!.map((g) => g.dimension)).toEqual(['cross-cutting', 'appendix-b']);
    expect(esrs2.effective).toMatchObject({ from: '2024-01-01', basis: 'reporting-period' });
  });
});

describe('China MoF (cn-mof)', () => {
  test('Climate Standard No. 1: 47 articles in six chapters, core elements mandatory, Chinese and English titles', () => {
    const climate = of('cn-mof').find((s) => s.topic === 'CSDS Climate')!;
    expect(climate.titleZh).toBe('企业可持续披露准则第1号——气候（试行）');
    expect(climate.disclosures).toHaveLength(47);
    expect(climate.groups!.map((g) => [g.titleZh, g.members.length, g.level ?? null])).toEqual([
      ['总则', 4, null],
      ['治理', 5, 'mandatory'],
      ['战略', 11, 'mandatory'],
      ['风险和机遇管理', 5, 'mandatory'],
      ['指标和目标', 21, 'mandatory'],
      ['附则', 1, null],
    ]);
    expect(climate.effective.from).toBeUndefined();
    expect(climate.effective.note).toContain('由企业自愿实施');
  });

  test('Basic Standard: present, its articles left out (final numbering not confirmed) and said so', () => {
    const basic = of('cn-mof').find((s) => s.topic === 'CSDS Basic')!;
    expect(basic.disclosures).toEqual([]);
    expect(basic.note).toMatch(/^Articles are NOT modelled/);
    expect(basic.groups!.map((g) => g.titleZh)).toEqual(['治理', '战略', '风险和机遇管理', '指标和目标']);
  });
});
