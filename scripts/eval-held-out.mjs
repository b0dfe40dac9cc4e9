#!/usr/bin/env node
// How well `disclose suggest` does on reports it was never fitted on and that were written without seeing
// its output (issue 15): the held-out reports of test/fixtures/suggest-held-out/ (README.md there), each
// with an answer key beside it. Same figures as scripts/eval-real.mjs, per report and overall; then the
// English report's PDF through the PDF reader, and `disclose index <pdf> --draft --all --format json` judged by
// its key: how many suggested rows a reviewer would accept, how many "to review" rows were right, and
// whether anything was claimed that no suggestion found.
//   npm run eval:held-out                       (builds first)
//   node scripts/eval-held-out.mjs [--json] [--misses N]
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCatalog, readReport, suggestForReport } from '../dist/index.js';
import { DRAFT_KEY, DRAFT_PDF, HELD_OUT_DIR, heldOutMetrics, heldOutReports, readKey, scoreAgainstKey, scoreDraft } from './lib/held-out.mjs';
import { RANK_LIMIT } from './lib/suggest-metrics.mjs';

let parsed;
try {
  parsed = parseArgs({ args: process.argv.slice(2), options: { json: { type: 'boolean' }, misses: { type: 'string' } } });
} catch (error) {
  console.error(`eval-held-out: ${error.message}`);
  process.exit(2);
}
const missCount = parsed.values.misses === undefined ? 15 : Number(parsed.values.misses);
const root = join(import.meta.dirname, '..');
const catalog = loadCatalog();

/** Every candidate listed (`all`, threshold 0), as scripts/eval-real.mjs asks: the ranking is measured, not the cut. */
async function scoreFile(label, path, key) {
  const report = await readReport([path]);
  const suggestions = suggestForReport(report, catalog, { all: true, top: RANK_LIMIT, minScore: 0, ignoreTags: true, label });
  return { label, sections: report.sections.length - 1, items: scoreAgainstKey(label, suggestions, key) };
}

const reports = [];
for (const { label, path, keyPath } of heldOutReports(root)) reports.push(await scoreFile(label, path, readKey(keyPath)));
const items = reports.flatMap((r) => r.items);
const frameworks = [...new Set(items.map((i) => i.framework))].sort();
const overall = heldOutMetrics(items);
const byFramework = Object.fromEntries(frameworks.map((f) => [f, heldOutMetrics(items.filter((i) => i.framework === f))]));

const draftKey = readKey(join(root, HELD_OUT_DIR, DRAFT_KEY));
const pdfPath = join(root, HELD_OUT_DIR, DRAFT_PDF);
const pdf = await scoreFile(`${DRAFT_PDF} (PDF reader)`, pdfPath, draftKey);
// The command a user runs, on the built CLI: the draft is measured as it is printed.
const draftJson = execFileSync(process.execPath, [join(root, 'dist', 'cli', 'main.js'), 'index', pdfPath, '--draft', '--all', '--format', 'json'], { maxBuffer: 1 << 26 }).toString();
const draft = scoreDraft(JSON.parse(draftJson), draftKey);

const misses = items
  .filter((i) => i.rank !== 1)
  .sort((a, b) => (b.rank === 0) - (a.rank === 0) || b.rank - a.rank || a.report.localeCompare(b.report) || a.id.localeCompare(b.id, 'en', { numeric: true }))
  .slice(0, missCount);

const r3 = (x) => x.toFixed(3);
if (parsed.values.json) {
  const perReport = reports.map((r) => ({ label: r.label, sections: r.sections, metrics: heldOutMetrics(r.items) }));
  process.stdout.write(`${JSON.stringify({ overall, byFramework, reports: perReport, pdf: { label: pdf.label, metrics: heldOutMetrics(pdf.items) }, draft, items }, null, 2)}\n`);
} else {
  const out = [];
  out.push('Held-out suggest reports (written blind, never fitted on): every candidate listed (--all), tags ignored', '');
  out.push('| set | disclosures | hit@1 | hit@3 | MRR | right when best ≥ 0.5 (n) | right in top 3 shown at 0.5 | every shown candidate right (n) | not asked |');
  out.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  const row = (label, m) => out.push(`| ${label} | ${m.count} | ${r3(m.hit1)} | ${r3(m.hit3)} | ${r3(m.mrr)} | ${r3(m.precisionAt05)} (${m.strongCount}) | ${r3(m.shownOfRight)} | ${r3(m.shownPrecision)} (${m.shownCount}) | ${m.notAsked} |`);
  for (const r of reports) row(`${r.label} (${r.sections} sections)`, heldOutMetrics(r.items));
  row('**overall**', overall);
  for (const f of frameworks) row(`  ${f}`, byFramework[f]);
  row(`${pdf.label} (${pdf.sections} sections)`, heldOutMetrics(pdf.items));
  out.push('', `disclose index ${DRAFT_PDF} --draft --all --format json, judged by ${DRAFT_KEY} (${draftKey.size} keyed disclosures):`);
  out.push(`  suggested rows: ${draft.suggested}; a reviewer would accept ${draft.accepted} (right section by the key), ${draft.wrong} wrong, ${draft.unkeyed} of disclosures the report does not answer`);
  out.push(`  "to review" rows: ${draft.toReview}; right section ${draft.toReviewRight}, ${draft.toReviewUnkeyed} of disclosures the report does not answer`);
  out.push(`  keyed disclosures not placed: ${draft.keyedNotPlaced}; rows claimed without a suggestion placing them: ${draft.claimedNotFound.length}${draft.claimedNotFound.length ? ` (${draft.claimedNotFound.join(', ')})` : ''}`);
  for (const r of draft.rows.filter((x) => x.verdict !== 'right')) out.push(`    ${r.verdict} ${r.id} (${r.score}) at ${r.where.join('; ')}`);
  out.push('', `worst misses (rank 0: not in the top ${RANK_LIMIT}):`);
  for (const m of misses) out.push(`  ${m.report} ${m.id} rank ${m.rank}${m.asked ? '' : ' (not asked)'}  expected ${m.expected.join(' | ')}  got ${m.best ? `${m.best.headingPath.join(' > ')} (${m.best.score})` : 'nothing'}`);
  process.stdout.write(`${out.join('\n')}\n`);
}
