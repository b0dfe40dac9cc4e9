import { join } from 'node:path';
import { globToRegExp, ignoreMatcher } from '../../src/config/glob.js';

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
    expect(globToRegExp(glob).test(path)).toBe(expected);
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
