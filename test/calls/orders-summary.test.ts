// ORDERS_SUMMARY over host cells (SPEC.md, "Order ledgers"): one row per customer in order of first
// appearance, `customer id | days since last order | orders | amount`, the window EDATE(as_of, -months)
// .. as_of with both ends included; whole-call errors for misaligned ranges, unreadable rows and options.
import { describe, expect, it } from 'vitest';
import type { CallContext } from '../../src/calls/call-context';
import { ordersSummaryCall } from '../../src/calls/orders-summary';
import { CellError } from '../../src/cells/cell-error';
import type { OutGrid } from '../../src/cells/output';
import { callFailure } from '../support/call-failure';

const en = { lang: 'en' as const };
const col = (...values: unknown[]) => values.map((v) => [v]);
const shown = (grid: OutGrid) => grid.map((row) => row.map((c) => (c instanceof CellError ? `${c.code}: ${c.message}` : c)));

// Serials (1900 system): 2025-06-01 45809, 2026-05-30 46172, 2026-10-01 46296, 2026-11-01 46327,
// 2026-11-30 46356, 2026-12-05 46361, 2026-12-31 46387.
const LEDGER = {
  ids: col('00123', '00123', 'C2', '00123', '00123', 'C2', 'C2', '123', 'C4'),
  dates: col('2026-11-01', '2026-11-01', '2026-11-30', '2026-06-15', '2025-11-30', '2025-11-29', '2026-12-01', '2025-06-01', '2026-12-05'),
  amounts: col(100, 50.5, 300, -20, 10, 999, 5000, 80, 70),
  orders: col('A1', 'A1', 'D1', 'B7', 'C1', 'D0', 'D2', 'E1', 'F1'),
};
const summary = (asOf: unknown, months: unknown, orders: unknown = LEDGER.orders, ctx: CallContext = en) =>
  shown(ordersSummaryCall([LEDGER.ids, LEDGER.dates, LEDGER.amounts, asOf, months, orders], ctx));

describe('ORDERS_SUMMARY', () => {
  it('as of 2026-11-30 over 12 months: multi-line orders once, credits summed, both window ends in, later lines out', () => {
    // Window 2025-11-30 .. 2026-11-30.
    // 00123: last order 2026-11-01 (29 days); orders A1 (two lines), B7 (a credit), C1 (the window's first
    //   day) = 3; amount 100 + 50.5 - 20 + 10 = 140.5.
    // C2: D1 on as_of itself (0 days); D0 the day before the window and D2 after as_of left out: 1 order, 300.
    // 123 (not 00123): no order in the window, its last 2025-06-01, 547 days before: 0 orders, 0.
    // C4: every order after as_of, so no row.
    expect(summary('2026-11-30', null)).toEqual([['00123', 29, 3, 140.5], ['C2', 0, 1, 300], ['123', 547, 0, 0]]);
  });

  it('without order_ids each line is an order', () => {
    // 00123's four lines in the window (A1 twice, B7, C1) are four orders.
    expect(summary('2026-11-30', null, null)).toEqual([['00123', 29, 4, 140.5], ['C2', 0, 1, 300], ['123', 547, 0, 0]]);
  });

  it('as_of defaults to the latest order date (2026-12-05)', () => {
    // Window 2025-12-05 .. 2026-12-05.
    // 00123: 2026-11-01 to 2026-12-05 is 34 days; A1 and B7 (C1 is before the window): 2 orders, 150.5 - 20.
    // C2: last 2026-12-01, 4 days; D1 and D2: 2 orders, 5300.  123: 547 + 5 = 552 days.  C4: 0 days, 1, 70.
    expect(summary(null, null)).toEqual([['00123', 34, 2, 130.5], ['C2', 4, 2, 5300], ['123', 552, 0, 0], ['C4', 0, 1, 70]]);
  });

  it('months sets the window: 6 months as of 2026-11-30 start on 2026-05-30', () => {
    // 00123 keeps A1 and B7 (100 + 50.5 - 20); C1 (2025-11-30) falls out.
    expect(summary('2026-11-30', 6)).toEqual([['00123', 29, 2, 130.5], ['C2', 0, 1, 300], ['123', 547, 0, 0]]);
    // "6" as text, and a 1x1 range, are 6.
    expect(summary('2026-11-30', '6')).toEqual(summary('2026-11-30', [[6]]));
  });

  it('a window reaching past the first date a spreadsheet holds takes in every order up to as_of', () => {
    // 100,000 months: C2 keeps D0 too (2 orders, 999 + 300), 123 keeps E1 (1 order, 80).
    expect(summary('2026-11-30', 100000)).toEqual([['00123', 29, 3, 140.5], ['C2', 0, 2, 1299], ['123', 547, 1, 80]]);
  });

  it('ids are text as written: 00123 stays 00123, the number 123 and the text "123" are one customer', () => {
    const grid = ordersSummaryCall([col('00123', 123, ' 123 '), col(46327, 46327, 46327), col(1, 2, 4)], en);
    expect(grid).toEqual([['00123', 0, 1, 1], ['123', 0, 2, 6]]);
  });

  it('reads dates as Excel serials, Sheets Dates and date text, and amounts as CRM text', () => {
    // 2026-10-01, 2026-11-01 and 2026-11-30: three orders, last on as_of; 1,234.50 + 10 - 20.
    const grid = ordersSummaryCall([col('A', 'A', 'A'), col(46296, new Date(2026, 10, 1), '2026年11月30日'), col('¥1,234.50', 10, '(20)')], en);
    expect(grid).toEqual([['A', 0, 3, 1224.5]]);
  });

  it('reads serials in the 1904 date system when the workbook uses it', () => {
    // 1904 serials 44865 and 44894 are 2026-11-01 and 2026-11-30 (1462 days apart from the 1900 system);
    // as_of 44925 is 2026-12-31, 31 days after the last order.
    const ctx = { lang: 'en' as const, dates: { system: 1904 as const } };
    expect(ordersSummaryCall([col('A', 'A'), col(44865, 44894), col(1, 2), 44925], ctx)).toEqual([['A', 31, 2, 3]]);
  });

  it('skips blank rows (a whole-column reference) and gives an all-blank ledger a blank cell', () => {
    const withBlanks = ordersSummaryCall([col('A', null, '', 'A', null), col(46327, null, '', 46356, null), col(1, null, ' ', 2, null)], en);
    expect(withBlanks).toEqual([['A', 0, 2, 3]]);
    expect(ordersSummaryCall([col(null, ''), col(null, ''), col(undefined, null)], en)).toEqual([['']]);
  });

  it('a sum too large for a number is an error in that customer\'s amount cell only', () => {
    const grid = shown(ordersSummaryCall([col('A', 'A', 'B'), col(46327, 46327, 46327), col(1e308, 1e308, 5)], en));
    expect(grid).toEqual([['A', 0, 2, 'value: result: Infinity is not a finite number'], ['B', 0, 1, 5]]);
  });
});

describe('ORDERS_SUMMARY: errors for the whole call', () => {
  it('ranges that do not line up, naming both sizes; a range more than one column wide', () => {
    expect(callFailure(() => ordersSummaryCall([col('A', 'B', 'C'), col(46327, 46327), col(1, 2, 3)], en)))
      .toBe('Ranges do not line up: customer_ids has 3 rows, order_dates has 2 rows');
    expect(callFailure(() => ordersSummaryCall([col('A', 'B'), col(46327, 46327), col(1, 2), null, null, col('X', 'Y', 'Z')], en)))
      .toBe('Ranges do not line up: customer_ids has 2 rows, order_ids has 3 rows');
    expect(callFailure(() => ordersSummaryCall([[['A', 'B']], col(46327), col(1)], en))).toBe('customer_ids: expected one column, got 2 columns');
  });

  it('one unreadable row fails the call, naming the row of the ranges and why', () => {
    expect(callFailure(() => ordersSummaryCall([col('A', 'A'), col('2026-10-01', 'yesterday'), col(1, 2)], en)))
      .toBe("Row 2 of the ranges cannot be read: order_dates: 'yesterday' is not a date (use a date cell or text like 2026-10-01)");
  });

  it('several unreadable rows: how many, and the first (a row with two problems counted once)', () => {
    // Row 2: amount blank. Row 3: blank, skipped. Row 4: amount 'abc'. Row 5: id blank and date '13/13/2026'.
    const ids = col('A', 'A', null, 'A', null), dates = col(46327, 46327, null, 46327, '13/13/2026'), amounts = col(1, null, null, 'abc', 4);
    expect(callFailure(() => ordersSummaryCall([ids, dates, amounts], en)))
      .toBe('3 rows of the ranges cannot be read; the first is row 2: amounts: the value is missing (the row has other inputs)');
  });

  it('a blank id on a row with a date and an amount; a bad value before a blank in the message', () => {
    expect(callFailure(() => ordersSummaryCall([col('A', ''), col(46327, 46327), col(1, 2)], en)))
      .toBe('Row 2 of the ranges cannot be read: customer_ids: the value is missing (the row has other inputs)');
    expect(callFailure(() => ordersSummaryCall([col('A', ''), col(46327, 'soon'), col(1, 2)], en)))
      .toBe("Row 2 of the ranges cannot be read: order_dates: 'soon' is not a date (use a date cell or text like 2026-10-01)");
  });

  it('an error value from another cell as id or order number (Excel hands it over as an object, Sheets as text)', () => {
    expect(callFailure(() => ordersSummaryCall([col('A', { code: '#N/A' }), col(46327, 46327), col(1, 2)], en)))
      .toBe('Row 2 of the ranges cannot be read: customer_ids: the cell holds an error (#N/A) from its own formula; fix that cell first');
    expect(callFailure(() => ordersSummaryCall([col('A', 'A'), col(46327, 46327), col(1, 2), null, null, col('X', '#REF!')], en)))
      .toBe('Row 2 of the ranges cannot be read: order_ids: the cell holds an error (#REF!) from its own formula; fix that cell first');
    // On a blank line an error in order_ids is ignored like the rest of the line.
    expect(ordersSummaryCall([col('A', null), col(46327, null), col(1, null), null, null, col('X', '#N/A')], en)).toEqual([['A', 0, 1, 1]]);
  });

  it('speaks the user\'s language', () => {
    expect(callFailure(() => ordersSummaryCall([col('A', 'A'), col('2026-10-01', 'yesterday'), col(1, 2)], { lang: 'zh-CN' })))
      .toBe('区域第 2 行无法读取：order_dates：“yesterday”不是日期（请用日期单元格或 2026-10-01 这样的文本）');
    expect(callFailure(() => ordersSummaryCall([col('A', 'A', 'A'), col(46327, 'x', 'y'), col(1, 2, 3)], { lang: 'zh-TW' })))
      .toBe('範圍中有 2 列無法讀取，第一列是第 2 列：order_dates：「x」不是日期（請用日期儲存格或 2026-10-01 這樣的文字）');
    expect(callFailure(() => summary('2026-11-30', 0, LEDGER.orders, { lang: 'zh-CN' }))).toBe('months：0 不是 1 或以上的整数月数');
  });

  it.each([
    [0, 'months: 0 is not a whole number of months, 1 or more'],
    [-3, 'months: -3 is not a whole number of months, 1 or more'],
    [2.5, 'months: 2.5 is not a whole number of months, 1 or more'],
    ['a year', "months: 'a year' is not a number"],
    [true, "months: 'TRUE' is not a number"],
  ])('months %j: %s', (months, message) => {
    expect(callFailure(() => summary('2026-11-30', months))).toBe(message);
  });

  it('as_of before every order, or not a date', () => {
    expect(callFailure(() => summary('2020-01-01', null))).toBe('as_of: no order in the ranges is dated on or before 2020-01-01');
    expect(callFailure(() => summary('soon', null))).toBe("as_of: 'soon' is not a date (use a date cell or text like 2026-10-01)");
  });
});
