import { join } from 'node:path';
import { redosGlob } from '../../scripts/lib/hostile-shapes.mjs';
import { globMatcher, ignoreMatcher } from '../../src/config/glob.js';
import { configFromData } from '../../src/config/load-config.js';
import { errorOf } from '../helpers/catalog-dir.js';

describe('ignore globs', () => {
  test.each([
    ['*.md', 'a.md', true],
    ['*.md', 'x/a.md', false],
    ['**/*.md', 'a.md', true],
    ['**/*.md', 'x/y/a.md', true],
    ['drafts/**', 'drafts/a/b.md', true],
    ['drafts/**', 'drafts2/a.md', false],
    ['ch?.md', 'ch1.md', true],
    ['ch[0-4].md', 'ch5.md', false],
    ['ch[!0-4].md', 'ch5.md', true],
    ['{a,b}.md', 'b.md', true],
    ['a.md', 'aXmd', false],
  ])('%s vs %s -> %s', (glob, path, expected) => {
    expect(globMatcher(glob)(path)).toBe(expected);
  });

  test('relative to the config folder; a glob without / matches a name at any depth', () => {
    const base = join('/r', 'cfg');
    const ignored = ignoreMatcher(['draft-*.md', 'archive/**', 'drafts/'], base);
    expect(ignored(join(base, 'report', 'draft-1.md'))).toBe(true);
    expect(ignored(join(base, 'archive', '2020', 'a.md'))).toBe(true);
    expect(ignored(join(base, 'report', 'archive', 'a.md'))).toBe(false);
    expect(ignored(join(base, 'drafts', 'a.md'))).toBe(true);
    expect(ignored(join(base, 'report', '01-intro.md'))).toBe(false);
  });
});

describe('bounded time (a config found upward may come from an untrusted repository)', () => {
  const hostile = redosGlob(12).ignore[0]!; // `*a*a…*ab`: backtracks without end in one RegExp

  test('a glob with too many `*` in one segment is refused with the config named, when the config is read', () => {
    expect(errorOf(() => configFromData({ ignore: [hostile] }, 'disclose.config.yaml', [])).message).toBe(
      'disclose.config.yaml: `ignore` glob `*a*a*a*a*a*a*a*a*a*a*a*ab` has 12 wildcards, more than 8; expected a simpler glob such as `draft-*.md`',
    );
    expect(errorOf(() => ignoreMatcher(['*a*a*ab'], '/r')).message).toMatch(/has 3 `\*` in `\*a\*a\*ab`, more than 2 between two `\/`/);
    expect(errorOf(() => globMatcher(`${'x'.repeat(300)}*`)).message).toMatch(/is longer than 256 characters/);
  });

  test('the most `*` allowed, in every segment and behind `**`, match a deep path of long names at once', () => {
    const name = 'a'.repeat(255);
    const path = Array.from({ length: 15 }, () => name).join('/');
    const matcher = globMatcher('*a*a/**/*a*a/*a*ab');
    const started = process.hrtime.bigint();
    expect(matcher(path)).toBe(false);
    expect(matcher(`${path}/aab`)).toBe(true);
    // A generous bound on a shared machine: one backtracking RegExp over the whole path multiplies the
    // ways each segment matches, hundreds of millions of steps here.
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(2000);
  });

  test('extglobs are plain text (`+(a|aa)` is exponential); `.` and `..` are never matched by `**`', () => {
    expect(globMatcher('+(a|aa).md')('aaa.md')).toBe(false);
    expect(globMatcher('**/*.md')('../x.md')).toBe(false);
  });
});
