// A small glob matcher for the config's `ignore` list. Node 20's `path.matchesGlob` prints an
// ExperimentalWarning on stderr, and the glob libraries in node_modules are only dev dependencies,
// so disclose keeps its own: `*` (within a path segment), `**` (any number of segments), `?`,
// `[abc]` / `[!abc]` classes and `{a,b}` alternatives. Paths are matched with `/` separators.
import { relative, sep } from 'node:path';

function escape(char: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(char) ? `\\${char}` : char;
}

function translate(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i]!;
    if (char === '*') {
      if (glob[i + 1] === '*') {
        const atStart = i === 0 || glob[i - 1] === '/';
        const atEnd = i + 2 === glob.length || glob[i + 2] === '/';
        if (atStart && atEnd) {
          // `**/` matches zero or more whole segments; a trailing `**` matches the rest.
          if (glob[i + 2] === '/') {
            out += '(?:[^/]*/)*';
            i += 2;
          } else {
            out += '.*';
            i += 1;
          }
          continue;
        }
        i += 1;
      }
      out += '[^/]*';
    } else if (char === '?') {
      out += '[^/]';
    } else if (char === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close === -1) {
        out += '\\[';
        continue;
      }
      let body = glob.slice(i + 1, close);
      const negated = body.startsWith('!') || body.startsWith('^');
      if (negated) body = body.slice(1);
      out += `[${negated ? '^' : ''}${body.replace(/\\/g, '\\\\').replace(/\]/g, '\\]')}]`;
      i = close;
    } else if (char === '{') {
      const close = glob.indexOf('}', i);
      if (close === -1) {
        out += '\\{';
        continue;
      }
      out += `(?:${glob.slice(i + 1, close).split(',').map(translate).join('|')})`;
      i = close;
    } else {
      out += escape(char);
    }
  }
  return out;
}

/** The RegExp for one glob, anchored at both ends. */
export function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${translate(glob.replace(/^\.\//, ''))}$`);
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
