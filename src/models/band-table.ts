/**
 * A score table read like an approximate-match VLOOKUP: a value scores the `score` of the last row whose
 * `from` is at or below it. `from` ascends strictly.
 */
export interface BandTable {
  readonly from: readonly number[];
  readonly score: readonly number[];
}

/**
 * The score a value earns in a band table, or NaN when the value is below the first `from` (where VLOOKUP
 * would give #N/A).
 * @example scoreByBands(31, { from: [0, 31, 91], score: [5, 3, 1] }) // 3
 * @example scoreByBands(30.5, { from: [0, 31, 91], score: [5, 3, 1] }) // 5
 */
export function scoreByBands(value: number, table: BandTable): number {
  const { from, score } = table;
  // Tables have a handful of rows: a backward linear scan beats a binary search here.
  for (let i = from.length - 1; i >= 0; i--) {
    if (value >= from[i]) return score[i];
  }
  return NaN;
}
