// One day/month order for a whole date column: a list is exported by one system, so a 13/1/2026 in
// row 40 tells how to read 10/1/2026 in row 2.
import { yearLastOrders, type DateOrder } from '../cells/date-text';
import { cellValue } from './data-problems';

/** What a date column says about its order: the order, `'ask'` when only the user can tell, or
 * undefined when it holds no year-last text at all. */
export type ColumnDateOrder = DateOrder | 'ask' | undefined;

/**
 * Decides how to read the year-last dates of a column: from the dates that can only be read one way
 * (31/1/2026), else from the workbook's locale; `'ask'` when the column reads both ways throughout and
 * the locale does not say, or when its dates contradict each other (13/1/2026 and 1/13/2026).
 * @example columnDateOrder(['10/1/2026', '13/1/2026']) // 'dmy'
 * @example columnDateOrder(['10/1/2026'], 'mdy') // 'mdy'
 * @example columnDateOrder(['10/1/2026']) // 'ask'
 * @example columnDateOrder(['2026-10-01']) // undefined
 */
export function columnDateOrder(cells: readonly unknown[], localeOrder?: DateOrder): ColumnDateOrder {
  let mdy = 0, dmy = 0, either = 0;
  for (const cell of cells) {
    const v = cellValue(cell);
    if (typeof v !== 'string') continue;
    const orders = yearLastOrders(v);
    if (orders === 'mdy') mdy++;
    else if (orders === 'dmy') dmy++;
    else if (orders === 'either') either++;
  }
  if (mdy && dmy) return 'ask';
  if (mdy) return 'mdy';
  if (dmy) return 'dmy';
  if (either) return localeOrder ?? 'ask';
  return undefined;
}
