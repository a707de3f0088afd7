// The Cholesky factorisation of a small symmetric positive-definite matrix (a fit's k+1 by k+1 normal
// equations), and the solve that uses it. Row-major, in a Float64Array of m * m.

/**
 * Factors A = L L' in place (the lower triangle of `a` is read and becomes L; the upper is left as it
 * was). Returns -1, or the first column whose pivot is not above `tolerance` times its diagonal entry:
 * that column is, to working precision, a combination of the columns before it.
 * @example choleskyInPlace(Float64Array.of(4, 2, 2, 2), 2, 1e-10) // -1; a becomes [2, 2, 1, 1]
 * @example choleskyInPlace(Float64Array.of(1, 1, 1, 1), 2, 1e-10) // 1 (the second column copies the first)
 */
export function choleskyInPlace(a: Float64Array, m: number, tolerance: number): number {
  for (let j = 0; j < m; j++) {
    const row = j * m;
    let pivot = a[row + j];
    for (let p = 0; p < j; p++) pivot -= a[row + p] * a[row + p];
    if (!(pivot > tolerance * a[row + j])) return j;
    const l = Math.sqrt(pivot);
    a[row + j] = l;
    for (let i = j + 1; i < m; i++) {
      let s = a[i * m + j];
      for (let p = 0; p < j; p++) s -= a[i * m + p] * a[row + p];
      a[i * m + j] = s / l;
    }
  }
  return -1;
}

/**
 * Solves L L' x = b for x, with L from `choleskyInPlace`.
 * @example choleskySolve(Float64Array.of(2, 2, 1, 1), 2, Float64Array.of(6, 4)) // Float64Array [1, 1]
 */
export function choleskySolve(l: Float64Array, m: number, b: ArrayLike<number>): Float64Array {
  const x = Float64Array.from(b);
  for (let i = 0; i < m; i++) {
    let s = x[i];
    for (let p = 0; p < i; p++) s -= l[i * m + p] * x[p];
    x[i] = s / l[i * m + i];
  }
  for (let i = m - 1; i >= 0; i--) {
    let s = x[i];
    for (let p = i + 1; p < m; p++) s -= l[p * m + i] * x[p];
    x[i] = s / l[i * m + i];
  }
  return x;
}
