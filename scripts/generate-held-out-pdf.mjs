#!/usr/bin/env node
// Renders the held-out English report (test/fixtures/suggest-held-out/en-gri-valves.md) to the PDF that
// `npm run eval:held-out` runs `disclose index <pdf> --draft --format json` on (issue 15, "index --draft on a
// PDF report"). Each `<!-- page: N -->` block of the source becomes one A4 page whose footer prints N, so the
// printed numbers of the PDF are the source's; pandoc turns each block's Markdown into HTML (we write no
// Markdown parser), Chromium prints it. The PDF carries no tags and no front matter: the reader must find the
// claim, the headings and the pages in the text, as on a real report.
//
//   node scripts/generate-held-out-pdf.mjs        (needs chromium and pandoc; the eval and tests read the committed PDF)
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { escapeHtml } from './lib/documents/html.mjs';
import { FIXED_EPOCH, chromiumPdf, pageCount, pageText, withTempDirAsync } from './lib/documents/tools.mjs';
import { HELD_OUT_DIR } from './lib/held-out.mjs';

const root = resolve(import.meta.dirname, '..');
const SOURCE = join(root, HELD_OUT_DIR, 'en-gri-valves.md');
const TARGET = join(root, HELD_OUT_DIR, 'en-gri-valves.pdf');
const MAX_BYTES = 300 * 1024;

const CSS = `
@page { size: 210mm 297mm; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; line-height: 1.4; color: #222; }
.page { position: relative; width: 210mm; height: 297mm; overflow: hidden; break-after: page; }
.body { position: absolute; top: 18mm; bottom: 20mm; left: 18mm; right: 18mm; }
.footer { position: absolute; bottom: 9mm; right: 18mm; font-size: 8.5pt; }
h1 { font-size: 19pt; margin: 0 0 4mm; color: #1d4e6b; }
h2 { font-size: 12.5pt; margin: 4mm 0 1.5mm; color: #1d4e6b; }
p { margin: 0 0 2.2mm; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin: 1mm 0 3mm; }
th, td { border-bottom: 0.4pt solid #aaa; padding: 0.8mm 1.5mm; text-align: left; }
`;

/** The source's pages: the text after each `<!-- page: N -->` marker, other comments and front matter dropped. */
function pagesOf(markdown) {
  // The front matter is the block between the first two `---` lines; it is dropped whole, not parsed.
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  const parts = body.split(/<!-- page: (\d+) -->/);
  const pages = [];
  for (let i = 1; i < parts.length; i += 2) pages.push({ printed: Number(parts[i]), markdown: parts[i + 1].replace(/<!--[\s\S]*?-->/g, '') });
  return pages;
}

/** Markdown → HTML fragment by pandoc (GFM: the source's tables are pipe tables). */
const pandoc = (markdown, to) =>
  execFileSync('pandoc', ['--from', 'gfm', '--to', to, '--wrap=none'], { input: markdown, env: { ...process.env, SOURCE_DATE_EPOCH: String(FIXED_EPOCH) } }).toString();
const letters = (text) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

await withTempDirAsync(async (tmp) => {
  const pages = pagesOf(readFileSync(SOURCE, 'utf8'));
  const sheets = pages.map((p) => `<div class="page"><div class="body">${pandoc(p.markdown, 'html')}</div><div class="footer">${escapeHtml(p.printed)}</div></div>`);
  const htmlFile = join(tmp, 'report.html');
  writeFileSync(htmlFile, `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Kestrel Fluid Systems 2025 Sustainability Report</title><style>${CSS}</style></head><body>${sheets.join('\n')}</body></html>`);
  const pdfFile = join(tmp, 'report.pdf');
  chromiumPdf(htmlFile, pdfFile);
  // A page whose text overflowed would be clipped (overflow hidden) or spill onto an extra sheet: refuse both.
  const count = pageCount(pdfFile);
  if (count !== pages.length) throw new Error(`expected ${pages.length} pages, Chromium printed ${count}`);
  pages.forEach((p, i) => {
    const tail = letters(pandoc(p.markdown, 'plain')).slice(-16);
    if (!letters(pageText(pdfFile, i + 1)).includes(tail)) throw new Error(`page ${p.printed}: its last words are not on the page (clipped)`);
  });
  const size = statSync(pdfFile).size;
  if (size > MAX_BYTES) throw new Error(`the PDF is ${size} bytes, over the ${MAX_BYTES} cap`);
  copyFileSync(pdfFile, TARGET);
  console.log(`wrote ${TARGET} (${count} pages, ${size} bytes)`);
});
