import { type BtydUnit, DAYS_PER_UNIT } from './btyd-unit';

/** One customer's history as the buy-till-you-die models read it. */
export interface BtydCustomer {
  readonly id: string;
  /** Repeat purchases: purchase days minus one. */
  readonly frequency: number;
  /** Last purchase day minus first, in the unit. */
  readonly recency: number;
  /** as-of minus the first purchase day, in the unit. */
  readonly T: number;
  /** Mean amount of the repeat purchase days (the first day left out); 0 without repeat purchases or amounts. */
  readonly monetary: number;
}

export interface BtydSummary {
  /** The as-of day used (the latest date when none was given); undefined for no rows. */
  readonly asOf: number | undefined;
  readonly unit: BtydUnit;
  /** Customers with a purchase on or before as-of, in order of first appearance. */
  readonly customers: readonly BtydCustomer[];
  /** Rows dated after as-of, left out. */
  readonly rowsAfterAsOf: number;
  /** Customers whose every row is dated after as-of, so not in `customers`. */
  readonly customersAfterAsOf: number;
}

/** Keys (customer, day) are customer x 2^22 + days since the earliest day: 11,000 years of days. */
const DAY_SPAN = 4_194_304;

/**
 * The BTYD summary of a ledger (SPEC's BTYD_SUMMARY; `lifetimes`' summary_data_from_transaction_data with
 * daily periods): per customer, orders on the same day are one purchase with their amounts summed;
 * frequency = purchase days - 1, recency = last day - first day, T = as-of - first day (in weeks `W` or
 * days `D`), monetary = mean amount of the repeat purchase days (the first day excluded), 0 when frequency
 * is 0. Rows dated after as-of (default: the latest date) are left out and counted. Dates are serial days
 * (a time of day is ignored: the day is the floor); ids, dates and amounts arrive already read and checked.
 * @example btydSummary(['1', '1', '1', '1'], [35431, 35448, 35644, 35776], [29.33, 29.73, 14.96, 26.48], 35703).customers
 * // [{ id: '1', frequency: 2, recency: 30.428... (213 / 7), T: 38.857..., monetary: 22.345 }] (CDNOW customer 1, as of 1997-09-30)
 */
export function btydSummary(
  customerIds: ArrayLike<string>,
  orderDates: ArrayLike<number>,
  amounts?: ArrayLike<number>,
  asOf?: number,
  unit: BtydUnit = 'W',
): BtydSummary {
  const n = customerIds.length;
  let latest = -Infinity;
  let earliest = Infinity;
  for (let i = 0; i < n; i++) {
    const day = Math.floor(orderDates[i]);
    if (day > latest) latest = day;
    if (day < earliest) earliest = day;
  }
  const end = asOf === undefined ? latest : Math.floor(asOf);
  if (n === 0) return { asOf: asOf === undefined ? undefined : end, unit, customers: [], rowsAfterAsOf: 0, customersAfterAsOf: 0 };

  const index = new Map<string, number>();
  const ids: string[] = [];
  const first: number[] = [];
  const last: number[] = [];
  const days: number[] = [];
  const firstDayAmount: number[] = [];
  const repeatAmount: number[] = [];
  const seen = new Set<number>();
  const later = new Set<string>();
  let rowsAfterAsOf = 0;
  for (let i = 0; i < n; i++) {
    const id = customerIds[i];
    const day = Math.floor(orderDates[i]);
    if (day > end) {
      rowsAfterAsOf++;
      later.add(id);
      continue;
    }
    const amount = amounts ? amounts[i] : 0;
    let k = index.get(id);
    if (k === undefined) {
      k = ids.length;
      index.set(id, k);
      ids.push(id);
      first.push(day);
      last.push(day);
      days.push(0);
      firstDayAmount.push(0);
      repeatAmount.push(0);
    }
    const key = k * DAY_SPAN + (day - earliest);
    if (!seen.has(key)) {
      seen.add(key);
      days[k]++;
    }
    if (day < first[k]) {
      // An earlier day turns up: what was the first day's amount is a repeat purchase's.
      repeatAmount[k] += firstDayAmount[k];
      firstDayAmount[k] = amount;
      first[k] = day;
    } else if (day === first[k]) {
      firstDayAmount[k] += amount;
    } else {
      repeatAmount[k] += amount;
    }
    if (day > last[k]) last[k] = day;
  }

  const perUnit = DAYS_PER_UNIT[unit];
  const customers: BtydCustomer[] = ids.map((id, k) => {
    const frequency = days[k] - 1;
    return {
      id,
      frequency,
      recency: (last[k] - first[k]) / perUnit,
      T: (end - first[k]) / perUnit,
      monetary: frequency > 0 ? repeatAmount[k] / frequency : 0,
    };
  });
  let customersAfterAsOf = 0;
  for (const id of later) if (!index.has(id)) customersAfterAsOf++;
  return { asOf: end, unit, customers, rowsAfterAsOf, customersAfterAsOf };
}
