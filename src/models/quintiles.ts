/**
 * The 20/40/60/80% quantiles of a list (R's default type 7: linear interpolation between order
 * statistics), the breaks of a quintile scoring. NaN entries are skipped; an empty list has no breaks.
 * @example quintileBreaks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) // [2.8, 4.6, 6.4, 8.2]
 */
export function quintileBreaks(values: ArrayLike<number>): number[] {
  const sorted = new Float64Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === v) sorted[n++] = v;
  }
  if (n === 0) return [];
  const data = sorted.subarray(0, n).sort();
  const breaks: number[] = [];
  for (const p of [0.2, 0.4, 0.6, 0.8]) {
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, n - 1);
    breaks.push(data[lo] + (h - lo) * (data[hi] - data[lo]));
  }
  return breaks;
}

/**
 * The quintile score 1-5 of a value against the breaks: 1 plus the number of breaks strictly below it,
 * so bands are closed on the right, as R's `cut` makes them, and equal values always share a band (ties
 * are never split). Not the R package `rfm`'s bands, which add 1 to each break and close on the left.
 * @example quintileScore(4.6, [2.8, 4.6, 6.4, 8.2]) // 2
 * @example quintileScore(4.7, [2.8, 4.6, 6.4, 8.2]) // 3
 */
export function quintileScore(value: number, breaks: readonly number[]): number {
  let score = 1;
  for (let i = 0; i < breaks.length; i++) if (value > breaks[i]) score++;
  return score;
}

/**
 * The quintile score of a recency in days: fewer days score higher, so the scale is reversed.
 * @example recencyQuintileScore(1, [2.8, 4.6, 6.4, 8.2]) // 5
 */
export function recencyQuintileScore(days: number, breaks: readonly number[]): number {
  return 6 - quintileScore(days, breaks);
}

/**
 * The quintile scoring of a list as a band table a spreadsheet can read with VLOOKUP: each band starts
 * at the smallest listed value above the previous break, so every listed value scores exactly as
 * `quintileScore` scores it, and the table can be written to a settings sheet as plain numbers. The
 * first band starts at 0 (or the smallest value, if negative); empty bands are left out.
 * @example quintileBandTable([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], false) // { from: [0, 3, 5, 7, 9], score: [1, 2, 3, 4, 5] }
 */
export function quintileBandTable(values: ArrayLike<number>, reversed: boolean): { from: number[]; score: number[] } {
  const breaks = quintileBreaks(values);
  const sorted = Float64Array.from(Array.prototype.filter.call(values, (v: number) => v === v) as number[]).sort();
  const from: number[] = [Math.min(0, sorted.length ? sorted[0] : 0)];
  const score: number[] = [reversed ? 5 : 1];
  let i = 0;
  breaks.forEach((b, k) => {
    while (i < sorted.length && sorted[i] <= b) i++;
    if (i < sorted.length && sorted[i] > from[from.length - 1]) {
      from.push(sorted[i]);
      score.push(reversed ? 4 - k : k + 2);
    } else if (i < sorted.length) {
      // The band would start where the previous one does: it replaces it.
      score[score.length - 1] = reversed ? 4 - k : k + 2;
    }
  });
  return { from, score };
}
