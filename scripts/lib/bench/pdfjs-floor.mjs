// The floor under the layout reader (issue 13, item 8): pdfjs-dist's own text extraction of every page,
// opened with the reader's own options (read-page.ts openPdf), and nothing of ours — no structure tree, no
// font names, no lines, no layout. `node pdfjs-floor.mjs report.pdf`, in a process of its own as
// pdf-layout.mjs is, so that the bench compares like with like. Run after the build.
import { readFileSync } from 'node:fs';
import { loadPdfJs, pdfJsDataPaths } from '../../../dist/ingest/pdf/pdfjs.js';
import { openPdf } from '../../../dist/ingest/pdf/read-page.js';

const path = process.argv[2];
const pdfjs = await loadPdfJs();
const doc = await openPdf(pdfjs, new Uint8Array(readFileSync(path)), pdfJsDataPaths()).promise;
let items = 0;
for (let index = 1; index <= doc.numPages; index++) {
  const page = await doc.getPage(index);
  items += (await page.getTextContent()).items.length;
  page.cleanup();
}
await doc.destroy();
process.stderr.write(`${doc.numPages} pages, ${items} text items\n`);
