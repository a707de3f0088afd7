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
  return dateOrderTally(cells).order(localeOrder);
}

/** What a date column's cells say about their order, counted a cell at a time (a streamed list). */
export interface DateOrderTally {
  add(cell: unknown): void;
  /** The column's order as `columnDateOrder` decides it. */
  order(localeOrder?: DateOrder): ColumnDateOrder;
}

/**
 * A tally of year-last dates by the orders that can read them, starting from `cells`.
 * @example const t = dateOrderTally(['10/1/2026']); t.add('13/1/2026'); t.order() // 'dmy'
 */
export function dateOrderTally(cells: readonly unknown[] = []): DateOrderTally {
  let mdy = 0, dmy = 0, either = 0;
  const add = (cell: unknown) => {
    const v = cellValue(cell);
    if (typeof v !== 'string') return;
    const orders = yearLastOrders(v);
    if (orders === 'mdy') mdy++;
    else if (orders === 'dmy') dmy++;
    else if (orders === 'either') either++;
  };
  cells.forEach(add);
  return {
    add,
    order(localeOrder) {
      if (mdy && dmy) return 'ask';
      if (mdy) return 'mdy';
      if (dmy) return 'dmy';
      if (either) return localeOrder ?? 'ask';
      return undefined;
    },
  };
}
