// What every report format's reader is (issue 12, item 1): it knows its files by their bytes and turns a
// report's files into the one Report model (src/model/report.ts), whatever the source. The dispatcher
// (dispatch.ts) asks each reader in turn; Markdown is the last, for any text.
import type { Report, ReportMeta } from '../model/report.js';

export type ReportFormat = 'markdown' | 'pdf' | 'docx';

/** One file of a report as read from disk or stdin. */
export interface ReportBytes {
  /** The path as the user gave it; it names the file in the model and in messages. */
  path: string;
  bytes: Uint8Array;
}

export interface ReportReader {
  format: ReportFormat;
  /** The format as messages name it (`PDF`). */
  name: string;
  /** True when the bytes are this format: by their content (magic bytes), never by the file's name alone. */
  sniff(bytes: Uint8Array, path: string): boolean;
  /**
   * The report's files (all of this format, in order) -> one Report; `defaults` (a config file's) sit under
   * the report's own metadata. Throws (or rejects with) DiscloseError (kind 'input') for input it cannot
   * read. A binary format's reader is asynchronous: it loads its library lazily (a dynamic import), so a
   * Markdown user never pays for it.
   */
  read(files: readonly ReportBytes[], defaults?: Partial<ReportMeta>): Report | Promise<Report>;
  /**
   * The file's text, for commands that edit a report in place (`suggest --write`, `migrate`); only a
   * format whose source is text has it.
   */
  text?(file: ReportBytes): string;
}
