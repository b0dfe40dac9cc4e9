// A folder argument -> the Markdown files that form the report (contracts.md §1): every `*.md` under
// it, subfolders included, sorted by path in code-unit order (`01-about.md`, `02-env/01-climate.md`,
// `02-env/02-water.md`, `03-social.md`). Skipped, and said so: what the folder's `.gitignore` files (and
// those above it, up to the git repository's root) ignore, what the config's `ignore` globs match, and
// README files (they describe the folder; a README named directly is read). Never walked into: dot
// folders, `node_modules`, and symbolic links to folders (no loops); links to files are read.
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { DiscloseError } from '../model/errors.js';
import { isGitignored, parentGitignores, readGitignore, type IgnoreRules } from './gitignore.js';

const MARKDOWN = /\.md$/i;
const README = /^readme\.md$/i;

/** Why a Markdown file (or a folder, spelled with a trailing `/`) under a report folder was not read. */
export type SkipReason = 'gitignore' | 'ignore' | 'readme';

export interface SkippedFile {
  path: string;
  reason: SkipReason;
}

export interface FolderFiles {
  files: string[];
  skipped: SkippedFile[];
}

// Code-unit order, independent of the locale: the order `ls` and shell globs give in the C locale.
// Chapters numbered past 9 need zero padding (`01-…`, `10-…`), as with any glob.
const byPath = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

async function entriesOf(folder: string) {
  try {
    return await readdir(folder, { withFileTypes: true });
  } catch (error) {
    const code = codeOf(error);
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? String(error));
    throw new DiscloseError('input', `\`${folder}\`: cannot be read (${why})`, folder);
  }
}

/**
 * The report files under `folder`. `ignore` (the config's globs) is asked about every Markdown file found.
 * Throws DiscloseError (kind 'input') when nothing is left to read.
 */
export async function markdownUnder(folder: string, ignore?: (file: string) => boolean): Promise<FolderFiles> {
  // A folder named directly is read even when a .gitignore above it ignores it, as a file named directly is.
  const above = parentGitignores(folder).filter((layer) => !isGitignored([layer], folder, true));
  const found: { rel: string; path: string }[] = [];
  const skipped: SkippedFile[] = [];

  async function walk(dir: string, layers: readonly IgnoreRules[]): Promise<void> {
    const own = readGitignore(dir);
    const rules = own ? [...layers, own] : layers;
    for (const entry of await entriesOf(dir)) {
      // Dot files are editor backups and OS metadata (`.~lock`, `._report.md`), never chapters.
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name === 'node_modules') continue;
        if (isGitignored(rules, path, true)) skipped.push({ path: `${path}/`, reason: 'gitignore' });
        else await walk(path, rules);
        continue;
      }
      if (!MARKDOWN.test(entry.name)) continue;
      const isFile = entry.isFile() || (entry.isSymbolicLink() && (await stat(path).catch(() => undefined))?.isFile() === true);
      if (!isFile) continue;
      if (isGitignored(rules, path, false)) skipped.push({ path, reason: 'gitignore' });
      else if (ignore?.(path)) skipped.push({ path, reason: 'ignore' });
      else if (README.test(entry.name)) skipped.push({ path, reason: 'readme' });
      else found.push({ rel: relative(folder, path).split(sep).join('/'), path });
    }
  }

  await walk(folder, above);
  if (found.length === 0) {
    const why = skipped.length > 0 ? ` to read (skipped: ${skipped.map((s) => `\`${s.path}\``).slice(0, 3).join(', ')}${skipped.length > 3 ? ', …' : ''}: ignored by a .gitignore or the config's \`ignore\`, or a README)` : '';
    throw new DiscloseError('input', `\`${folder}\`: folder has no Markdown files${why}; expected one or more \`*.md\` files in it`, folder);
  }
  return { files: found.sort((a, b) => byPath(a.rel, b.rel)).map((f) => f.path), skipped: skipped.sort((a, b) => byPath(a.path, b.path)) };
}
