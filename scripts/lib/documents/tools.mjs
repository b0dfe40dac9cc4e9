// The external tools the generator drives (never the tests): Chromium, pandoc, LibreOffice and poppler.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

/** 2025-01-01T00:00:00Z: every generated document says it was made then (SOURCE_DATE_EPOCH for the tools that read it). */
export const FIXED_EPOCH = 1735689600;
const FIXED_PDF_DATE = 'D:20250101000000';

function run(cmd, args, options = {}) {
  return execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, SOURCE_DATE_EPOCH: String(FIXED_EPOCH), TZ: 'UTC' }, maxBuffer: 1 << 28, ...options });
}

export function requireTools() {
  const missing = ['chromium', 'pandoc', 'soffice', 'pdftoppm', 'pdftotext', 'pdfinfo'].filter((t) => {
    try { run('sh', ['-c', `command -v ${t}`]); return false; } catch { return true; }
  });
  if (missing.length) throw new Error(`the generator needs ${missing.join(', ')} (chromium, pandoc, libreoffice-writer, poppler-utils)`);
}


/** HTML file -> PDF with Chromium's print-to-PDF (page size from the CSS, no browser header/footer). */
export function chromiumPdf(htmlFile, pdfFile) {
  run('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', '--run-all-compositor-stages-before-draw',
    `--print-to-pdf=${pdfFile}`, `file://${htmlFile}`]);
  fixDates(pdfFile);
}

export function pandocDocx(markdownFile, docxFile) {
  run('pandoc', ['--from', 'markdown-smart', '--to', 'docx', '-o', docxFile, markdownFile]);
}

/** DOCX -> PDF with LibreOffice (its own profile dir, so a running LibreOffice or a stale lock never interferes). */
export function sofficePdf(docxFile, outDir, profileDir) {
  run('soffice', [`-env:UserInstallation=file://${profileDir}`, '--headless', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', outDir, docxFile]);
}

export function pageCount(pdfFile) {
  const info = run('pdfinfo', [pdfFile]).toString();
  return Number(/^Pages:\s+(\d+)/m.exec(info)[1]);
}

/** Text of one physical page (poppler), white space collapsed: for checking the plan, never for the truth. */
export function pageText(pdfFile, page) {
  return run('pdftotext', ['-f', String(page), '-l', String(page), '-enc', 'UTF-8', pdfFile, '-']).toString().replace(/\s+/g, ' ');
}

/** Render pages to JPEG images (the scanned document, the image-heavy bench file); returns the file names. */
export function renderPages(pdfFile, prefix, { first, last, dpi, gray }) {
  run('pdftoppm', ['-f', String(first), '-l', String(last), '-r', String(dpi), '-jpeg', '-jpegopt', 'quality=55', ...(gray ? ['-gray'] : []), pdfFile, prefix]);
  // pdftoppm pads page numbers to the width of the document's page count: list what it wrote.
  const dir = dirname(prefix);
  const base = basename(prefix);
  const files = readdirSync(dir).filter((f) => f.startsWith(`${base}-`) && f.endsWith('.jpg')).sort().map((f) => join(dir, f));
  if (files.length !== last - first + 1) throw new Error(`pdftoppm wrote ${files.length} images, expected ${last - first + 1}`);
  return files;
}

/**
 * Same-length rewrites of what the tools stamp with the time of the run (dates, LibreOffice's /ID), so a
 * regenerated file has the same bytes when nothing else changed. Same length keeps the xref offsets valid.
 */
export function fixDates(pdfFile) {
  const bytes = readFileSync(pdfFile);
  let text = bytes.toString('latin1');
  text = text.replace(/D:\d{14}/g, FIXED_PDF_DATE);
  text = text.replace(/\/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]/g, (m, a, b) => m.replace(a, '0'.repeat(a.length)).replace(b, '0'.repeat(b.length)));
  // XMP dates (ISO form), when a tool writes an XMP packet uncompressed.
  text = text.replace(/(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/g, '$12025-01-01T00:00:00');
  writeFileSync(pdfFile, Buffer.from(text, 'latin1'));
}

export async function withTempDirAsync(fn) {
  const dir = mkdtempSync(join(tmpdir(), 'disclose-docs-'));
  try { return await fn(dir); } finally { if (!process.env.DISCLOSE_KEEP_TMP) rmSync(dir, { recursive: true, force: true }); else console.error(`kept ${dir}`); }
}

/** Lines of one page as poppler lays them out (`-layout`): a table row stays on one line. */
export function pageLines(pdfFile, page) {
  return run('pdftotext', ['-layout', '-f', String(page), '-l', String(page), '-enc', 'UTF-8', pdfFile, '-']).toString().split('\n');
}

/** Words of one page with their boxes in points (poppler's `-bbox` output, one `<word>` element a line). */
export function pageWords(pdfFile, page) {
  const out = run('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), '-enc', 'UTF-8', pdfFile, '-']).toString();
  return [...out.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
    .map((m) => ({ yMax: Number(m[4]), text: m[5] }));
}
