// The maximum-likelihood logistic regression of won / lost history (docs/pipeline.md, LOGISTIC_FIT):
// iteratively reweighted least squares, i.e. Newton's method on the log-likelihood, over features centred
// and scaled to unit standard deviation so that hundreds of horsepower and single-digit weights, or
// counts and flags, are solved on one footing; the coefficients are scaled back at the end.
import { choleskyInPlace, choleskySolve } from './cholesky';
import { logistic } from './logistic';
import { ModelProblem } from './model-problem';

export interface LogisticFit {
  /** b0 | b1 | ... | bk: the intercept first, then one per feature, on the features' own scale. */
  readonly coefficients: Float64Array;
  /** The log-likelihood at the fit: sum of y ln p + (1 - y) ln(1 - p). */
  readonly logLikelihood: number;
  readonly iterations: number;
}

/** Newton converges in a handful of steps when a maximum exists; 100 without one means there is none. */
export const MAX_ITERATIONS = 100;
/** A fit stops when no coefficient moves by more than this times (1 + its size). */
const TOLERANCE = 1e-10;
/** A pivot of the design's cross-products below this share of its diagonal is a dependent column. */
const COLLINEAR = 1e-10;
/** A linear score beyond this (a probability within 3e-7 of 0 or 1) in a fit that will not converge is
 * separation: the coefficients are running off to infinity. */
const SEPARATED_SCORE = 15;
const MAX_HALVINGS = 30;

/**
 * Fits P(won) = 1 / (1 + e^-(b0 + b.x)) by maximum likelihood to `n = y.length` rows: `x` holds the
 * features row by row (n x k), `y` each row's outcome, 1 won or 0 lost. Starts from b = 0 with the
 * intercept at the log-odds of the won share; a step that lowers the likelihood is halved.
 * A problem instead of a fit when there are fewer than k + 2 rows, only one outcome, a constant feature
 * column or one that is a combination of the intercept and the columns before it (1-based column), or
 * when the outcomes are separated (some hyperplane of the features puts every won row on one side: the
 * likelihood then rises without bound; detected exactly when an iterate's own scores split won from lost,
 * or as no convergence in 100 iterations with scores beyond 15), naming the feature growing fastest.
 * @example fitLogistic(webinar, won, 1).coefficients // [-2.944439, 1.209838]: seed 001's 100 leads at 5% and 40 webinar leads at 15%
 */
export function fitLogistic(x: Float64Array, y: Uint8Array, k: number): LogisticFit | ModelProblem {
  const n = y.length;
  const m = k + 1;
  if (n < k + 2) return new ModelProblem('logitTooFewRows', { rows: n, coefficients: m, needed: k + 2 });
  let won = 0;
  for (let i = 0; i < n; i++) won += y[i];
  if (won === 0) return new ModelProblem('logitAllLost', { rows: n });
  if (won === n) return new ModelProblem('logitAllWon', { rows: n });

  const scaled = standardize(x, n, k);
  if (scaled instanceof ModelProblem) return scaled;
  const { z, mean, sd } = scaled;
  const dependent = dependentColumn(z, n, k);
  if (dependent > 0) return new ModelProblem('logitCollinear', { column: dependent });

  const beta = new Float64Array(m);
  beta[0] = Math.log(won / (n - won));
  let score = new Float64Array(n).fill(beta[0]);
  let trialScore = new Float64Array(n);
  let logLikelihood = likelihood(score, y);
  const hessian = new Float64Array(m * m);
  const gradient = new Float64Array(m);
  const trial = new Float64Array(m);
  let delta: Float64Array = new Float64Array(m);
  for (let iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
    if (splits(score, y)) return separated(beta, k);
    normalEquations(z, y, score, k, hessian, gradient);
    // Positive definite while every weight p(1 - p) is above 0; weights vanish only as scores run off.
    if (choleskyInPlace(hessian, m, 1e-14) >= 0) return separated(beta, k);
    delta = choleskySolve(hessian, m, gradient);
    let trialLikelihood = -Infinity;
    for (let h = 0, step = 1; h <= MAX_HALVINGS; h++, step /= 2) {
      for (let j = 0; j < m; j++) trial[j] = beta[j] + step * delta[j];
      linearScores(z, trial, k, trialScore);
      trialLikelihood = likelihood(trialScore, y);
      // Newton's step raises a concave likelihood near the top; far from it, half a step may do better.
      if (trialLikelihood >= logLikelihood - 1e-12 * Math.abs(logLikelihood)) break;
    }
    beta.set(trial);
    [score, trialScore] = [trialScore, score];
    logLikelihood = trialLikelihood;
    let converged = true;
    for (let j = 0; j < m; j++) if (Math.abs(delta[j]) > TOLERANCE * (1 + Math.abs(beta[j]))) converged = false;
    if (converged) {
      const coefficients = unscale(beta, mean, sd);
      // A fit that converged to numbers a cell cannot hold is no fit.
      if (!coefficients.every((b) => b - b === 0)) break;
      return { coefficients, logLikelihood, iterations: iteration };
    }
  }
  let largest = 0;
  for (let i = 0; i < n; i++) largest = Math.max(largest, Math.abs(score[i]));
  if (largest > SEPARATED_SCORE) return separated(delta, k);
  return new ModelProblem('logitNoFit', { iterations: MAX_ITERATIONS });
}

interface Standardized {
  /** The features centred and scaled, row by row (n x k). */
  readonly z: Float64Array;
  readonly mean: Float64Array;
  readonly sd: Float64Array;
}

/** Centres and scales each feature column; a column with one value throughout is a problem. */
function standardize(x: Float64Array, n: number, k: number): Standardized | ModelProblem {
  const mean = new Float64Array(k);
  const sd = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    let constant = true;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      sum += x[i * k + j];
      if (x[i * k + j] !== x[j]) constant = false;
    }
    if (constant) return new ModelProblem('logitConstant', { column: j + 1, value: x[j] });
    mean[j] = sum / n;
    let squares = 0;
    for (let i = 0; i < n; i++) squares += (x[i * k + j] - mean[j]) ** 2;
    sd[j] = Math.sqrt(squares / n);
    // Values near 1e308 overflow the sums: no fit can be computed on that scale.
    if (!(sd[j] < Infinity && Math.abs(mean[j]) < Infinity)) return new ModelProblem('logitTooLarge', { column: j + 1 });
  }
  const z = new Float64Array(n * k);
  for (let i = 0; i < n; i++) for (let j = 0; j < k; j++) z[i * k + j] = (x[i * k + j] - mean[j]) / sd[j];
  return { z, mean, sd };
}

/** The first feature column (1-based) that the intercept and the columns before it span, or 0: where
 * the Cholesky factorisation of X'X (the intercept first) meets a pivot near 0. */
function dependentColumn(z: Float64Array, n: number, k: number): number {
  const m = k + 1;
  const cross = new Float64Array(m * m);
  const row = new Float64Array(m);
  row[0] = 1;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < k; j++) row[j + 1] = z[i * k + j];
    for (let a = 0; a < m; a++) for (let b = 0; b <= a; b++) cross[a * m + b] += row[a] * row[b];
  }
  return Math.max(0, choleskyInPlace(cross, m, COLLINEAR));
}

/** X'WX (lower triangle, the intercept first) and X'(y - p) at the given linear scores, W = p(1 - p). */
function normalEquations(z: Float64Array, y: Uint8Array, score: Float64Array, k: number, hessian: Float64Array, gradient: Float64Array): void {
  const m = k + 1;
  hessian.fill(0);
  gradient.fill(0);
  const row = new Float64Array(m);
  row[0] = 1;
  for (let i = 0; i < score.length; i++) {
    const p = logistic(score[i]);
    const w = p * (1 - p);
    const r = y[i] - p;
    const base = i * k;
    for (let j = 0; j < k; j++) row[j + 1] = z[base + j];
    for (let a = 0; a < m; a++) {
      const wa = w * row[a];
      gradient[a] += r * row[a];
      const line = a * m;
      for (let b = 0; b <= a; b++) hessian[line + b] += wa * row[b];
    }
  }
}

/** Each row's b0 + b.z. */
function linearScores(z: Float64Array, beta: Float64Array, k: number, out: Float64Array): void {
  for (let i = 0; i < out.length; i++) {
    let s = beta[0];
    const base = i * k;
    for (let j = 0; j < k; j++) s += beta[j + 1] * z[base + j];
    out[i] = s;
  }
}

/** ln(1 + e^t) without overflow. */
function softplus(t: number): number {
  return t > 0 ? t + Math.log1p(Math.exp(-t)) : Math.log1p(Math.exp(t));
}

/** Sum of y ln p + (1 - y) ln(1 - p), where ln p = -softplus(-score) and ln(1 - p) = -softplus(score). */
function likelihood(score: Float64Array, y: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < score.length; i++) sum -= softplus(y[i] === 1 ? -score[i] : score[i]);
  return sum;
}

/** True when the scores put every won row strictly above 0 and every lost row strictly below: that
 * hyperplane separates the outcomes, so scaling it up raises the likelihood for ever. */
function splits(score: Float64Array, y: Uint8Array): boolean {
  for (let i = 0; i < score.length; i++) if (y[i] === 1 ? !(score[i] > 0) : !(score[i] < 0)) return false;
  return true;
}

/** Separation, naming the feature (1-based) with the largest entry of `direction` on the scaled features. */
function separated(direction: Float64Array, k: number): ModelProblem {
  let column = 1;
  for (let j = 2; j <= k; j++) if (Math.abs(direction[j]) > Math.abs(direction[column])) column = j;
  return new ModelProblem('logitSeparated', { column });
}

/** The coefficients on the features' own scale: b_j = g_j / sd_j, b0 = g0 - sum g_j mean_j / sd_j. */
function unscale(beta: Float64Array, mean: Float64Array, sd: Float64Array): Float64Array {
  const out = new Float64Array(beta.length);
  out[0] = beta[0];
  for (let j = 0; j < mean.length; j++) {
    out[j + 1] = beta[j + 1] / sd[j];
    out[0] -= out[j + 1] * mean[j];
  }
  return out;
}
