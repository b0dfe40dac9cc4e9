// PDF: recognised by its header; read by the layout reader (lay-out.ts: lines -> running headers and page
// labels -> reading order -> headings -> tables), then turned into the same report model (layout/).
import type { ReportReader } from '../reader.js';
import { readLaidOut } from '../layout/read-laid-out.js';

/** `%PDF-`: ISO 32000-1 §7.5.2 puts the header first; readers accept it within the first 1024 bytes. */
const HEADER = Buffer.from('%PDF-', 'latin1');
const HEADER_WITHIN = 1024;

export function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, HEADER_WITHIN + HEADER.length));
  return head.indexOf(HEADER) !== -1;
}

export const pdfReader: ReportReader = {
  format: 'pdf',
  name: 'PDF',
  sniff: (bytes) => isPdf(bytes),
  // lay-out.ts loads pdfjs-dist: imported only when a PDF is read, so a Markdown check never pays for it.
  read: (files, defaults) => readLaidOut(files, defaults, 'PDF', async (file) => (await import('./lay-out.js')).layOutPdf(file.bytes, file.path)),
};
