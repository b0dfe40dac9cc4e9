// Ingest as a dispatcher over formats (issue 12, item 1; architecture.md "Growing past Markdown"): each
// file's bytes pick its reader, and the reader turns the report's files into the one Report model.
// Markdown today; PDF and DOCX are known by their bytes and refused with one clear line until issue 13
// reads them (each in its own folder: ingest/pdf/, ingest/docx/, beside ingest/markdown/).
import { DiscloseError } from '../model/errors.js';
import type { Report, ReportMeta } from '../model/report.js';
import { readReportFilesBytes } from './decode.js';
import { docxReader } from './docx/reader.js';
import { reportFiles, type ReportFileList } from './files.js';
import { markdownReader } from './markdown/reader.js';
import { pdfReader } from './pdf/reader.js';
import type { ReportBytes, ReportReader } from './reader.js';
import { readStdinBytes, STDIN_ARG, STDIN_NAME } from './stdin.js';

/** Asked in order; the first whose sniff says yes reads the file. Markdown, last, takes any text. */
export const READERS: readonly ReportReader[] = [pdfReader, docxReader, markdownReader];

export function readerFor(file: ReportBytes): ReportReader {
  return READERS.find((reader) => reader.sniff(file.bytes, file.path)) ?? markdownReader;
}

/**
 * A report's files (in order) -> one Report, read by their format's reader. The files of one report are
 * of one format: a report is not half PDF, half Markdown.
 */
export async function parseReportBytes(files: readonly ReportBytes[], defaults?: Partial<ReportMeta>): Promise<Report> {
  const first = files[0];
  if (!first) return markdownReader.read(files, defaults);
  const reader = readerFor(first);
  for (const file of files.slice(1)) {
    const other = readerFor(file);
    if (other !== reader) {
      throw new DiscloseError(
        'input',
        `\`${file.path}\`: is ${other.name === 'Markdown' ? 'Markdown' : `a ${other.name} document`}, and \`${first.path}\` is ${reader.name === 'Markdown' ? 'Markdown' : `a ${reader.name} document`}; expected the files of one report in one format`,
        file.path,
      );
    }
  }
  return reader.read(files, defaults);
}

/**
 * A report file's text, for the commands that edit reports in place (`suggest --write`, `migrate`): only
 * a format whose source is text has it. (PDF and DOCX are refused here as everywhere until issue 13.)
 */
export function reportText(bytes: Uint8Array, path: string): string {
  const file = { path, bytes };
  const reader = readerFor(file);
  if (reader.text) return reader.text(file);
  throw new DiscloseError('input', `\`${path}\`: is a ${reader.name} document; only a Markdown report can be edited in place`, path);
}

/** Reads and parses a report: paths (files, folders, quoted globs, `-` for stdin) -> files -> bytes -> Report. */
export async function readReport(
  paths: readonly string[],
  defaults?: Partial<ReportMeta>,
  ignore?: (file: string) => boolean,
  /** Told which files will be read and which were skipped, before they are read (the CLI says so). */
  onFiles?: (list: ReportFileList) => void,
): Promise<Report> {
  const list = await reportFiles(paths, { ...(ignore ? { ignore } : {}), stdin: true });
  onFiles?.(list);
  const onDisk = list.files.filter((file) => file !== STDIN_ARG);
  const bytes = await readReportFilesBytes(onDisk);
  const stdin = list.files.includes(STDIN_ARG) ? await readStdinBytes() : new Uint8Array();
  let next = 0;
  return parseReportBytes(
    list.files.map((path) => (path === STDIN_ARG ? { path: STDIN_NAME, bytes: stdin } : { path, bytes: bytes[next++]! })),
    defaults,
  );
}
