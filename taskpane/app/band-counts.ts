import type { BandTable } from '../../src/models/band-table';

/**
 * How many values fall in each row of a band table (a value belongs to the last row whose `from` is at
 * or below it); values below the first row are not counted.
 * @example bandCounts([0, 5, 12, 30, 31, 200], { from: [0, 31, 91], score: [5, 3, 1] }) // [4, 1, 1]
 */
export function bandCounts(values: readonly number[], table: BandTable): number[] {
  const counts = new Array<number>(table.from.length).fill(0);
  for (const v of values) {
    for (let i = table.from.length - 1; i >= 0; i--) {
      if (v >= table.from[i]) {
        counts[i]++;
        break;
      }
    }
  }
  return counts;
}
