// The coefficients of suggest's score for reports read from a PDF or DOCX (laid-out-coefficients.ts,
// variant E of scripts/calibrate-laid-out.mjs): used for a laid-out report, never for Markdown. The shipped
// ones may be the base ones (the script's rule decides), so the module is replaced here by a deliberately
// different set, to see that suggest picks it up exactly where it should.
import { jest } from '@jest/globals';
import type { Coefficients } from '../../src/suggest/scoring.js';
import type { Report } from '../../src/model/report.js';
import type { ReportSuggestions } from '../../src/model/suggestion.js';
import type { TwinSection } from '../helpers/laid-out-twin.js';

/** Partial matches count for more and whole phrases against: scores change and some candidates change places. */
const REFIT: Coefficients = { intercept: -2.5, logRelevance: 0.1, gap: 0.2, head: 1, whole: -2, coverage: 3, table: 0.2 };
jest.unstable_mockModule('../../src/suggest/laid-out-coefficients.js', () => ({ LAID_OUT_COEFFICIENTS: REFIT }));
const { COEFFICIENTS, scoreOf, suggestForReport, coefficientsFor } = await import('../../src/suggest/index.js');
const { laidOutTwin } = await import('../helpers/laid-out-twin.js');
const { loadCatalog } = await import('../../src/catalog/index.js');
const catalog = loadCatalog();

// A short report in our own words, shaped as a PDF's text comes: one heading level, a glued word, a lost
// ligature (“efuent”), a KPI line as a run of figures.
const TITLE = 'Lakeside Ceramics 2024 ESG Report';
const SECTIONS: TwinSection[] = [
  [1, 'About this report', 'This report covers Lakeside Ceramics from 1 January 2024 to 31 December 2024, prepared with reference to the GRI Standards.'],
  [1, 'Water', 'Our kilns and glazing lines withdrew 410 megalitres of water, mostly from the municipal supply. Efuent from glazing is treated on site before discharge; water consumption fell 7%.'],
  [1, 'Waste', 'Broken ware and glaze sludge are the main waste. Of 3,900 tonnes of waste generated, 71% was recycled; hazardous waste went to licensed contractors. Waste generatedtonnes4,1203,900'],
  [1, 'Suppliers', 'New clay and glaze suppliers are screened using environmental criteria and social criteria before the first order; 18 new suppliers were screened in 2024.'],
  [1, 'Ethics', 'Our anti-corruption policy is communicated to every employee and business partner; no confirmed incidents of corruption occurred.'],
  [1, 'Energy', 'Energy consumption within the organization was 96,000 GJ, most of it natural gas for the kilns; energy intensity per tonne of ware fell 4%.'],
];
const { markdown: markdownReport, laidOut: laidOutReport } = laidOutTwin('lakeside', TITLE, SECTIONS);

const ranked = (report: Report, coefficients?: Coefficients): ReportSuggestions =>
  suggestForReport(report, catalog, { all: true, top: 10, minScore: 0, ignoreTags: true, ...(coefficients ? { coefficients } : {}) });
const scores = (result: ReportSuggestions): number[] => result.suggestions.flatMap((s) => s.candidates.map((c) => c.score));
const orders = (result: ReportSuggestions): string[][] => result.suggestions.map((s) => s.candidates.map((c) => c.section));

describe('the laid-out coefficients', () => {
  test('a Markdown report is scored with the base coefficients, never the laid-out ones', () => {
    const report = markdownReport();
    expect(coefficientsFor(report)).toBe(COEFFICIENTS);
    const shown = ranked(report);
    expect(shown).toEqual(ranked(report, COEFFICIENTS));
    expect(scores(shown)).not.toEqual(scores(ranked(report, REFIT)));
  });

  describe.each(['pdf', 'docx'] as const)('a report read from a %s', (format) => {
    const report = laidOutReport(format);
    const shown = ranked(report);
    const base = ranked(report, COEFFICIENTS);

    test('is scored with the laid-out coefficients', () => {
      expect(report.layout).toBe(format);
      expect(coefficientsFor(report)).toBe(REFIT);
      expect(shown).toEqual(ranked(report, REFIT));
      expect(scores(shown)).not.toEqual(scores(base));
    });

    test('its candidates are ranked by them: unlike a map of the base score, a refit may reorder them', () => {
      for (const s of shown.suggestions) for (let k = 1; k < s.candidates.length; k++) expect(s.candidates[k]!.score).toBeLessThanOrEqual(s.candidates[k - 1]!.score);
      expect(orders(shown)).not.toEqual(orders(base));
    });

    test('`observe` hands over the evidence of the listed candidates, in their order', () => {
      const seen = new Map<string, number[]>();
      const result = suggestForReport(report, catalog, { all: true, top: 10, minScore: 0, ignoreTags: true, observe: (id, evidence) => seen.set(id, evidence.map((f) => Math.round(scoreOf(f, REFIT) * 100) / 100)) });
      expect(result).toEqual(shown);
      for (const s of result.suggestions) expect(seen.get(s.disclosure)).toEqual(s.candidates.map((c) => c.score));
    });
  });
});
