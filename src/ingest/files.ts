// Report paths -> the Markdown files that form the report, in order (contracts.md §1): several paths in
// argument order; a folder is the Markdown files under it (folder-files.ts); a quoted glob is the files and
// folders it matches, sorted (expand-globs.ts); `-` is standard input (stdin.ts).
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pushAll } from '../arrays.js';
import { DiscloseError } from '../model/errors.js';
import { expandGlob, isUnexpandedGlob } from './expand-globs.js';
import { markdownUnder, type SkippedFile } from './folder-files.js';
import { STDIN_ARG } from './stdin.js';

export type { SkippedFile, SkipReason } from './folder-files.js';

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

function cannotRead(path: string, error: unknown): DiscloseError {
  const code = codeOf(error);
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new DiscloseError('input', `\`${path}\`: no such file or folder; expected a Markdown file or a folder of them`, path);
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return new DiscloseError('input', `\`${path}\`: cannot be read (permission denied)`, path);
  }
  return new DiscloseError('input', `\`${path}\`: cannot be read (${code ?? String(error)})`, path);
}

export interface ReportFilesOptions {
  /** Skips a file found in a folder when it returns true (the config's `ignore` globs); a file named directly is always read. */
  ignore?: (file: string) => boolean;
  /** Whether `-` may name standard input (false for commands that write the report's files back). */
  stdin?: boolean;
}

/** The files a report is read from, and what its folders held that was not read. */
export interface ReportFileList {
  /** In reading order; `-` stands for standard input. */
  files: string[];
  /** Markdown files (and ignored folders, spelled with a trailing `/`) found in folders but not read. */
  skipped: SkippedFile[];
}

/**
 * Expands the paths a user gave into the report's files, in order. A file named twice (directly and
 * through its folder or a glob) is read once, where it first appears. Reads no file's content, so
 * callers (an output that must not overwrite an input, for one) can use the list before the report.
 */
export async function reportFiles(paths: readonly string[], options: ReportFilesOptions = {}): Promise<ReportFileList> {
  if (paths.length === 0) {
    throw new DiscloseError('usage', 'No report given; expected one or more Markdown files or folders');
  }
  const files: string[] = [];
  const skipped: SkippedFile[] = [];
  const seen = new Set<string>();
  const add = (file: string): void => {
    const key = file === STDIN_ARG ? file : resolve(file);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(file);
    }
  };
  const addPath = async (path: string): Promise<void> => {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      throw cannotRead(path, error);
    }
    if (info.isDirectory()) {
      const found = await markdownUnder(path, options.ignore);
      found.files.forEach(add);
      pushAll(skipped, found.skipped);
    } else if (info.isFile()) add(path);
    else {
      throw new DiscloseError('input', `\`${path}\`: not a regular file or folder; expected a Markdown file or a folder of them`, path);
    }
  };
  for (const path of paths) {
    if (path === STDIN_ARG) {
      if (!options.stdin) throw new DiscloseError('usage', '`-` (standard input) cannot be used here: only `check` and `index` read a report from standard input; name the report\'s files');
      if (seen.has(STDIN_ARG)) throw new DiscloseError('usage', '`-` (standard input) is given twice; it can be read once');
      add(STDIN_ARG);
    } else if (isUnexpandedGlob(path)) {
      // A quoted glob (`'report/*.md'`): its matches, sorted, as if the shell had expanded it.
      const matched = await expandGlob(path);
      if (matched.length === 0) throw new DiscloseError('input', `\`${path}\`: no file or folder matches this glob`, path);
      for (const match of matched) await addPath(match);
    } else await addPath(path);
  }
  return { files, skipped };
}

/** The report's files (reportFiles without what was skipped); `-` is refused. */
export async function expandPaths(paths: readonly string[], ignore?: (file: string) => boolean): Promise<string[]> {
  return (await reportFiles(paths, ignore ? { ignore } : {})).files;
}
