// PDF: recognised by its header, not read yet (issue 13 adds the layout reader: lines -> running headers
// and page labels -> reading order -> headings -> tables, producing the same report model).
import type { ReportReader } from '../reader.js';
import { notReadYet } from '../not-read-yet.js';
import { isPdf } from './sniff.js';

export { isPdf };


export const pdfReader: ReportReader = {
  format: 'pdf',
  name: 'PDF',
  sniff: (bytes) => isPdf(bytes),
  read: (files) => {
    throw notReadYet(files[0]!.path, 'PDF');
  },
};
