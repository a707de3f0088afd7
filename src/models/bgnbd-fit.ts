// The maximum-likelihood BG/NBD parameters of a customer base (SPEC's BGNBD_FIT): the sum of
// `bgNbdLogLikelihood` over the customers, maximised by BFGS over the parameters' logs, with the
// gradient written out so a fit on tens of thousands of customers takes milliseconds.
import { type BgNbdParams } from './bgnbd';
import { checkHistory } from './btyd-checks';
import { digamma, lnGamma } from './ln-gamma';
import { FIT_LIMITS, fitProblem } from './fit-problem';
import { minimizeBfgs } from './minimize';
import { ModelProblem } from './model-problem';

export interface BgNbdFit {
  readonly params: BgNbdParams;
  /** The log-likelihood at the fit, summed over the customers, in the data's time unit. */
  readonly logLikelihood: number;
  readonly customers: number;
  readonly iterations: number;
  /** How many times the log-likelihood (with its gradient) was evaluated: the fit's cost, for `npm run bench`. */
  readonly evaluations: number;
}

/** Beyond e^25 the log-gamma differences lose their digits; the search is kept inside. */
const DOMAIN = 25;
const NAMES = ['r', 'alpha', 'a', 'b'] as const;

/**
 * The maximum-likelihood BG/NBD parameters (Fader, Hardie & Lee 2005, section 7; `lifetimes`'
 * BetaGeoFitter) for customers with histories (x, t_x, T), one per index of the three lists.
 * - Time is rescaled so the longest T is 10, as `lifetimes` does, and alpha scaled back; the likelihood
 *   is maximised over ln r, ln alpha, ln a, ln b, so the parameters stay positive, from r = a = b = 1
 *   and alpha = sum T / sum x (a rate matching the mean repeat-purchase rate).
 * - A problem instead of parameters when a row breaks `checkHistory` (with its 1-based row), when fewer
 *   than 2 customers have a repeat purchase or every T is 0 (the data cannot identify the model), when
 *   a parameter runs off towards 0 or infinity, or when BFGS does not converge (`fitProblem`).
 * @example fitBgNbd(cdnow.frequency, cdnow.recency, cdnow.T).params // { r: 0.24259, alpha: 4.41353, a: 0.79289, b: 2.42575 } (CDNOW's published summary; SPEC: 0.243, 4.414, 0.793, 2.426)
 */
export function fitBgNbd(frequency: ArrayLike<number>, recency: ArrayLike<number>, T: ArrayLike<number>): BgNbdFit | ModelProblem {
  const n = frequency.length;
  if (recency.length !== n) return new ModelProblem('misaligned', { a: 'frequency', an: n, b: 'recency', bn: recency.length });
  if (T.length !== n) return new ModelProblem('misaligned', { a: 'frequency', an: n, b: 'T', bn: T.length });
  let repeatBuyers = 0;
  let maxT = 0;
  let sumX = 0;
  let sumT = 0;
  for (let i = 0; i < n; i++) {
    const problem = checkHistory(frequency[i], recency[i], T[i]);
    if (problem) return problem.atRow(i + 1);
    if (frequency[i] > 0) repeatBuyers++;
    maxT = Math.max(maxT, T[i]);
    sumX += frequency[i];
    sumT += T[i];
  }
  if (repeatBuyers < 2) return new ModelProblem('btydTooFewRepeat', { count: repeatBuyers });
  if (maxT === 0) return new ModelProblem('btydAllTZero', {});

  const scale = 10 / maxT;
  const data = likelihoodData(frequency, recency, T, scale);
  const start = [0, Math.log((sumT * scale) / sumX), 0, 0];
  const result = minimizeBfgs((theta, gradient) => meanNegativeLogLikelihood(theta, gradient, data), start, FIT_LIMITS);
  const problem = fitProblem('BG/NBD', NAMES, result);
  if (problem) return problem;
  const [r, alphaScaled, a, b] = result.x.map(Math.exp);
  // Scaling time by s adds -x ln s to each customer's log-likelihood (the density of t_x); it is taken back.
  const logLikelihood = -result.value * n + sumX * Math.log(scale);
  return { params: { r, alpha: alphaScaled / scale, a, b }, logLikelihood, customers: n, iterations: result.iterations, evaluations: result.evaluations };
}

interface LikelihoodData {
  readonly n: number;
  /** Each customer's index into `values`, the distinct frequencies. */
  readonly xIndex: Uint32Array;
  readonly values: Float64Array;
  readonly x: Float64Array;
  readonly recency: Float64Array;
  readonly T: Float64Array;
}

function likelihoodData(frequency: ArrayLike<number>, recency: ArrayLike<number>, T: ArrayLike<number>, scale: number): LikelihoodData {
  const n = frequency.length;
  const index = new Map<number, number>();
  const xIndex = new Uint32Array(n);
  const x = new Float64Array(n);
  const rec = new Float64Array(n);
  const age = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let k = index.get(frequency[i]);
    if (k === undefined) index.set(frequency[i], (k = index.size));
    xIndex[i] = k;
    x[i] = frequency[i];
    rec[i] = recency[i] * scale;
    age[i] = T[i] * scale;
  }
  return { n, xIndex, values: Float64Array.from(index.keys()), x, recency: rec, T: age };
}

/**
 * Minus the mean log-likelihood at theta = (ln r, ln alpha, ln a, ln b), and its gradient in theta. The
 * terms that depend on x alone (the log-gamma ratios and their digamma derivatives) are computed once
 * per distinct frequency, the rest per customer.
 */
function meanNegativeLogLikelihood(theta: readonly number[], gradient: number[], data: LikelihoodData): number {
  for (const t of theta) if (!(Math.abs(t) <= DOMAIN)) return Infinity;
  const [r, alpha, a, b] = theta.map(Math.exp);
  const { n, xIndex, values, x: xs, recency, T } = data;
  const k = values.length;
  const constant = new Float64Array(k);
  const dR = new Float64Array(k);
  const dA = new Float64Array(k);
  const dB = new Float64Array(k);
  const logDeath = new Float64Array(k);
  const dDeathB = new Float64Array(k);
  const lnAlpha = Math.log(alpha);
  const psiR = digamma(r), psiB = digamma(b), psiAB = digamma(a + b);
  const lnGR = lnGamma(r), lnGB = lnGamma(b), lnGAB = lnGamma(a + b);
  for (let j = 0; j < k; j++) {
    const x = values[j];
    const psiABX = digamma(a + b + x);
    constant[j] = lnGamma(r + x) - lnGR + r * lnAlpha + lnGAB + lnGamma(b + x) - lnGB - lnGamma(a + b + x);
    dR[j] = digamma(r + x) - psiR + lnAlpha;
    dA[j] = psiAB - psiABX;
    dB[j] = psiAB + digamma(b + x) - psiB - psiABX;
    if (x > 0) {
      logDeath[j] = Math.log(a) - Math.log(b + x - 1);
      dDeathB[j] = -1 / (b + x - 1);
    }
  }
  let sum = 0, gR = 0, gAlpha = 0, gA = 0, gB = 0;
  for (let i = 0; i < n; i++) {
    const j = xIndex[i];
    const x = xs[i];
    const shape = r + x;
    const lnAgeT = Math.log(alpha + T[i]);
    const a3 = -shape * lnAgeT;
    if (x === 0) {
      sum += constant[j] + a3;
      gR += dR[j] - lnAgeT;
      gAlpha += r / alpha - shape / (alpha + T[i]);
      gA += dA[j];
      gB += dB[j];
      continue;
    }
    const lnAgeRecency = Math.log(alpha + recency[i]);
    const a4 = logDeath[j] - shape * lnAgeRecency;
    // ln(e^a3 + e^a4) and the weights of its two terms in the derivatives.
    const max = a3 > a4 ? a3 : a4;
    const e = Math.exp(-Math.abs(a3 - a4));
    const logSum = max + Math.log1p(e);
    const w4 = a4 >= a3 ? 1 / (1 + e) : e / (1 + e);
    const w3 = 1 - w4;
    sum += constant[j] + logSum;
    gR += dR[j] - w3 * lnAgeT - w4 * lnAgeRecency;
    gAlpha += r / alpha - shape * (w3 / (alpha + T[i]) + w4 / (alpha + recency[i]));
    gA += dA[j] + w4 / a;
    gB += dB[j] + w4 * dDeathB[j];
  }
  // d/d ln p = p d/dp; minus, and per customer.
  gradient[0] = (-gR * r) / n;
  gradient[1] = (-gAlpha * alpha) / n;
  gradient[2] = (-gA * a) / n;
  gradient[3] = (-gB * b) / n;
  return -sum / n;
}
