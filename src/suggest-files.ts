// `disclose suggest` as a library call over files: read the report, rank its sections per disclosure
// (src/suggest), and for `--write` plan, show (`--dry-run`) or write the accepted `disclose:` directives.
// This file wires ingest, catalog, engine and suggest together, which only the top level may do
// (architecture.md, "Imports run one way"); index.ts re-exports it.
import { createTwoFilesPatch } from 'diff';
import type { ReportMeta } from './model/report.js';
import type { ReportSuggestions, SuggestResult } from './model/suggestion.js';
import { loadCatalog } from './catalog/index.js';
import { existsSync, readFileSync } from 'node:fs';
import { parseMarkdownReport, parseReportBytes, readerFor, reportFiles, reportText, type ReportFileList } from './ingest/index.js';
import { sidecarPath } from './ingest/layout/sidecar.js';
import { addToSidecar } from './ingest/layout/sidecar-write.js';
import type { Report } from './model/report.js';
import type { AcceptedTags } from './suggest/index.js';
import { analyse } from './engine/analysis.js';
import { DiscloseError } from './model/errors.js';
import { refuseUnknownStandards } from './suggest/asked-scope.js';
import { acceptedTags, catalogOrder, DEFAULT_MIN_SCORE, insertTags, suggestForAnalysis, type SuggestReportOptions } from './suggest/index.js';
import { readBytes, replaceFiles } from './file-replace.js';
import { tool } from './version.js';

export interface SuggestOptions extends Omit<SuggestReportOptions, 'label'> {
  /** Defaults under each report's front matter (a config file's report keys). */
  defaults?: Partial<ReportMeta>;
  /** Folder of standards catalogs; the bundled `standards/` by default. */
  standardsDir?: string;
  /** Skips a file found in a folder when it returns true (a config's `ignore` globs). */
  ignore?: (file: string) => boolean;
  /** Told which files the report is read from and what its folders held that was skipped, before reading. */
  onFiles?: (list: ReportFileList) => void;
}

const reportLabel = (paths: string[]): string => (paths.length === 1 ? paths[0]! : paths.join(', '));

/** A file that `--write` would change: its bytes as read, its text before and after (both without a BOM). */
export interface PendingTagFile {
  path: string;
  bytes: Buffer;
  before: string;
  output: string;
  /** Disclosures tagged in this file. */
  disclosures: number;
}

export interface PlannedTags {
  result: SuggestResult;
  pending: PendingTagFile[];
  /** Disclosures that would be tagged, over all files. */
  disclosures: number;
}

async function suggestFiles(paths: string[], options: SuggestOptions): Promise<{ suggestions: ReportSuggestions; planned: () => PendingTagFile[] }> {
  const list = await reportFiles(paths, options.ignore ? { ignore: options.ignore } : {});
  options.onFiles?.(list);
  const { files } = list;
  const bytes = await Promise.all(files.map((path) => readBytes(path)));
  // A PDF or DOCX has no text to insert directives into: its accepted tags go to its sidecar.
  const laidOut = files.length > 0 && readerFor({ path: files[0]!, bytes: bytes[0]! }).text === undefined;
  // The texts are decoded again for --write rather than kept: held while the report is ranked, a 10 MB
  // report's text (UTF-16) added 20 MB to `suggest`'s peak memory for a plan only --write asks for.
  const textOf = (i: number): string => reportText(bytes[i]!, files[i]!);
  const report = laidOut
    ? await parseReportBytes(files.map((path, i) => ({ path, bytes: bytes[i]! })), options.defaults)
    : parseMarkdownReport(
        files.map((path, i) => ({ path, text: textOf(i) })),
        options.defaults,
      );
  const catalog = loadCatalog(options.standardsDir);
  refuseUnknownStandards(catalog, options.standards ?? []);
  const { defaults: _defaults, standardsDir: _dir, ignore: _ignore, onFiles: _onFiles, ...rest } = options;
  const suggestions = suggestForAnalysis(analyse(report, catalog), { ...rest, label: reportLabel(paths) });
  const planned = (): PendingTagFile[] => {
    const accepted = acceptedTags(report, catalog, suggestions, options.minScore ?? DEFAULT_MIN_SCORE, catalogOrder(catalog));
    if (laidOut) return sidecarEdit(files[0]!, report, accepted);
    return files.flatMap((path, i) => {
      const inFile = accepted.filter((a) => a.section.file === path);
      if (inFile.length === 0) return [];
      const before = textOf(i);
      return [{ path, bytes: bytes[i]!, before, output: insertTags(before, inFile), disclosures: inFile.reduce((n, a) => n + a.ids.length, 0) }];
    });
  };
  return { suggestions, planned };
}

/** The sidecar of a PDF or DOCX with the accepted tags added (created when there is none); never the report itself. */
function sidecarEdit(reportPath: string, report: Report, accepted: readonly AcceptedTags[]): PendingTagFile[] {
  const path = sidecarPath(reportPath);
  if (accepted.length === 0 || path === undefined) return [];
  // Empty bytes for a sidecar not there yet: the write then refuses if one appeared meanwhile (file-replace.ts).
  const bytes = existsSync(path) ? readFileSync(path) : Buffer.alloc(0);
  const before = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const output = addToSidecar(before, path, accepted, report.sections);
  return [{ path, bytes, before, output, disclosures: accepted.reduce((n, a) => n + a.ids.length, 0) }];
}

/** Suggestions for the report formed by `paths` (files and folders, in order). Reads only. */
export async function suggest(paths: string[], options: SuggestOptions = {}): Promise<SuggestResult> {
  const { suggestions } = await suggestFiles(paths, options);
  return { tool, reports: [suggestions] };
}

/** Suggestions and the directives `--write` would insert for those at or above `minScore`. Writes nothing. */
export async function planSuggestedTags(paths: string[], options: SuggestOptions = {}): Promise<PlannedTags> {
  const { suggestions, planned } = await suggestFiles(paths, options);
  const pending = planned();
  return { result: { tool, reports: [suggestions] }, pending, disclosures: pending.reduce((n, f) => n + f.disclosures, 0) };
}

/** The planned edits as a unified diff (`--dry-run`), file by file in report order; empty when there are none. */
export function suggestedTagsDiff(planned: PlannedTags): string {
  return planned.pending.map((f) => createTwoFilesPatch(f.path, f.path, f.before, f.output, '', '', { context: 3 })).join('');
}

/**
 * Writes the planned directives. Refuses (DiscloseError, nothing written) when any file changed since it
 * was read; each file is replaced atomically, its BOM, line endings and every other byte kept.
 */
export function writeSuggestedTags(planned: PlannedTags): { files: number; disclosures: number } {
  replaceFiles(planned.pending, 'disclose suggest --write');
  return { files: planned.pending.length, disclosures: planned.disclosures };
}
