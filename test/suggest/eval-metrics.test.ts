// The arithmetic of the suggest evaluation (scripts/lib/suggest-metrics.mjs) on hand-made rankings, so
// that the figures in the README mean what they say.
import { parseMarkdownReport } from '../../src/index.js';
import type { ReportSuggestions, SuggestionCandidate } from '../../src/model/suggestion.js';
import { belowFloor, expectedSections, firstHitRank, metricsOf, scoreReport, shownShare, worstMisses } from '../../scripts/lib/suggest-metrics.mjs';

const report = parseMarkdownReport([
  {
    path: 'r.md',
    text: [
      '# Report', //                                    1  section 1
      '',
      '## Energy', //                                   3  section 2
      '<!-- disclose: GRI 302-1 -->',
      '',
      '## Emissions', //                                6  section 3
      '<!-- disclose: GRI 305-1, GRI 302-1 -->',
      '',
      '## Water', //                                    9  section 4
      '<!-- omit: GRI 303-3 | not-applicable | Offices only. -->',
      '',
      '## People', //                                  12  section 5
      '<!-- disclose: GRI 2-7 -->',
      '',
    ].join('\n'),
  },
]);

const at = (line: number, section: string, score: number): SuggestionCandidate => ({ section, headingPath: ['Report', section], file: 'r.md', line, score });

describe('firstHitRank', () => {
  test('is the 1-based rank of the first expected section', () => {
    expect(firstHitRank([5, 3, 7], new Set([3, 7]))).toBe(2);
    expect(firstHitRank([3], new Set([3]))).toBe(1);
  });

  test('is 0 when no expected section is ranked, or only below the limit', () => {
    expect(firstHitRank([1, 2], new Set([3]))).toBe(0);
    expect(firstHitRank([], new Set([3]))).toBe(0);
    expect(firstHitRank([1, 2, 3], new Set([3]), 2)).toBe(0);
    expect(firstHitRank([...Array(10).fill(1), 3], new Set([3]))).toBe(0);
  });

  test('skips candidates that map to no section', () => {
    expect(firstHitRank([undefined, 4], new Set([4]))).toBe(2);
  });
});

describe('metricsOf', () => {
  test('hit@1, hit@3 and MRR over first-hit ranks', () => {
    // ranks 1, 2, miss, 4: hit@1 1/4, hit@3 2/4, MRR (1 + 1/2 + 0 + 1/4) / 4
    expect(metricsOf([1, 2, 0, 4])).toEqual({ count: 4, hit1: 0.25, hit3: 0.5, mrr: 0.4375 });
    expect(metricsOf([3, 3])).toEqual({ count: 2, hit1: 0, hit3: 1, mrr: 1 / 3 });
  });

  test('all zero for no disclosures and for all misses', () => {
    expect(metricsOf([])).toEqual({ count: 0, hit1: 0, hit3: 0, mrr: 0 });
    expect(metricsOf([0, 0])).toEqual({ count: 2, hit1: 0, hit3: 0, mrr: 0 });
  });
});

describe('expectedSections', () => {
  test('collects every section tagged with a disclosure, and no omission', () => {
    const expected = expectedSections(report);
    expect([...expected.keys()]).toEqual(['GRI 302-1', 'GRI 305-1', 'GRI 2-7']);
    expect([...expected.get('GRI 302-1')!].map((i) => report.sections[i]!.title)).toEqual(['Energy', 'Emissions']);
    expect(expected.has('GRI 303-3')).toBe(false);
  });
});

describe('scoreReport', () => {
  const suggestions: ReportSuggestions = {
    file: 'r.md',
    unanswered: [],
    suggestions: [
      // Either tagged section counts: Emissions at rank 2 is a hit for 302-1.
      { disclosure: 'GRI 302-1', title: 'Energy consumption within the organization', tagged: false, required: true, answered: false, candidates: [at(9, 'Water', 0.9), at(6, 'Emissions', 0.8), at(3, 'Energy', 0.7)] },
      { disclosure: 'GRI 305-1', title: 'Direct (Scope 1) GHG emissions', tagged: false, required: true, answered: false, candidates: [at(6, 'Emissions', 0.95)] },
      // GRI 2-7 gets no suggestion at all: a miss.
    ],
  };
  const scored = scoreReport('r.md', report, suggestions);

  test('ranks each tagged disclosure, a missing suggestion being a miss', () => {
    expect(scored.items.map((i) => [i.disclosure, i.rank])).toEqual([
      ['GRI 302-1', 2],
      ['GRI 305-1', 1],
      ['GRI 2-7', 0],
    ]);
    expect(scored.metrics).toEqual({ count: 3, hit1: 1 / 3, hit3: 2 / 3, mrr: (1 / 2 + 1) / 3 });
  });

  test('names what was expected and what ranked first, for the list of misses', () => {
    const item = scored.items[0]!;
    expect(item.framework).toBe('GRI');
    expect(item.expected.map((e) => e.title)).toEqual(['Energy', 'Emissions']);
    expect(item.first).toEqual({ title: 'Water', page: null, score: 0.9 });
    expect(scored.items[2]!.first).toBeNull();
  });

  test('worst misses put the misses first, then the lowest hits, and leave out rank 1', () => {
    expect(worstMisses(scored.items).map((i) => i.disclosure)).toEqual(['GRI 2-7', 'GRI 302-1']);
    expect(worstMisses(scored.items, 1).map((i) => i.disclosure)).toEqual(['GRI 2-7']);
  });
});

describe('shownShare', () => {
  test('counts right sections ranked within top with a score at or above the minimum', () => {
    const items = [
      { rank: 1, hitScore: 0.9 }, // shown
      { rank: 3, hitScore: 0.5 }, // shown: at the minimum
      { rank: 1, hitScore: 0.49 }, // hidden by the minimum score
      { rank: 4, hitScore: 0.8 }, // below the top 3
      { rank: 0, hitScore: null }, // a miss
    ];
    expect(shownShare(items, 3, 0.5)).toBe(2 / 5);
    expect(shownShare(items, 4, 0)).toBe(4 / 5);
    expect(shownShare([], 3, 0.5)).toBe(0);
  });

  test('takes the score of the right candidate, not of the best one', () => {
    const scored = scoreReport('r.md', report, {
      file: 'r.md',
      unanswered: [],
      suggestions: [{ disclosure: 'GRI 305-1', title: 'Direct (Scope 1) GHG emissions', tagged: false, required: true, answered: false, candidates: [at(3, 'Energy', 0.9), at(6, 'Emissions', 0.4)] }],
    });
    const item = scored.items.find((i) => i.disclosure === 'GRI 305-1')!;
    expect([item.rank, item.hitScore]).toEqual([2, 0.4]);
    expect(shownShare([item], 3, 0.5)).toBe(0);
  });
});

describe('belowFloor', () => {
  test('names each metric under its floor', () => {
    const floor = { hit1: 0.5, hit3: 0.7, mrr: 0.6 };
    expect(belowFloor({ hit1: 0.5, hit3: 0.7, mrr: 0.6 }, floor)).toEqual([]);
    expect(belowFloor({ hit1: 0.49, hit3: 0.9, mrr: 0.55 }, floor)).toEqual(['hit1 0.490 < 0.500', 'mrr 0.550 < 0.600']);
  });
});
