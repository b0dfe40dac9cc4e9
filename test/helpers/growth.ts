// Linear-time guards without a wall-clock limit. A limit in milliseconds fails when the machine is busy
// (such tests failed under a load of 10–12 on two cores, never when idle) and proves little when it is
// idle; the same work timed at two sizes back to back slows down together. A linear cost grows about 4×
// from n to 4n, an n·log n one a little more, a quadratic one 16×; garbage collection, which the larger run
// pays more of, pushed linear work on this machine to 5–8.6× (measured), hence a limit of 10.
import { performance } from 'node:perf_hooks';

/** From n to 4n, a cost that grows less than this many times is linear enough. */
export const LINEAR_GROWTH = 10;
/** A larger run quicker than this is too short for its ratio to mean anything (timer and GC noise): it passes. */
export const QUICK_MS = 50;

export interface Growth {
  /** Best of the timings at n and at 4n, in ms. */
  small: number;
  large: number;
  ratio: number;
}

const timed = (run: () => void): number => {
  const started = performance.now();
  run();
  return performance.now() - started;
};

/** How `work`'s cost grows from size n to 4n: the best of `tries` timings at each size (after warm-up runs). */
export function growth(work: (n: number) => void, n: number, tries = 3): Growth {
  work(n);
  work(4 * n);
  let small = Infinity;
  let large = Infinity;
  for (let i = 0; i < tries; i++) {
    small = Math.min(small, timed(() => work(n)));
    large = Math.min(large, timed(() => work(4 * n)));
  }
  return { small, large, ratio: large / Math.max(small, 0.01) };
}

/** 'linear', or what the growth was. */
export const verdict = (g: Growth): string =>
  g.large < QUICK_MS || g.ratio < LINEAR_GROWTH ? 'linear' : `grew ${g.ratio.toFixed(1)}× from n to 4n (${g.small.toFixed(1)} → ${g.large.toFixed(1)} ms)`;

/** For `expect(linearity(work, n)).toBe('linear')`. */
export const linearity = (work: (n: number) => void, n: number): string => verdict(growth(work, n));
