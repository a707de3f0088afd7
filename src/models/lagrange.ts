/**
 * The value at x of the polynomial through the points (xs[i], ys[i]) (Lagrange's form). The models use it
 * to read a function across a point where its formula is 0 / 0, from values on either side.
 * @example lagrangeAt([-1, 1, 2], [1, 1, 4], 0) // 0 (the points lie on x^2)
 */
export function lagrangeAt(xs: readonly number[], ys: readonly number[], x: number): number {
  let value = 0;
  for (let i = 0; i < xs.length; i++) {
    let weight = 1;
    for (let j = 0; j < xs.length; j++) if (j !== i) weight *= (x - xs[j]) / (xs[i] - xs[j]);
    value += weight * ys[i];
  }
  return value;
}
