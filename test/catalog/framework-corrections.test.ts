// Issue 17 corrections outside GRI: the exchanges (SZSE/BSE 46, BSE 3), IFRS S2 18-21 and the climate
// crosswalk (TCFD RM(a) <-> S2 25(b), every SASB "Gross global Scope 1 emissions" metric).
import { loadCatalog } from '../../src/catalog/index.js';
import type { CrosswalkLink, DisclosureDef } from '../../src/model/catalog.js';

const catalog = loadCatalog();
const only = (id: string): DisclosureDef => {
  const versions = catalog.byId.get(id);
  if (!versions || versions.length !== 1) throw new Error(`${id}: ${versions?.length ?? 0} versions`);
  return versions[0]!;
};
const linksBetween = (a: string, b: string): CrosswalkLink[] =>
  catalog.crosswalk.filter((l) => (l.from === a && l.to === b) || (l.from === b && l.to === a));

describe('SZSE / BSE', () => {
  test('SZSE 46 <-> BSE 46 is partial and names the dropped RMB 30 bn trigger', () => {
    const [link, ...rest] = linksBetween('SZSE 46', 'BSE 46');
    expect(rest).toEqual([]);
    expect(link).toMatchObject({ type: 'partial', confidence: 'official' });
    expect(link!.note).toMatch(/30 ?bn/);
  });

  test('SZSE 46 <-> SSE 46 stays equivalent (same text)', () => {
    expect(linksBetween('SZSE 46', 'SSE 46').map((l) => l.type)).toEqual(['equivalent']);
  });

  test('BSE 3 has no mandatory reporters in its title; SZSE 3 keeps both', () => {
    expect(only('BSE 3').title).not.toMatch(/mandatory/i);
    expect(only('BSE 3').title).toMatch(/voluntary/);
    expect(only('SZSE 3').title).toMatch(/mandatory and voluntary/);
  });

  test('the BSE 46 note does not state the RMB 30 bn trigger as BSE\'s own', () => {
    const note = only('BSE 46').note!;
    expect(note).not.toMatch(/> RMB 30bn or/);
    expect(note).toMatch(/exceed 50% of total assets/);
    const group = catalog.standards.find((s) => s.framework === 'bse')!.groups!.find((g) => g.members.includes('BSE 46'))!;
    expect(group.note).not.toMatch(/> RMB 30bn or/);
  });
});

describe('IFRS S2 18-21 and the climate crosswalk', () => {
  test('paragraphs 18-21 each carry their own title, not the block\'s', () => {
    const s2 = catalog.standardById.get('IFRS S2 Climate-related Disclosures 2023')!;
    const titles = ['18', '19', '20', '21'].map((p) => s2.disclosures.find((d) => d.id === `IFRS S2 ${p}`)!.title);
    expect(new Set(titles).size).toBe(4);
    expect(titles[0]).toMatch(/reasonable and supportable information/);
    expect(titles.join()).not.toMatch(/paragraphs 18-21/);
  });

  test('TCFD Risk management a <-> IFRS S2 25(b) is marked weak (risks vs opportunities)', () => {
    const [link] = linksBetween('TCFD Risk management a', 'IFRS S2 25(b)');
    expect(link).toMatchObject({ type: 'partial', confidence: 'memory' });
    expect(link!.note).toMatch(/^Weak: .*opportunities/);
  });

  test('every SASB metric reading exactly "Gross global Scope 1 emissions" is linked to GRI 305-1 as equivalent', () => {
    const exact = [...catalog.byId.values()].flat()
      .filter((d) => d.framework === 'sasb' && d.title === 'Gross global Scope 1 emissions').map((d) => d.id).sort();
    expect(exact).toHaveLength(9);
    for (const id of exact) expect(linksBetween('GRI 305-1', id).map((l) => l.type)).toEqual(['equivalent']);
  });
});

describe('SASB advertising wording', () => {
  test.each(['SASB TC-SI-220a.1', 'SASB TC-IM-220a.1', 'SASB TC-TL-220a.1', 'SASB SV-AD-220a.1', 'SASB CG-EC-220a.2'])(
    '%s reads "behavioral advertising" (settled from the transcriptions found) and says so in its note',
    (id) => {
      const d = only(id);
      expect(d.title).toMatch(/relating to behavioral advertising and (user|customer|consumer) privacy$/);
      expect(d.title).not.toMatch(/targeted|behavioural/);
      expect(d).toMatchObject({ flagged: true, confidence: 'secondary' });
      expect(d.note).toMatch(/Wording settled \(issue 17\): "behavioral advertising".*Official SASB text not found/);
    },
  );

  test('SV-AD-220a.2 keeps "targeted": a different metric (impressions targeted to custom audiences)', () => {
    expect(only('SASB SV-AD-220a.2').title).toMatch(/targeted to custom audiences/);
  });
});

describe('HKEX Part D doubts are in the data', () => {
  const code = catalog.standardById.get('HKEX Appendix C2 ESG Reporting Code 2025')!;
  const d = (id: string) => code.disclosures.find((x) => x.id === id)!;

  test('D-28: mandatory for Scope 1 and 2, the Scope 3 phasing flagged', () => {
    expect(d('HKEX D-28')).toMatchObject({ level: 'mandatory', flagged: true });
    expect(d('HKEX D-28').note).toMatch(/Level doubt: .*LargeCap issuers from FY2026/);
  });

  test('D-33 … D-41: the order doubt (guidance order, missing remuneration paragraph) flagged; no "content not identified" title', () => {
    for (let n = 33; n <= 41; n++) {
      expect(d(`HKEX D-${n}`).flagged).toBe(true);
      expect(d(`HKEX D-${n}`).note).toMatch(/Order doubt: .*remuneration/);
      expect(d(`HKEX D-${n}`).title).not.toMatch(/paragraph content not identified/);
    }
    expect(code.groups!.find((g) => g.id === 'part-d-metrics-and-targets')!.note).toMatch(/remuneration paragraph/);
  });
});
