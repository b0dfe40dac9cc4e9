// PDF: recognised by its header; read by the layout reader (lay-out.ts: lines -> running headers and page
// labels -> reading order -> headings -> tables), then turned into the same report model (layout/).
import type { ReportReader } from '../reader.js';
import { readLaidOut } from '../layout/read-laid-out.js';
import { isPdf } from './sniff.js';

export { isPdf };

export const pdfReader: ReportReader = {
  format: 'pdf',
  name: 'PDF',
  sniff: (bytes) => isPdf(bytes),
  // lay-out.ts loads pdfjs-dist: imported only when a PDF is read, so a Markdown check never pays for it.
  read: (files, defaults) => readLaidOut(files, defaults, 'PDF', async (file) => (await import('./lay-out.js')).layOutPdf(file.bytes, file.path)),
};
