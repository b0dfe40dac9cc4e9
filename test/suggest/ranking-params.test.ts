// The ranking's hyper-parameters are data (src/suggest/ranking-params.ts): the product ranks with the
// defaults; the tuning script (scripts/tune-suggest-params.mjs) runs the library with others and must get
// the defaults back afterwards, whatever happens.
import { sectionDocuments } from '../../src/suggest/documents.js';
import { buildQuery } from '../../src/suggest/queries.js';
import { DEFAULT_RANKING, rankingParams, withRankingParams } from '../../src/suggest/ranking-params.js';
import { SectionIndex } from '../../src/suggest/search-index.js';
import { suggestForReport } from '../../src/suggest/index.js';
import { tokenize } from '../../src/suggest/tokenizer.js';
import { ENGLISH, catalog, report } from './reports.js';

const ghgQuery = (): Map<string, number> => new Map(tokenize('Scope 1 GHG emissions').map((t) => [t, 1]));

describe('ranking parameters', () => {
  const documents = sectionDocuments(report(ENGLISH));
  const index = new SectionIndex(documents);

  test('the defaults are in force outside withRankingParams, and again after it, even when it throws', () => {
    expect(rankingParams()).toBe(DEFAULT_RANKING);
    expect(withRankingParams({ b: 0.3, fieldBoost: { title: 2 } }, () => rankingParams())).toMatchObject({ b: 0.3, k1: DEFAULT_RANKING.k1, fieldBoost: { title: 2, tables: DEFAULT_RANKING.fieldBoost.tables } });
    expect(rankingParams()).toBe(DEFAULT_RANKING);
    expect(() =>
      withRankingParams({ k1: 2 }, () => {
        throw new Error('grid run failed');
      }),
    ).toThrow('grid run failed');
    expect(rankingParams()).toBe(DEFAULT_RANKING);
  });

  test('BM25 reads k1, b and the field boosts in force', () => {
    const bm25 = (): number[] => index.find(ghgQuery()).map((h) => h.bm25);
    const defaults = bm25();
    expect(withRankingParams({ b: 0 }, bm25)).not.toEqual(defaults);
    expect(withRankingParams({ k1: 2.4 }, bm25)).not.toEqual(defaults);
    // Doubling every boost doubles every score (the boost is a factor of each field's share).
    const doubled = Object.fromEntries(Object.entries(DEFAULT_RANKING.fieldBoost).map(([f, v]) => [f, v * 2]));
    withRankingParams({ fieldBoost: doubled }, bm25).forEach((score, i) => expect(score).toBeCloseTo(defaults[i]! * 2, 9));
    expect(bm25()).toEqual(defaults);
  });

  test("a query's label weight is the one in force, and the query built with the defaults comes back after", () => {
    const def = catalog.standards.flatMap((s) => s.disclosures).find((d) => d.requirements.some((r) => r.label.length > 40))!;
    const descriptor = catalog.descriptors.get(def.id);
    const labelOnly = (weights: Map<string, number>): number[] => [...weights.values()].filter((w) => w < DEFAULT_RANKING.weakestKeyword);
    const atDefaults = buildQuery(def, descriptor);
    expect(labelOnly(atDefaults.weights)).toContain(DEFAULT_RANKING.labelWeight);
    const lighter = withRankingParams({ labelWeight: 0.15 }, () => buildQuery(def, descriptor));
    expect(labelOnly(lighter.weights)).toContain(0.15);
    expect(labelOnly(lighter.weights)).not.toContain(DEFAULT_RANKING.labelWeight);
    expect(buildQuery(def, descriptor).weights).toEqual(atDefaults.weights);
  });

  test('suggest ranks the same with the defaults passed explicitly as with none', () => {
    const run = (): unknown => suggestForReport(report(ENGLISH), catalog, { top: 5, minScore: 0 });
    expect(withRankingParams({ ...DEFAULT_RANKING }, run)).toEqual(run());
  });
});
