// The Gaussian hypergeometric function 2F1(a, b; c; z) on the real line below 1, which the BG/NBD
// expectation (Fader, Hardie & Lee 2005, equation 10) is written in. The series converges for |z| < 1 but
// slowly near 1, so the function is reached from where it converges fast (Abramowitz & Stegun 15.3.4-6;
// DLMF 15.8.1, 15.8.4): negative z through Pfaff's transformation, z near 1 through the 1 - z connection.
import { lagrangeAt } from './lagrange';
import { gammaSign, isNonPositiveInteger, lnAbsGamma } from './ln-gamma';

const EPS = 1e-16;
/** Terms the plain series may spend on z above 1/2 before the connection formula is used instead. */
const DIRECT_BUDGET = 600;
/** Terms beyond which the series is abandoned (only astronomically large parameters get near it). */
const MAX_TERMS = 200_000;
/** Where c - a - b counts as an integer, and the step of the nodes the function is interpolated from. */
const DEGENERATE_STEP = 5e-4;
/** How much a sum may lose to cancellation (its terms' magnitudes over its value) before it is not trusted. */
const CANCELLATION = 1e4;

/**
 * The Gauss series sum_k (a)_k (b)_k / ((c)_k k!) z^k, summed until the rest is below 1e-16 of the sum.
 * The ratio of consecutive terms tends to z; once every factor has passed its sign change, the rest is
 * bounded by a geometric series with the larger of the latest ratio and (about) |z|. NaN when it has not settled
 * within `maxTerms` or lost more than four digits to cancellation.
 */
function gaussSeries(a: number, b: number, c: number, z: number, maxTerms: number): number {
  let term = 1;
  let sum = 1;
  let absSum = 1;
  // Past this index every factor (a + k), (b + k), (c + k) keeps its sign.
  const settled = Math.max(0, -a, -b, -c);
  // Later ratios may still climb above |z| before falling back to it, by at most (a + b - c - 1) / k.
  const excess = Math.max(0, a + b - c - 1);
  const absZ = Math.abs(z);
  for (let k = 0; k < maxTerms; k++) {
    const ratio = ((a + k) * (b + k) * z) / ((c + k) * (k + 1));
    term *= ratio;
    sum += term;
    const size = Math.abs(term);
    absSum += size;
    // The cheap test first: the rest cannot be negligible before the latest term is.
    if (size <= EPS * Math.abs(sum)) {
      // A polynomial's end, or terms that underflowed: either way the sum is what it is, if it can be trusted.
      if (term === 0) return absSum > CANCELLATION * Math.abs(sum) ? NaN : sum;
      if (k >= settled) {
        const bound = Math.max(Math.abs(ratio), absZ * (1 + excess / (k + 1)));
        if (bound < 1 && size * bound <= EPS * Math.abs(sum) * (1 - bound)) {
          return absSum > CANCELLATION * Math.abs(sum) ? NaN : sum;
        }
      }
    } else if (!(absSum <= Number.MAX_VALUE)) {
      // Overflowed: an infinite sum, or NaN where infinities met.
      return sum;
    }
  }
  return NaN;
}

/** Gamma(p) Gamma(q) / (Gamma(s) Gamma(t)) as a sign and a log, so large arguments cannot overflow. */
function gammaRatio(p: number, q: number, s: number, t: number): { sign: number; log: number } {
  const sign = gammaSign(p) * gammaSign(q) * gammaSign(s) * gammaSign(t);
  if (sign === 0) return { sign: 0, log: -Infinity };
  return { sign, log: lnAbsGamma(p) + lnAbsGamma(q) - lnAbsGamma(s) - lnAbsGamma(t) };
}

/**
 * A & S 15.3.6 (DLMF 15.8.4), for c - a - b = m not an integer:
 * F(a, b; c; z) = G(c) G(m) / (G(c - a) G(c - b)) F(a, b; 1 - m; 1 - z)
 *              + (1 - z)^m G(c) G(-m) / (G(a) G(b)) F(c - a, c - b; 1 + m; 1 - z),
 * both series in w = 1 - z <= 1/2, passed as w itself (1 - z rounded would lose its digits near 1). NaN
 * where the two terms cancel by more than `cancellation`.
 */
function connection(a: number, b: number, c: number, w: number, cancellation: number): number {
  const m = c - a - b;
  let first = 0;
  let second = 0;
  const firstRatio = gammaRatio(c, m, c - a, c - b);
  if (firstRatio.sign !== 0) first = firstRatio.sign * Math.exp(firstRatio.log) * gaussSeries(a, b, 1 - m, w, MAX_TERMS);
  const secondRatio = gammaRatio(c, -m, a, b);
  if (secondRatio.sign !== 0) {
    second = secondRatio.sign * Math.exp(secondRatio.log + m * Math.log(w)) * gaussSeries(c - a, c - b, 1 + m, w, MAX_TERMS);
  }
  const value = first + second;
  return Math.abs(first) + Math.abs(second) > cancellation * Math.abs(value) ? NaN : value;
}

/**
 * The connection formula where c - a - b is within h = 5e-4 of an integer, when its two terms grow
 * without bound and cancel (the exact integer case needs digamma series, DLMF 15.8.10). F is analytic in
 * c, so it is evaluated at six values of c that put c - a - b at h, 2h and 3h either side of the integer,
 * and the polynomial through them read at the true c: interpolation error about 36 h^6 / 6! times the
 * sixth c-derivative (which grows like ln(1 - z)^7), cancellation about 1e-16 / h.
 */
function connectionNearInteger(a: number, b: number, c: number, w: number): number {
  const m = c - a - b;
  const offset = m - Math.round(m);
  const nodes = [-3, -2, -1, 1, 2, 3].map((k) => k * DEGENERATE_STEP);
  // At the nodes the two terms are about 1 / (c - a - b - n) times the value and cancel that much.
  const values = nodes.map((d) => connection(a, b, c + d - offset, w, CANCELLATION / DEGENERATE_STEP));
  return lagrangeAt(nodes, values, offset);
}

/** F(a, b; c; z) for 0 < z < 1, with w = 1 - z computed by the caller without rounding where it can. */
function onUnitInterval(a: number, b: number, c: number, z: number, w: number): number {
  if (z <= 0.5) return gaussSeries(a, b, c, z, MAX_TERMS);
  // Near 1 the plain series still settles fast when c is large against a and b.
  const direct = gaussSeries(a, b, c, z, DIRECT_BUDGET);
  if (direct === direct) return direct;
  const m = c - a - b;
  const connected = Math.abs(m - Math.round(m)) < DEGENERATE_STEP
    ? connectionNearInteger(a, b, c, w)
    : connection(a, b, c, w, CANCELLATION);
  // Where the connection cancels (large parameters), the series still converges, however slowly.
  return connected === connected ? connected : gaussSeries(a, b, c, z, MAX_TERMS);
}

/**
 * The Gaussian hypergeometric function 2F1(a, b; c; z) = sum_k (a)_k (b)_k / ((c)_k k!) z^k for real
 * parameters and real z < 1 (its principal branch), c not 0, -1, -2, ...
 * - 0 <= z <= 1/2: the series, summed until the rest is below 1e-16 of the sum.
 * - z < 0: Pfaff's transformation F(a, b; c; z) = (1 - z)^-a F(a, c - b; c; z / (z - 1)) (A & S 15.3.4),
 *   or the same with a and b swapped: the one with the smaller exponent, whose series stays bounded as
 *   z / (z - 1) nears 1, unless its terms cancel or overflow.
 * - 1/2 < z < 1: the series where it settles within 600 terms (c large), else the 1 - z connection formula
 *   (A & S 15.3.6) with its gamma ratios in logs, interpolated across integer c - a - b; the series
 *   however long where the connection's terms cancel.
 * Relative error about 1e-14 for moderate parameters, 1e-11 near integer c - a - b or with parameters in
 * the hundreds. NaN for z >= 1 or c a non-positive integer; a polynomial when a or b is 0, -1, -2, ...
 * The BG/NBD conditional expectation (Fader, Hardie & Lee 2005, "Counting your customers the easy way",
 * equation 10) needs 2F1(r + x, b + x; a + b + x - 1; t / (alpha + T + t)); lifetimes' `BetaGeoFitter`
 * calls scipy's hyp2f1 there.
 * @example hyp2f1(1, 1, 2, 0.5) // 1.38629436111989 (-ln(1 - z) / z = 2 ln 2)
 * @example hyp2f1(2.243, 4.426, 4.219, 39 / (4.414 + 38.86 + 39)) // 4.5753158976... (CDNOW's fit, x = 2, T = 38.86, t = 39)
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  if (!(z < 1) || isNonPositiveInteger(c)) return NaN;
  if (z === 0 || a === 0 || b === 0) return 1;
  if (isNonPositiveInteger(a) || isNonPositiveInteger(b)) {
    const degree = Math.min(isNonPositiveInteger(a) ? -a : Infinity, isNonPositiveInteger(b) ? -b : Infinity);
    return gaussSeries(a, b, c, z, degree + 1);
  }
  if (z < 0) {
    // Pfaff's two forms: first the one with the smaller exponent, whose series stays bounded as
    // z / (z - 1) nears 1; the other where that one cancels or overflows.
    const w = z / (z - 1);
    const complement = 1 / (1 - z);
    const byA = a <= b;
    const first = byA ? pfaffed(a, b, c, z, w, complement) : pfaffed(b, a, c, z, w, complement);
    if (Number.isFinite(first)) return first;
    const second = byA ? pfaffed(b, a, c, z, w, complement) : pfaffed(a, b, c, z, w, complement);
    return Number.isFinite(second) ? second : first;
  }
  return onUnitInterval(a, b, c, z, 1 - z);
}

/**
 * Pfaff's transformation with exponent p (q the other numerator parameter):
 * (1 - z)^-p F(p, c - q; c; w), w = z / (z - 1) in (0, 1) given with 1 - w; it may have become a polynomial.
 */
function pfaffed(p: number, q: number, c: number, z: number, w: number, complement: number): number {
  const factor = Math.pow(1 - z, -p);
  const b = c - q;
  if (b === 0) return factor;
  if (isNonPositiveInteger(p) || isNonPositiveInteger(b)) return factor * hyp2f1(p, b, c, w);
  return factor * onUnitInterval(p, b, c, w, complement);
}
