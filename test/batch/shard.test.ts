import { selectShard } from '../../src/batch/shard.js';
import { parseShard } from '../../src/cli/commands/check.js';

describe('--shard i/n', () => {
  test.each([0, 1, 2, 5, 7, 100])('the %i reports split into n shares that are disjoint, in order, and cover the list', (size) => {
    const list = Array.from({ length: size }, (_, i) => `r${String(i).padStart(3, '0')}.md`);
    for (const count of [1, 2, 3, 4, 8]) {
      const shares = Array.from({ length: count }, (_, i) => selectShard(list, { index: i + 1, count }));
      expect(shares.flat()).toEqual(list);
      const sizes = shares.map((s) => s.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  });

  test('the same list gives the same share on every machine', () => {
    expect(selectShard(['a', 'b', 'c', 'd', 'e'], { index: 2, count: 2 })).toEqual(['c', 'd', 'e']);
  });

  test.each([[{ index: 0, count: 2 }], [{ index: 3, count: 2 }], [{ index: 1.5, count: 2 }]])('a library caller\'s bad share %j is a usage error', (shard) => {
    expect(() => selectShard(['a'], shard)).toThrow(/is not a share; expected i\/n/);
  });

  test.each([['1/1', { index: 1, count: 1 }], ['2/4', { index: 2, count: 4 }]])('parses %s', (text, shard) => {
    expect(parseShard(text)).toEqual(shard);
  });

  test.each([['0/2'], ['3/2'], ['1/0'], ['2'], ['a/b'], ['1/2/3'], [' 1/2']])('refuses %j', (text) => {
    expect(() => parseShard(text)).toThrow('expected i/n with 1 ≤ i ≤ n, such as 2/4.');
  });
});
