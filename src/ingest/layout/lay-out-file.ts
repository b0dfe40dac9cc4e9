// A PDF or DOCX file -> its laid-out document, by its bytes (for `disclose convert`, which needs the layout
// itself, not the Report). Each layout reader is imported only when its format is met: it loads a heavy
// library (pdfjs-dist, jszip).
import { DiscloseError } from '../../model/errors.js';
import { isDocx } from '../docx/reader.js';
import { isPdf } from '../pdf/reader.js';
import type { ReportBytes } from '../reader.js';
import type { LaidOutDocument } from './document.js';

export async function layOutFile(file: ReportBytes): Promise<LaidOutDocument> {
  if (isPdf(file.bytes)) return (await import('../pdf/lay-out.js')).layOutPdf(file.bytes, file.path);
  if (isDocx(file.bytes)) return (await import('../docx/lay-out.js')).layOutDocx(file.bytes, file.path);
  throw new DiscloseError('input', `\`${file.path}\`: is neither a PDF nor a DOCX document; expected a PDF or a Word (DOCX) report to convert`, file.path);
}
