#!/usr/bin/env node
// A small hyper-parameter study of suggest's ranking on FITTING data (issue 15, item 3): are BM25's k1 and b,
// the title (own heading) boost and the weight of requirement labels, set by hand on clean Markdown, wrong
// for the long, flattened, noisy sections of real PDF text? Each setting of a small grid is run through the
// library (src/suggest/ranking-params.ts `withRankingParams`: no code edited between runs; the score's
// coefficients stay those of scoring.ts, fitted with the defaults) and scored by hit@1, hit@3 and MRR on:
//   in-repo   the tagged evaluation reports of `npm run eval` (test/fixtures/suggest/, examples/acme-2025),
//             right = a tagged section, exactly as `npm run eval` counts it;
//   fitting   the PDF-shaped fixtures of test/fixtures/suggest-fitting/, right = a tagged section or one
//             inside it (as calibrate-suggest.mjs counts it in its figures);
//   <real>    each real report of the corpus with a hand key (scripts/lib/real-fitting.mjs: ZKTeco 2023, the
//             Hikvision 2022 excerpt), right = its own text where the key says, as eval-real.mjs counts it.
// The held-out reports (Hikvision 2023, test/fixtures/suggest-held-out/) are never read.
//
// Choice, leaving each real report out (fixed before measuring; the first commit of this study says so):
// among the settings that pass the in-repo guard (hit@1 ≥ 0.90, hit@3 ≥ 0.97, and per framework neither
// hit@3 nor MRR more than 0.02 below the defaults'), the one with the highest mean MRR over the OTHER sets
// (in-repo, fitting, the other real report; each set the same weight); ties to the setting closest to the
// defaults (fewest parameters changed), then grid order. The left-out report's figures at that setting are
// its honest figures. A setting is adopted only if, chosen with ZKTeco left out, it raises ZKTeco's MRR by
// at least 0.02 with hit@3 not lower, does not lower the excerpt's hit@3, and passes the in-repo guard.
//
// Result (scripts/eval-data/tune-suggest-params.md, 144 settings, ~45 s): no setting passes; the defaults
// stay. Chosen without ZKTeco, the best setting lowers ZKTeco's MRR (0.793 → 0.784) and hit@3 (0.902 →
// 0.882); no grid setting passes even when chosen on ZKTeco itself. The figures barely move over the grid.
//
//   npm run build && node scripts/tune-suggest-params.mjs <corpus-dir> [--json] [--defaults-only]
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { loadCatalog, readReport, suggestForReport } from '../dist/index.js';
import { DEFAULT_RANKING, withRankingParams } from '../dist/suggest/index.js';
import { RANK_LIMIT, evaluationReports, expectedSections, fittingFixtures, metricsOf, scoreReport } from './lib/suggest-metrics.mjs';
import { fittingReports } from './lib/real-fitting.mjs';

const root = join(import.meta.dirname, '..');

/** The grid: four parameters that plausibly matter for long noisy sections; the defaults are in each list. */
const GRID = {
  b: [0.3, 0.5, 0.7, 0.9],
  k1: [0.8, 1.2, 1.6, 2.4],
  title: [2, 3, 4.5],
  labelWeight: [0.15, 0.3, 0.5],
};
const DEFAULTS = { b: DEFAULT_RANKING.b, k1: DEFAULT_RANKING.k1, title: DEFAULT_RANKING.fieldBoost.title, labelWeight: DEFAULT_RANKING.labelWeight };
const GUARD = { hit1: 0.9, hit3: 0.97, frameworkDrop: 0.02 };
const ADOPT = { mrrGain: 0.02 };

let parsed;
try {
  parsed = parseArgs({ args: process.argv.slice(2), allowPositionals: true, options: { json: { type: 'boolean' }, 'defaults-only': { type: 'boolean' } } });
} catch (error) {
  console.error(`tune-suggest-params: ${error.message}`);
  process.exit(2);
}
const [corpus] = parsed.positionals;
if (!corpus) {
  console.error('usage: node scripts/tune-suggest-params.mjs <corpus-dir> [--json] [--defaults-only]');
  process.exit(2);
}

const catalog = loadCatalog();
const inRepo = await Promise.all(evaluationReports(root).map(async ({ label, paths }) => ({ label, report: await readReport(paths) })));
const fixtures = await Promise.all(fittingFixtures(root).map(async ({ label, paths }) => ({ label, report: await readReport(paths) })));
const reals = fittingReports(corpus);
if (reals.length === 0) {
  console.error(`tune-suggest-params: no real fitting report (scripts/eval-data/*.key.json) found in ${corpus}`);
  process.exit(2);
}
const REAL_NAMES = reals.map((r) => r.name);

/** Whether section `a` holds section `b` (an ancestor of it). */
function holds(sections, a, b) {
  for (let p = sections[b]?.parent ?? null; p !== null; p = sections[p]?.parent ?? null) if (p === a) return true;
  return false;
}

/** The fitting fixtures: a tagged section or one inside it is right. */
function fixtureRanks(report) {
  const suggestions = suggestForReport(report, catalog, { top: RANK_LIMIT, minScore: 0, ignoreTags: true });
  const byPath = new Map();
  for (const s of report.sections) if (!byPath.has(s.headingPath.join('\n'))) byPath.set(s.headingPath.join('\n'), s.index);
  return [...expectedSections(report)].map(([id, tagged]) => {
    const candidates = suggestions.suggestions.find((s) => s.disclosure === id)?.candidates ?? [];
    const right = (c) => {
      const s = byPath.get(c.headingPath.join('\n'));
      return s !== undefined && (tagged.has(s) || [...tagged].some((t) => holds(report.sections, t, s)));
    };
    return candidates.findIndex(right) + 1;
  });
}

/** A real report with a hand key: ranks of the first right candidate, as eval-real.mjs computes them. */
function realRanks(fit) {
  const suggestions = suggestForReport(fit.report, catalog, { all: true, top: RANK_LIMIT, minScore: 0, ignoreTags: true });
  return [...fit.key].map(([id]) => (suggestions.suggestions.find((s) => s.disclosure === id)?.candidates ?? []).findIndex((c) => fit.isRight(id, c)) + 1);
}

/** Every set's figures for one setting. */
function measure(setting) {
  const changes = { b: setting.b, k1: setting.k1, labelWeight: setting.labelWeight, fieldBoost: { title: setting.title } };
  return withRankingParams(changes, () => {
    const items = inRepo.flatMap(({ label, report }) => scoreReport(label, report, suggestForReport(report, catalog, { top: RANK_LIMIT, minScore: 0, ignoreTags: true })).items);
    const frameworks = [...new Set(items.map((i) => i.framework))].sort();
    const sets = {
      'in-repo': metricsOf(items.map((i) => i.rank)),
      fitting: metricsOf(fixtures.flatMap(({ report }) => fixtureRanks(report))),
    };
    for (const fit of reals) sets[fit.name] = metricsOf(realRanks(fit));
    return { setting, sets, byFramework: Object.fromEntries(frameworks.map((f) => [f, metricsOf(items.filter((i) => i.framework === f).map((i) => i.rank))])) };
  });
}

const settings = [];
for (const b of GRID.b) for (const k1 of GRID.k1) for (const title of GRID.title) for (const labelWeight of GRID.labelWeight) settings.push({ b, k1, title, labelWeight });
const isDefault = (s) => Object.keys(DEFAULTS).every((k) => s[k] === DEFAULTS[k]);
const changed = (s) => Object.keys(DEFAULTS).filter((k) => s[k] !== DEFAULTS[k]).length;

const started = Date.now();
const baseline = measure(DEFAULTS);
const results = parsed.values['defaults-only'] ? [baseline] : settings.map((s) => (isDefault(s) ? baseline : measure(s)));
const seconds = (Date.now() - started) / 1000;

const guardOf = (r) => {
  const m = r.sets['in-repo'];
  const drops = Object.entries(r.byFramework).filter(([f, fm]) => ['hit3', 'mrr'].some((k) => baseline.byFramework[f][k] - fm[k] > GUARD.frameworkDrop + 1e-9)).map(([f]) => f);
  return { ok: m.hit1 >= GUARD.hit1 && m.hit3 >= GUARD.hit3 && drops.length === 0, drops };
};

/** The choice with `leftOut` (a real report's name) out: the best mean MRR over the other sets among guarded settings. */
function choose(leftOut) {
  const others = Object.keys(baseline.sets).filter((name) => name !== leftOut);
  const objective = (r) => others.reduce((sum, name) => sum + r.sets[name].mrr, 0) / others.length;
  const eligible = results.map((r, order) => ({ r, order, objective: objective(r) })).filter(({ r }) => guardOf(r).ok);
  eligible.sort((a, b) => b.objective - a.objective || changed(a.r.setting) - changed(b.r.setting) || a.order - b.order);
  return { leftOut, others, chosen: eligible[0]?.r, objective: eligible[0]?.objective, defaultObjective: objective(baseline) };
}

const choices = REAL_NAMES.map(choose);
const zk = REAL_NAMES.find((n) => n.startsWith('zkteco'));
const excerpt = REAL_NAMES.find((n) => n.includes('excerpt'));
const zkChoice = choices.find((c) => c.leftOut === zk);
const verdict = (() => {
  const r = zkChoice?.chosen;
  if (!r || !zk) return { adopt: false, why: 'no ZKTeco report, or no setting passes the in-repo guard' };
  if (isDefault(r.setting)) return { adopt: false, why: 'chosen without ZKTeco, the defaults are best' };
  const reasons = [];
  const z = r.sets[zk];
  const z0 = baseline.sets[zk];
  if (z.mrr - z0.mrr < ADOPT.mrrGain - 1e-9) reasons.push(`ZKTeco MRR ${z.mrr.toFixed(3)} vs ${z0.mrr.toFixed(3)} (needs +${ADOPT.mrrGain})`);
  if (z.hit3 < z0.hit3 - 1e-9) reasons.push(`ZKTeco hit@3 ${z.hit3.toFixed(3)} < ${z0.hit3.toFixed(3)}`);
  if (excerpt && r.sets[excerpt].hit3 < baseline.sets[excerpt].hit3 - 1e-9) reasons.push(`excerpt hit@3 ${r.sets[excerpt].hit3.toFixed(3)} < ${baseline.sets[excerpt].hit3.toFixed(3)}`);
  if (!guardOf(r).ok) reasons.push('in-repo guard');
  return { adopt: reasons.length === 0, why: reasons.length === 0 ? 'passes every condition' : reasons.join('; ') };
})();

const f3 = (x) => x.toFixed(3);
const label = (s) => `b ${s.b} · k1 ${s.k1} · title ${s.title} · label ${s.labelWeight}`;
if (parsed.values.json) {
  process.stdout.write(`${JSON.stringify({ grid: GRID, defaults: DEFAULTS, seconds, results: results.map((r) => ({ ...r, guard: guardOf(r) })), choices: choices.map((c) => ({ ...c, chosen: c.chosen?.setting })), verdict }, null, 2)}\n`);
} else {
  const names = Object.keys(baseline.sets);
  const out = [`${results.length} settings in ${seconds.toFixed(0)} s; sets: ${names.join(', ')} (${names.map((n) => baseline.sets[n].count).join(', ')} disclosures)`, ''];
  out.push(`| setting | guard | ${names.map((n) => `${n} hit@1 / hit@3 / MRR`).join(' | ')} |`);
  out.push(`|---|---|${names.map(() => '---').join('|')}|`);
  const sorted = [...results].sort((a, b) => (isDefault(b.setting) ? 1 : 0) - (isDefault(a.setting) ? 1 : 0));
  for (const r of sorted) {
    const g = guardOf(r);
    out.push(`| ${label(r.setting)}${isDefault(r.setting) ? ' (defaults)' : ''} | ${g.ok ? 'ok' : `fails${g.drops.length ? ` (${g.drops.join(', ')})` : ''}`} | ${names.map((n) => `${f3(r.sets[n].hit1)} / ${f3(r.sets[n].hit3)} / ${f3(r.sets[n].mrr)}`).join(' | ')} |`);
  }
  out.push('', 'Leave one real report out: chosen on the other sets (mean MRR), reported on the one left out.');
  out.push('| left out | chosen setting | objective (defaults) | left-out hit@1 / hit@3 / MRR | at the defaults |');
  out.push('|---|---|---|---|---|');
  for (const c of choices) {
    const r = c.chosen;
    const d = baseline.sets[c.leftOut];
    out.push(`| ${c.leftOut} | ${r ? label(r.setting) : 'none passes the guard'} | ${r ? f3(c.objective) : ''} (${f3(c.defaultObjective)}) | ${r ? `${f3(r.sets[c.leftOut].hit1)} / ${f3(r.sets[c.leftOut].hit3)} / ${f3(r.sets[c.leftOut].mrr)}` : ''} | ${f3(d.hit1)} / ${f3(d.hit3)} / ${f3(d.mrr)} |`);
  }
  out.push('', `Decision: ${verdict.adopt ? 'ADOPT' : 'keep the defaults'} (${verdict.why}).`);
  if (zkChoice?.chosen) {
    const r = zkChoice.chosen;
    out.push('', `In-repo by framework at the setting chosen without ZKTeco (${label(r.setting)}) vs the defaults:`);
    for (const [f, m] of Object.entries(r.byFramework)) out.push(`  ${f}: hit@3 ${f3(m.hit3)} (${f3(baseline.byFramework[f].hit3)}), MRR ${f3(m.mrr)} (${f3(baseline.byFramework[f].mrr)})`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

