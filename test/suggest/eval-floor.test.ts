// The suggester may not get worse: its hit@1, hit@3 and MRR on the tagged evaluation reports
// (test/fixtures/suggest/ and examples/acme-2025, tags hidden) stay at or above floor.json, the figures
// measured when the floor was last raised, minus 0.02. Same computation as `npm run eval`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, loadCatalog, readReport, suggestForReport } from '../../src/index.js';
import { packageRoot } from '../../src/paths.js';
import { FLOOR_FILE, belowFloor, evaluate, evaluationReports, worstMisses, type Evaluation } from '../../scripts/lib/suggest-metrics.mjs';

const floor = JSON.parse(readFileSync(join(packageRoot, FLOOR_FILE), 'utf8')) as { hit1: number; hit3: number; mrr: number };
let evaluation: Evaluation;

// Five reports read, indexed and searched through ts-jest: seconds, not the default 5 s hook limit.
beforeAll(async () => {
  evaluation = await evaluate({ readReport, loadCatalog, suggestForReport }, packageRoot);
}, 120_000);

describe('suggest evaluation', () => {
  test('covers at least five tagged reports, English and Chinese, with GRI, SASB, SZSE and HKEX tags', () => {
    const labels = evaluationReports(packageRoot).map((r) => r.label);
    expect(labels.length).toBeGreaterThanOrEqual(5);
    expect(labels).toContain('examples/acme-2025');
    expect(Object.keys(evaluation.byFramework)).toEqual(expect.arrayContaining(['GRI', 'SASB', 'SZSE', 'HKEX']));
    for (const report of evaluation.reports) expect(report.metrics.count).toBeGreaterThanOrEqual(25);
  });

  test('overall hit@1, hit@3 and MRR are at or above the floor', () => {
    const failures = belowFloor(evaluation.overall, floor);
    // On failure the diff shows the figures that dropped and the worst misses (npm run eval has the full table).
    const misses = () => worstMisses(evaluation.items, 10).map((m) => `${m.disclosure} in ${m.report}: rank ${m.rank}, first ${m.first?.title ?? 'none'}`);
    expect(failures.length === 0 ? [] : { failures, misses: misses() }).toEqual([]);
  });

  test('the floor is a real bar, not zero', () => {
    for (const metric of ['hit1', 'hit3', 'mrr'] as const) expect(floor[metric]).toBeGreaterThan(0.5);
  });
});

describe('the evaluation reports are valid reports', () => {
  // A tag the catalog cannot resolve would silently drop a known answer from the evaluation.
  test.each(evaluationReports(packageRoot).map((r) => [r.label, r.paths]))('%s: no unreadable directive, unknown or superseded id', async (_label, paths) => {
    const result = await check(paths as string[]);
    const bad = result.reports[0]!.findings.filter((f) => ['invalid-directive', 'unknown-disclosure', 'superseded-disclosure'].includes(f.ruleId));
    expect(bad.map((f) => `${f.line}: ${f.message}`)).toEqual([]);
  }, 60_000);
});
