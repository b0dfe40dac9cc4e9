// `ignore` globs of the config file (`draft-*.md`, `archive/**`), matched with picomatch, in bounded time.
// A config is found upward from the working directory and may come with a repository one did not write;
// picomatch compiles a glob to a backtracking RegExp, and `*a*a*a*a*a*a*a*a*a*a*a*ab` against a long name
// of `a`s never finishes. Two bounds make every match cheap:
// - each path segment is matched on its own (the `/`-separated parts of glob and path), with `**` as
//   "any number of segments" in a small table over (glob part, path part), so backtracking never
//   multiplies across segments, as it does within one RegExp over the whole path;
// - a segment has at most MAX_SEGMENT_STARS `*`, the glob at most MAX_GLOB_CHARS characters and
//   MAX_GLOB_WILDCARDS wildcards, and extglobs (`+(a|aa)`, exponential) are off: within one segment of at
//   most 255 characters (a file name's limit), two `*` cost at most 255² steps.
import { relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { echo } from '../echo.js';
import { MAX_GLOB_CHARS, MAX_GLOB_WILDCARDS } from '../limits.js';
import { DiscloseError } from '../model/errors.js';

/** `*` in one segment of a glob, at most (`*-draft-*.md` has two). */
export const MAX_SEGMENT_STARS = 2;

const OPTIONS = { dot: true, posix: true, noextglob: true } as const;
const GLOBSTAR = Symbol('**');
type Part = RegExp | typeof GLOBSTAR;


/** Refuses a glob whose match could take unbounded time; `where` names it in the message. */
export function assertBoundedGlob(glob: string, where = 'config'): void {
  const refuse = (why: string): never => {
    throw new DiscloseError('config', `${where}: \`ignore\` glob \`${echo(glob)}\` ${why}`, where);
  };
  if (glob.length > MAX_GLOB_CHARS) refuse(`is longer than ${MAX_GLOB_CHARS} characters; expected a short glob such as \`drafts/**\``);
  const wildcards = glob.match(/\*+|\?/g)?.length ?? 0;
  if (wildcards > MAX_GLOB_WILDCARDS) refuse(`has ${wildcards} wildcards, more than ${MAX_GLOB_WILDCARDS}; expected a simpler glob such as \`draft-*.md\``);
  // Segments are matched one by one, so a `/` inside braces (`{a/b,c}`) cannot be honoured.
  if (/\{[^}]*\/[^}]*\}/.test(glob)) refuse('has a `/` inside `{…}`; expected one glob per path (`a/b`, `c`)');
  for (const segment of glob.split('/')) {
    if (segment === '**') continue;
    const stars = segment.match(/\*+/g)?.length ?? 0;
    if (stars > MAX_SEGMENT_STARS) refuse(`has ${stars} \`*\` in \`${echo(segment)}\`, more than ${MAX_SEGMENT_STARS} between two \`/\`; expected a simpler glob such as \`*-draft-*.md\``);
  }
}

const normalise = (glob: string): string => glob.replace(/^\.\//, '').replace(/\/$/, '/**');

/** The glob's segments: RegExps for single segments (anchored), GLOBSTAR for `**`. */
function partsOf(glob: string): Part[] {
  return normalise(glob)
    .split('/')
    .map((segment) => (segment === '**' ? GLOBSTAR : picomatch.makeRe(segment, OPTIONS)));
}

/** `.` and `..` are never matched by a wildcard, as in picomatch. */
const isDots = (segment: string): boolean => segment === '.' || segment === '..';

/** Whether `path` (segments) matches `parts`, in O(parts × segments) segment tests. */
function matchParts(parts: readonly Part[], path: readonly string[]): boolean {
  const memo = new Map<number, boolean>();
  const at = (i: number, j: number): boolean => {
    if (i === parts.length) return j === path.length;
    const key = i * (path.length + 1) + j;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const part = parts[i]!;
    let result: boolean;
    if (part === GLOBSTAR) {
      // Zero segments, or one more (not `.`/`..`) and still inside the `**`.
      result = at(i + 1, j) || (j < path.length && !isDots(path[j]!) && at(i, j + 1));
    } else {
      result = j < path.length && part.test(path[j]!) && at(i + 1, j + 1);
    }
    memo.set(key, result);
    return result;
  };
  return at(0, 0);
}

/** A matcher for one glob (`*`, `**`, `?`, `[…]`, `{a,b}`), anchored at both ends. */
export function globMatcher(glob: string): (path: string) => boolean {
  assertBoundedGlob(glob);
  const parts = partsOf(glob);
  return (path) => matchParts(parts, path.split('/'));
}

/**
 * A predicate for `ignore` globs, relative to `base` (the config file's folder). A glob without `/`
 * matches a file's name at any depth (`draft-*.md`), as in .gitignore; one with `/` matches the path
 * from `base` (`archive/**`). `where` names the config in a refusal of a glob (assertBoundedGlob).
 */
export function ignoreMatcher(globs: readonly string[], base: string, where = 'config'): (file: string) => boolean {
  for (const glob of globs) assertBoundedGlob(glob, where);
  const compiled = globs.map((glob) => ({ anyDepth: !glob.replace(/\/$/, '').includes('/'), parts: partsOf(glob) }));
  return (file: string): boolean => {
    const path = relative(base, file).split(sep).join('/');
    const segments = path.split('/');
    const name = segments[segments.length - 1] ?? path;
    return compiled.some(({ anyDepth, parts }) => matchParts(parts, segments) || (anyDepth && matchParts(parts, [name])));
  };
}
