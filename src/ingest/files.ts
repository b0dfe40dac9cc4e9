// Report paths -> the Markdown files that form the report, in order (contracts.md §1):
// several paths in argument order; a folder is its `*.md` files sorted by name, not recursive.
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DiscloseError } from '../model/errors.js';

const MARKDOWN = /\.md$/i;

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

// Code-unit order, independent of the locale: the order `ls` and shell globs give in the C locale.
// Chapters numbered past 9 need zero padding (`01-…`, `10-…`), as with any glob.
const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

async function markdownInFolder(folder: string, ignore?: (file: string) => boolean): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    throw cannotRead(folder, error);
  }
  const names: string[] = [];
  for (const entry of entries) {
    // Dot files are editor backups and OS metadata (`.~lock`, `._report.md`), never chapters.
    if (entry.name.startsWith('.') || !MARKDOWN.test(entry.name)) continue;
    if (ignore?.(join(folder, entry.name))) continue;
    if (entry.isFile()) names.push(entry.name);
    else if (entry.isSymbolicLink()) {
      const target = await stat(join(folder, entry.name)).catch(() => undefined);
      if (target?.isFile()) names.push(entry.name);
    }
  }
  if (names.length === 0) {
    const why = ignore && entries.some((e) => MARKDOWN.test(e.name)) ? ' (the config\'s `ignore` skips them all)' : '';
    throw new DiscloseError('input', `\`${folder}\`: folder has no Markdown files${why}; expected one or more \`*.md\` files in it`, folder);
  }
  return names.sort(byName).map((name) => join(folder, name));
}

/**
 * Expands the paths a user gave into the report's files, in order. A file named twice (directly and
 * through its folder) is read once, where it first appears. `ignore` skips files found in a folder
 * (the config's `ignore` globs); a file named directly is always read.
 */
export async function expandPaths(paths: readonly string[], ignore?: (file: string) => boolean): Promise<string[]> {
  if (paths.length === 0) {
    throw new DiscloseError('usage', 'No report given; expected one or more Markdown files or folders');
  }
  const files: string[] = [];
  const seen = new Set<string>();
  const add = (file: string): void => {
    const key = resolve(file);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(file);
    }
  };
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      throw cannotRead(path, error);
    }
    if (info.isDirectory()) (await markdownInFolder(path, ignore)).forEach(add);
    else if (info.isFile()) add(path);
    else {
      throw new DiscloseError('input', `\`${path}\`: not a regular file or folder; expected a Markdown file or a folder of them`, path);
    }
  }
  return files;
}
