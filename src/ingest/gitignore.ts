// `.gitignore` files, matched with the `ignore` package (git's own pattern rules: negation, anchoring,
// `dir/`), so drafts a writer keeps out of the repository are kept out of the report too.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { DiscloseError } from '../model/errors.js';

/** The rules of one `.gitignore`, relative to the folder it sits in. */
export interface IgnoreRules {
  base: string;
  rules: Ignore;
}

/** A `.gitignore` is a few lines; a huge one is not read (bounded time, as for every input). */
const MAX_GITIGNORE_BYTES = 1024 * 1024;

/** The rules of `<dir>/.gitignore`, or undefined when there is none. */
export function readGitignore(dir: string): IgnoreRules | undefined {
  const file = join(dir, '.gitignore');
  let size: number;
  try {
    const info = statSync(file);
    if (!info.isFile()) return undefined;
    size = info.size;
  } catch {
    return undefined;
  }
  if (size > MAX_GITIGNORE_BYTES) {
    throw new DiscloseError('input', `\`${file}\`: larger than 1 MiB (${size} bytes); expected a .gitignore of at most 1 MiB`, file);
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // An unreadable .gitignore (permissions) is skipped, as git skips it.
    return undefined;
  }
  return { base: resolve(dir), rules: ignore().add(text) };
}

/**
 * The `.gitignore` rules of the folders above `folder`, outermost first, up to the root of the git
 * repository it is in (the folder holding `.git`). Outside a repository git reads none of them, nor do we.
 */
export function parentGitignores(folder: string): IgnoreRules[] {
  const start = resolve(folder);
  const above: string[] = [];
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, '.git'))) break;
    const parent = dirname(dir);
    if (parent === dir) return []; // not in a git repository
    dir = parent;
    above.push(dir);
  }
  return above
    .reverse()
    .map(readGitignore)
    .filter((rules): rules is IgnoreRules => rules !== undefined);
}

/**
 * Whether `path` (a folder when `isFolder`) is ignored by `layers` (outermost first): a deeper file's
 * rule, negation included, overrides an outer one, as in git.
 */
export function isGitignored(layers: readonly IgnoreRules[], path: string, isFolder: boolean): boolean {
  const absolute = resolve(path);
  let ignored = false;
  for (const { base, rules } of layers) {
    const rel = relative(base, absolute).split(sep).join('/');
    if (rel === '' || rel.startsWith('../')) continue;
    const result = rules.test(isFolder ? `${rel}/` : rel);
    if (result.ignored) ignored = true;
    else if (result.unignored) ignored = false;
  }
  return ignored;
}
