// The Markdown reader: UTF-8 text (contracts.md §1) -> the report model. It takes whatever no other reader
// claims, so text keeps being read as it always was and a binary file is refused by decode.ts as before.
import type { ReportReader } from '../reader.js';
import { decodeReportBytes } from '../decode.js';
import { parseMarkdownReport } from './report.js';

export const markdownReader: ReportReader = {
  format: 'markdown',
  name: 'Markdown',
  sniff: () => true,
  read: (files, defaults) => parseMarkdownReport(files.map((file) => ({ path: file.path, text: decodeReportBytes(file.bytes, file.path) })), defaults),
  text: (file) => decodeReportBytes(file.bytes, file.path),
};
