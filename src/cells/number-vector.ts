import type { Lang } from '../i18n/lang';
import { failCall } from './cell-error';
import { isBlank, readNumber, showValue } from './coerce';
import { toGrid } from './grid';

/**
 * The cells of a small vector argument (points, weights, targets, stage names): one row or one column,
 * trailing blank cells dropped (room to grow a range). A block of several rows and several columns fails
 * the call.
 * @example vectorCells([[5], [15], [30], ['']], 'points', 'en') // [5, 15, 30]
 */
export function vectorCells(value: unknown, arg: string, lang: Lang): unknown[] {
  const grid = toGrid(value);
  const rows = grid.length, cols = grid[0].length;
  if (rows > 1 && cols > 1) failCall(lang, 'notVector', { arg, rows, cols });
  const cells = rows === 1 ? [...grid[0]] : grid.map((row) => row[0]);
  let used = cells.length;
  while (used > 0 && isBlank(cells[used - 1])) used--;
  return cells.slice(0, used);
}

/**
 * A vector of numbers (see `vectorCells`). A cell that is not a number fails the call, naming its
 * position; so does a blank among the values, unless `blanks` is 'keep' (it is then NaN: "none here").
 * @example numberVector([[5, 15, 30]], 'points', 'en') // [5, 15, 30]
 * @example numberVector([[1000], [''], [350]], 'targets', 'en', 'keep') // [1000, NaN, 350]
 */
export function numberVector(value: unknown, arg: string, lang: Lang, blanks: 'fail' | 'keep' = 'fail'): number[] {
  return vectorCells(value, arg, lang).map((cell, i) => {
    const n = readNumber(cell, arg, lang);
    if (n === null) {
      if (blanks === 'keep') return NaN;
      failCall(lang, 'vectorBlank', { arg, index: i + 1 });
    }
    if (typeof n !== 'number') failCall(lang, 'vectorCell', { arg, index: i + 1, value: showValue(cell) });
    return n;
  });
}
