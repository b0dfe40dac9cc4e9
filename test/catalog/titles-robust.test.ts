// Printed titles against official ones, with the damage real indexes show (domain.md §6, §7): retyping,
// British spelling, PDF text (lost ligatures, hyphen breaks, glued words), truncation, titles pasted from
// another row, and the near-misses between the 2016 and 2021 editions that must stay different.
import {
  compareStandardLabel,
  compareTitle,
  findTitleMatches,
  loadCatalog,
  parseStandardLabel,
  titleKey,
  titlesMatch,
  type TitleComparison,
} from '../../src/catalog/index.js';
import type { DisclosureDef } from '../../src/model/catalog.js';

const catalog = loadCatalog();
// GRI only: an index is audited against GRI titles; SASB repeats one metric title across industries.
const defs: DisclosureDef[] = catalog.standards.filter((s) => s.framework === 'gri').flatMap((s) => s.disclosures);
const official = (id: string, standard?: string): string => {
  const def = defs.find((d) => d.id === id && (standard === undefined || d.standard === standard));
  if (!def) throw new Error(`no ${id} ${standard ?? ''}`);
  return def.title;
};

// [printed, official, expected]
const cases: [string, string, TitleComparison][] = [
  // exact: the same text, up to white space and NFKC (a ligature character is the letters it stands for)
  ['Organizational details', official('GRI 2-1'), 'exact'],
  ['  Organizational   details ', official('GRI 2-1'), 'exact'],
  ['Signiﬁcant spills', official('GRI 306-3', 'GRI 306: Effluents and Waste 2016'), 'exact'],
  ['Ｅｍｐｌｏｙｅｅｓ', official('GRI 2-7'), 'exact'],
  // retyped: case, punctuation, quotes, dashes, &, trailing period, code prefix
  ['ORGANIZATIONAL DETAILS', official('GRI 2-1'), 'equivalent'],
  ['Organizational details.', official('GRI 2-1'), 'equivalent'],
  ['Disclosure 2-1: Organizational details', official('GRI 2-1'), 'equivalent'],
  ['Disclosure 2-1 Organizational details', official('GRI 2-1'), 'equivalent'],
  ['2-1 Organizational details', official('GRI 2-1'), 'equivalent'],
  ['GRI 2-1：Organizational details', official('GRI 2-1'), 'equivalent'],
  ["Entities included in the organization's sustainability reporting", official('GRI 2-2'), 'equivalent'],
  ['“Statement from senior decision-maker”', official('GRI 102-14'), 'equivalent'],
  ['Statement from senior decision maker', official('GRI 102-14'), 'equivalent'],
  ['Activities, value chain & other business relationships', official('GRI 2-6'), 'equivalent'],
  ['Reporting period, frequency, and contact point', official('GRI 2-3'), 'equivalent'],
  ['Management Of Material Topics', official('GRI 3-3'), 'equivalent'],
  ['Communication and training about anti–corruption policies and procedures', official('GRI 205-2'), 'equivalent'],
  // British spelling
  ['Organisational details', official('GRI 2-1'), 'equivalent'],
  ['Entities included in the organisation’s sustainability reporting', official('GRI 2-2'), 'equivalent'],
  ['Programmes for upgrading employee skills and transition assistance programmes', official('GRI 404-2'), 'equivalent'],
  ['Requirements for product and service information and labelling', official('GRI 417-1'), 'equivalent'],
  ['Nitrogen oxides (NOx), sulphur oxides (SOx), and other significant air emissions', official('GRI 305-7'), 'equivalent'],
  ['Legal actions for anti-competitive behaviour, anti-trust, and monopoly practices', official('GRI 206-1'), 'equivalent'],
  ['Operations and suppliers at significant risk for incidents of child labour', official('GRI 408-1'), 'equivalent'],
  // hyphen breaks and glued words from PDF text
  ['Communication and training about anti- corruption policies and procedures', official('GRI 205-2'), 'equivalent'],
  ['Communication and training about anti-\ncorruption policies and procedures', official('GRI 205-2'), 'equivalent'],
  ['Communication and training about anticorruption policies and procedures', official('GRI 205-2'), 'equivalent'],
  ['Operations assessed for risks related to corrup- tion', official('GRI 205-1'), 'equivalent'],
  ['Directeconomic value generated anddistributed', official('GRI 201-1'), 'equivalent'],
  ['Benefits provided to full-time employees that are not provided to temporary or part-time employees', official('GRI 401-2'), 'equivalent'],
  // lost ligatures: dropped, replaced by `?`, U+FFFD or a space
  ['Signifcant spills', official('GRI 306-3', 'GRI 306: Effluents and Waste 2016'), 'equivalent'],
  ['Signi?cant spills', official('GRI 306-3', 'GRI 306: Effluents and Waste 2016'), 'equivalent'],
  ['Signi\uFFFDcant spills', official('GRI 306-3', 'GRI 306: Effluents and Waste 2016'), 'equivalent'],
  ['Signi cant spills', official('GRI 306-3', 'GRI 306: Effluents and Waste 2016'), 'equivalent'],
  ['Signicant indirect economic impacts', official('GRI 203-2'), 'equivalent'],
  ['Con?icts of interest', official('GRI 2-15'), 'equivalent'],
  ['Conicts of interest', official('GRI 2-15'), 'equivalent'],
  ['Water bodies a?ected by water discharges and/or runo?', official('GRI 306-5', 'GRI 306: Effluents and Waste 2016'), 'equivalent'],
  ['Bene ts provided to full-time employees that are not provided to temporary or part time employees', official('GRI 401-2'), 'equivalent'],
  ['Efcient use of materials', 'Efficient use of materials', 'equivalent'],
  ['Head ofce location', 'Head office location', 'equivalent'],
  ['Head o?ce location', 'Head office location', 'equivalent'],
  // truncated: a strict prefix of at least 60%, with or without an ellipsis
  ['Operations and suppliers at significant risk for incidents of child', official('GRI 408-1'), 'truncated'],
  ['Operations and suppliers at significant risk for incidents of child…', official('GRI 408-1'), 'truncated'],
  ['Operations and suppliers at significant risk for incidents of child...', official('GRI 408-1'), 'truncated'],
  ['Role of the highest governance body in overseeing the management', official('GRI 2-12'), 'truncated'],
  // An ellipsis marks a deliberate cut: a quarter of the title is enough to name it.
  ['Operations and suppliers at…', official('GRI 408-1'), 'truncated'],
  ['Signi?cant impacts of activities, products and services on biodiver…', official('GRI 304-2'), 'truncated'],
  // different: too short to be a truncation, pasted from another row, and the 2016/2021 near-misses
  ['Role of the highest governance body', official('GRI 2-12'), 'different'],
  ['Energy consumption', official('GRI 302-1'), 'different'],
  ['Operations…', official('GRI 408-1'), 'different'],
  [official('GRI 418-1'), official('GRI 417-1'), 'different'],
  ['Total energy consumption (MWh)', official('GRI 2-1'), 'different'],
  ['Name of the organization', official('GRI 2-1'), 'different'],
  ['Membership associations', official('GRI 102-13'), 'different'],
  ['Membership of associations', official('GRI 2-28'), 'different'],
  ['Communicating critical concerns', official('GRI 2-16'), 'different'],
  ['Process for determining remuneration', official('GRI 2-20'), 'different'],
  ['Reduction of energy consumption', official('GRI 103-5'), 'different'],
  ['Waste generation', official('GRI 306-3', 'GRI 306: Waste 2020'), 'different'],
  ['Scope 1 GHG emissions', official('GRI 305-1'), 'different'],
  ['Direct (Scope 1) GHG emissions', official('GRI 305-2'), 'different'],
  ['Evaluation of the management approach', official('GRI 103-2', 'GRI 103: Management Approach 2016'), 'different'],
  ['', official('GRI 2-7'), 'different'],
  ['…', official('GRI 2-7'), 'different'],
  ['Disclosure 2-1:', official('GRI 2-1'), 'different'],
];

describe('compareTitle', () => {
  test('the table has the promised breadth', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    for (const verdict of ['exact', 'equivalent', 'truncated', 'different'] as const) {
      expect(cases.filter((c) => c[2] === verdict).length).toBeGreaterThan(2);
    }
  });

  test.each(cases)('%j vs %j -> %s', (printed, title, expected) => {
    expect(compareTitle(printed, title)).toBe(expected);
  });

  test('titlesMatch is compareTitle saying exact or equivalent, both ways', () => {
    for (const [printed, title, expected] of cases) {
      const same = expected === 'exact' || expected === 'equivalent';
      expect([printed, titlesMatch(printed, title), titlesMatch(title, printed)]).toEqual([printed, same, same]);
    }
  });

  test('linear time: long hostile input compares at once', () => {
    const hostile = ['- '.repeat(50_000), 'f'.repeat(100_000), `Disclosure ${'1'.repeat(50_000)}-${' '.repeat(50_000)}`, '?'.repeat(100_000)];
    const started = Date.now();
    for (const text of hostile) {
      compareTitle(text, official('GRI 2-1'));
      compareTitle(text + 'x', text);
    }
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('official titles never collide', () => {
  // Identical titles shared by two codes: each pair is one disclosure carried into a later edition
  // (102-x -> 2-x / 3-x in 2021, 305-4 -> 102-8 and 302-3 -> 103-4 in 2025).
  const SHARED = [
    ['GRI 102-23', 'GRI 2-11'],
    ['GRI 102-25', 'GRI 2-15'],
    ['GRI 102-35', 'GRI 2-19'],
    ['GRI 102-38', 'GRI 2-21'],
    ['GRI 102-41', 'GRI 2-30'],
    ['GRI 102-43', 'GRI 2-29'],
    ['GRI 102-47', 'GRI 3-2'],
    ['GRI 102-48', 'GRI 2-4'],
    ['GRI 102-56', 'GRI 2-5'],
    ['GRI 103-4', 'GRI 302-3'],
    ['GRI 102-8', 'GRI 305-4'],
  ];

  const groups = new Map<string, DisclosureDef[]>();
  for (const def of defs) groups.set(titleKey(def.title), [...(groups.get(titleKey(def.title)) ?? []), def]);

  test('no two distinct official titles of different codes are equivalent', () => {
    const collisions = [...groups.values()]
      .filter((g) => new Set(g.map((d) => d.id)).size > 1 && new Set(g.map((d) => d.title)).size > 1)
      .map((g) => g.map((d) => `${d.id} ${d.title}`));
    expect(collisions).toEqual([]);
  });

  test('codes that share an identical title are successive editions of one disclosure', () => {
    const shared = [...groups.values()]
      .filter((g) => new Set(g.map((d) => d.id)).size > 1)
      .map((g) => [...new Set(g.map((d) => d.id))].sort());
    expect(shared.sort()).toEqual(SHARED.map((p) => [...p].sort()).sort());
    for (const group of groups.values()) {
      if (new Set(group.map((d) => d.id)).size < 2) continue;
      // The older one names the newer as its replacement.
      const linked = group.some((a) => group.some((b) => a.supersededBy.includes(b.id)));
      expect([group.map((d) => d.id), linked]).toEqual([group.map((d) => d.id), true]);
    }
  });

  test('one official title is a truncation of another: Water withdrawal (303-3, 2018) of Water withdrawal by source (303-1, 2016)', () => {
    const unique = [...new Map(defs.map((d) => [`${d.id}|${d.title}`, d])).values()];
    const truncations: string[] = [];
    for (const a of unique) for (const b of unique) if (a.id !== b.id && compareTitle(a.title, b.title) === 'truncated') truncations.push(`${a.id} < ${b.id}`);
    expect(truncations).toEqual(['GRI 303-3 < GRI 303-1']);
  });
});

describe('findTitleMatches', () => {
  test('finds the codes a printed title belongs to, in spite of PDF damage', () => {
    expect(findTitleMatches(catalog, 'Worker training on occupational health and safety').map((d) => d.id)).toEqual(['GRI 403-5']);
    expect(findTitleMatches(catalog, 'Worker training on occupational health and safety.').map((d) => d.id)).toEqual(['GRI 403-5']);
    expect(findTitleMatches(catalog, 'Signi?cant spills').map((d) => `${d.id} ${d.standard}`)).toEqual(['GRI 306-3 GRI 306: Effluents and Waste 2016']);
    expect(findTitleMatches(catalog, 'Organisational details').map((d) => d.id)).toEqual(['GRI 2-1']);
    expect(findTitleMatches(catalog, 'Nothing like a GRI title')).toEqual([]);
    expect(findTitleMatches(catalog, '')).toEqual([]);
  });

  test('a title shared by two editions: the dates put the version in effect first', () => {
    const ids = (published: string) => findTitleMatches(catalog, 'Restatements of information', { published }).map((d) => d.id);
    expect(ids('2021-06-30')).toEqual(['GRI 102-48', 'GRI 2-4']);
    expect(ids('2024-04-30')).toEqual(['GRI 2-4', 'GRI 102-48']);
    expect(findTitleMatches(catalog, 'Energy intensity', { published: '2028-04-30' }).map((d) => d.id)).toEqual(['GRI 103-4', 'GRI 302-3']);
  });

  test('fast for thousands of rows', () => {
    const titles = defs.map((d) => d.title);
    const started = Date.now();
    let found = 0;
    for (let i = 0; i < 5000; i++) found += findTitleMatches(catalog, `${titles[i % titles.length]!.toUpperCase()}.`).length;
    expect(found).toBeGreaterThanOrEqual(5000);
    expect(Date.now() - started).toBeLessThan(1500);
  });
});

describe('standard labels', () => {
  test.each([
    ['GRI 305: Emissions 2016', { topic: 'GRI 305', name: 'Emissions', year: 2016 }],
    ['GRI 305 Emissions', { topic: 'GRI 305', name: 'Emissions' }],
    ['GRI 3: Material Issues', { topic: 'GRI 3', name: 'Material Issues' }],
    ['GRI 2：一般披露 2021', { topic: 'GRI 2', name: '一般披露', year: 2021 }],
    ['GRI 2: General Disclosures 2021', { topic: 'GRI 2', name: 'General Disclosures', year: 2021 }],
    ['■ GRI 403: Occupational Health and Safety (2018)', { topic: 'GRI 403', name: 'Occupational Health and Safety', year: 2018 }],
    ['GRI 402: Labor/Management Relations 2016', { topic: 'GRI 402', name: 'Labor/Management Relations', year: 2016 }],
    ['GRI 305', { topic: 'GRI 305' }],
    ['gri305 2016', { topic: 'GRI 305', year: 2016 }],
    ['GRI 2-1', {}],
    ['Economic performance', { name: 'Economic performance' }],
  ])('parseStandardLabel(%j)', (text, expected) => {
    expect(parseStandardLabel(text)).toEqual(expected);
  });

  const judge = (text: string, published = '2024-04-30') => {
    const r = compareStandardLabel(catalog, text, { published });
    return [r.verdict, (r.expected ?? []).map((s) => s.id)];
  };

  test.each([
    ['GRI 305: Emissions 2016', 'exact', ['GRI 305: Emissions 2016']],
    ['GRI 305 Emissions 2016', 'exact', ['GRI 305: Emissions 2016']],
    ['GRI 2: General Disclosures 2021', 'exact', ['GRI 2: General Disclosures 2021']],
    ['GRI 2：一般披露 2021', 'exact', ['GRI 2: General Disclosures 2021']],
    ['GRI 11 Oil and Gas 2021', 'exact', ['GRI 11: Oil and Gas Sector 2021']],
    ['GRI 305 Emissions', 'no-year', ['GRI 305: Emissions 2016']],
    ['GRI 403: Occupational Health and Safety', 'no-year', ['GRI 403: Occupational Health and Safety 2018']],
    ['GRI 3: Material Issues', 'wrong-name', ['GRI 3: Material Topics 2021']],
    ['GRI 202 Market Performance', 'wrong-name', ['GRI 202: Market Presence 2016']],
    ['GRI 202: Market Performance 2016', 'wrong-name', ['GRI 202: Market Presence 2016']],
    ['GRI 303: Water and Effluents 2016', 'wrong-year', ['GRI 303: Water and Effluents 2018']],
    ['GRI 306: Waste 2016', 'wrong-year', ['GRI 306: Waste 2020']],
    ['GRI 999: Nothing 2016', 'unknown-standard', []],
    ['Not a label', 'unknown-standard', []],
  ])('compareStandardLabel(%j)', (text, verdict, expected) => {
    expect(judge(text)).toEqual([verdict, expected]);
  });

  test('GRI 101/102/103: the name and year choose between 2016 and 2024/2025, else the dates', () => {
    expect(judge('GRI 101: Foundation 2016')).toEqual(['exact', ['GRI 101: Foundation 2016']]);
    expect(judge('GRI 101: Biodiversity 2024', '2026-04-30')).toEqual(['exact', ['GRI 101: Biodiversity 2024']]);
    expect(judge('GRI 102: General Disclosures', '2028-04-30')).toEqual(['no-year', ['GRI 102: General Disclosures 2016']]);
    expect(judge('GRI 102: Climate Change', '2021-04-30')).toEqual(['no-year', ['GRI 102: Climate Change 2025']]);
    expect(judge('GRI 103: Management Approach 2025')).toEqual(['wrong-year', ['GRI 103: Management Approach 2016']]);
    expect(judge('GRI 102', '2021-04-30')).toEqual(['no-year', ['GRI 102: General Disclosures 2016']]);
    expect(judge('GRI 102', '2028-04-30')).toEqual(['no-year', ['GRI 102: Climate Change 2025']]);
    expect(judge('GRI 103 2025')).toEqual(['exact', ['GRI 103: Energy 2025']]);
    expect(compareStandardLabel(catalog, 'GRI 102', {}).versions.map((s) => s.id)).toEqual(['GRI 102: General Disclosures 2016', 'GRI 102: Climate Change 2025']);
  });
});
