// KPI tables that a PDF's text layer flattened to runs of words and figures are still table evidence.
import { flattenedRows, isFlattenedRow, unglue } from '../../src/suggest/flattened-rows.js';
import { suggestForReport } from '../../src/suggest/index.js';
import { tokenize } from '../../src/suggest/tokenizer.js';
import { catalog, report } from './reports.js';

describe('flattened KPI rows', () => {
  test('a line of glued figures is a row; prose with a figure or two is not', () => {
    expect(isFlattenedRow('Purchased electricityMWh198,204.7201,377.0236,918.4')).toBe(true);
    expect(isFlattenedRow('In 2025 we cut purchased electricity by 4.2% to 236,918 MWh across our three plants and two warehouses.')).toBe(false);
    expect(isFlattenedRow('Scope 1')).toBe(false);
  });

  test('glued words and figures come apart; CO2, Scope 1 and PM2.5 stay whole', () => {
    expect(unglue('Energy UseDieselTon52.341.0')).toBe('Energy Use Diesel Ton 52.341.0');
    expect(unglue('CO2 Scope 1 PM2.5')).toBe('CO2 Scope 1 PM2.5');
  });

  test('a label, its unit and its figures on three lines are one row', () => {
    const lines = ['Scope 1', 'Ton of carbon dioxideequivalent', '5,912.04,877.35,230.6', 'Notes follow below in full sentences.'];
    expect(flattenedRows(lines.map((text) => ({ text })))).toEqual([{ text: 'Scope 1 Ton of carbon dioxideequivalent 5,912.04,877.35,230.6', last: { text: '5,912.04,877.35,230.6' } }]);
  });

  test('a spelled-out carbon unit, glued or not, is tCO2e; standard coal equivalent is tce', () => {
    expect(tokenize('Ton of carbon dioxideequivalent')).toEqual(['tco2e']);
    expect(tokenize('tonnes of CO2 equivalent')).toEqual(['tco2e']);
    expect(tokenize('Ton of standard coalequivalent')).toEqual(['tce']);
  });

  test('a KPI appendix flattened to text: the GHG rows give unit evidence and rank first for GRI 305-1', () => {
    const text = `---
title: Lakeside Optics 2025 ESG Report
published: 2026-04-10
period: { start: 2025-01-01, end: 2025-12-31 }
language: en
frameworks:
  gri:
    claim: with-reference
---

# Lakeside Optics 2025 ESG Report

## Green Operations

We keep working on lower emissions at every plant and report our progress each year to the board.

## Appendix: KPI Tables

KPIUnit202320242025
Greenhouse Gas EmissionsTotal emissions (Scope 1 +Scope 2)

Ton of carbon dioxideequivalent

101,204.5 98,311.0 96,870.2

Scope 1

Ton of carbon dioxideequivalent

5,912.04,877.35,230.6
`;
    const result = suggestForReport(report(text), catalog, { all: true, top: 5, minScore: 0 });
    const [first] = result.suggestions.find((s) => s.disclosure === 'GRI 305-1')!.candidates;
    expect(first).toMatchObject({ section: 'Appendix: KPI Tables', evidence: expect.arrayContaining(['unit: tCO2e']) });
  });
});
