// The calibration of suggest's score for reports read from a PDF or DOCX (issue 15, item 3): the same report
// as Markdown keeps its scores; laid out, every score goes through the fitted map, the candidates keep their
// order, and the draft index places what the mapped score accepts.
import { analyse } from '../../src/engine/analysis.js';
import { planDraft } from '../../src/suggest/draft.js';
import { calibrated, IDENTITY_CALIBRATION, LAID_OUT_CALIBRATION, suggestForReport, type ScoreCalibration } from '../../src/suggest/index.js';
import type { Report } from '../../src/model/report.js';
import type { ReportSuggestions } from '../../src/model/suggestion.js';
import { catalog } from './reports.js';
import { laidOutTwin, type TwinSection } from '../helpers/laid-out-twin.js';

// A short report in our own words, in the shape a PDF's text gives: chapters flattened, a glued word,
// a lost ligature, a KPI line as a run of figures.
const TITLE = 'Harbourline Freight 2024 Sustainability Report';
const SECTIONS: TwinSection[] = [
  [1, 'About this report', 'This report covers Harbourline Freight and its subsidiaries from 1 January 2024 to 31 December 2024 and has been prepared with reference to the GRI Standards. Questions: esg@harbourline.example.'],
  [1, 'Governance', 'The Board of Directors is the highest governance body. Its Sustainability Committee, chaired by an independent director, reviews climate risks and the company’s impacts every quarter.'],
  [2, 'Business ethics', 'Our anti-corruption policy applies to every employee and agent. All 42 operations were assessed for risks related to corruption; no confirmed incidents of corruption were found in 2024.'],
  [1, 'Climate and energy', 'Our trucks and warehouses used 182,000 GJ of energy, 9% less than in 2023, as the eet moved to electric tractors and warehouse lighting became more efcient.'],
  [2, 'GHG emissions', 'Direct (Scope 1) GHG emissions from fuel burnt in our fleet were 11,950 tCO2e; energy indirect (Scope 2) GHG emissions from purchased electricity were 7,420 tCO2e. Scope 1 emissionstCO2e12,40011,950'],
  [1, 'Our people', 'Harbourline employs 3,120 people. Every driver received at least twenty hours of safety training in 2024.'],
  [2, 'Occupational health and safety', 'Our occupational health and safety management system covers all workers. Work-related injuries fell to 14, with no fatalities; lost-time injury rate 0.8 per million hours worked.'],
  [2, 'Training', 'Average hours of training per year per employee were 31. Programs for upgrading employee skills include a forklift academy and language courses.'],
];
const { markdown: markdownReport, laidOut: laidOutReport } = laidOutTwin('harbourline', TITLE, SECTIONS);

const ranked = (report: Report, calibration?: ScoreCalibration): ReportSuggestions =>
  suggestForReport(report, catalog, { all: true, top: 10, minScore: 0, ignoreTags: true, ...(calibration ? { calibration } : {}) });
const paths = (result: ReportSuggestions): string[][] => result.suggestions.map((s) => s.candidates.map((c) => c.headingPath.join(' > ')));
const scores = (result: ReportSuggestions): number[] => result.suggestions.flatMap((s) => s.candidates.map((c) => c.score));

describe('suggest scores by source', () => {
  test('a Markdown report keeps its base scores: no map', () => {
    const report = markdownReport();
    expect(report.layout).toBeUndefined();
    expect(ranked(report)).toEqual(ranked(report, IDENTITY_CALIBRATION));
  });

  describe.each(['pdf', 'docx'] as const)('a report read from a %s', (format) => {
    const report = laidOutReport(format);
    const shown = ranked(report);
    const base = ranked(report, IDENTITY_CALIBRATION);

    test('knows its layout', () => {
      expect(report.layout).toBe(format);
    });

    test('every score is the base score through the laid-out map', () => {
      // The base scores come rounded to 0.01: the mapped one lies between the maps of the rounding interval's ends.
      const round = (x: number): number => Math.round(x * 100) / 100;
      const before = scores(base);
      const after = scores(shown);
      expect(after).toHaveLength(before.length);
      before.forEach((s, k) => {
        expect(after[k]).toBeGreaterThanOrEqual(round(calibrated(Math.max(0, s - 0.005), LAID_OUT_CALIBRATION)));
        expect(after[k]).toBeLessThanOrEqual(round(calibrated(Math.min(1, s + 0.005), LAID_OUT_CALIBRATION)));
      });
    });

    // A map of the fitted kind (LAID_OUT_CALIBRATION may be the identity: scripts/calibrate-laid-out.mjs
    // decides), to see that suggest applies whatever map it is given.
    const RAISING: ScoreCalibration = { intercept: 1, slope: 0.6 };
    const raised = ranked(report, RAISING);

    test('a map changes the scores and the candidates keep their order', () => {
      const round = (x: number): number => Math.round(x * 100) / 100;
      const before = scores(base);
      const after = scores(raised);
      before.forEach((s, k) => {
        expect(after[k]).toBeGreaterThanOrEqual(round(calibrated(Math.max(0, s - 0.005), RAISING)));
        expect(after[k]).toBeLessThanOrEqual(round(calibrated(Math.min(1, s + 0.005), RAISING)));
      });
      // Low base scores of right-looking sections rise.
      expect(after.filter((s, k) => s !== before[k]).length).toBeGreaterThan(before.length / 2);
      for (const result of [shown, raised]) {
        expect(paths(result)).toEqual(paths(base));
        for (const s of result.suggestions) for (let k = 1; k < s.candidates.length; k++) expect(s.candidates[k]!.score).toBeLessThanOrEqual(s.candidates[k - 1]!.score);
      }
    });

    test("a term in the disclosure's best score moves all its candidates alike and keeps their order", () => {
      const WITH_BEST: ScoreCalibration = { intercept: 0.5, slope: 0.5, bestSlope: 0.5 };
      const result = ranked(report, WITH_BEST);
      const round = (x: number): number => Math.round(x * 100) / 100;
      expect(paths(result)).toEqual(paths(base));
      let moved = 0;
      base.suggestions.forEach((s, i) => {
        const best = s.candidates[0]?.score ?? 0;
        s.candidates.forEach((c, k) => {
          const after = result.suggestions[i]!.candidates[k]!.score;
          // The map increases in both the candidate's score and the best one: the rounding interval's ends bound it.
          expect(after).toBeGreaterThanOrEqual(round(calibrated(Math.max(0, c.score - 0.005), WITH_BEST, Math.max(0, best - 0.005))));
          expect(after).toBeLessThanOrEqual(round(calibrated(Math.min(1, c.score + 0.005), WITH_BEST, Math.min(1, best + 0.005))));
          if (k > 0 && after !== round(calibrated(c.score, { intercept: 0.5, slope: 0.5 }))) moved++;
        });
      });
      // Runner-ups move with their disclosure's best, not only with their own score.
      expect(moved).toBeGreaterThan(0);
    });

    test('the threshold applies to the mapped score (suggest and the draft index alike)', () => {
      const best = (result: ReportSuggestions) => new Map(result.suggestions.map((s) => [s.disclosure, s.candidates[0]?.score ?? 0]));
      const raisedAtDefault = suggestForReport(report, catalog, { all: true, ignoreTags: true, calibration: RAISING });
      for (const s of raisedAtDefault.suggestions) expect(s.candidates.length > 0).toBe(best(raised).get(s.disclosure)! >= 0.5);
      // Some disclosure is shown only because of the map (its base score is under 0.5).
      expect(raisedAtDefault.suggestions.some((s) => s.candidates.length > 0 && best(base).get(s.disclosure)! < 0.5)).toBe(true);

      // By default, the laid-out map, whichever it is: suggest and the draft index read the same scores.
      const atDefault = suggestForReport(report, catalog, { all: true, ignoreTags: true });
      for (const s of atDefault.suggestions) expect(s.candidates.length > 0).toBe(best(shown).get(s.disclosure)! >= 0.5);
      const plan = planDraft(analyse(report, catalog), { all: true });
      for (const { id, score } of plan.marks.suggested) expect(score).toBe(best(shown).get(id));
      for (const item of plan.marks.toReview) expect(item.score).toBe(best(shown).get(item.id));
    });
  });
});

describe('the map', () => {
  test('is the identity for IDENTITY_CALIBRATION, bit for bit', () => {
    for (const s of [0, 1e-9, 0.013, 0.5, 0.73, 0.999, 1]) expect(calibrated(s, IDENTITY_CALIBRATION)).toBe(s);
  });

  test('is strictly increasing on (0, 1) and stays inside it', () => {
    expect(LAID_OUT_CALIBRATION.slope).toBeGreaterThan(0);
    // For a disclosure's best candidate (best = score) too.
    expect(LAID_OUT_CALIBRATION.slope + (LAID_OUT_CALIBRATION.bestSlope ?? 0)).toBeGreaterThan(0);
    let previous = -1;
    for (let k = 1; k < 1000; k++) {
      const s = calibrated(k / 1000, LAID_OUT_CALIBRATION);
      expect(s).toBeGreaterThan(previous);
      expect(s).toBeGreaterThan(0);
      expect(s).toBeLessThan(1);
      previous = s;
    }
  });
});
