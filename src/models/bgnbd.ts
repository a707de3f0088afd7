// The BG/NBD model of repeat buying (Fader, Hardie & Lee 2005, "Counting your customers the easy way: an
// alternative to the Pareto/NBD model", Marketing Science 24(2)): while alive, a customer buys at a
// Poisson rate lambda ~ Gamma(r, alpha); after each repeat purchase they drop out with probability
// p ~ Beta(a, b). A customer's history is x repeat purchases, the last at t_x, observed up to T, all
// measured from the first purchase. The functions take a history that passed `checkHistory` and
// parameters that passed `checkBgNbdParams`.
import { hyp2f1 } from './hyp2f1';
import { lagrangeAt } from './lagrange';
import { lnGamma } from './ln-gamma';

/** The BG/NBD parameters: purchase rates ~ Gamma(r, alpha), dropout probabilities ~ Beta(a, b). */
export interface BgNbdParams {
  readonly r: number;
  readonly alpha: number;
  readonly a: number;
  readonly b: number;
}

/**
 * One customer's log-likelihood (the paper's equation 6, in logs as its section 7 and the `lifetimes`
 * package write it): ln L = A1 + A2 + ln(exp(A3) + [x > 0] exp(A4)) with
 * A1 = ln G(r + x) - ln G(r) + r ln alpha, A2 = ln G(a + b) + ln G(b + x) - ln G(b) - ln G(a + b + x),
 * A3 = -(r + x) ln(alpha + T), A4 = ln a - ln(b + x - 1) - (r + x) ln(alpha + t_x);
 * the last term summed as max + ln(1 + exp(min - max)), so neither exponential underflows to 0.
 * @example bgNbdLogLikelihood(2, 30.43, 38.86, { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }) // -9.4586...
 */
export function bgNbdLogLikelihood(frequency: number, recency: number, T: number, params: BgNbdParams): number {
  const { r, alpha, a, b } = params;
  const x = frequency;
  const a1 = lnGamma(r + x) - lnGamma(r) + r * Math.log(alpha);
  const a2 = lnGamma(a + b) + lnGamma(b + x) - lnGamma(b) - lnGamma(a + b + x);
  const a3 = -(r + x) * Math.log(alpha + T);
  if (x === 0) return a1 + a2 + a3;
  const a4 = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + recency);
  return a1 + a2 + logAddExp(a3, a4);
}

/** ln(e^u + e^v) without overflow or underflow. */
function logAddExp(u: number, v: number): number {
  const max = Math.max(u, v);
  return max + Math.log1p(Math.exp(Math.min(u, v) - max));
}

/**
 * The probability that a customer is still alive at T (Fader, Hardie & Lee 2005, equation 13; Hardie's
 * note 021, "Computing P(alive) using the BG/NBD model"): 1 when x = 0, else
 * 1 / (1 + a / (b + x - 1) * ((alpha + T) / (alpha + t_x))^(r + x)), with the odds taken through their log
 * so a long silence gives a small probability rather than 1 / Infinity.
 * @example probabilityAlive(2, 30.43, 38.86, { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }) // 0.72658 (SPEC: 0.7266)
 */
export function probabilityAlive(frequency: number, recency: number, T: number, params: BgNbdParams): number {
  if (frequency === 0) return 1;
  const { r, alpha, a, b } = params;
  const logOdds = Math.log(a / (b + frequency - 1)) + (r + frequency) * Math.log((alpha + T) / (alpha + recency));
  return 1 / (1 + Math.exp(logOdds));
}

/**
 * The expected number of purchases in the next t units, given the history (Fader, Hardie & Lee 2005,
 * equation 10; `lifetimes`' conditional_expected_number_of_purchases_up_to_time):
 * E[Y(t) | x, t_x, T] = P(alive) x (a + b + x - 1) / (a - 1)
 *   x [1 - ((alpha + T) / (alpha + T + t))^(r + x) 2F1(r + x, b + x; a + b + x - 1; t / (alpha + T + t))].
 * 0 for t <= 0. See `expectedPurchasesIfAlive` for how the bracket is evaluated.
 * @example expectedPurchases(39, 2, 30.43, 38.86, { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }) // 1.22603 (SPEC: 1.226)
 */
export function expectedPurchases(t: number, frequency: number, recency: number, T: number, params: BgNbdParams): number {
  if (!(t > 0)) return 0;
  return probabilityAlive(frequency, recency, T, params) * expectedPurchasesIfAlive(t, frequency, T, params);
}

const SERIES_HORIZON = 0.5;
const EPS = 1e-16;
/** Half-width of the nodes around a = 1 (or a + b + x - 1 = 0), where equation 10 is 0 / 0. */
const SINGULAR_STEP = 1e-3;

/**
 * The expected purchases in (T, T + t] of a customer alive at T with x repeat purchases, the equation-10
 * bracket without P(alive). Averaged over the posterior of p ~ Beta(a, b + x) it is
 * E[(1 - (1 + p u)^-(r + x)) / p] with u = t / (alpha + T), computed one of three ways:
 * - u <= 1/2: that expectation's power series, sum_k>=1 (r + x)_k (a)_(k-1) (-u)^(k-1) u / ((a + b + x)_(k-1) k!),
 *   free of equation 10's cancellation at small t and of its 0 / 0 at a = 1;
 * - beyond: equation 10 after Pfaff's transformation, (a + b + x - 1) / (a - 1)
 *   x [1 - 2F1(r + x, a - 1; a + b + x - 1; -u)], which is the paper's form since
 *   ((alpha + T) / (alpha + T + t))^(r + x) 2F1(r + x, b + x; c; z) = 2F1(r + x, c - b - x; c; -u); within
 *   1e-3 of a = 1 or of a + b + x - 1 = 0 it is interpolated from six nodes on either side;
 * - where those lose to cancellation (a result outside [0, (r + x) u], with parameters in the hundreds),
 *   the expectation by quadrature.
 * @example expectedPurchasesIfAlive(39, 2, 38.86, { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }) // 1.68740
 */
export function expectedPurchasesIfAlive(t: number, frequency: number, T: number, params: BgNbdParams): number {
  if (!(t > 0)) return 0;
  const { r, alpha, a, b } = params;
  const u = t / (alpha + T);
  const shape = r + frequency;
  const tail = b + frequency;
  const value = closedForm(shape, a, tail, u);
  // The expectation lies between 0 and (r + x) u, the value of its integrand at p = 0; outside, or NaN,
  // the series and 2F1 have lost to cancellation (parameters in the hundreds), and quadrature takes over.
  return value >= 0 && value <= shape * u * (1 + 1e-9) ? value : posteriorQuadrature(shape, a, tail, u);
}

/** The series or equation 10, as `expectedPurchasesIfAlive` describes; NaN or out of range where they cancel. */
function closedForm(shape: number, a: number, tail: number, u: number): number {
  if (u <= SERIES_HORIZON) {
    const series = posteriorSeries(shape, a, a + tail, u);
    if (series === series) return series;
  }
  if (Math.abs(a - 1) < SINGULAR_STEP) {
    return acrossSingularity(a - 1, (d) => equation10(shape, 1 + d, tail, u));
  }
  const c = a + tail - 1;
  if (Math.abs(c) < SINGULAR_STEP) return acrossSingularity(c, (d) => equation10(shape, a, tail + d - c, u));
  return equation10(shape, a, tail, u);
}

/** ln(1 + e^v) without overflow. */
function softplus(v: number): number {
  return v > 0 ? v + Math.log1p(Math.exp(-v)) : Math.log1p(Math.exp(v));
}

/**
 * E[(1 - (1 + p u)^-s) / p] for p ~ Beta(a, beta) by the trapezoid rule in y = logit(p): the density of y,
 * sigma(y)^a sigma(-y)^beta / B(a, beta), is smooth and log-concave with its mode at ln(a / beta), so
 * steps of a sixth of its width (at most 1/4, for the integrand's own bend near p = 1/u) from the mode
 * out to where the density has fallen by e^-45 converge geometrically. The fallback where the closed
 * form cannot be trusted.
 */
function posteriorQuadrature(s: number, a: number, beta: number, u: number): number {
  const lnB = lnGamma(a) + lnGamma(beta) - lnGamma(a + beta);
  const logDensity = (y: number) => -a * softplus(-y) - beta * softplus(y) - lnB;
  const integrand = (y: number) => {
    const p = Math.exp(-softplus(-y));
    const g = p === 0 ? s * u : -Math.expm1(-s * Math.log1p(p * u)) / p;
    return Math.exp(logDensity(y)) * g;
  };
  const mode = Math.log(a / beta);
  const h = Math.min(0.25, Math.sqrt(1 / a + 1 / beta) / 6);
  const floor = logDensity(mode) - 45;
  let sum = integrand(mode);
  for (const direction of [-1, 1]) {
    for (let k = 1; k < 1_000_000; k++) {
      const y = mode + direction * k * h;
      if (logDensity(y) < floor) break;
      sum += integrand(y);
    }
  }
  return sum * h;
}

/** (c / (a - 1)) [1 - 2F1(shape, a - 1; c; -u)], c = a + tail - 1. */
function equation10(shape: number, a: number, tail: number, u: number): number {
  const c = a + tail - 1;
  return (c / (a - 1)) * (1 - hyp2f1(shape, a - 1, c, -u));
}

/** f at `offset` from its singular point 0, interpolated from f at +/- 1, 2, 3 thousandths. */
function acrossSingularity(offset: number, f: (d: number) => number): number {
  const nodes = [-3, -2, -1, 1, 2, 3].map((k) => k * SINGULAR_STEP);
  return lagrangeAt(nodes, nodes.map(f), offset);
}

/**
 * sum_k>=1 (s)_k (a)_(k-1) (-1)^(k+1) u^k / ((c)_(k-1) k!) for u <= 1/2; NaN if its alternating terms
 * cancel by more than four digits (a rate shape s far above a + b), so equation 10 is used instead.
 */
function posteriorSeries(s: number, a: number, c: number, u: number): number {
  let term = s * u;
  let sum = term;
  let absSum = Math.abs(term);
  // Later ratios approach u from at most (s + a - c) / k above it.
  const excess = Math.max(0, s + a - c);
  for (let k = 1; k < 100_000; k++) {
    const ratio = ((s + k) * (a + k - 1) * -u) / ((c + k - 1) * (k + 1));
    term *= ratio;
    sum += term;
    const size = Math.abs(term);
    absSum += size;
    if (size <= EPS * Math.abs(sum)) {
      const bound = Math.max(Math.abs(ratio), u * (1 + excess / (k + 1)));
      if (bound < 1 && size * bound <= EPS * Math.abs(sum) * (1 - bound)) {
        return absSum > 1e4 * Math.abs(sum) ? NaN : sum;
      }
    } else if (!(absSum <= Number.MAX_VALUE)) {
      return NaN;
    }
  }
  return NaN;
}
