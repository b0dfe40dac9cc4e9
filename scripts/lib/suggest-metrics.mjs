// How well `suggest` finds the sections that answer each disclosure, measured on fully tagged reports
// whose tags are the known answers (test/fixtures/suggest/README.md). Shared by `npm run eval`
// (scripts/eval-suggest.mjs, on dist/) and the floor test (test/suggest/eval-floor.test.ts, on src/):
// the caller passes the library functions, so both measure the same thing the same way.
import { readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

/** Candidates looked at per disclosure: hit@k and MRR count nothing ranked below this. */
export const RANK_LIMIT = 10;

/** Where the evaluation reports live, relative to the package root; plus the bundled example. */
export const FIXTURES_DIR = join('test', 'fixtures', 'suggest');
export const EXTRA_REPORTS = [join('examples', 'acme-2025')];
export const FLOOR_FILE = join(FIXTURES_DIR, 'floor.json');

/**
 * The evaluation reports: every folder and `*.md` file of test/fixtures/suggest (a folder is one
 * multi-file report; README.md is documentation) in name order, then examples/acme-2025.
 * @param {string} root the package root
 * @returns {{ label: string, paths: string[] }[]}
 */
export function evaluationReports(root) {
  const dir = join(root, FIXTURES_DIR);
  const own = readdirSync(dir)
    .filter((name) => name !== 'README.md' && (name.endsWith('.md') || statSync(join(dir, name)).isDirectory()))
    .sort()
    .map((name) => join(FIXTURES_DIR, name));
  return [...own, ...EXTRA_REPORTS].map((path) => ({ label: path.split(sep).join('/'), paths: [join(root, path)] }));
}

/** Reports for fitting the score only (calibrate-suggest.mjs), never for `npm run eval`: PDF-shaped text. */
export const FITTING_DIR = join('test', 'fixtures', 'suggest-fitting');

/**
 * The fitting reports: every `*.md` file of test/fixtures/suggest-fitting, in name order.
 * @param {string} root the package root
 * @returns {{ label: string, paths: string[] }[]}
 */
export function fittingFixtures(root) {
  return readdirSync(join(root, FITTING_DIR))
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .sort()
    .map((name) => ({ label: join(FITTING_DIR, name).split(sep).join('/'), paths: [join(root, FITTING_DIR, name)] }));
}

/** `GRI`, `SASB`, `SZSE`, `HKEX` … : the prefix of a canonical id. */
export function frameworkOf(id) {
  return id.split(' ')[0] ?? id;
}

/**
 * The known answers: for each disclosure the report tags, the sections tagged with it (indexes into
 * `report.sections`), in the order the disclosures are first tagged. Omissions are not answers.
 * @param {import('../../src/model/report.js').Report} report
 * @returns {Map<string, Set<number>>}
 */
export function expectedSections(report) {
  const expected = new Map();
  for (const tag of report.tags) {
    if (!tag.id) continue;
    const sections = expected.get(tag.id) ?? new Set();
    sections.add(tag.section);
    expected.set(tag.id, sections);
  }
  return expected;
}

/**
 * Maps a candidate back to its section: by file and heading line, else by heading path.
 * @param {import('../../src/model/report.js').Report} report
 */
export function sectionLocator(report) {
  const byLine = new Map();
  const byPath = new Map();
  for (const s of report.sections) {
    byLine.set(`${s.file}\n${s.line}`, s.index);
    const path = s.headingPath.join('\n');
    if (!byPath.has(path)) byPath.set(path, s.index);
  }
  return (candidate) => byLine.get(`${candidate.file}\n${candidate.line}`) ?? byPath.get(candidate.headingPath.join('\n'));
}

/**
 * 1-based rank of the first candidate that is one of the expected sections, within `limit`; 0 when none is.
 * @param {(number | undefined)[]} ranked sections of the candidates, best first
 * @param {Set<number>} expected
 */
export function firstHitRank(ranked, expected, limit = RANK_LIMIT) {
  const i = ranked.slice(0, limit).findIndex((section) => section !== undefined && expected.has(section));
  return i + 1;
}

/**
 * hit@1, hit@3 and mean reciprocal rank over first-hit ranks (0 = a miss).
 * @param {number[]} ranks
 * @returns {{ count: number, hit1: number, hit3: number, mrr: number }}
 */
export function metricsOf(ranks) {
  const count = ranks.length;
  if (count === 0) return { count, hit1: 0, hit3: 0, mrr: 0 };
  const share = (ok) => ranks.filter(ok).length / count;
  return {
    count,
    hit1: share((r) => r === 1),
    hit3: share((r) => r >= 1 && r <= 3),
    mrr: ranks.reduce((sum, r) => sum + (r > 0 ? 1 / r : 0), 0) / count,
  };
}

const sectionSummary = (section) => ({
  title: section.title,
  page: section.page ?? null,
});

/**
 * Scores one report's suggestions against its tags.
 * @param {string} label
 * @param {import('../../src/model/report.js').Report} report
 * @param {import('../../src/model/suggestion.js').ReportSuggestions} suggestions
 */
export function scoreReport(label, report, suggestions) {
  const locate = sectionLocator(report);
  const byId = new Map();
  for (const s of suggestions.suggestions) if (!byId.has(s.disclosure)) byId.set(s.disclosure, s);
  const items = [...expectedSections(report)].map(([disclosure, sections]) => {
    const candidates = byId.get(disclosure)?.candidates ?? [];
    const ranked = candidates.map(locate);
    const rank = firstHitRank(ranked, sections);
    const top = candidates[0];
    return {
      report: label,
      disclosure,
      framework: frameworkOf(disclosure),
      rank,
      hitScore: rank > 0 ? candidates[rank - 1].score : null,
      expected: [...sections].map((i) => sectionSummary(report.sections[i])),
      first: top ? { title: top.section, page: top.page ?? null, score: top.score } : null,
      candidates: candidates.length,
    };
  });
  return { label, items, metrics: metricsOf(items.map((i) => i.rank)) };
}

/**
 * Runs the evaluation with the given library functions (from dist/ or src/).
 * @param {{ readReport: Function, loadCatalog: Function, suggestForReport: Function }} api
 * @param {string} root the package root
 */
export async function evaluate(api, root) {
  const catalog = api.loadCatalog();
  const reports = [];
  for (const { label, paths } of evaluationReports(root)) {
    const report = await api.readReport(paths);
    const suggestions = api.suggestForReport(report, catalog, { top: RANK_LIMIT, minScore: 0, ignoreTags: true });
    reports.push(scoreReport(label, report, suggestions));
  }
  const items = reports.flatMap((r) => r.items);
  const frameworks = [...new Set(items.map((i) => i.framework))].sort();
  return {
    reports,
    byFramework: Object.fromEntries(frameworks.map((f) => [f, metricsOf(items.filter((i) => i.framework === f).map((i) => i.rank))])),
    overall: metricsOf(items.map((i) => i.rank)),
    items,
  };
}

/**
 * Share of disclosures whose right section `disclose suggest` would show with its defaults: ranked
 * within `top` with a score of at least `minScore` (the ranking metrics ignore scores; this one does not).
 * @param {{ rank: number, hitScore: number | null }[]} items
 */
export function shownShare(items, top, minScore) {
  if (items.length === 0) return 0;
  return items.filter((i) => i.rank >= 1 && i.rank <= top && i.hitScore !== null && i.hitScore >= minScore).length / items.length;
}

/** Misses first (not in the top 10), then the lowest-ranked hits; ties in report and catalog order. */
export function worstMisses(items, count = 20) {
  const badness = (r) => (r === 0 ? Infinity : r);
  return items
    .map((item, order) => ({ item, order }))
    .filter(({ item }) => item.rank !== 1)
    .sort((a, b) => badness(b.item.rank) - badness(a.item.rank) || a.order - b.order)
    .slice(0, count)
    .map(({ item }) => item);
}

/**
 * The metrics below their floor, as `hit1 0.612 < 0.650`.
 * @param {{ hit1: number, hit3: number, mrr: number }} overall
 * @param {{ hit1: number, hit3: number, mrr: number }} floor
 */
export function belowFloor(overall, floor) {
  return ['hit1', 'hit3', 'mrr'].filter((m) => overall[m] < floor[m]).map((m) => `${m} ${overall[m].toFixed(3)} < ${floor[m].toFixed(3)}`);
}
