#!/usr/bin/env node
// Where the coefficients of `disclose suggest`'s score come from (src/suggest/scoring.ts). Fitting reports:
//   fixtures  the tagged evaluation reports (test/fixtures/suggest/, examples/acme-2025) and the fitting
//             reports in the shape of PDF text (test/fixtures/suggest-fitting/), with their tags hidden;
//   real      with the corpus folder as an argument, the real reports that carry a hand-made key
//             (scripts/eval-data/, scripts/lib/real-fitting.mjs: ZKTeco 2023 pages, the Hikvision 2022
//             excerpt's lines). The held-out reports (Hikvision 2023, our own held-out fixtures) never are.
// On each, per asked disclosure:
//   positives  every section tagged with it (a real report: its two best sections by BM25 whose own text lies
//              where the key says; a page or line key makes every section there right, passing mentions too);
//   negatives  the two untagged sections with the highest BM25, and the three best sections of the report with the
//              right ones removed (what the suggester would offer if the answer were not there). A section that
//              holds a tagged one or is held by it is neither (a company's index may name either).
// A best candidate inside a tagged chapter counts as right in the figures (as scripts/eval-real.mjs counts it).
// A logistic regression on the features of src/suggest/scoring.ts (the table-evidence coefficient held at its
// set value) gives the coefficients. Weights: with real reports, they weigh half of the total (each real report
// the same) and the fixtures the other half (each fixture the same); without, each fixture weighs the same.
// Left out one report at a time, the fit is tested on that report: how often its best candidate is right
// (hit@1), of the best candidates scoring 0.5 or more the share that is right, the share of right best
// candidates that reach 0.5, and how many best candidates of the report without its answers reach 0.5.
// "Before" is the previous scheme (the five evaluation reports only, each the same), left out the same way.
//   npm run calibrate:suggest [-- ../shared/corpus]   (builds first; prints the coefficients for scoring.ts)
import { join } from 'node:path';
import { loadCatalog, readReport, resolveDisclosure } from '../dist/index.js';
import { analyse } from '../dist/engine/analysis.js';
import { reportDates } from '../dist/engine/dates.js';
import { COEFFICIENTS, SectionIndex, buildQuery, features, queryScale, sectionDocuments } from '../dist/suggest/index.js';
import { evaluationReports, expectedSections, fittingFixtures } from './lib/suggest-metrics.mjs';
import { fittingReports } from './lib/real-fitting.mjs';

const root = join(import.meta.dirname, '..');
const NAMES = ['logRelevance', 'gap', 'head', 'whole', 'coverage'];
/** The candidates `suggest` weighs per disclosure (src/suggest/suggest-report.ts RERANK). */
const WEIGHED = 60;
const catalog = loadCatalog();

/** Whether section `a` holds section `b` (an ancestor of it). */
function holds(sections, a, b) {
  for (let p = sections[b]?.parent ?? null; p !== null; p = sections[p]?.parent ?? null) if (p === a) return true;
  return false;
}

/** One row per (report, disclosure, section, mode) of a tagged fixture: features and whether the section is tagged. */
async function rowsOf({ label, paths }) {
  const report = await readReport(paths);
  const analysis = analyse(report, catalog);
  const asked = [];
  for (const [id, tagged] of expectedSections(report)) {
    const def = analysis.tags.find((t) => t.tag.id === id)?.resolution?.def;
    if (!def || def.perMaterialTopic) continue;
    asked.push({
      def,
      gold: (s) => tagged.has(s),
      // Holding a tagged section or held by one: neither right nor wrong for the fit (see the header).
      ambiguous: (s) => !tagged.has(s) && [...tagged].some((t) => holds(report.sections, s, t) || holds(report.sections, t, s)),
      // Inside a tagged chapter: right for the reader (scripts/eval-real.mjs counts it so), not a positive here.
      inside: (s) => [...tagged].some((t) => holds(report.sections, t, s)),
    });
  }
  return rankAll(label, report, new Set(analysis.indexes.map((t) => t.tableBlock)), asked);
}

/** The same rows for a real report with a hand-made key (scripts/lib/real-fitting.mjs): right = its own text where the key says. */
function realRowsOf(label, fit) {
  const dates = reportDates(fit.report.meta);
  const asked = [...fit.expectedSections].flatMap(([id, right]) => {
    const def = resolveDisclosure(catalog, id, dates)?.def;
    if (!def || def.perMaterialTopic) return [];
    return [{ def, gold: (s) => right.has(s), ambiguous: () => false, inside: () => false, placeKey: true }];
  });
  return rankAll(label, fit.report, new Set(), asked);
}

function rankAll(label, report, excludedTables, asked) {
  const language = report.meta.language ?? 'en';
  const documents = sectionDocuments(report, excludedTables);
  const rows = [];
  const rank = (index, def, judge, mode) => {
    const query = buildQuery(def, catalog.descriptors.get(def.id));
    const scale = queryScale(index, query, language);
    const hits = index.find(query.weights, WEIGHED);
    const [first, second] = [hits[0]?.bm25 ?? 0, hits[1]?.bm25 ?? 0];
    return hits.map((hit, i) => {
      const s = hit.document.section.index;
      return { report: label, id: def.id, mode, gold: judge.gold(s), ambiguous: judge.ambiguous(s), inside: judge.inside(s), placeKey: judge.placeKey === true, f: features(index, query, scale, hit.document, hit.bm25, i === 0 ? second : first) };
    });
  };
  const none = { gold: () => false, ambiguous: () => false, inside: () => false };
  const full = new SectionIndex(documents);
  for (const judge of asked) {
    rows.push(...rank(full, judge.def, judge, 'full'));
    rows.push(...rank(new SectionIndex(documents.filter((d) => !judge.gold(d.section.index))), judge.def, none, 'ablated'));
  }
  return rows;
}

const vector = (f) => [f.logRelevance, f.gap, f.head, f.whole, f.coverage];
const queryKey = (row) => `${row.report}\u0000${row.id}\u0000${row.mode}`;

/** Rows the fit learns from (see the header). */
function trainingRows(rows) {
  const byQuery = new Map();
  for (const row of rows) {
    const list = byQuery.get(queryKey(row)) ?? [];
    list.push(row);
    byQuery.set(queryKey(row), list);
  }
  const picked = [];
  for (const [key, list] of byQuery) {
    // `list` is in BM25 order, so the negatives do not depend on the coefficients being fitted.
    if (key.endsWith('ablated')) picked.push(...list.slice(0, 3));
    else {
      const right = list.filter((r) => r.gold);
      picked.push(...(list[0]?.placeKey ? right.slice(0, 2) : right), ...list.filter((r) => !r.gold && !r.ambiguous).slice(0, 2));
    }
  }
  return picked;
}

/**
 * Each row's weight: the real reports among `rows` weigh half of the total (each the same) and the fixtures
 * the other half (each the same); all of it goes to the fixtures when there is no real report.
 */
function rowWeights(rows, isReal) {
  const perReport = new Map();
  for (const r of rows) perReport.set(r.report, (perReport.get(r.report) ?? 0) + 1);
  const labels = [...perReport.keys()];
  const real = labels.filter(isReal).length;
  const fixtures = labels.length - real;
  const share = (label) => (real === 0 ? 1 / fixtures : fixtures === 0 ? 1 / real : isReal(label) ? 0.5 / real : 0.5 / fixtures);
  // Scaled so that the weights average 1 (the step size below assumes it).
  return rows.map((r) => (rows.length * share(r.report)) / perReport.get(r.report));
}

/** Logistic regression by gradient descent on standardised features; returns raw-scale coefficients. */
function fit(rows, isReal) {
  const X = rows.map((r) => vector(r.f));
  const y = rows.map((r) => (r.gold ? 1 : 0));
  const offset = rows.map((r) => COEFFICIENTS.table * r.f.table.value);
  const weight = rowWeights(rows, isReal);
  const k = NAMES.length;
  const mean = NAMES.map((_, j) => X.reduce((s, x) => s + x[j], 0) / X.length);
  const sd = NAMES.map((_, j) => Math.sqrt(X.reduce((s, x) => s + (x[j] - mean[j]) ** 2, 0) / X.length) || 1);
  const Z = X.map((x) => x.map((v, j) => (v - mean[j]) / sd[j]));
  const w = new Array(k).fill(0);
  let b = 0;
  for (let it = 0; it < 4000; it++) {
    const grad = new Array(k).fill(0);
    let gb = 0;
    for (let i = 0; i < Z.length; i++) {
      const z = Z[i].reduce((s, v, j) => s + v * w[j], b + offset[i]);
      const g = (1 / (1 + Math.exp(-z)) - y[i]) * weight[i];
      for (let j = 0; j < k; j++) grad[j] += g * Z[i][j];
      gb += g;
    }
    for (let j = 0; j < k; j++) w[j] -= 0.5 * (grad[j] / Z.length + 0.001 * w[j]);
    b -= 0.5 * (gb / Z.length);
  }
  const coefficients = Object.fromEntries(NAMES.map((n, j) => [n, w[j] / sd[j]]));
  const intercept = b - NAMES.reduce((s, _, j) => s + (w[j] * mean[j]) / sd[j], 0);
  return { intercept, ...coefficients, table: COEFFICIENTS.table };
}

const scoreWith = (c) => (f) => 1 / (1 + Math.exp(-(c.intercept + NAMES.reduce((s, n, j) => s + c[n] * vector(f)[j], 0) + c.table * f.table.value)));
const round = (x) => Math.round(x * 100) / 100;

/** hit@1 and how the best candidates score, with coefficients `c`, on `rows`. */
function measure(rows, c) {
  const score = scoreWith(c);
  const best = new Map();
  for (const row of rows) {
    const s = score(row.f);
    if (!best.has(queryKey(row)) || s > best.get(queryKey(row)).s) best.set(queryKey(row), { s, row });
  }
  const full = [...best.values()].filter((b) => b.row.mode === 'full');
  const ablated = [...best.values()].filter((b) => b.row.mode === 'ablated');
  const right = full.filter((b) => b.row.gold || b.row.inside);
  const at = (list, t) => list.filter((b) => b.s >= t).length;
  const strong = at(full, 0.5);
  return {
    disclosures: full.length,
    hit1: round(right.length / full.length),
    'best >= 0.5': strong,
    'of them right': strong > 0 ? round(at(right, 0.5) / strong) : 0,
    'right best >= 0.5': right.length > 0 ? round(at(right, 0.5) / right.length) : 0,
    'ablated best >= 0.5': `${at(ablated, 0.5)}/${ablated.length}`,
  };
}

/** With coefficients `c`: at each threshold, how many right and wrong best candidates, untagged runners-up and best candidates without the answer reach it. */
function thresholds(rows, c) {
  const score = scoreWith(c);
  const ranked = new Map();
  for (const row of rows) {
    const list = ranked.get(queryKey(row)) ?? [];
    list.push({ s: score(row.f), row });
    ranked.set(queryKey(row), list);
  }
  const right = [];
  const wrong = [];
  const runnersUp = [];
  const without = [];
  for (const list of ranked.values()) {
    list.sort((a, b) => b.s - a.s);
    const [best, next] = list;
    if (best.row.mode === 'ablated') without.push(best.s);
    else {
      (best.row.gold || best.row.inside ? right : wrong).push(best.s);
      if (next && !next.row.gold && !next.row.inside) runnersUp.push(next.s);
    }
  }
  const at = (list, t) => `${list.filter((s) => s >= t).length}/${list.length}`;
  return [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9].map((t) => ({ 'score >=': t, 'right best': at(right, t), 'wrong best': at(wrong, t), 'untagged runner-up': at(runnersUp, t), 'best without the answer': at(without, t) }));
}

const evaluation = evaluationReports(root);
const reports = [...evaluation, ...fittingFixtures(root)];
const rows = [];
for (const report of reports) rows.push(...(await rowsOf(report)));
// Real reports with a hand-made key (the corpus path as an argument; never the held-out Hikvision 2023).
const real = new Set();
const corpus = process.argv[2];
if (corpus) {
  for (const fitting of fittingReports(corpus)) {
    const label = `corpus/${fitting.name} (hand key)`;
    real.add(label);
    reports.push({ label });
    rows.push(...realRowsOf(label, fitting));
  }
}
const isReal = (label) => real.has(label);
const previous = new Set(evaluation.map((r) => r.label));

/** Left out one report at a time: the fit on `trainable` reports other than it, measured on it. */
function leaveOneOut(trainable) {
  return reports.map(({ label }) => {
    const heldOut = fit(trainingRows(rows.filter((r) => r.report !== label && trainable(r.report))), isReal);
    return { 'held out': label, ...measure(rows.filter((r) => r.report === label), heldOut) };
  });
}

console.log('BEFORE (previous scheme: fitted on the five evaluation reports only, each the same), each report left out of the fit:');
console.table(leaveOneOut((label) => previous.has(label)));
console.log('AFTER (fixtures half of the weight, real reports the other half), each report left out of the fit:');
console.table(leaveOneOut(() => true));
const all = fit(trainingRows(rows), isReal);
console.log('Fitted on all reports:', Object.fromEntries(Object.entries(all).map(([k, v]) => [k, round(v)])));
console.log('In src/suggest/scoring.ts:', COEFFICIENTS);
console.log('Current coefficients, per report (not left out for the five evaluation reports):');
console.table(reports.map(({ label }) => ({ report: label, ...measure(rows.filter((r) => r.report === label), COEFFICIENTS) })));
console.log('Current coefficients, all reports, by threshold:');
console.table(thresholds(rows, COEFFICIENTS));
