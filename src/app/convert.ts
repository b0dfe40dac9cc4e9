// The `convert` use case (issue 13, item 6): a PDF or DOCX report as Markdown with page markers, headings,
// GFM tables and front matter, so a writer can move a report into the Markdown workflow and an auditor can
// see what disclose read. The output guard runs first: `-o` may never be the report or its sidecar.
import { DiscloseError } from '../model/errors.js';
import { readerFor, readReportFilesBytes } from '../ingest/index.js';
import { layOutFile } from '../ingest/layout/lay-out-file.js';
import { readSidecar, sidecarPath } from '../ingest/layout/sidecar.js';
import { layoutToReport } from '../ingest/layout/to-report.js';
import { layoutToMarkdown } from './layout-markdown.js';
import { REPORT_FILES, refuseOutputOverInput } from './output-guard.js';
import type { UseCaseResult } from './outputs.js';

export interface ConvertUseCaseOptions {
  /** The Markdown file to write; stdout when undefined. */
  output?: string;
}

export async function convertUseCase(path: string, options: ConvertUseCaseOptions = {}): Promise<UseCaseResult> {
  const sidecar = sidecarPath(path);
  refuseOutputOverInput([{ option: '--output', path: options.output }], [
    { what: REPORT_FILES, paths: [path] },
    { what: 'the report\'s sidecar', paths: [sidecar] },
  ]);
  const [bytes] = await readReportFilesBytes([path]);
  const file = { path, bytes: bytes! };
  if (readerFor(file).format === 'markdown') {
    throw new DiscloseError('input', `\`${path}\`: is already Markdown (text); expected a PDF or DOCX report to convert`, path);
  }
  const doc = await layOutFile(file);
  const report = layoutToReport(doc, readSidecar(path), undefined, sidecar);
  const markdown = layoutToMarkdown(doc, report);
  return { outputs: [{ format: 'md', ...(options.output !== undefined ? { file: options.output } : {}), content: markdown }], notes: report.notes ?? [], finalNotes: [], exitCode: 0 };
}
