#!/usr/bin/env node
// Measures the DOCX reader on real files (issue 13, item 2): time and peak memory of layOutDocx, the
// headings it finds, and, where LibreOffice and poppler are installed, how many headings it puts on the
// page LibreOffice lays them out on (its own pagination, not Word's: a reference, not the truth).
// Run after `npm run build`:  node scripts/measure-docx.mjs [--pdf-dir DIR] file.docx […]
// --pdf-dir keeps LibreOffice's PDFs in DIR and reuses them on the next run (a 6000-page file takes over a
// minute to convert), so a before/after comparison converts once.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const { layOutDocx } = await import(join(import.meta.dirname, '..', 'dist', 'ingest', 'docx', 'lay-out.js'));
const have = (tool, flag = '--version') => spawnSync(tool, [flag], { encoding: 'utf8' }).status === 0;
const canCompare = have('soffice') && have('pdftotext', '-v');
const squash = (text) => text.replace(/\s+/g, '');

const args = process.argv.slice(2);
const pdfDirAt = args.indexOf('--pdf-dir');
const pdfDir = pdfDirAt >= 0 ? args.splice(pdfDirAt, 2)[1] : undefined;
if (pdfDir) mkdirSync(pdfDir, { recursive: true });

for (const file of args) {
  const bytes = new Uint8Array(readFileSync(file));
  const before = process.memoryUsage().rss;
  const start = performance.now();
  const doc = await layOutDocx(bytes, file);
  const ms = performance.now() - start;
  const headings = doc.blocks.filter((block) => block.kind === 'heading');
  const numbered = headings.filter((h) => /^(?:[0-9IVXLCivxlc]+[.)]?|[A-Z][.)]|第.+?[章节条部分]|Appendix [A-Z])(?:[.\d]*)\s/u.test(h.text));
  console.log(`${basename(file)}: ${(ms / 1000).toFixed(2)} s, rss +${((process.memoryUsage().rss - before) / 1024 / 1024).toFixed(0)} MB; ${doc.blocks.length} blocks, ${headings.length} headings (${numbered.length} numbered), ${doc.blocks.filter((b) => b.kind === 'table').length} tables, ${doc.pages.length} pages estimated`);
  if (!canCompare) continue;
  const dir = pdfDir ?? mkdtempSync(join(tmpdir(), 'disclose-measure-docx-'));
  const pdf = join(dir, basename(file).replace(/\.docx$/i, '.pdf'));
  if (!pdfDir || !existsSync(pdf)) spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, file], { encoding: 'utf8' });
  const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout ?? '';
  const pages = text.split('\f').map((page) => new Set(page.split('\n').map(squash)));
  // Each heading in order: the first page at or after the previous heading's page with a line that is
  // the heading (a contents line ends with a page number, so it is not).
  let at = 0;
  let right = 0;
  let near = 0;
  let found = 0;
  for (const heading of headings) {
    const needle = squash(heading.text);
    const page = pages.findIndex((lines, i) => i >= at && lines.has(needle));
    if (page === -1) continue;
    found++;
    at = page;
    if (page + 1 === heading.page) right++;
    if (Math.abs(page + 1 - heading.page) <= 1) near++;
  }
  console.log(`  LibreOffice: ${pages.length - 1} pages; ${found}/${headings.length} headings found in its PDF, ${right}/${found} on the page estimated, ${near}/${found} within ±1`);
}
