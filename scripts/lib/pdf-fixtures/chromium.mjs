// Prints an HTML file to PDF with headless Chromium (the test PDFs and the bench's PDFs are made this way,
// so neither needs a PDF writer of our own). Returns false when Chromium is not installed.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome'];

export function findChromium() {
  for (const name of CANDIDATES) {
    const probe = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (probe.status === 0 && probe.stdout.trim()) return probe.stdout.trim();
  }
  return undefined;
}

/** Writes `html` beside `pdfPath` and prints it (no header or footer of Chromium's own, no network). */
export function printToPdf(chromium, html, pdfPath) {
  const htmlPath = pdfPath.replace(/\.pdf$/, '.html');
  writeFileSync(htmlPath, html);
  const run = spawnSync(
    chromium,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-pdf-header-footer',
      '--virtual-time-budget=2000',
      `--print-to-pdf=${pdfPath}`,
      pathToFileURL(htmlPath).href,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (run.status !== 0) throw new Error(`chromium failed on ${htmlPath}: ${run.stderr}`);
  return htmlPath;
}
