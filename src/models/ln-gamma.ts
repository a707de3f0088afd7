// The log-gamma function, which the buy-till-you-die likelihoods are written in: Gamma itself overflows
// past 171, and the likelihoods need ratios such as Gamma(r + x) / Gamma(r) for x in the hundreds.

// Lanczos' approximation with g = 7 and 9 coefficients (the set Press et al. and most numerical libraries
// print): Gamma(x + 1) = sqrt(2 pi) (x + g + 1/2)^(x + 1/2) e^-(x + g + 1/2) A_g(x), relative error
// below 2e-15 for x >= 1/2.
const LANCZOS_G = 7;
const LANCZOS: readonly number[] = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LN_TWO_PI = 0.9189385332046727;

/**
 * ln Gamma(x) for x > 0, by Lanczos' approximation (g = 7, 9 terms) from 1/2 up and by
 * ln Gamma(x) = ln Gamma(x + 1) - ln x below it, so small x keep their full relative accuracy. Absolute
 * error about 1e-15 near x = 1 and 2, relative error about 1e-15 elsewhere. NaN for x <= 0 (see
 * `lnAbsGamma` for negative x).
 * @example lnGamma(5) // 3.17805383034794... (ln 24)
 * @example lnGamma(0.5) // 0.57236494292470 (ln sqrt(pi))
 */
export function lnGamma(x: number): number {
  if (!(x > 0)) return NaN;
  if (x < 0.5) return lnGamma(x + 1) - Math.log(x);
  const y = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i] / (y + i);
  const t = y + LANCZOS_G + 0.5;
  return HALF_LN_TWO_PI + (y + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** sin(pi x), exact at integers (Math.sin(Math.PI * 3) is 3.7e-16, not 0). */
function sinPi(x: number): number {
  const n = Math.round(2 * x);
  const r = x - n / 2;
  const s = Math.sin(Math.PI * r);
  const c = Math.cos(Math.PI * r);
  switch (((n % 4) + 4) % 4) {
    case 0: return s;
    case 1: return c;
    case 2: return -s;
    default: return -c;
  }
}

/**
 * True for 0, -1, -2, ...: where Gamma has its poles.
 * @example isNonPositiveInteger(-2) // true
 */
export function isNonPositiveInteger(x: number): boolean {
  return x <= 0 && x === Math.floor(x);
}

/**
 * ln |Gamma(x)| for any real x that is not a pole (0, -1, -2, ...): `lnGamma` for x > 0, and the
 * reflection Gamma(x) Gamma(1 - x) = pi / sin(pi x) below. Infinity at a pole.
 * @example lnAbsGamma(-0.5) // 1.26551212348465 (Gamma(-1/2) = -2 sqrt(pi))
 */
export function lnAbsGamma(x: number): number {
  if (x > 0) return lnGamma(x);
  if (isNonPositiveInteger(x)) return Infinity;
  return Math.log(Math.PI / Math.abs(sinPi(x))) - lnGamma(1 - x);
}

/**
 * The sign of Gamma(x): +1 for x > 0; for negative x, -1 on (-1, 0), +1 on (-2, -1) and so on. 0 at a
 * pole, where 1 / Gamma(x) is 0.
 * @example gammaSign(-1.5) // 1
 */
export function gammaSign(x: number): number {
  if (x > 0) return 1;
  if (isNonPositiveInteger(x)) return 0;
  return Math.ceil(-x) % 2 === 0 ? 1 : -1;
}

/**
 * The digamma function psi(x) = d/dx ln Gamma(x), for x > 0: shifted up past 10 by psi(x) = psi(x + 1) - 1/x,
 * then the asymptotic series ln x - 1/(2x) - sum B_2k / (2k x^2k) to B_12. Absolute error about 1e-15. The fits
 * use it for the gradients of their log-likelihoods.
 * @example digamma(1) // -0.57721566490153 (minus Euler's constant)
 */
export function digamma(x: number): number {
  if (!(x > 0)) return NaN;
  let shift = 0;
  while (x < 10) {
    shift -= 1 / x;
    x += 1;
  }
  const inv2 = 1 / (x * x);
  const series = inv2 * (1 / 12 - inv2 * (1 / 120 - inv2 * (1 / 252 - inv2 * (1 / 240 - inv2 * (1 / 132 - inv2 * (691 / 32760))))));
  return shift + Math.log(x) - 0.5 / x - series;
}
