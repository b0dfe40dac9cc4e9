// A data appendix whose KPI tables a PDF's text layer flattened (label, unit and the figures of three years
// glued on one line; a paragraph of such lines; a years header): for the data disclosures it answers, it
// ranks first and scores as a likely answer, although the narrative chapters use the same words at length.
import { splitRows } from '../../src/suggest/flattened-rows.js';
import { sectionDocuments, suggestForReport } from '../../src/suggest/index.js';
import { catalog, report } from './reports.js';

const TEXT = `---
title: Brightwater Valves 2024 ESG Report
published: 2025-04-20
period: { start: 2024-01-01, end: 2024-12-31 }
language: en
frameworks:
  gri:
    claim: with-reference
---

# Green Operations

## Energy and Climate

Our plants in Ningbo and Wuxi run on purchased electricity and some natural gas for the paint lines. In
2024 we fitted heat pumps in two workshops, moved the forklifts from diesel to batteries and signed a
green power contract for a third of our electricity. Energy managers review the energy consumption of
each line every month, and our greenhouse gas emissions inventory follows the GHG Protocol; Scope 1
emissions come from natural gas and diesel, Scope 2 emissions from purchased electricity. 18 19

## Water Stewardship

Machining and testing need water. We reuse the cooling water of the test benches, and both plants draw
municipal water only; the water withdrawal of each plant is metered daily, and leaks are fixed within a
day. 20

## Waste

Hazardous waste (used oil, paint sludge, solvent rags) goes to licensed contractors; non-hazardous waste
such as metal chips and packaging is sold for recycling. 21

# Our People

## Employment

We hire without regard to gender, ethnicity or religion and sign a labour contract with every employee.
Female employees receive the same pay for the same work. 24

# Appendix

## Contact Us

Telephone: 400 820 1177

## Performance Data

IndicatorUnit202220232024
Purchased electricityMWh21,430.622,018.320,877.9
Natural gasm3402,110.0415,870.0398,650.0
Total energy consumptionMWh25,901.226,744.525,180.4
Scope 1 GHG emissionstCO2e912.4944.1887.3
Scope 2 GHG emissionstCO2e12,224.812,556.011,902.6
Water withdrawalm3188,420.0191,336.0180,015.0
Hazardous wasteTonnes96.2101.794.8
Non-hazardous wasteTonnes1,402.61,488.01,390.5
`;

describe('a flattened KPI appendix', () => {
  const parsed = report(TEXT);
  const candidates = (id: string) => suggestForReport(parsed, catalog, { all: true, top: 3, minScore: 0 }).suggestions.find((s) => s.disclosure === id)!.candidates;

  test('a paragraph of glued rows comes apart into rows, one per metric, after the years header', () => {
    expect(splitRows('IndicatorUnit202220232024 Purchased electricityMWh21,430.622,018.320,877.9 Scope 1 GHG emissionstCO2e912.4944.1887.3')).toEqual([
      'IndicatorUnit202220232024',
      'Purchased electricityMWh21,430.622,018.320,877.9',
      'Scope 1 GHG emissionstCO2e912.4944.1887.3',
    ]);
    // Chinese rows follow each other with no space; a year before 年 is a label, not the end of a row.
    expect(splitRows('营业收入亿元71.278.986.4净利润亿元6.87.58.1')).toEqual(['营业收入亿元71.278.986.4', '净利润亿元6.87.58.1']);
    expect(splitRows('2024年取水量吨802,340.0861,020.0')).toEqual(['2024年取水量吨802,340.0861,020.0']);
  });

  test('the data appendix is a KPI block; the narrative chapters and a line of figures (a phone number) are not', () => {
    const blocks = sectionDocuments(parsed).filter((d) => d.kpiBlock).map((d) => d.section.title);
    expect(blocks).toEqual(['Performance Data']);
  });

  test.each([
    ['GRI 305-1', 'unit: tCO2e'],
    ['GRI 305-2', 'unit: tCO2e'],
  ])('%s: the appendix ranks first, more likely than not, its unit glued to the label', (id, unit) => {
    const [first] = candidates(id);
    expect(first).toMatchObject({ section: 'Performance Data', evidence: expect.arrayContaining([unit]) });
    expect(first!.score).toBeGreaterThanOrEqual(0.5);
  });

  test.each([
    ['GRI 302-1', 'unit: MWh', 0.1],
    ['GRI 306-3', 'unit: tonnes', 0.1],
    // `Water withdrawalm3`: the phrase glued to its unit is still found (the unit `m3` is too short to look for).
    ['GRI 303-3', 'table: Water withdrawal', 0.01],
  ])('%s: where a narrative chapter answers at length, the appendix is the runner-up with its row as evidence', (id, evidence, least) => {
    const [, second] = candidates(id);
    expect(second).toMatchObject({ section: 'Performance Data', evidence: expect.arrayContaining([evidence]) });
    expect(second!.score).toBeGreaterThanOrEqual(least);
  });

  test('a narrative disclosure gets no weight from the appendix', () => {
    expect(candidates('GRI 2-9').some((c) => c.section === 'Performance Data' && c.score >= 0.5)).toBe(false);
  });
});
