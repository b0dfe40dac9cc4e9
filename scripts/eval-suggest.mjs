#!/usr/bin/env node
// How well `disclose suggest` ranks the sections that answer each disclosure. Each report in
// test/fixtures/suggest/ (and examples/acme-2025) is fully tagged; the tags are the known answers. The
// suggester sees the report with its tags hidden, and we score its top 10 per tagged disclosure:
// hit@1, hit@3 and MRR, per report, per framework and overall, against test/fixtures/suggest/floor.json.
//   npm run eval                  (builds first)
//   node scripts/eval-suggest.mjs [--json] [--misses N]
// Exit code 1 when an overall figure is below its floor, 2 on bad usage.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_MIN_SCORE, DEFAULT_TOP, loadCatalog, readReport, suggestForReport } from '../dist/index.js';
import { FLOOR_FILE, RANK_LIMIT, belowFloor, evaluate, shownShare, worstMisses } from './lib/suggest-metrics.mjs';

const root = join(import.meta.dirname, '..');

let options;
try {
  options = parseArgs({ args: process.argv.slice(2), options: { json: { type: 'boolean' }, misses: { type: 'string' } } }).values;
} catch (error) {
  console.error(`eval-suggest: ${error.message}\nusage: node scripts/eval-suggest.mjs [--json] [--misses N]`);
  process.exit(2);
}
const missCount = options.misses === undefined ? 20 : Number(options.misses);
if (!Number.isInteger(missCount) || missCount < 0) {
  console.error('eval-suggest: --misses takes a whole number');
  process.exit(2);
}

const evaluation = await evaluate({ readReport, loadCatalog, suggestForReport }, root);
const floorPath = join(root, FLOOR_FILE);
const floor = existsSync(floorPath) ? JSON.parse(readFileSync(floorPath, 'utf8')) : null;
const failures = floor ? belowFloor(evaluation.overall, floor) : [];
const misses = worstMisses(evaluation.items, missCount);

// What `disclose suggest` shows by default (top 3, score ≥ its minimum): the ranking metrics ignore scores.
const shown = (items) => shownShare(items, DEFAULT_TOP, DEFAULT_MIN_SCORE);
const byFramework = Object.entries(evaluation.byFramework).map(([f, m]) => [f, { ...m, shown: shown(evaluation.items.filter((i) => i.framework === f)) }]);
const perReport = evaluation.reports.map((r) => [r.label, { ...r.metrics, shown: shown(r.items) }]);
const overall = { ...evaluation.overall, shown: shown(evaluation.items) };

const round = (x) => Math.round(x * 1000) / 1000;
const rounded = (m) => ({ count: m.count, hit1: round(m.hit1), hit3: round(m.hit3), mrr: round(m.mrr), shown: round(m.shown) });

if (options.json) {
  const json = {
    rankLimit: RANK_LIMIT,
    shownBy: { top: DEFAULT_TOP, minScore: DEFAULT_MIN_SCORE },
    overall: rounded(overall),
    byFramework: Object.fromEntries(byFramework.map(([f, m]) => [f, rounded(m)])),
    reports: perReport.map(([report, m]) => ({ report, ...rounded(m) })),
    floor,
    belowFloor: failures,
    worstMisses: misses,
    disclosures: evaluation.items,
  };
  process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
} else {
  // Columns line up in a terminal: CJK and emoji take two cells, variation selectors none.
  const cells = (text) => [...text].reduce((n, ch) => n + (/[\u{FE00}-\u{FE0F}\u{200D}]/u.test(ch) ? 0 : /[\p{Script=Han}\u{3000}-\u{303F}\u{FF00}-\u{FF60}\u{FFE0}-\u{FFE6}\p{Extended_Pictographic}]/u.test(ch) ? 2 : 1), 0);
  const pad = (text, n) => text + ' '.repeat(Math.max(0, n - cells(text)));
  const figures = (m) => `${String(m.count).padStart(11)}${m.hit1.toFixed(3).padStart(8)}${m.hit3.toFixed(3).padStart(8)}${m.mrr.toFixed(3).padStart(8)}${m.shown.toFixed(3).padStart(8)}`;
  const width = Math.max(...evaluation.reports.map((r) => r.label.length), 12) + 2;
  const header = (first) => `${first.padEnd(width)}disclosures   hit@1   hit@3     MRR   shown`;
  const cut = (text, n) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

  console.log(`suggest evaluation: tags hidden, top ${RANK_LIMIT} candidates per tagged disclosure`);
  console.log(`(shown: the right section is among what \`disclose suggest\` shows by default, top ${DEFAULT_TOP} with score ≥ ${DEFAULT_MIN_SCORE})\n`);
  console.log(header('report'));
  for (const [label, m] of perReport) console.log(`${label.padEnd(width)}${figures(m)}`);
  console.log(`${'all reports'.padEnd(width)}${figures(overall)}\n`);
  console.log(header('framework'));
  for (const [framework, m] of byFramework) console.log(`${framework.padEnd(width)}${figures(m)}`);

  if (misses.length > 0) {
    console.log(`\nworst misses (rank 0: no right section in the top ${RANK_LIMIT})`);
    console.log(`${'rank'.padEnd(6)}${'disclosure'.padEnd(20)}${'expected section'.padEnd(42)}ranked first  [report]`);
    for (const m of misses) {
      const expected = cut(m.expected.map((e) => e.title).join(' | '), 36);
      const first = m.first ? `${cut(m.first.title, 36)} (${m.first.score.toFixed(2)})` : '(no candidate)';
      console.log(`${String(m.rank).padEnd(6)}${m.disclosure.padEnd(20)}${pad(expected, 42)}${first}  [${m.report.split('/').pop()}]`);
    }
  }

  if (!floor) console.log(`\nno floor yet: write ${FLOOR_FILE} with the overall figures minus 0.02`);
  else if (failures.length === 0) console.log(`\nfloor (${FLOOR_FILE}): hit@1 ≥ ${floor.hit1}, hit@3 ≥ ${floor.hit3}, MRR ≥ ${floor.mrr} — met`);
  else console.log(`\nBELOW THE FLOOR (${FLOOR_FILE}): ${failures.join(', ')}`);
}

if (failures.length > 0) process.exitCode = 1;
