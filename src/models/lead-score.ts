/**
 * Behaviour points (seed 001's 行为积分): the sum of each interaction count times the points one such
 * interaction is worth, capped at `cap` (no cap by default). Counts and points line up by index.
 * @example leadScore([8, 1, 1], [5, 15, 30]) // 85
 * @example leadScore([8, 1, 1], [5, 15, 30], 60) // 60
 */
export function leadScore(counts: ArrayLike<number>, points: ArrayLike<number>, cap = Infinity): number {
  let sum = 0;
  for (let j = 0; j < counts.length; j++) sum += counts[j] * points[j];
  return sum > cap ? cap : sum;
}
