#!/usr/bin/env node
// Where the coefficients of `disclose suggest`'s score come from (src/suggest/scoring.ts). On each tagged
// evaluation report (test/fixtures/suggest/, examples/acme-2025), with its tags hidden:
//   positives  every section tagged with a disclosure;
//   negatives  the two untagged sections with the highest BM25, and the three best sections of the report with the
//              tagged ones removed (what the suggester would offer if the answer were not there).
// A logistic regression on the features of src/suggest/scoring.ts (each report weighing the same, the
// table-evidence coefficient held at its set value) gives the coefficients. Left out one report at a time,
// the fit is tested on that report: how often its best candidate is right (hit@1), and how many right
// best candidates, and how many best candidates of the report without its answers, score 0.5 or more.
//   npm run calibrate:suggest          (builds first; prints the coefficients to put in scoring.ts)
import { join } from 'node:path';
import { loadCatalog, readReport } from '../dist/index.js';
import { analyse } from '../dist/engine/analysis.js';
import { COEFFICIENTS, SectionIndex, buildQuery, features, queryScale, sectionDocuments } from '../dist/suggest/index.js';
import { evaluationReports, expectedSections } from './lib/suggest-metrics.mjs';

const root = join(import.meta.dirname, '..');
const NAMES = ['logRelevance', 'gap', 'head', 'whole', 'coverage'];
const catalog = loadCatalog();

/** One row per (report, disclosure, section, mode): features and whether the section is tagged. */
async function rowsOf({ label, paths }) {
  const report = await readReport(paths);
  const analysis = analyse(report, catalog);
  const language = report.meta.language ?? 'en';
  const documents = sectionDocuments(report, new Set(analysis.indexes.map((t) => t.tableBlock)));
  const rows = [];
  const rank = (index, def, tagged, mode) => {
    const query = buildQuery(def, catalog.descriptors.get(def.id));
    const scale = queryScale(index, query, language);
    const hits = index.find(query.weights);
    const [first, second] = [hits[0]?.bm25 ?? 0, hits[1]?.bm25 ?? 0];
    return hits.map((hit, i) => ({ report: label, id: def.id, mode, gold: tagged.has(hit.document.section.index), f: features(index, query, scale, hit.document, hit.bm25, i === 0 ? second : first) }));
  };
  const full = new SectionIndex(documents);
  for (const [id, tagged] of expectedSections(report)) {
    const def = analysis.tags.find((t) => t.tag.id === id)?.resolution?.def;
    if (!def || def.perMaterialTopic) continue;
    rows.push(...rank(full, def, tagged, 'full'));
    rows.push(...rank(new SectionIndex(documents.filter((d) => !tagged.has(d.section.index))), def, new Set(), 'ablated'));
  }
  return rows;
}

const vector = (f) => [f.logRelevance, f.gap, f.head, f.whole, f.coverage];

/** Rows the fit learns from (see the header). */
function trainingRows(rows) {
  const byQuery = new Map();
  for (const row of rows) {
    const key = `${row.report}\u0000${row.id}\u0000${row.mode}`;
    const list = byQuery.get(key) ?? [];
    list.push(row);
    byQuery.set(key, list);
  }
  const picked = [];
  for (const [key, list] of byQuery) {
    // `list` is in BM25 order, so the negatives do not depend on the coefficients being fitted.
    if (key.endsWith('ablated')) picked.push(...list.slice(0, 3));
    else picked.push(...list.filter((r) => r.gold), ...list.filter((r) => !r.gold).slice(0, 2));
  }
  return picked;
}

/** Logistic regression by gradient descent on standardised features; returns raw-scale coefficients. */
function fit(rows) {
  const X = rows.map((r) => vector(r.f));
  const y = rows.map((r) => (r.gold ? 1 : 0));
  const offset = rows.map((r) => COEFFICIENTS.table * r.f.table.value);
  const perReport = new Map();
  for (const r of rows) perReport.set(r.report, (perReport.get(r.report) ?? 0) + 1);
  const weight = rows.map((r) => rows.length / perReport.size / perReport.get(r.report));
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

/** hit@1 and how the best candidates score, with coefficients `c`, on `rows`. */
function measure(rows, c) {
  const score = scoreWith(c);
  const best = new Map();
  for (const row of rows) {
    const key = `${row.report}\u0000${row.id}\u0000${row.mode}`;
    const s = score(row.f);
    if (!best.has(key) || s > best.get(key).s) best.set(key, { s, row });
  }
  const full = [...best.values()].filter((b) => b.row.mode === 'full');
  const ablated = [...best.values()].filter((b) => b.row.mode === 'ablated');
  const right = full.filter((b) => b.row.gold);
  const at = (list, t) => list.filter((b) => b.s >= t).length;
  return { disclosures: full.length, hit1: right.length / full.length, rightAbove: `${at(right, 0.5)}/${right.length}`, ablatedAbove: `${at(ablated, 0.5)}/${ablated.length}` };
}

/** With coefficients `c`: at each threshold, how many right and wrong best candidates, untagged runners-up and best candidates without the answer reach it. */
function thresholds(rows, c) {
  const score = scoreWith(c);
  const ranked = new Map();
  for (const row of rows) {
    const key = `${row.report}\u0000${row.id}\u0000${row.mode}`;
    const list = ranked.get(key) ?? [];
    list.push({ s: score(row.f), row });
    ranked.set(key, list);
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
      (best.row.gold ? right : wrong).push(best.s);
      if (next && !next.row.gold) runnersUp.push(next.s);
    }
  }
  const at = (list, t) => `${list.filter((s) => s >= t).length}/${list.length}`;
  return [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9].map((t) => ({ 'score >=': t, 'right best': at(right, t), 'wrong best': at(wrong, t), 'untagged runner-up': at(runnersUp, t), 'best without the answer': at(without, t) }));
}

const reports = evaluationReports(root);
const rows = [];
for (const report of reports) rows.push(...(await rowsOf(report)));
const round = (x) => Math.round(x * 100) / 100;
const table = [];
for (const { label } of reports) {
  const heldOut = fit(trainingRows(rows.filter((r) => r.report !== label)));
  table.push({ 'held out': label, ...measure(rows.filter((r) => r.report === label), heldOut) });
}
const all = fit(trainingRows(rows));
console.log('Left out of the fit, one report at a time (best candidate: right, and scoring >= 0.5; best candidate once the answers are removed, scoring >= 0.5):');
console.table(table.map((t) => ({ ...t, hit1: round(t.hit1) })));
console.log('Fitted on all reports:', Object.fromEntries(Object.entries(all).map(([k, v]) => [k, round(v)])));
console.log('In src/suggest/scoring.ts:', COEFFICIENTS);
console.log('Current coefficients, all reports:', { ...measure(rows, COEFFICIENTS), hit1: round(measure(rows, COEFFICIENTS).hit1) });
console.log('Current coefficients, all reports, by threshold:');
console.table(thresholds(rows, COEFFICIENTS));
