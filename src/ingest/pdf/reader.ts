// PDF: recognised by its header, not read yet (issue 13 adds the layout reader: lines -> running headers
// and page labels -> reading order -> headings -> tables, producing the same report model).
import type { ReportReader } from '../reader.js';
import { notReadYet } from '../not-read-yet.js';

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
  read: (files) => {
    throw notReadYet(files[0]!.path, 'PDF');
  },
};
