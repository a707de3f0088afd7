/** ABC classes as numbers: 0 = A, 1 = B, 2 = C. */
export type AbcIndex = 0 | 1 | 2;

/**
 * Seed 004's 20/80 rule over a whole list: rank by value, largest first (ties keep list order); the
 * smallest set of top customers whose values reach `aShare` of the total is A, then up to `bShare` is B,
 * the rest C. Values <= 0 and NaN are C and do not count in the total.
 * @example abcClasses([50, 30, 10, 5, 5], 0.8, 0.95) // [0, 0, 1, 1, 2]
 */
export function abcClasses(values: ArrayLike<number>, aShare = 0.8, bShare = 0.95): Uint8Array {
  const n = values.length;
  const classes = new Uint8Array(n).fill(2);
  let total = 0;
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    if (values[i] > 0) {
      total += values[i];
      order.push(i);
    }
  }
  // Array.prototype.sort is stable, so equal values keep list order.
  order.sort((x, y) => values[y] - values[x]);
  let before = 0;
  // Sums of decimal amounts carry float noise (2.9 + 1.9 is 4.799999...): a running total within 1e-9 of
  // the total counts as having reached the share, as the user's own arithmetic says it has.
  const slack = 1e-9 * total;
  for (const i of order) {
    // A customer joins a class while the running total before it has not yet reached the share.
    if (before < aShare * total - slack) classes[i] = 0;
    else if (before < bShare * total - slack) classes[i] = 1;
    else break;
    before += values[i];
  }
  return classes;
}
