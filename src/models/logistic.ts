// Read once: inside a sandboxed global scope (a vm context) every read of the global Math costs a lookup.
const { exp } = Math;

/**
 * The logistic function 1 / (1 + e^-x), computed without overflow on either side: in floating point it
 * is exactly 1 above about 36.7 and underflows to 0 below about -745.
 * @example logistic(0) // 0.5
 * @example logistic(Math.log(6 / 34)) // 0.15
 */
export function logistic(x: number): number {
  if (x >= 0) return 1 / (1 + exp(-x));
  const e = exp(x);
  return e / (1 + e);
}

/**
 * A lead's conversion probability under a fitted logistic model (seed 001's 智能评分): the logistic of
 * b0 + b1 x1 + ... + bk xk, with the intercept first in `coefficients` (as LOGISTIC_FIT returns them).
 * @example conversionProbability([1], [-2.944439, 1.209838]) // 0.15000 (seed 001's webinar leads)
 * @example conversionProbability([120, 2.8], [18.8663, 0.03626, -8.08348]) // 0.64193 (R Tutorial's 120 hp, 2,800 lbs car)
 */
export function conversionProbability(features: ArrayLike<number>, coefficients: ArrayLike<number>): number {
  let score = coefficients[0];
  for (let j = 0; j < features.length; j++) score += coefficients[j + 1] * features[j];
  return logistic(score);
}
