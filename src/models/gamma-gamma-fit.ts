// The maximum-likelihood Gamma-Gamma parameters (SPEC's GAMMA_GAMMA_FIT): the sum of
// `gammaGammaLogLikelihood` over the repeat buyers, maximised by BFGS over the parameters' logs.
import { checkHistory, checkMonetary } from './btyd-checks';
import { type GammaGammaParams } from './gamma-gamma';
import { digamma, lnGamma } from './ln-gamma';
import { FIT_LIMITS, fitProblem } from './fit-problem';
import { minimizeBfgs } from './minimize';
import { ModelProblem } from './model-problem';

export interface GammaGammaFit {
  readonly params: GammaGammaParams;
  /** The log-likelihood at the fit, summed over the customers fitted on. */
  readonly logLikelihood: number;
  /** The customers fitted on: frequency > 0 and monetary > 0. */
  readonly customers: number;
  readonly iterations: number;
  /** How many times the log-likelihood (with its gradient) was evaluated: the fit's cost, for `npm run bench`. */
  readonly evaluations: number;
}

/** Beyond e^25 the log-gamma differences lose their digits; the search is kept inside. */
const DOMAIN = 25;
const NAMES = ['p', 'q', 'v'] as const;

/**
 * The maximum-likelihood Gamma-Gamma parameters (note 025; `lifetimes`' GammaGammaFitter) on the
 * customers with a repeat purchase (frequency > 0) of positive mean amount (monetary > 0); the others are
 * left out, as SPEC says.
 * - Amounts are rescaled so their mean is 1 and v scaled back; the likelihood is maximised over ln p,
 *   ln q, ln v from p = 1, q = 2, v = 1 (a population mean equal to the mean amount).
 * - A problem instead of parameters when a frequency is not a whole number >= 0 or a monetary value is
 *   not finite (with its 1-based row), when fewer than 2 customers are left to fit on, when a parameter
 *   runs off towards 0 or infinity (amounts that vary no more across customers than within them), or
 *   when BFGS does not converge (`fitProblem`).
 * @example fitGammaGamma(cdnow.frequency, cdnow.monetary).params // { p: 6.2488, q: 3.7446, v: 15.4477 } (CDNOW's published zbar; SPEC: 6.25, 3.74, 15.44)
 */
export function fitGammaGamma(frequency: ArrayLike<number>, monetary: ArrayLike<number>): GammaGammaFit | ModelProblem {
  const n = frequency.length;
  if (monetary.length !== n) return new ModelProblem('misaligned', { a: 'frequency', an: n, b: 'monetary', bn: monetary.length });
  const xs: number[] = [];
  const ms: number[] = [];
  let sumM = 0;
  for (let i = 0; i < n; i++) {
    // Only the frequency's own rules: recency and T play no part here.
    const problem = checkHistory(frequency[i], 0, 0) ?? checkMonetary(monetary[i]);
    if (problem) return problem.atRow(i + 1);
    if (frequency[i] > 0 && monetary[i] > 0) {
      xs.push(frequency[i]);
      ms.push(monetary[i]);
      sumM += monetary[i];
    }
  }
  if (xs.length < 2) return new ModelProblem('ggTooFewRepeat', { count: xs.length });

  const scale = xs.length / sumM;
  const data = likelihoodData(xs, ms, scale);
  const result = minimizeBfgs((theta, gradient) => meanNegativeLogLikelihood(theta, gradient, data), [0, Math.log(2), 0], FIT_LIMITS);
  const problem = fitProblem('Gamma-Gamma', NAMES, result);
  if (problem) return problem;
  const [p, q, vScaled] = result.x.map(Math.exp);
  // Scaling amounts by s adds ln s to each customer's log-likelihood (the density of m); it is taken back.
  const logLikelihood = -result.value * xs.length + xs.length * Math.log(scale);
  return { params: { p, q, v: vScaled / scale }, logLikelihood, customers: xs.length, iterations: result.iterations, evaluations: result.evaluations };
}

interface LikelihoodData {
  readonly n: number;
  readonly xIndex: Uint32Array;
  readonly values: Float64Array;
  readonly x: Float64Array;
  readonly m: Float64Array;
  readonly lnM: Float64Array;
}

function likelihoodData(xs: readonly number[], ms: readonly number[], scale: number): LikelihoodData {
  const n = xs.length;
  const index = new Map<number, number>();
  const xIndex = new Uint32Array(n);
  const m = new Float64Array(n);
  const lnM = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let k = index.get(xs[i]);
    if (k === undefined) index.set(xs[i], (k = index.size));
    xIndex[i] = k;
    m[i] = ms[i] * scale;
    lnM[i] = Math.log(m[i]);
  }
  return { n, xIndex, values: Float64Array.from(index.keys()), x: Float64Array.from(xs), m, lnM };
}

/** Minus the mean log-likelihood at theta = (ln p, ln q, ln v), and its gradient in theta. */
function meanNegativeLogLikelihood(theta: readonly number[], gradient: number[], data: LikelihoodData): number {
  for (const t of theta) if (!(Math.abs(t) <= DOMAIN)) return Infinity;
  const [p, q, v] = theta.map(Math.exp);
  const { n, xIndex, values, x: xs, m, lnM } = data;
  const k = values.length;
  const constant = new Float64Array(k);
  const dP = new Float64Array(k);
  const dQ = new Float64Array(k);
  const lnGQ = lnGamma(q);
  const psiQ = digamma(q);
  const lnV = Math.log(v);
  for (let j = 0; j < k; j++) {
    const x = values[j];
    const px = p * x;
    const psiPXQ = digamma(px + q);
    constant[j] = lnGamma(px + q) - lnGamma(px) - lnGQ + q * lnV + px * Math.log(x);
    dP[j] = x * (psiPXQ - digamma(px) + Math.log(x));
    dQ[j] = psiPXQ - psiQ + lnV;
  }
  let sum = 0, gP = 0, gQ = 0, gV = 0;
  for (let i = 0; i < n; i++) {
    const j = xIndex[i];
    const x = xs[i];
    const shape = p * x + q;
    const lnTotal = Math.log(v + x * m[i]);
    sum += constant[j] + (p * x - 1) * lnM[i] - shape * lnTotal;
    gP += dP[j] + x * (lnM[i] - lnTotal);
    gQ += dQ[j] - lnTotal;
    gV += q / v - shape / (v + x * m[i]);
  }
  gradient[0] = (-gP * p) / n;
  gradient[1] = (-gQ * q) / n;
  gradient[2] = (-gV * v) / n;
  return -sum / n;
}
