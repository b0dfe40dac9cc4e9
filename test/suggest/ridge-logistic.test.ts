// The regression behind variant E of scripts/calibrate-laid-out.mjs: a weighted logistic fit pulled toward
// prior coefficients. The pull must hold the slopes at the prior when strong and let the data speak when
// weak, the intercept always free, the result the same every run.
import { logLoss, ridgeLogistic, type Row } from '../../scripts/lib/ridge-logistic.mjs';

/** Rows drawn from a known logistic z = -1 + 2·x₀ − 1·x₁ on a grid, as expected frequencies (weights). */
function gridRows(): Row[] {
  const rows: Row[] = [];
  for (let a = -2; a <= 2; a += 0.5) {
    for (let b = -2; b <= 2; b += 0.5) {
      const p = 1 / (1 + Math.exp(-(-1 + 2 * a - b)));
      rows.push({ x: [a, b], y: 1, w: p / 81 }, { x: [a, b], y: 0, w: (1 - p) / 81 });
    }
  }
  return rows;
}

describe('ridgeLogistic', () => {
  const rows = gridRows();
  const prior = [0, 0.5, 0.5];

  test('with a weak pull it recovers the coefficients the data come from', () => {
    const theta = ridgeLogistic(rows, prior, 1e-6);
    expect(theta[0]).toBeCloseTo(-1, 3);
    expect(theta[1]).toBeCloseTo(2, 3);
    expect(theta[2]).toBeCloseTo(-1, 3);
  });

  test('a strong pull holds the slopes at the prior, the intercept stays free', () => {
    const theta = ridgeLogistic(rows, prior, 1e6);
    expect(theta[1]).toBeCloseTo(0.5, 4);
    expect(theta[2]).toBeCloseTo(0.5, 4);
    // With the slopes held, the intercept still fits the base rate: better than the prior's 0.
    expect(logLoss(rows, theta)).toBeLessThan(logLoss(rows, prior));
  });

  test('in between, the slopes lie between the prior and the unpenalised fit, and every run is the same', () => {
    const theta = ridgeLogistic(rows, prior, 0.1);
    expect(theta[1]).toBeGreaterThan(0.5);
    expect(theta[1]).toBeLessThan(2);
    expect(theta[2]).toBeLessThan(0.5);
    expect(theta[2]).toBeGreaterThan(-1);
    expect(ridgeLogistic(rows, prior, 0.1)).toEqual(theta);
  });
});
