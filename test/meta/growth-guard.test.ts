// The linear-time guard of test/helpers/growth.ts tells the two apart: a quadratic loop fails it, a linear
// one passes (otherwise the tests that use it could not fail).
import { growth, linearity, LINEAR_GROWTH, QUICK_MS, verdict } from '../helpers/growth.js';

/** Quadratic: every item compared with every earlier one. */
function pairs(n: number): number {
  const values = Array.from({ length: n }, (_, i) => (i * 7919) % 1000);
  let same = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) if (values[i] === values[j]) same++;
  return same;
}

/** Linear: one pass with a set. */
function distinct(n: number): number {
  const seen = new Set<number>();
  for (let i = 0; i < n * 50; i++) seen.add((i * 7919) % 100_003);
  return seen.size;
}

describe('the linear-time guard', () => {
  test('a quadratic loop grows far more than the limit from n to 4n, and is reported', () => {
    // n large enough that the smaller run takes ~10 ms: at 4,000 its 5 ms could be doubled by a busy machine.
    const g = growth((n) => pairs(n), 6_000);
    expect(g.large).toBeGreaterThan(QUICK_MS);
    expect(g.ratio).toBeGreaterThan(LINEAR_GROWTH);
    // About 16 (measured 14–17); the limit sits between it and the 4–8.6 of linear work.
    expect(verdict(g)).toMatch(/^grew \d+\.\d× from n to 4n/);
  });

  test('a linear pass is linear', () => {
    expect(linearity((n) => distinct(n), 20_000)).toBe('linear');
  });
});
