// The engine on small realistic reports: what ranks first, how scores behave, what is unanswered.
import { suggestForReport } from '../../src/suggest/index.js';
import type { DisclosureSuggestion, ReportSuggestions } from '../../src/model/suggestion.js';
import { CHINESE, ENGLISH, catalog, report } from './reports.js';

const find = (result: ReportSuggestions, id: string): DisclosureSuggestion => {
  const suggestion = result.suggestions.find((s) => s.disclosure === id);
  if (!suggestion) throw new Error(`no suggestion for ${id}`);
  return suggestion;
};
const all = { top: 10, minScore: 0 };

describe('English report', () => {
  const result = suggestForReport(report(ENGLISH), catalog, all);

  test('the GHG section with its KPI table ranks first for GRI 305-1 and 305-2, with a strong score', () => {
    for (const id of ['GRI 305-1', 'GRI 305-2']) {
      const [first] = find(result, id).candidates;
      expect(first).toMatchObject({ section: 'Greenhouse gas emissions', headingPath: ['Northwind Pumps 2025 Sustainability Report', 'Climate and environment', 'Greenhouse gas emissions'], file: 'report.md', line: 30, page: 14 });
      expect(first!.score).toBeGreaterThanOrEqual(0.7);
    }
  });

  test('a section with a Scope 1 KPI row beats sections that mention emissions in passing', () => {
    const ranked = find(result, 'GRI 305-1').candidates.map((c) => c.section);
    const table = ranked.indexOf('Environmental performance data');
    expect(table).toBeGreaterThan(0);
    for (const passing of ['Our commitment to the environment', 'Letter from our CEO']) {
      expect(ranked).toContain(passing);
      expect(table).toBeLessThan(ranked.indexOf(passing));
    }
    const score = (section: string): number => find(result, 'GRI 305-1').candidates.find((c) => c.section === section)?.score ?? 0;
    expect(score('Environmental performance data')).toBeGreaterThan(score('Our commitment to the environment'));
  });

  test('evidence says why: phrases found and where, the unit in a KPI row', () => {
    const [first] = find(result, 'GRI 305-1').candidates;
    expect(first!.evidence).toEqual(expect.arrayContaining(['unit: tCO2e']));
    expect(find(result, 'GRI 2-7').candidates[0]).toMatchObject({ section: 'Employees', evidence: expect.arrayContaining(['heading: Employees']) });
  });

  test('other disclosures find their sections', () => {
    expect(find(result, 'GRI 2-7').candidates[0]!.section).toBe('Employees');
    expect(find(result, 'GRI 205-2').candidates[0]!.section).toBe('Anti-corruption');
    expect(find(result, 'GRI 2-22').candidates[0]!.section).toBe('Letter from our CEO');
  });

  test('scores are in [0, 1], with two decimals, best first; ties in document order', () => {
    for (const suggestion of result.suggestions) {
      const scores = suggestion.candidates.map((c) => c.score);
      for (const s of scores) {
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(Math.round(s * 100) / 100).toBe(s);
      }
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    }
  });

  test('disclosures come in catalog order, each once, with what the claim requires', () => {
    const ids = result.suggestions.map((s) => s.disclosure);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.indexOf('GRI 2-1')).toBeLessThan(ids.indexOf('GRI 2-30'));
    expect(ids.indexOf('GRI 205-1')).toBeLessThan(ids.indexOf('GRI 305-1'));
    expect(find(result, 'GRI 305-1')).toMatchObject({ title: 'Direct (Scope 1) GHG emissions', required: true, tagged: false, answered: false });
  });

  test('same report, same result', () => {
    expect(JSON.stringify(suggestForReport(report(ENGLISH), catalog, all))).toBe(JSON.stringify(result));
  });
});

describe('minimum score and unanswered', () => {
  const result = suggestForReport(report(ENGLISH), catalog);

  test('by default, top 3 candidates scoring 0.5 or more', () => {
    for (const s of result.suggestions) {
      expect(s.candidates.length).toBeLessThanOrEqual(3);
      for (const c of s.candidates) expect(c.score).toBeGreaterThanOrEqual(0.5);
    }
    expect(find(result, 'GRI 305-1').candidates.length).toBeGreaterThan(0);
  });

  test('a required disclosure the report does not answer is unanswered; one it answers is not', () => {
    // Nothing in the report is about remuneration, compliance or the material topics process.
    expect(result.unanswered).toEqual(expect.arrayContaining(['GRI 2-19', 'GRI 2-21', 'GRI 2-27']));
    expect(result.unanswered).not.toContain('GRI 305-1');
    expect(result.unanswered).not.toContain('GRI 2-7');
    // Unanswered ids are required, have no candidate, and are listed in catalog order.
    for (const id of result.unanswered) expect(find(result, id)).toMatchObject({ required: true, candidates: [] });
    const order = result.suggestions.map((s) => s.disclosure);
    expect([...result.unanswered].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(result.unanswered);
  });

  test('a higher --min-score lists fewer candidates and leaves more unanswered', () => {
    const strict = suggestForReport(report(ENGLISH), catalog, { minScore: 0.95 });
    expect(strict.unanswered.length).toBeGreaterThan(result.unanswered.length);
    expect(strict.suggestions.flatMap((s) => s.candidates).length).toBeLessThan(result.suggestions.flatMap((s) => s.candidates).length);
  });
});

describe('Chinese report', () => {
  const result = suggestForReport(report(CHINESE), catalog, all);

  test('温室气体排放 with its 范围一 table ranks first for GRI 305-1, ahead of the chairman\'s letter', () => {
    const ranked = find(result, 'GRI 305-1').candidates;
    expect(ranked[0]).toMatchObject({ section: '温室气体排放', headingPath: ['华东泵业 2025年可持续发展报告', '应对气候变化', '温室气体排放'] });
    expect(ranked[0]!.score).toBeGreaterThanOrEqual(0.7);
    const letter = ranked.find((c) => c.section === '董事长致辞');
    if (letter) expect(letter.score).toBeLessThan(0.5);
  });

  test('员工构成 answers GRI 2-7', () => {
    expect(find(result, 'GRI 2-7').candidates[0]!.section).toBe('员工构成');
  });
});

describe('Traditional Chinese report (Hong Kong style)', () => {
  // The Chinese report above as a Hong Kong issuer would write it: Traditional characters throughout.
  const TRADITIONAL = `---
title: 華東泵業 2025年可持續發展報告
published: 2026-04-20
period: { start: 2025-01-01, end: 2025-12-31 }
language: zh
frameworks:
  gri:
    claim: in-accordance
    material-topics: [GRI 305]
---

# 華東泵業 2025年可持續發展報告

## 董事長致辭

2025年，公司堅持綠色發展理念，持續推進節能減排，營業收入同比增長8%。

## 應對氣候變化

### 溫室氣體排放

2025年範圍一溫室氣體排放為 12,300 噸二氧化碳當量，主要來自天然氣燃燒和柴油；範圍二（基於市場）排放為 31,800 噸二氧化碳當量。

| 指標 | 單位 | 2024年 | 2025年 |
|---|---|---:|---:|
| 範圍一溫室氣體排放 | 噸二氧化碳當量 | 13,100 | 12,300 |

## 僱員

### 僱員構成

截至2025年末，公司共有僱員2,350人，其中全職僱員2,200人，兼職僱員150人。
`;
  const result = suggestForReport(report(TRADITIONAL), catalog, all);

  test('溫室氣體排放 (Traditional) meets the Simplified descriptors: first for GRI 305-1 with a strong score', () => {
    const [first] = find(result, 'GRI 305-1').candidates;
    expect(first).toMatchObject({ section: '溫室氣體排放' });
    expect(first!.score).toBeGreaterThanOrEqual(0.7);
  });

  test('the headings are shown as written, not folded', () => {
    expect(find(result, 'GRI 2-7').candidates[0]).toMatchObject({ section: '僱員構成', headingPath: ['華東泵業 2025年可持續發展報告', '僱員', '僱員構成'] });
  });
});

describe('tags', () => {
  // Two sections with the same words; only the second is tagged.
  const TAGGED = `---
published: 2026-03-31
frameworks:
  gri:
    claim: in-accordance
    material-topics: [GRI 305]
---

# Report

## Emissions A

Gross direct (Scope 1) GHG emissions were 14,630 tCO2e from natural gas and diesel combustion.

## Emissions B

<!-- disclose: GRI 305-1 -->

Gross direct (Scope 1) GHG emissions were 14,630 tCO2e from natural gas and diesel combustion.
`;

  test('without ignoreTags: the tagged disclosure is tagged and answered', () => {
    const result = suggestForReport(report(TAGGED), catalog, all);
    expect(find(result, 'GRI 305-1')).toMatchObject({ tagged: true, answered: true });
  });

  test('ignoreTags hides the tags: same scores for the two sections, document order first, nothing tagged', () => {
    const result = suggestForReport(report(TAGGED), catalog, { ...all, ignoreTags: true });
    const suggestion = find(result, 'GRI 305-1');
    expect(suggestion).toMatchObject({ tagged: false, answered: false });
    const [a, b] = suggestion.candidates;
    expect([a!.section, b!.section]).toEqual(['Emissions A', 'Emissions B']);
    expect(a!.score).toBe(b!.score);
  });

  test('the tag text never reaches a section: the tagged section reads like the untagged one', () => {
    const plain = suggestForReport(report(TAGGED.replace('<!-- disclose: GRI 305-1 -->', '')), catalog, { ...all, ignoreTags: true });
    const hidden = suggestForReport(report(TAGGED), catalog, { ...all, ignoreTags: true });
    const scores = (r: ReportSuggestions): number[] => find(r, 'GRI 305-1').candidates.map((c) => c.score);
    expect(scores(hidden)).toEqual(scores(plain));
  });
});

describe('exchange guideline topics', () => {
  const SZSE = `---
published: 2026-04-28
language: zh
frameworks:
  szse: {}
---

# 2025年可持续发展报告

## 应对气候变化

2025年范围一、范围二温室气体排放合计 48,200 吨二氧化碳当量。公司制定了碳达峰碳中和目标和减排路径。

| 指标 | 单位 | 2025年 |
|---|---|---:|
| 范围一温室气体排放 | 吨二氧化碳当量 | 12,300 |
`;

  test('the articles of each topic are asked about; a topic none of whose articles is found is unanswered', () => {
    const result = suggestForReport(report(SZSE), catalog);
    const climate = result.suggestions.find((s) => s.disclosure === 'SZSE 24');
    expect(climate?.candidates[0]?.section).toBe('应对气候变化');
    expect(result.unanswered).not.toContain('SZSE 24');
    // Nothing about anti-corruption (反商业贿赂及反贪污): its articles are unanswered.
    const unanswered = new Set(result.unanswered);
    const antiCorruption = catalog.standards
      .filter((s) => s.framework === 'szse')
      .flatMap((s) => s.groups ?? [])
      .find((g) => g.titleZh === '反商业贿赂及反贪污');
    expect(antiCorruption).toBeDefined();
    for (const id of antiCorruption!.members) expect(unanswered.has(id)).toBe(true);
  });
});
