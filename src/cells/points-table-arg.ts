import type { Lang } from '../i18n/lang';
import type { PointsTable } from '../models/attribute-score';
import { failCall } from './cell-error';
import { isBlank, readNumber, showValue } from './coerce';
import { toGrid } from './grid';
import { matchKey } from './match-key';

/**
 * Reads ATTRIBUTE_SCORE's points table: two columns `value | points`, trailing blank rows ignored. A
 * table of another shape, a row with a blank cell, points that are not a number, or a value given twice
 * (the user meant one of the two rows and we cannot tell which) fail the call, naming the row.
 * @example readPointsTable([['制造业', 30], ['华东', 10]], 'table', 'en') // Map { '制造业' => 30, '华东' => 10 }
 */
export function readPointsTable(value: unknown, arg: string, lang: Lang): PointsTable {
  const grid = toGrid(value);
  let used = grid.length;
  while (used > 0 && grid[used - 1].every(isBlank)) used--;
  if (used === 0 || grid[0].length !== 2) failCall(lang, 'pointsTableShape', { arg, rows: grid.length, cols: grid[0].length });
  const table = new Map<string, number>();
  const rowOf = new Map<string, number>();
  for (let i = 0; i < used; i++) {
    const [cell, pointsCell] = grid[i];
    const row = i + 1;
    const key = matchKey(cell);
    if (key === undefined || isBlank(pointsCell)) failCall(lang, 'pointsTableBlank', { arg, row });
    const points = readNumber(pointsCell, arg, lang);
    if (typeof points !== 'number') failCall(lang, 'pointsTableCell', { arg, row, value: showValue(pointsCell) });
    const first = rowOf.get(key);
    if (first !== undefined) failCall(lang, 'pointsTableDuplicate', { arg, value: showValue(cell), first, row });
    rowOf.set(key, row);
    table.set(key, points);
  }
  return table;
}
