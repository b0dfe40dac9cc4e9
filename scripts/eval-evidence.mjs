#!/usr/bin/env node
// Runs the evidence rules (issue 16) on the real reports of a corpus folder (../shared/corpus: text extracted
// from report PDFs) and prints the findings' counts by rule and a sample of 20 to judge by hand.
//
//   npm run eval:evidence -- ../shared/corpus [--all] [--seed N]
//   npm run eval:evidence -- --documents [--all]
//
// How a text becomes a report with sections: exactly as scripts/eval-real.mjs (issue 15's real-report
// evaluation) does it, by scripts/lib/real-report.mjs — chapters from the report's contents page, sub-headings
// from short Title Case lines and decorations, the rest paragraphs, pages from the contents — then the
// product's own PDF path (layoutToReport). Where the report has its own GRI content index (Hikvision 2023,
// Appendix 2), the index is left out of the body and each disclosure it places gets a `disclose:` entry in a
// sidecar for the chapter(s) it names, as a user converting that PDF would write. Reports without an index
// get no tags: only total-mismatch and value-conflict (which need none) can speak there. The reporting period
// is the year in the file name. Reads nothing at run time of the product; outside `npm test`.
//
// `--documents`: the PDFs the layout tests generate (test/fixtures/documents/, made-up reports) read by the
// product's PDF reader, each tagged as a user would tag it from its own content index: their index rows give
// pages only (which the rules do not judge), so a sidecar names, per row, the headings its source
// (documents/src/report.*.yaml) places the disclosure under — with the page where a heading is printed twice.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { check } from '../dist/index.js';
import { loadCatalog } from '../dist/catalog/index.js';
import { layoutToReport } from '../dist/ingest/layout/to-report.js';
import { checkReport } from '../dist/engine/run.js';
import { evidenceTargets, judgedTargets } from '../dist/engine/evidence-targets.js';
import { contentsEntries, realReport } from './lib/real-report.mjs';
import { fittingReports } from './lib/real-fitting.mjs';

const RULES = ['no-figures', 'unit-mismatch', 'item-not-addressed', 'period-mismatch', 'total-mismatch', 'value-conflict'];
const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a));
if (!dir && !args.includes('--documents')) {
  console.error('usage: node scripts/eval-evidence.mjs <corpus-dir> [--all] [--seed N] | --documents [--all]');
  process.exit(2);
}
const seedArg = args.indexOf('--seed');
let seed = seedArg >= 0 ? Number(args[seedArg + 1]) : 16;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

const catalog = loadCatalog();
// The GRI disclosures a 2021-style index names (the 2016 editions of 101-103 excepted), as in eval-real.
const disclosures = catalog.standards
  .filter((s) => s.framework === 'gri' && (s.series === 'universal' || s.series === 'topic') && s.status !== 'future' && !/\(2016\)/.test(s.topic))
  .flatMap((s) => s.disclosures)
  .filter((d) => !/^10[0-3]-/.test(d.code) || d.standard.includes('2016'));
const letters = (s) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * The sidecar a user would write from the report's own index: per disclosure, each chapter it names. A
 * chapter printed more than once is named with its page: the one among the index's pages, else the first.
 * (A sidecar names a heading as printed; the heading found is written, so `Appendix 1: KPI Tables` for `KPI Tables`.)
 * A place the index names by a chapter group of the contents page (`Tech for Good`, `Community
 * Responsibility`: no heading of their own in the flattened text, or a same-named line pages away) is tagged
 * on the chapters the contents page lists on the place's pages, as a user reading `Community Responsibility
 * 104-110` tags the chapters printed on 104-110.
 */
function sidecarFromKey(key, sections, file, chapters) {
  const disclose = [];
  let unplaced = 0;
  let byPages = 0;
  const tag = (section, named, id) => disclose.push({ section: section.title, ...(named.length > 1 ? { page: section.page } : {}), line: 1, column: 1, ids: [{ text: id, line: 1, column: 1 }] });
  const headings = (title) => sections.filter((s) => s.depth > 0 && letters(s.title).endsWith(letters(title)));
  for (const [id, places] of key) {
    for (const place of places) {
      // As eval-real judges a candidate: a heading that ends in the chapter's name (`Appendix 1: KPI Tables`) is it.
      const named = headings(place.chapter);
      const onPages = named.filter((s) => place.pages.includes(s.page));
      const paged = chapters.some((c) => c.page !== undefined && letters(c.title) === letters(place.chapter));
      const listed = place.pages.length > 0 && onPages.length === 0 && !paged ? chapters.filter((c) => c.page !== undefined && place.pages.includes(c.page) && letters(c.title) !== letters(place.chapter)) : [];
      if (listed.length > 0) {
        byPages++;
        for (const chapter of listed) {
          const found = headings(chapter.title);
          if (found.length > 0) tag(found.find((s) => s.page === chapter.page) ?? found[0], found, id);
        }
        continue;
      }
      if (named.length === 0) {
        unplaced++;
        continue;
      }
      tag(onPages[0] ?? named[0], named, id);
    }
  }
  return { sidecar: { file: `${file}.disclose.yaml`, meta: {}, disclose, omit: [] }, unplaced, byPages };
}

/** The sidecar of a generated document: each index row's disclosure tagged on the headings its source names. */
function documentSidecar(source, headings) {
  const titles = new Map();
  const walk = (blocks) => {
    for (const b of blocks ?? []) {
      const text = b.h1 ?? b.h2 ?? b.h3;
      if (text !== undefined && b.id) titles.set(b.id, String(text));
    }
  };
  for (const part of [...(source.front ?? []), ...(source.pages ?? [])]) walk(part.blocks);
  const disclose = [];
  for (const group of source.index.groups) {
    for (const row of group.rows) {
      for (const id of row.at ?? []) {
        const title = titles.get(id);
        if (title === undefined) continue;
        const printed = headings.filter((h) => h.text === title);
        disclose.push({ section: title, ...(printed.length > 1 ? { page: printed[0].page } : {}), ids: [`GRI ${row.code}`] });
      }
    }
  }
  return { disclose };
}

/**
 * The sidecar of the held-out document (no source with section ids: its index gives pages only): each
 * disclosure tagged on every heading printed on its pages, the way a user tags a page-only index. The
 * disclosure is judged over all of them together, so a neighbour's text can only keep a rule silent.
 */
function pagesSidecar(truth) {
  const disclose = [];
  for (const row of truth.index.rows) {
    for (const page of row.pages ?? []) {
      for (const heading of truth.headings.filter((h) => h.page === page)) {
        const printed = truth.headings.filter((h) => h.text === heading.text);
        disclose.push({ section: heading.text, ...(printed.length > 1 ? { page } : {}), ids: [`GRI ${row.code}`] });
      }
    }
  }
  return { disclose };
}

async function documents() {
  const root = new URL('../test/fixtures/documents/', import.meta.url).pathname;
  const truth = JSON.parse(readFileSync(join(root, 'truth.json'), 'utf8'));
  const work = mkdtempSync(join(tmpdir(), 'eval-evidence-'));
  const found = [];
  const heldOut = JSON.parse(readFileSync(join(root, 'held-out', 'held-out.truth.json'), 'utf8')).documents[0];
  try {
    for (const doc of [...truth.documents, { ...heldOut, file: `held-out/${heldOut.file}` }]) {
      if (doc.features.includes('scanned') || !doc.index) continue;
      const held = doc.file.startsWith('held-out/');
      const base = doc.file.replace(/^.*\//, '');
      const name = base.replace(/\.pdf$/, '');
      copyFileSync(join(root, doc.file), join(work, base));
      const sidecar = held ? pagesSidecar(doc) : documentSidecar(parse(readFileSync(join(root, 'src', `report.${doc.language}.yaml`), 'utf8')), doc.headings);
      writeFileSync(join(work, `${name}.disclose.yaml`), stringify(sidecar));
      const result = await check([join(work, base)], { config: false, rules: { 'item-not-addressed': 'warning' } });
      const findings = result.reports.flatMap((r) => r.findings).filter((f) => RULES.includes(f.ruleId));
      const byRule = RULES.map((r) => `${r} ${findings.filter((f) => f.ruleId === r).length}`).join(', ');
      console.log(`${doc.file}: ${sidecar.disclose.length} tags; ${byRule}`);
      for (const f of findings) found.push({ file: doc.file, ...f });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`\n${found.length} findings\n`);
  found.forEach((f, i) => console.log(`${String(i + 1).padStart(2)}. [${f.ruleId}] ${f.file} p. ${f.page ?? '-'}: ${f.message}`));
}

if (args.includes('--documents')) {
  await documents();
  process.exit(0);
}

const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const counts = Object.fromEntries(RULES.map((r) => [r, 0]));
const all = [];
// Reports without their own index but with a hand-made answer key (scripts/eval-data/*.key.json, made for
// fitting suggest: ZKTeco 2023, the Hikvision excerpt): each keyed disclosure is tagged on the sections the
// key places it in, as the report's writer would tag them, and the rules judge those places. The key says
// "partial" where the place addresses the disclosure without all it asks: there a finding may well be right.
const keyed = new Map(fittingReports(dir).map((fit) => [fit.corpusFile, fit]));
for (const file of files.filter((f) => keyed.has(f))) {
  const fit = keyed.get(file);
  const tags = [...fit.expectedSections].flatMap(([id, sections]) => [...sections].map((index) => {
    const section = fit.report.sections[index];
    return { raw: id, id, section: index, file: section.file, ...(section.page !== undefined ? { page: section.page } : {}) };
  }));
  const report = { ...fit.report, tags: [...fit.report.tags, ...tags] };
  const { result } = checkReport(report, catalog, file, { 'item-not-addressed': 'warning' });
  const found = result.findings.filter((f) => RULES.includes(f.ruleId));
  for (const r of RULES) counts[r] += found.filter((f) => f.ruleId === r).length;
  console.log(`${file}: ${report.sections.length - 1} sections, ${tags.length} tags from our hand key (${fit.key.size} disclosures); ${RULES.map((r) => `${r} ${found.filter((f) => f.ruleId === r).length}`).join(', ')}`);
  for (const f of found) all.push({ file, ...f, answer: fit.key.get(f.disclosure ?? '')?.answer, where: report.sections[f.section]?.headingPath?.join(' > ') });
}
for (const file of files.filter((f) => !keyed.has(f))) {
  const name = file.replace(/\.txt$/, '');
  const year = Number(/(20\d\d)/.exec(name)?.[1] ?? 2023);
  const meta = { title: name, language: 'en', period: { start: `${year}-01-01`, end: `${year}-12-31` }, frameworks: { gri: { claim: 'with-reference' } } };
  const text = readFileSync(join(dir, file), 'utf8');
  const { doc, key } = realReport(text, `${name}.pdf`, disclosures);
  const bare = layoutToReport(doc, undefined, meta);
  // The contents page's chapters with their printed pages, as scripts/lib/real-report.mjs reads them.
  const lines = text.split('\n');
  const chapters = contentsEntries(lines.slice(1, Math.max(0, lines.findIndex((l) => l.length > 400))));
  const { sidecar, unplaced, byPages } = sidecarFromKey(key, bare.sections, name, chapters);
  const report = layoutToReport(doc, sidecar, meta);
  const { result, analysis } = checkReport(report, catalog, file, { 'item-not-addressed': 'warning' });
  // What the rules judged: places located by a tag or a section name, with text under them (judgedTargets).
  const placed = evidenceTargets(analysis).filter((t) => !t.approximate).length;
  const judged = judgedTargets(analysis).length;
  const found = result.findings.filter((f) => RULES.includes(f.ruleId));
  const byRule = Object.fromEntries(RULES.map((r) => [r, found.filter((f) => f.ruleId === r).length]));
  for (const r of RULES) counts[r] += byRule[r];
  const tagged = `${report.tags.length} tags from its own index${unplaced ? ` (${unplaced} chapters named there are no heading)` : ''}${byPages ? ` (${byPages} places by the chapters on their pages)` : ''}`;
  const judging = placed > 0 ? `; ${judged} of ${placed} places judged (the rest have no sentence, figure or table under their heading)` : '';
  console.log(`${file}: ${report.sections.length - 1} sections, ${report.tables.length} tables, ${tagged}${judging}; ${RULES.map((r) => `${r} ${byRule[r]}`).join(', ')}`);
  for (const f of found) all.push({ file, ...f, where: report.sections[f.section]?.headingPath?.join(' > ') });
}
console.log(`\ntotal: ${RULES.map((r) => `${r} ${counts[r]}`).join(', ')} (${all.length} findings)\n`);
const sample = args.includes('--all') ? all : [...all].sort(() => random() - 0.5).slice(0, 20);
sample.forEach((f, i) => console.log(`${String(i + 1).padStart(2)}. [${f.ruleId}] ${f.file}${f.answer ? ` (key: ${f.answer})` : ''}: ${f.message}`));
