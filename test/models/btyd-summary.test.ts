// The BTYD summary of a ledger (SPEC, "Buy till you die": BTYD_SUMMARY), on CDNOW against the published
// summaries and on small ledgers worked by hand.
import { describe, expect, it } from 'vitest';
import { btydSummary } from '../../src/models/btyd-summary';
import { CDNOW_AS_OF, readPublishedSummary, readTransactions } from './support/cdnow';

describe('CDNOW: the calibration period to 1997-09-30, in weeks', () => {
  const transactions = readTransactions();
  const summary = btydSummary(transactions.ids, transactions.dates, transactions.amounts, CDNOW_AS_OF, 'W');
  const published = readPublishedSummary();

  it('has the 2,357 customers, and leaves out the transactions after 1997-09-30', () => {
    expect(summary.customers).toHaveLength(2357);
    expect(published).toHaveLength(2357);
    expect(summary.rowsAfterAsOf).toBe(transactions.dates.filter((d) => d > CDNOW_AS_OF).length);
    expect(summary.rowsAfterAsOf).toBeGreaterThan(0);
    expect(summary.customersAfterAsOf).toBe(0);
  });

  it('equals cdnow_customers_summary.csv (frequency; recency and T to its 2 decimals) and zbar (monetary) for every customer', () => {
    const byId = new Map(summary.customers.map((c) => [Number(c.id), c]));
    // The published values are rounded to cents of a week: ours must be within half of one.
    const half = 0.005 + 1e-9;
    const mismatches: string[] = [];
    for (const p of published) {
      const c = byId.get(p.id);
      if (!c || c.frequency !== p.frequency || Math.abs(c.recency - p.recency) > half || Math.abs(c.T - p.T) > half
        || Math.abs(c.monetary - p.monetary) > half) {
        mismatches.push(`${p.id}: ${JSON.stringify(c)} vs ${JSON.stringify(p)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('customer 1 (SPEC): x = 2, t_x = 30.43, T = 38.86, mean repeat amount (29.73 + 14.96) / 2', () => {
    const first = summary.customers[0];
    expect(first.id).toBe('0001');
    expect(first.frequency).toBe(2);
    expect(first.recency).toBeCloseTo(213 / 7, 12);
    expect(first.T).toBeCloseTo(272 / 7, 12);
    expect(first.monetary).toBeCloseTo(22.345, 12);
  });
});

describe('small ledgers, by hand', () => {
  // Serial days: 46000 is 2025-12-09.
  it('orders on the same day are one purchase, their amounts summed; the first day is not in monetary', () => {
    const s = btydSummary(['A', 'A', 'A', 'A'], [46000, 46000, 46014, 46014.75], [10, 5, 20, 30], 46028);
    expect(s.customers).toEqual([{ id: 'A', frequency: 1, recency: 2, T: 4, monetary: 50 }]);
  });
  it('frequency = purchase days - 1, recency = last - first, T = as_of - first, in days with "D"', () => {
    const s = btydSummary(['A', 'A', 'A'], [46000, 46010, 46030], [1, 2, 4], 46040, 'D');
    expect(s.customers).toEqual([{ id: 'A', frequency: 2, recency: 30, T: 40, monetary: 3 }]);
  });
  it('reads lines in any order: an earlier day found later becomes the first purchase', () => {
    const s = btydSummary(['A', 'A', 'A'], [46014, 46000, 46007], [20, 10, 40], 46021);
    expect(s.customers).toEqual([{ id: 'A', frequency: 2, recency: 2, T: 3, monetary: 30 }]);
  });
  it('a single purchase day: frequency 0, recency 0, monetary 0', () => {
    const s = btydSummary(['A', 'A'], [46000, 46000], [10, 5], 46007);
    expect(s.customers).toEqual([{ id: 'A', frequency: 0, recency: 0, T: 1, monetary: 0 }]);
  });
  it('keeps ids as text and customers in order of first appearance', () => {
    const s = btydSummary(['00123', '7', '00123', '123'], [46000, 46001, 46002, 46003], [1, 1, 1, 1], 46010, 'D');
    expect(s.customers.map((c) => c.id)).toEqual(['00123', '7', '123']);
  });
  it('as_of defaults to the latest date; rows after an as_of are left out and counted', () => {
    const ids = ['A', 'B', 'A', 'C'];
    const dates = [46000, 46003, 46007, 46010];
    expect(btydSummary(ids, dates, undefined, undefined, 'D').asOf).toBe(46010);
    const s = btydSummary(ids, dates, [1, 2, 3, 4], 46005, 'D');
    expect(s.customers).toEqual([
      { id: 'A', frequency: 0, recency: 0, T: 5, monetary: 0 },
      { id: 'B', frequency: 0, recency: 0, T: 2, monetary: 0 },
    ]);
    expect([s.rowsAfterAsOf, s.customersAfterAsOf]).toEqual([2, 1]);
  });
  it('without amounts, monetary is 0', () => {
    const s = btydSummary(['A', 'A'], [46000, 46007], undefined, 46014);
    expect(s.customers).toEqual([{ id: 'A', frequency: 1, recency: 1, T: 2, monetary: 0 }]);
  });
  it('credits count: a repeat day whose lines sum negative gives a negative monetary', () => {
    const s = btydSummary(['A', 'A', 'A'], [46000, 46007, 46007], [10, 5, -8], 46014, 'D');
    expect(s.customers[0].monetary).toBe(-3);
  });
  it('no rows: no customers', () => {
    expect(btydSummary([], [], [], undefined)).toEqual({ asOf: undefined, unit: 'W', customers: [], rowsAfterAsOf: 0, customersAfterAsOf: 0 });
  });
});
