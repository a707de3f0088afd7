/**
 * The arithmetic mean; NaN for no values.
 * @example mean([2, 4, 9]) // 5
 */
export function mean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/**
 * The sample standard deviation (Excel's STDEV.S, n - 1 in the denominator); NaN below two values.
 * @example sampleStandardDeviation([2, 4, 4, 4, 5, 5, 7, 9]) // 2.138...
 */
export function sampleStandardDeviation(values: readonly number[]): number {
  const n = values.length;
  if (n < 2) return NaN;
  const m = mean(values);
  let squares = 0;
  for (const v of values) squares += (v - m) * (v - m);
  return Math.sqrt(squares / (n - 1));
}
