#!/usr/bin/env node
// `npm run eval:layout`: runs the built PDF layout reader (dist/ingest/pdf/lay-out.js) on each generated
// test document (test/fixtures/documents/) and prints, against truth.json, headings precision/recall,
// sections on the right printed page, printed page numbers and content-index rows read.
//   node scripts/eval-layout.mjs [--json] [--truth FILE]   (FILE: another ground truth, e.g. the held-out
//   layout's test/fixtures/documents/held-out/held-out.truth.json; its documents sit beside it)
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { scoreDocument } from './lib/layout-metrics.mjs';

const root = resolve(import.meta.dirname, '..');
const truthArg = process.argv.indexOf('--truth');
const truthFile = truthArg > 0 ? resolve(process.argv[truthArg + 1]) : join(root, 'test', 'fixtures', 'documents', 'truth.json');
const dir = dirname(truthFile);
const truth = JSON.parse(readFileSync(truthFile, 'utf8'));
const { layOutPdf } = await import(pathToFileURL(join(root, 'dist', 'ingest', 'pdf', 'lay-out.js')).href);

const results = [];
for (const doc of truth.documents) {
  const bytes = new Uint8Array(readFileSync(join(dir, doc.file)));
  const started = performance.now();
  try {
    const laidOut = await layOutPdf(bytes, doc.file);
    results.push({ ...scoreDocument(doc, laidOut), ms: Math.round(performance.now() - started), expectedRefusal: doc.refusal ?? null });
  } catch (error) {
    results.push({ file: doc.file, refused: String(error?.message ?? error), expectedRefusal: doc.refusal ?? null, ms: Math.round(performance.now() - started) });
  }
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(results, null, 2));
} else {
  const pct = (a, b) => (b ? `${a}/${b}` : '–');
  console.log('document             headings P / R     levels    sections on page   printed pages   index rows   time');
  for (const r of results) {
    if (r.refused) {
      const note = r.expectedRefusal ? `refused as expected: ${r.refused}` : `REFUSED: ${r.refused}`;
      console.log(`${r.file.padEnd(20)} ${note}`);
      continue;
    }
    const h = r.headings;
    console.log(`${r.file.padEnd(20)} ${h.precision.toFixed(2)} / ${h.recall.toFixed(2)}        ${pct(h.levelsRight, h.matched).padEnd(9)} ${pct(r.sections.right, r.sections.of).padEnd(18)} ${pct(r.pages.right, r.pages.of).padEnd(15)} ${pct(r.index.read, r.index.of).padEnd(12)} ${r.ms} ms` +
      (r.expectedRefusal ? '  (should have been refused)' : ''));
    if (r.missed.length) console.log(`  missed: ${r.missed.join(' | ')}`);
    if (r.falsePositives.length) console.log(`  not headings: ${r.falsePositives.join(' | ')}`);
  }
}
