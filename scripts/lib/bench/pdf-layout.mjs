// One PDF through the layout reader (issue 13, item 8), in a process of its own so that its peak memory is
// its own: `node pdf-layout.mjs report.pdf`. Prints pages and blocks read to stderr. Run after the build.
import { readFileSync } from 'node:fs';
import { layOutPdf } from '../../../dist/ingest/pdf/lay-out.js';

const path = process.argv[2];
const doc = await layOutPdf(new Uint8Array(readFileSync(path)), path);
process.stderr.write(`${doc.pages.length} pages, ${doc.blocks.length} blocks, page numbers ${doc.pageNumberSource}\n`);
