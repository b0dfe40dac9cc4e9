// What suggest looks for beyond what a claim requires (issue 15, item 1): "with reference" reports, --all,
// --standards filters, and a true message when nothing is asked.
import { suggestForReport } from '../../src/suggest/index.js';
import { formatSuggestionsStylish } from '../../src/formatters/suggestions.js';
import { parseStandardFilter, unknownStandardFilters } from '../../src/suggest/asked-scope.js';
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

describe('--standards labels', () => {
  test('a series, a topic, a framework of its own; a label naming nothing is reported', () => {
    expect(parseStandardFilter('GRI 300')).toEqual({ framework: 'gri', topic: '300', series: 3 });
    expect(parseStandardFilter('SASB TC-HW')).toEqual({ framework: 'sasb', topic: 'TC-HW' });
    expect(unknownStandardFilters(catalog, ['GRI 305', 'SASB TC-HW', 'GRI 999', 'nonsense'])).toEqual(['GRI 999', 'nonsense']);
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
