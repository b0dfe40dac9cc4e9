// What the PDF and DOCX readers share once their layout reader has run: one file per report, its sidecar
// read from beside it, and the laid-out document turned into the Report (to-report.ts).
import { DiscloseError } from '../../model/errors.js';
import type { Report, ReportMeta } from '../../model/report.js';
import type { ReportBytes } from '../reader.js';
import type { LaidOutDocument } from './document.js';
import { readSidecar, sidecarPath } from './sidecar.js';
import { layoutToReport } from './to-report.js';

export async function readLaidOut(
  files: readonly ReportBytes[],
  defaults: Partial<ReportMeta> | undefined,
  name: string,
  layOut: (file: ReportBytes) => Promise<LaidOutDocument>,
): Promise<Report> {
  const file = files[0]!;
  // A PDF or DOCX is a whole report: its pages, not files, are its parts (chapters of a Markdown report are files).
  if (files.length > 1) throw new DiscloseError('input', `\`${files[1]!.path}\`: a report is one ${name} document; expected one file (check each as a report of its own with --batch)`, files[1]!.path);
  const doc = await layOut(file);
  // The sidecar is read after the document: a file that is no readable PDF is refused for what it is first.
  const sidecar = readSidecar(file.path);
  return layoutToReport(doc, sidecar, defaults, sidecarPath(file.path));
}
