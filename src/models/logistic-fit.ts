// The maximum-likelihood logistic regression of won / lost history (docs/pipeline.md, LOGISTIC_FIT):
// iteratively reweighted least squares, i.e. Newton's method on the log-likelihood, over features centred
// and scaled to unit standard deviation so that hundreds of horsepower and single-digit weights, or
// counts and flags, are solved on one footing; the coefficients are scaled back at the end.
import { choleskyInPlace, choleskySolve } from './cholesky';
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
// Read once: inside a sandboxed global scope (a vm context, as the benches load the bundles) every read of
// the global Math costs a lookup, and the pass reads it three times a row.
const { abs, exp, log1p } = Math;

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

  let beta = new Float64Array(m);
  beta[0] = Math.log(won / (n - won));
  let previous = beta;
  let delta: Float64Array = new Float64Array(m);
  let step = 1;
  let halvings = 0;
  let previousLikelihood = -Infinity;
  const hessian = new Float64Array(m * m);
  const gradient = new Float64Array(m);
  let pass: Pass = { logLikelihood: -Infinity, splits: false, largest: 0 };
  for (let iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
    // One pass over the rows gives the likelihood, the normal equations and the separation test at beta.
    pass = accumulate(z, y, beta, k, hessian, gradient);
    if (pass.splits) return separated(beta, k);
    // Newton's step raises a concave likelihood near the top; far from it, half a step may do better.
    if (pass.logLikelihood < previousLikelihood - 1e-12 * Math.abs(previousLikelihood) && halvings < MAX_HALVINGS) {
      step /= 2;
      halvings++;
      beta = previous.map((b, j) => b + step * delta[j]);
      continue;
    }
    previousLikelihood = pass.logLikelihood;
    // At the start every weight is the same, so X'WX is X'X scaled: a pivot near 0 there is a column the
    // intercept and the columns before it span. Later, weights vanish only as scores run off: separation.
    const failed = choleskyInPlace(hessian, m, iteration === 1 ? COLLINEAR : 1e-14);
    if (failed > 0 && iteration === 1) return new ModelProblem('logitCollinear', { column: failed });
    if (failed >= 0) return separated(beta, k);
    delta = choleskySolve(hessian, m, gradient);
    previous = beta;
    beta = beta.map((b, j) => b + delta[j]);
    step = 1;
    halvings = 0;
    let converged = true;
    for (let j = 0; j < m; j++) if (Math.abs(delta[j]) > TOLERANCE * (1 + Math.abs(beta[j]))) converged = false;
    if (converged) {
      const coefficients = unscale(beta, mean, sd);
      // A fit that converged to numbers a cell cannot hold is no fit.
      if (!coefficients.every((b) => b - b === 0)) break;
      return { coefficients, logLikelihood: pass.logLikelihood, iterations: iteration };
    }
  }
  if (pass.largest > SEPARATED_SCORE) return separated(delta, k);
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

/** What one pass over the rows found at the current coefficients. */
interface Pass {
  /** Sum of y ln p + (1 - y) ln(1 - p). */
  readonly logLikelihood: number;
  /** Every won row scored above 0 and every lost row below: that hyperplane separates the outcomes, so
   * scaling it up raises the likelihood for ever. */
  readonly splits: boolean;
  /** The largest |score|. */
  readonly largest: number;
}

/**
 * One pass: each row's score b0 + b.z, its probability p and weight p(1 - p); X'WX into `hessian` (lower
 * triangle, the intercept first) and X'(y - p) into `gradient`; the log-likelihood, from
 * ln p = -ln(1 + e^-s) and ln(1 - p) = -ln(1 + e^s), sharing e^-|s| with p.
 */
function accumulate(z: Float64Array, y: Uint8Array, beta: Float64Array, k: number, hessian: Float64Array, gradient: Float64Array): Pass {
  const m = k + 1;
  hessian.fill(0);
  gradient.fill(0);
  const row = new Float64Array(m);
  row[0] = 1;
  let logLikelihood = 0;
  let splits = true;
  let largest = 0;
  for (let i = 0; i < y.length; i++) {
    const base = i * k;
    let score = beta[0];
    for (let j = 0; j < k; j++) {
      const v = z[base + j];
      row[j + 1] = v;
      score += beta[j + 1] * v;
    }
    const e = exp(-abs(score));
    const p = score >= 0 ? 1 / (1 + e) : e / (1 + e);
    const won = y[i] === 1;
    // -ln(1 + e^-s) for a won row, -ln(1 + e^s) for a lost one: the larger exponent taken out.
    const against = won ? -score : score;
    logLikelihood -= (against > 0 ? against : 0) + log1p(e);
    if (won ? !(score > 0) : !(score < 0)) splits = false;
    if (abs(score) > largest) largest = abs(score);
    const w = p * (1 - p);
    const r = y[i] - p;
    for (let a = 0; a < m; a++) {
      const wa = w * row[a];
      gradient[a] += r * row[a];
      const line = a * m;
      for (let b = 0; b <= a; b++) hessian[line + b] += wa * row[b];
    }
  }
  return { logLikelihood, splits, largest };
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
