// What suggest looks for beyond what a claim requires (issue 15, item 1): "with reference" reports, --all,
// --standards filters, and a true message when nothing is asked.
import { suggestForReport } from '../../src/suggest/index.js';
import { formatSuggestionsStylish } from '../../src/formatters/suggestions.js';
import { parseStandardFilter, standardLabels, unknownStandardFilters } from '../../src/suggest/asked-scope.js';
import { catalog, report } from './reports.js';

/** A "with reference" report in the style of a Chinese issuer's English edition: GRI cited, nothing tagged. */
const WITH_REFERENCE = `---
title: Eastbay Optics 2025 ESG Report
published: 2026-04-20
period: { start: 2025-01-01, end: 2025-12-31 }
language: en
frameworks:
  gri:
    claim: with-reference
    material-topics: [GRI 305, GRI 403]
---

# Eastbay Optics 2025 ESG Report

## About this report

This report covers Eastbay Optics and its subsidiaries for the calendar year 2025 and is published once a
year. Questions about it go to the ESG office.

## Greenhouse gas emissions

Our direct (Scope 1) GHG emissions came from natural gas boilers and the vehicle fleet; energy indirect
(Scope 2) emissions from purchased electricity. Both are calculated with the GHG Protocol.

| Indicator | Unit | 2025 |
| --- | --- | --- |
| Scope 1 GHG emissions | tCO2e | 3,120 |
| Scope 2 GHG emissions | tCO2e | 18,400 |

## Occupational health and safety

Our occupational health and safety management system is certified to ISO 45001 and covers every worker
at our plants. Hazard identification and risk assessment run before each line change.
`;

const options = { top: 3, minScore: 0 };
const ids = (text: string, extra: object = {}): string[] => suggestForReport(report(text), catalog, { ...options, ...extra }).suggestions.map((s) => s.disclosure);

describe('"with reference"', () => {
  test('asks for the universal disclosures and those of the declared material topics, none of them required', () => {
    const result = suggestForReport(report(WITH_REFERENCE), catalog, options);
    const asked = result.suggestions.map((s) => s.disclosure);
    expect(asked).toEqual(expect.arrayContaining(['GRI 2-1', 'GRI 2-3', 'GRI 305-1', 'GRI 305-2', 'GRI 403-1', 'GRI 403-2']));
    expect(asked).not.toContain('GRI 401-1');
    expect(result.suggestions.every((s) => !s.required)).toBe(true);
    expect(result.unanswered).toEqual([]);
    expect(result.suggestions.find((s) => s.disclosure === 'GRI 305-1')!.candidates[0]).toMatchObject({ section: 'Greenhouse gas emissions' });
  });

  test('--all adds every topic disclosure of GRI; --standards keeps only the named standards', () => {
    expect(ids(WITH_REFERENCE, { all: true })).toEqual(expect.arrayContaining(['GRI 401-1', 'GRI 303-3', 'GRI 205-1']));
    const series = ids(WITH_REFERENCE, { standards: ['GRI 300'] });
    expect(series).toEqual(expect.arrayContaining(['GRI 305-1', 'GRI 303-3', 'GRI 302-1']));
    expect(series.every((id) => /^GRI 3\d\d-/.test(id))).toBe(true);
    expect(ids(WITH_REFERENCE, { standards: ['GRI 2'] }).every((id) => id.startsWith('GRI 2-'))).toBe(true);
    expect(ids(WITH_REFERENCE, { standards: ['GRI 403'] })).toEqual(expect.arrayContaining(['GRI 403-1', 'GRI 403-10']));
  });
});

describe('an exchange guideline under --all', () => {
  // The guideline's policy tracks its topic articles; its general articles (reporting period, double
  // materiality, governance, assurance) are in no topic and were never asked, even with --all.
  const SZSE = `---
title: 澄湖电子 2024年度可持续发展报告
published: 2025-04-20
period: { start: 2024-01-01, end: 2024-12-31 }
language: zh
frameworks:
  szse: {}
---

# 关于本报告

报告期为2024年1月1日至12月31日，经董事会审议通过。

# 双重重要性评估

我们从财务重要性和影响重要性两个角度评估每个议题。
`;

  test('asks for every article of the guideline the report follows, not only its topic articles', () => {
    const plain = ids(SZSE);
    const all = ids(SZSE, { all: true });
    expect(plain).not.toContain('SZSE 4');
    expect(all).toEqual(expect.arrayContaining(['SZSE 4', 'SZSE 5', 'SZSE 58']));
    expect(all.length).toBeGreaterThan(plain.length);
  });
});

describe('--standards labels', () => {
  test('a series, a topic, a framework of its own; a label naming nothing is reported', () => {
    expect(parseStandardFilter('GRI 300')).toEqual({ framework: 'gri', topic: '300', series: 3 });
    expect(parseStandardFilter('SASB TC-HW')).toEqual({ framework: 'sasb', topic: 'TC-HW' });
    expect(unknownStandardFilters(catalog, ['GRI 305', 'SASB TC-HW', 'GRI 999', 'nonsense'])).toEqual(['GRI 999', 'nonsense']);
  });

  test('the words a shell splits `--standards GRI 300 305 SASB TC-HW` into are read as the labels meant', () => {
    expect(standardLabels(catalog, ['GRI', '300', '305', 'SASB', 'TC-HW'])).toEqual(['GRI 300', 'GRI 305', 'SASB TC-HW']);
    expect(standardLabels(catalog, ['GRI 300', 'gri', '2'])).toEqual(['GRI 300', 'gri 2']);
    expect(standardLabels(catalog, ['GRI 999', 'nonsense'])).toEqual(['GRI 999', 'nonsense']);
    expect(unknownStandardFilters(catalog, ['GRI', '300'])).toEqual([]);
    expect(unknownStandardFilters(catalog, ['GRI'])).toEqual(['GRI']);
    expect(ids(WITH_REFERENCE, { standards: ['GRI', '403'] })).toEqual(expect.arrayContaining(['GRI 403-1', 'GRI 403-10']));
  });
});

describe('the message when nothing is asked', () => {
  const format = (text: string): string =>
    formatSuggestionsStylish({ tool: { name: 'disclose', version: '0' }, reports: [suggestForReport(report(text), catalog, options)] }, { color: false, minScore: 0.5, strongScore: 0.7 });

  test('a report that declares and cites no framework is told so', () => {
    expect(format('# Plain notes\n\nWe planted trees.\n')).toContain('the report declares no framework');
  });

  test('a report that declares a framework is not told it declares none', () => {
    const text = format('---\nframeworks:\n  gri:\n    claim: with-reference\n---\n\n# Notes\n\nText.\n');
    expect(text).not.toContain('declares no framework');
  });
});
