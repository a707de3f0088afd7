// ORDERS_SUMMARY through both built bundles, as their hosts call it: functions.js with serial numbers
// (Excel hands a date cell over as its serial), Code.js with Dates (Sheets hands over a Date). The same
// ledger gives the same spilled table; errors come in each host's form.
import { describe, expect, it } from 'vitest';
import { FakeCustomFunctionsError, loadExcel, loadSheets } from './load';

const excelRuntime = loadExcel('en-US');
const excel = (...args: unknown[]) => excelRuntime.associated.get('ORDERS_SUMMARY')!(...args) as unknown[][];
const sheets = loadSheets();
const col = (...values: unknown[]) => values.map((v) => [v]);

// One line per row: customer, the order date as [year, month, day] and as its serial (counted by hand
// from 2026-11-01 = 46327), amount, order number.
const LINES: [string, [number, number, number], number, number, string][] = [
  ['00123', [2026, 11, 1], 46327, 100, 'A1'],
  ['00123', [2026, 11, 1], 46327, 50.5, 'A1'], // the second line of order A1
  ['C2', [2026, 11, 30], 46356, 300, 'D1'], // on as_of itself
  ['00123', [2026, 6, 15], 46188, -20, 'B7'], // a credit; 139 days before 1 November
  ['00123', [2025, 11, 30], 45991, 10, 'C1'], // the window's first day, 365 days before as_of
  ['C2', [2025, 11, 29], 45990, 999, 'D0'], // the day before the window
  ['C2', [2026, 12, 1], 46357, 5000, 'D2'], // after as_of
  ['123', [2025, 6, 1], 45809, 80, 'E1'], // no order in the window
];
const ids = col(...LINES.map((l) => l[0]));
const dates = col(...LINES.map(([, [y, m, d]]) => new Date(y, m - 1, d)));
const serials = LINES.map((l) => [l[2]]);
const amounts = col(...LINES.map((l) => l[3]));
const orders = col(...LINES.map((l) => l[4]));

// As of 2026-11-30 (46356), 12 months: 2025-11-30 .. 2026-11-30.
// 00123: last 2026-11-01, 29 days; A1, B7, C1 = 3 orders; 100 + 50.5 - 20 + 10 = 140.5.
// C2: D1 only, 0 days, 300.  123: last 2025-06-01, 547 days; no order in the window.
const TABLE = [['00123', 29, 3, 140.5], ['C2', 0, 1, 300], ['123', 547, 0, 0]];

describe('ORDERS_SUMMARY on both hosts', () => {
  it('the same ledger gives the same spilled table: Excel with serials, Sheets with Dates', () => {
    expect(excel(ids, serials, amounts, [[46356]], null, orders)).toEqual(TABLE);
    expect(sheets.ORDERS_SUMMARY(ids, dates, amounts, new Date(2026, 10, 30), '', orders)).toEqual(TABLE);
  });

  it('omitted optionals: Excel passes null, Sheets undefined or "" (as_of the latest order, 2026-12-01)', () => {
    // Window 2025-12-01 .. 2026-12-01. 00123: 30 days, A1 and B7 (C1 is a day early), 130.5.
    // C2: D1 and D2, 0 days, 5300. 123: 548 days.
    const latest = [['00123', 30, 2, 130.5], ['C2', 0, 2, 5300], ['123', 548, 0, 0]];
    expect(excel(ids, serials, amounts, null, null, orders)).toEqual(latest);
    expect(sheets.ORDERS_SUMMARY(ids, dates, amounts, '', '', orders)).toEqual(latest);
    expect(sheets.ORDERS_SUMMARY(ids, dates, amounts, undefined, undefined, orders)).toEqual(latest);
  });

  it('one customer is still a row of four cells on both hosts; a one-cell ledger works too', () => {
    expect(excel([['C1']], [[46327]], [[100]], null, null, null)).toEqual([['C1', 0, 1, 100]]);
    expect(sheets.ORDERS_SUMMARY('C1', new Date(2026, 10, 1), 100)).toEqual([['C1', 0, 1, 100]]);
  });

  it('an all-blank ledger is a blank cell', () => {
    expect(excel(col(null, null), col(null, null), col(null, null), null, null, null)).toEqual([['']]);
    expect(sheets.ORDERS_SUMMARY(col('', ''), col('', ''), col('', ''))).toBe('');
  });

  it('Excel in a 1904 workbook reads 1904 serials (1462 lower) and counts the same days', async () => {
    const runtime = loadExcel('en-US', { use1904: true });
    await runtime.ready;
    const shifted = serials.map(([s]) => [s - 1462]);
    expect(runtime.associated.get('ORDERS_SUMMARY')!(ids, shifted, amounts, [[46356 - 1462]], null, orders)).toEqual(TABLE);
  });
});

describe('ORDERS_SUMMARY errors in each host\'s form', () => {
  const badRows = [col('A', 'A', 'A'), col(46327, 'soon', 46327), col(1, 2, 'abc')];
  const message = "2 rows of the ranges cannot be read; the first is row 2: order_dates: 'soon' is not a date (use a date cell or text like 2026-10-01)";

  it('an unreadable row fails the call: a #VALUE! CustomFunctions.Error in Excel, a thrown Error in Sheets', () => {
    expect(() => excel(...badRows, null, null, null)).toThrowError(expect.objectContaining({ code: '#VALUE!', message }));
    expect(() => sheets.ORDERS_SUMMARY(...badRows)).toThrow(message);
  });

  it('ranges that do not line up, and a bad months, fail the call on both', () => {
    const misaligned = 'Ranges do not line up: customer_ids has 2 rows, amounts has 3 rows';
    expect(() => excel(col('A', 'B'), col(46327, 46327), col(1, 2, 3), null, null, null)).toThrowError(expect.objectContaining({ code: '#VALUE!', message: misaligned }));
    expect(() => sheets.ORDERS_SUMMARY(col('A', 'B'), col(46327, 46327), col(1, 2, 3))).toThrow(misaligned);
    expect(() => excel(ids, serials, amounts, null, [[0]], orders)).toThrowError(expect.objectContaining({ message: 'months: 0 is not a whole number of months, 1 or more' }));
    expect(() => sheets.ORDERS_SUMMARY(ids, dates, amounts, '', 1.5, orders)).toThrow('months: 1.5 is not a whole number of months, 1 or more');
  });

  it('an amount too large for a number is an error cell: a CustomFunctions.Error in Excel, "#VALUE! message" text in Sheets', () => {
    const onExcel = excel(col('A', 'A', 'B'), col(46327, 46327, 46327), col(1e308, 1e308, 5), null, null, null);
    expect(onExcel[0].slice(0, 3)).toEqual(['A', 0, 2]);
    expect(onExcel[0][3]).toBeInstanceOf(FakeCustomFunctionsError);
    expect(onExcel[0][3]).toMatchObject({ code: '#VALUE!', message: 'result: Infinity is not a finite number' });
    expect(onExcel[1]).toEqual(['B', 0, 1, 5]);
    expect(sheets.ORDERS_SUMMARY(col('A', 'A', 'B'), col(46327, 46327, 46327), col(1e308, 1e308, 5))).toEqual([
      ['A', 0, 2, '#VALUE! result: Infinity is not a finite number'], ['B', 0, 1, 5],
    ]);
  });

  it('an error value from another cell as id: an object in Excel, its text in Sheets; the same message', () => {
    const text = 'Row 2 of the ranges cannot be read: customer_ids: the cell holds an error (#N/A) from its own formula; fix that cell first';
    expect(() => excel(col('A', new FakeCustomFunctionsError('#N/A')), col(46327, 46327), col(1, 2), null, null, null))
      .toThrowError(expect.objectContaining({ message: text }));
    expect(() => sheets.ORDERS_SUMMARY(col('A', '#N/A'), col(46327, 46327), col(1, 2))).toThrow(text);
  });

  it('messages follow the host\'s language', () => {
    const zhExcel = loadExcel('zh-CN').associated.get('ORDERS_SUMMARY')!;
    expect(() => zhExcel(ids, serials, amounts, [['2020-01-01']], null, orders))
      .toThrowError(expect.objectContaining({ message: 'as_of：区域中没有日期在 2020-01-01 当天或之前的订单' }));
    const zhSheets = loadSheets({ getActiveUserLocale: () => 'zh_TW' });
    expect(() => zhSheets.ORDERS_SUMMARY(ids, dates, amounts, '2020-01-01', '', orders)).toThrow('as_of：範圍中沒有日期在 2020-01-01 當天或之前的訂單');
  });
});
