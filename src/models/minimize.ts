// A small quasi-Newton minimiser for the model fits: a handful of parameters (on a log scale, so they stay
// positive), a smooth objective with an analytic gradient. Deterministic: no random restarts.

/** An objective: its value at x, with its gradient written into `gradient`. */
export type Objective = (x: readonly number[], gradient: number[]) => number;

export interface MinimizeOptions {
  /** Stop when every component of the gradient is at most this (default 1e-9). */
  readonly gradientTolerance?: number;
  /** Give up after this many iterations (default 500). */
  readonly maxIterations?: number;
  /** Give up after this many evaluations of the objective (default 5,000). */
  readonly maxEvaluations?: number;
  /** The longest step, in any one coordinate, a line search starts from (default 2). */
  readonly maxStep?: number;
}

export interface Minimum {
  readonly x: number[];
  readonly value: number;
  /** The largest gradient component at x. */
  readonly gradientNorm: number;
  readonly iterations: number;
  readonly evaluations: number;
  /** The gradient fell below the tolerance, or no step can lower the value and it is below 1e-6. */
  readonly converged: boolean;
}

const ARMIJO = 1e-4;

function dot(u: readonly number[], v: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < u.length; i++) s += u[i] * v[i];
  return s;
}

function maxAbs(u: readonly number[]): number {
  let m = 0;
  for (const v of u) m = Math.max(m, Math.abs(v));
  return m;
}

function identity(n: number): number[][] {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
}

/**
 * Minimises a smooth function by BFGS (Nocedal & Wright, "Numerical Optimization", algorithm 6.1): the
 * inverse Hessian is built from gradient differences, each step found by backtracking until the value
 * drops by at least 1e-4 of the predicted decrease (Armijo), the first inverse Hessian scaled by
 * s'y / y'y, and updates skipped where the curvature s'y is not positive. A value of Infinity or NaN
 * marks a point outside the domain: the line search steps back from it. When a quasi-Newton step finds
 * no decrease the inverse Hessian is reset to steepest descent once before giving up.
 * @example minimizeBfgs((x, g) => { g[0] = 2 * (x[0] - 3); return (x[0] - 3) ** 2; }, [0]).x // [3]
 */
export function minimizeBfgs(objective: Objective, start: readonly number[], options: MinimizeOptions = {}): Minimum {
  const tolerance = options.gradientTolerance ?? 1e-9;
  const maxIterations = options.maxIterations ?? 500;
  const maxEvaluations = options.maxEvaluations ?? 5000;
  const maxStep = options.maxStep ?? 2;
  const n = start.length;
  let x = start.slice();
  let gradient = new Array<number>(n).fill(0);
  let value = objective(x, gradient);
  let evaluations = 1;
  if (!Number.isFinite(value)) {
    return { x, value, gradientNorm: NaN, iterations: 0, evaluations, converged: false };
  }
  let inverse = identity(n);
  let fresh = true;
  let iterations = 0;
  let converged = false;
  const next = new Array<number>(n);
  let nextGradient = new Array<number>(n).fill(0);
  const direction = new Array<number>(n);

  for (; iterations < maxIterations && evaluations < maxEvaluations; iterations++) {
    if (maxAbs(gradient) <= tolerance) {
      converged = true;
      break;
    }
    for (let i = 0; i < n; i++) direction[i] = -dot(inverse[i], gradient);
    let slope = dot(gradient, direction);
    if (!(slope < 0)) {
      inverse = identity(n);
      fresh = true;
      for (let i = 0; i < n; i++) direction[i] = -gradient[i];
      slope = -dot(gradient, gradient);
    }
    let step = Math.min(1, maxStep / maxAbs(direction));
    let nextValue = NaN;
    // Rounding in a sum of thousands of terms: a step that changes the value by less than this is no step.
    const noise = 1e-15 * Math.max(1, Math.abs(value));
    for (let tries = 0; tries < 60; tries++) {
      for (let i = 0; i < n; i++) next[i] = x[i] + step * direction[i];
      nextValue = objective(next, nextGradient);
      evaluations++;
      if (Number.isFinite(nextValue) && nextValue <= value + ARMIJO * step * slope + noise) break;
      // Back off to the minimum of the quadratic through the two values and the slope, within [0.1, 0.5].
      const shrink = Number.isFinite(nextValue)
        ? (-slope * step) / (2 * (nextValue - value - slope * step))
        : 0.1;
      step *= Math.min(0.5, Math.max(0.1, shrink));
      nextValue = NaN;
    }
    if (!Number.isFinite(nextValue) || nextValue > value + noise) {
      if (!fresh) {
        inverse = identity(n);
        fresh = true;
        continue;
      }
      converged = maxAbs(gradient) <= 1e-6;
      break;
    }
    const s = next.map((v, i) => v - x[i]);
    const y = nextGradient.map((v, i) => v - gradient[i]);
    const sy = dot(s, y);
    if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
      if (fresh) {
        const scale = sy / dot(y, y);
        for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) inverse[i][j] = i === j ? scale : 0;
        fresh = false;
      }
      updateInverse(inverse, s, y, sy);
    }
    const stalled = value - nextValue <= noise && maxAbs(nextGradient) <= 1e-6;
    x = next.slice();
    value = nextValue;
    [gradient, nextGradient] = [nextGradient, gradient];
    if (stalled) {
      converged = true;
      iterations++;
      break;
    }
  }
  return { x, value, gradientNorm: maxAbs(gradient), iterations, evaluations, converged };
}

/** H <- (I - rho s y') H (I - rho y s') + rho s s', rho = 1 / s'y. */
function updateInverse(h: number[][], s: readonly number[], y: readonly number[], sy: number): void {
  const n = s.length;
  const rho = 1 / sy;
  const hy = h.map((row) => dot(row, y));
  const yhy = dot(y, hy);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      h[i][j] += -rho * (s[i] * hy[j] + hy[i] * s[j]) + (rho * rho * yhy + rho) * s[i] * s[j];
    }
  }
}
