// `ignore` globs of the config file (`draft-*.md`, `archive/**`), matched with picomatch.
import { relative, sep } from 'node:path';
import picomatch from 'picomatch';

/** The RegExp for one glob, anchored at both ends (`*`, `**`, `?`, `[…]`, `{a,b}`). */
export function globToRegExp(glob: string): RegExp {
  // posix: `[!0-4]` negates a bracket, as in the shell and .gitignore.
  return picomatch.makeRe(glob.replace(/^\.\//, ''), { dot: true, posix: true });
}

/**
 * A predicate for `ignore` globs, relative to `base` (the config file's folder). A glob without `/`
 * matches a file's name at any depth (`draft-*.md`), as in .gitignore; one with `/` matches the path
 * from `base` (`archive/**`).
 */
export function ignoreMatcher(globs: readonly string[], base: string): (file: string) => boolean {
  const compiled = globs.map((glob) => ({ anyDepth: !glob.replace(/\/$/, '').includes('/'), re: globToRegExp(glob.replace(/\/$/, '/**')) }));
  return (file: string): boolean => {
    const path = relative(base, file).split(sep).join('/');
    const name = path.slice(path.lastIndexOf('/') + 1);
    return compiled.some(({ anyDepth, re }) => re.test(path) || (anyDepth && re.test(name)));
  };
}
