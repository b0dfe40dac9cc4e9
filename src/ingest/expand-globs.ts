// Quoted globs of a batch (`disclose check --batch 'reports/**/*.md'`): an unquoted glob is expanded by the
// shell, but CI configs, npm scripts and Windows shells pass it as it is. It is expanded here with picomatch
// and a walk of the folder it starts from, only when the argument has glob characters and names no existing
// file or folder, so a file really called `report[1].md` is still itself. Shared by `--batch` (each match
// a report) and by a single report (the matches form it: ingest/report-files.ts).
//
// Why picomatch and a small walk here rather than tinyglobby or fast-glob: with links not followed,
// tinyglobby 0.2.17 drops symbolic links to files (a chapter linked in from elsewhere disappears); with
// them followed it walks a link loop once more (`nested/deeper/loop/deeper/x.md`, the same file twice);
// and `reports/*/` returns files too. The shell-like semantics below are tested in test/batch/check-batch.test.ts.
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import picomatch from 'picomatch';

// Code-unit order, independent of the locale, as for a folder's files (ingest/folder-files.ts).
const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function isUnexpandedGlob(arg: string): boolean {
  return picomatch.scan(arg).isGlob && !existsSync(arg);
}

const joinPath = (dir: string, name: string): string => (dir === '' ? name : dir.endsWith('/') ? `${dir}${name}` : `${dir}/${name}`);

/**
 * The files and folders that `glob` matches, sorted, spelled from the glob's own start (`./reports/a.md`
 * for `./reports/*.md`), as the shell would pass them. Like the shell, `*` and `**` skip dot files and
 * folders; symbolic links to folders are matched but not walked into (no loops).
 */
export async function expandGlob(glob: string): Promise<string[]> {
  const { prefix, base, glob: scanned } = picomatch.scan(glob);
  // A trailing `/` (`reports/*/`) matches folders only, and they are spelled with it, as in the shell.
  const foldersOnly = scanned.endsWith('/');
  const pattern = foldersOnly ? scanned.replace(/\/+$/, '') : scanned;
  const matches = picomatch(pattern, { posix: true });
  // Without `**` a glob matches at one depth only: no need to walk deeper than its segments.
  const maxDepth = pattern.includes('**') ? Number.POSITIVE_INFINITY : pattern.split('/').length;
  const start = prefix + base;
  const found: string[] = [];

  async function walk(dir: string, relDir: string, depth: number): Promise<void> {
    const entries = await readdir(dir === '' ? '.' : dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const rel = relDir === '' ? entry.name : `${relDir}/${entry.name}`;
      const path = joinPath(dir, entry.name);
      const kind = entry.isSymbolicLink() ? await stat(path).catch(() => undefined) : entry;
      if (!kind || !(kind.isFile() || kind.isDirectory())) continue;
      if (matches(rel) && (!foldersOnly || kind.isDirectory())) found.push(foldersOnly ? `${path}/` : path);
      if (entry.isDirectory() && depth < maxDepth) await walk(path, rel, depth + 1);
    }
  }

  await walk(start, '', 1);
  return found.sort(byName);
}
