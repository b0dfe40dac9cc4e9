// A weighted logistic regression pulled toward prior coefficients (L2): the refit of suggest's score for
// laid-out text (scripts/calibrate-laid-out.mjs, variant E). Newton's method with step halving: exact and
// deterministic, which a general optimiser package would not promise, and seven parameters need no more.
//
//   minimise  Σ w · (log(1 + e^z) − y · z)  +  λ/2 · Σ_{k ≥ 1} (θ_k − prior_k)²,   z = θ_0 + Σ θ_k · x_k
//
// The intercept θ_0 is not penalised: a shift of the base rate is what a refit on other text is for.

const zOf = (theta, x) => x.reduce((z, v, k) => z + theta[k + 1] * v, theta[0]);
const softplus = (z) => (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)));

/** The weighted log-loss of θ on rows {x, y, w} (no penalty). */
export function logLoss(rows, theta) {
  let sum = 0;
  for (const { x, y, w } of rows) {
    const z = zOf(theta, x);
    sum += w * (softplus(z) - y * z);
  }
  return sum;
}

const penalty = (theta, prior, lambda) => theta.reduce((s, t, k) => (k === 0 ? s : s + (lambda * (t - prior[k]) ** 2) / 2), 0);

/** Solve H·d = g for a symmetric positive definite H: Gaussian elimination with partial pivoting. */
function solve(h, g) {
  const n = g.length;
  const m = h.map((r, i) => [...r, g[i]]);
  for (let i = 0; i < n; i++) {
    let p = i;
    for (let j = i + 1; j < n; j++) if (Math.abs(m[j][i]) > Math.abs(m[p][i])) p = j;
    [m[i], m[p]] = [m[p], m[i]];
    for (let j = i + 1; j < n; j++) {
      const k = m[j][i] / m[i][i];
      for (let c = i; c <= n; c++) m[j][c] -= k * m[i][c];
    }
  }
  const d = new Array(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = m[i][n];
    for (let k = i + 1; k < n; k++) s -= m[i][k] * d[k];
    d[i] = s / m[i][i];
  }
  return d;
}

/**
 * θ = [intercept, slopes…] minimising the penalised loss, from the prior. `lambda` must be > 0 for the
 * slopes (it keeps the Hessian definite); the intercept gets a tiny ridge so that a one-class set stays finite.
 */
export function ridgeLogistic(rows, prior, lambda) {
  const n = prior.length;
  const objective = (theta) => logLoss(rows, theta) + penalty(theta, prior, lambda) + (1e-9 * theta[0] ** 2) / 2;
  let theta = [...prior];
  let current = objective(theta);
  for (let it = 0; it < 200; it++) {
    const g = theta.map((t, k) => (k === 0 ? 1e-9 * t : lambda * (t - prior[k])));
    const h = theta.map((_, i) => theta.map((__, j) => (i !== j ? 0 : i === 0 ? 1e-9 : lambda)));
    for (const { x, y, w } of rows) {
      const v = [1, ...x];
      const p = 1 / (1 + Math.exp(-zOf(theta, x)));
      for (let i = 0; i < n; i++) {
        g[i] += (p - y) * w * v[i];
        for (let j = 0; j < n; j++) h[i][j] += p * (1 - p) * w * v[i] * v[j];
      }
    }
    let d = solve(h, g);
    let next = objective(theta.map((t, k) => t - d[k]));
    for (let half = 0; half < 50 && !(next <= current); half++) {
      d = d.map((v) => v / 2);
      next = objective(theta.map((t, k) => t - d[k]));
    }
    if (!(next <= current)) break;
    theta = theta.map((t, k) => t - d[k]);
    const done = current - next < 1e-14;
    current = next;
    if (done) break;
  }
  return theta;
}
