// Ingest: report files -> Report (contracts.md §1), by a reader per format (dispatch.ts).
export { readReport, parseReportBytes, readerFor, reportText, READERS } from './dispatch.js';
export type { ReportBytes, ReportFormat, ReportReader } from './reader.js';
export { parseMarkdownReport, type MarkdownSource } from './markdown/report.js';
export { expandPaths, reportFiles, type ReportFileList, type ReportFilesOptions, type SkippedFile, type SkipReason } from './files.js';
export { readStdinBytes, STDIN_ARG, STDIN_NAME } from './stdin.js';
export { readReportFile, readReportFiles, readReportFilesBytes, refuseLargeReport, decodeReportBytes, MAX_REPORT_BYTES } from './decode.js';
export { parseFrontMatter, FRONT_MATTER_SCHEMA } from './front-matter.js';
export { normaliseDate } from './front-matter-values.js';
export { mergeMeta } from './meta.js';
export { directivesIn, type DirectiveEvent } from './markdown/directives.js';
