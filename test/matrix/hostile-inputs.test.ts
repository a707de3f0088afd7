// The hostile-input matrix: every function against what real sheets hand it (blanks, text, booleans,
// errors from other cells, NaN and Infinity, 1e308, negatives, zero budgets, dates before 1900 and in
// the future, swapped columns, ranges as rows, 1x1 ranges, misaligned ranges, broken band tables,
// weights summing to zero, cutoffs out of order). Each case runs through BOTH built bundles as their
// hosts call them, must give the same outcome on both, and that outcome is the one written here, worked
// out by hand from SPEC's formulas and error rules. docs/hostile-input.md is the same table for people.
import { describe, expect, it } from 'vitest';
import { FakeCustomFunctionsError, loadExcel, loadSheets } from '../bundles/load';
import { excelOutcome, sheetsOutcome, type Outcome } from '../support/host-outcome';

/** An error value in a cell that an argument references: Excel hands it over as an error object,
 * Sheets as its text. */
class CellErrorValue {
  constructor(readonly code: string) {}
}
const ERR = (code: string) => new CellErrorValue(code);

const sheets = loadSheets();
const excel = loadExcel('en-US');

function toHost(value: unknown, host: 'excel' | 'sheets'): unknown {
  if (Array.isArray(value)) return value.map((v) => toHost(v, host));
  if (value instanceof CellErrorValue) return host === 'excel' ? new FakeCustomFunctionsError(value.code) : value.code;
  if (value === null && host === 'sheets') return '';
  return value;
}

/** Calls a function on both bundles; they must agree; returns the outcome. */
function call(name: string, ...args: unknown[]): Outcome {
  const onExcel = excelOutcome(excel.associated.get(name)!, args.map((a) => toHost(a, 'excel')));
  const onSheets = sheetsOutcome(sheets[name] as (...a: unknown[]) => unknown, args.map((a) => toHost(a, 'sheets')));
  expect(onSheets, `${name}: Sheets and Excel differ`).toEqual(onExcel);
  return onExcel;
}

const error = (message: string): Outcome => ({ error: message });
const cells = (...rows: unknown[][]): Outcome => ({ cells: rows });
const col = (...values: unknown[]) => values.map((v) => [v]);

type Case = readonly [hostile: string, args: readonly unknown[], expected: Outcome];

// Seed bands (SPEC): R 5 up to 30 days, 3 up to 90, else 1; F 1 from 0, 3 from 5, 5 from 10;
// M 1 from 0, 3 from 200,000, 5 from 500,000. The code is R*100 + F*10 + M.
const RFM_SCORE: Case[] = [
  ['an all-blank row: a blank result, so whole columns work', [col(null), col(null), col(null)], cells([''])],
  ['one input blank: #N/A naming it', [10, null, 600000], error('frequency: the value is missing (the row has other inputs)')],
  ['text', [10, 'many', 0], error("frequency: 'many' is not a number")],
  ['a boolean', [10, true, 0], error("frequency: 'TRUE' is not a number")],
  ['an error from another cell', [10, 12, ERR('#DIV/0!')], error('monetary: the cell holds an error (#DIV/0!) from its own formula; fix that cell first')],
  ['NaN', [10, 12, NaN], error('monetary: NaN is not a finite number')],
  ['Infinity', [10, Infinity, 0], error('frequency: Infinity is not a finite number')],
  ['1e308, a real if absurd amount: M 5', [10, 12, 1e308], cells([555])],
  ['a negative count', [10, -3, 0], error('frequency: -3 is negative')],
  ['a negative amount (a refund): below the first band', [10, 12, -5], error("monetary: -5 is below the band table's first 'from' (0)")],
  ['a last purchase before 1900', ['1899-12-31', 12, 600000, null, null, null, '2026-11-01', 'r'],
    error('recency: 1899-12-31 is outside the dates spreadsheets count alike (1900-03-01 to 9999-12-31)')],
  ['a last purchase after as_of', ['2026-12-24', 12, 600000, null, null, null, '2026-11-01'], error('recency: last purchase 2026-12-24 is after as_of 2026-11-01')],
  ['swapped columns (amount in recency, days in monetary): scored as given, R 1 F 5 M 1', [600000, 12, 10], cells([151])],
  ['ranges given as rows', [[[10, 45]], [[12, 6]], [[600000, 250000]]], error('recency: expected one column, got 2 columns')],
  ['1x1 ranges', [col(10), col(12), col(600000)], cells([555])],
  ['a 1x1 range beside a column applies to every row (10 days, 1 order, 1 yuan: 511)', [col(10, 20), col(1), col(1, 2)], cells([511], [511])],
  ['misaligned ranges', [col(10, 20), col(1, 2, 3), col(1, 2)], error('Ranges do not line up: recency has 2 rows, frequency has 3 rows')],
  ['an unsorted band table', [10, 12, 0, [[0, 5], [90, 3], [30, 1]]], error("r_table: the band table's 'from' must ascend, but row 3 (30) is not above 90")],
  ['a duplicated band', [10, 12, 0, [[0, 5], [30, 3], [30, 1]]], error("r_table: the band table's 'from' must ascend, but row 3 (30) is not above 30")],
  ['a band table with a blank cell', [10, 12, 0, null, [[0, 1], [5, null]]], error('f_table: row 2 of the band table has a blank cell (each row needs a from and a score)')],
  ['one bad row among good ones: that row only', [col(10, 10), col(12, 'x'), col(600000, 0)],
    cells([555], [{ error: "frequency: 'x' is not a number" }])],
];

const RFM_SEGMENT: Case[] = [
  ['a blank row', [col(null), col(null), col(null)], cells([''])],
  ['scores of 5 (value8): important value', [5, 5, 5], cells(['Important value'])],
  ['a score of 6', [6, 5, 5], error('r: 6 is not a whole score from 1 to 5')],
  ['a score of 0', [5, 0, 5], error('f: 0 is not a whole score from 1 to 5')],
  ['text', [5, 5, 'high'], error("m: 'high' is not a number")],
  ['a boolean', [true, 5, 5], error("r: 'TRUE' is not a number")],
  ['an error from another cell', [5, ERR('#N/A'), 5], error('f: the cell holds an error (#N/A) from its own formula; fix that cell first')],
  ['an unknown scheme', [5, 5, 5, 'value9'], error("scheme: 'value9' is not one of value8, five, rfm11")],
];

// POTENTIAL_INDEX = 100 x budget match x penetration x synergy (seed 001); each a fraction 0..1.
const POTENTIAL_INDEX: Case[] = [
  ['the seed example', [0.875, 0.8, 0.825], cells([57.75])],
  ['a zero budget match: zero potential', [0, 0.8, 0.825], cells([0])],
  ['percent text', ['87.5%', '80%', '82.5%'], cells([57.75])],
  ['a percent number above 1', [87.5, 0.8, 0.825], error('budget_match: 87.5 is above 1, write 87.5% or 0.875')],
  ['150% as text', [0.875, '150%', 0.825], error("penetration: '150%' is above 100%")],
  ['a negative ratio', [0.875, -0.1, 0.825], error('penetration: -0.1 is below 0')],
  ['text', [0.875, 'most', 0.825], error("penetration: 'most' is not a ratio (write 87.5% or 0.875)")],
  ['an error from another cell', [ERR('#REF!'), 0.8, 0.825], error('budget_match: the cell holds an error (#REF!) from its own formula; fix that cell first')],
  ['Infinity', [Infinity, 0.8, 0.825], error('budget_match: Infinity is not a finite number')],
  ['a blank among inputs', [0.875, null, 0.825], error('penetration: the value is missing (the row has other inputs)')],
];

// CLV = revenue x margin x years (undiscounted) - (acquisition + maintenance) (seed 000, formula 6).
const CLV: Case[] = [
  ['a plain customer: 1,000,000 x 3 years - 200,000 - 100,000', [1_000_000, 3, 200_000, 100_000], cells([2_700_000])],
  ['zero years: only the costs', [1_000_000, 0, 200_000, 100_000], cells([-300_000])],
  ['negative years', [1_000_000, -2, 200_000, 100_000], error('years: -2 is negative')],
  ['a negative cost', [1_000_000, 3, -200_000, 100_000], error('acquisition_cost: -200000 is negative')],
  ['a margin above 1', [1_000_000, 3, 0, 0, 30], error('margin: 30 is above 1, write 30% or 0.3')],
  ['text revenue', ['lots', 3, 0, 0], error("annual_revenue: 'lots' is not a number")],
  ['revenue from a broken formula', [ERR('#VALUE!'), 3, 0, 0], error('annual_revenue: the cell holds an error (#VALUE!) from its own formula; fix that cell first')],
];

// COMPOSITE_GRADE: weighted score of four 0-100 scores (seed 002: 40/30/20/10), grades at 90/70/50.
const COMPOSITE_GRADE: Case[] = [
  ['the seed weights: 0.4x95 + 0.3x90 + 0.2x85 + 0.1x80 = 90, the top grade', [[[95, 90, 85, 80]]], cells(['Strategic'])],
  ['a score above 100', [[[101, 90, 85, 80]]], error('scores: 101 is outside 0-100')],
  ['a blank score', [[[95, null, 85, 80]]], error('scores: the value is missing (the row has other inputs)')],
  ['weights summing to zero', [[[95, 90, 85, 80]], [[0, 0, 0, 0]]], error('weights: the weights sum to zero')],
  ['cutoffs out of order', [[[95, 90, 85, 80]], null, [[50, 70, 90]]], error('cutoffs: cutoffs must descend, but 70 comes after 50')],
  ['scores given as a column (one customer per row expected)', [col(95, 90, 85, 80)], error('scores: expected one row per customer with 4 columns, got 1')],
  ['a negative weight', [[[95, 90, 85, 80]], [[0.5, -0.1, 0.3, 0.3]]], error('weights: -0.1 is negative')],
];

// ABC_CLASS: A while the running total reaches 80% of all, B to 95%, C after (seed 004).
const ABC_CLASS: Case[] = [
  ['2.9 + 1.9 is exactly 80% of 6 (no float noise)', [col(2.9, 1.9, 1.2)], cells(['A'], ['A'], ['B'])],
  ['b_share below a_share', [col(1, 2), 0.9, 0.8], error('b_share: 0.8 must be at least a_share (0.9)')],
  ['a negative value (a refund): C, and not counted in the total (SPEC: values <= 0 are C)', [col(5, -1)], cells(['A'], ['C'])],
];

// NEXT_ORDER_DATE: last order + mean interval (seed 000); intervals 30 and 40 days, mean 35.
const NEXT_ORDER_DATE: Case[] = [
  ['1 Jan, 31 Jan, 12 Mar 2026: next order 16 Apr 2026 (serial 46128)', [[['2026-01-01', '2026-01-31', '2026-03-12']]], cells([46128])],
  ['two orders only', [[['2026-01-01', '2026-01-31']]], error('order_dates: needs at least 3 order dates, got 2')],
  ['a date before 1900', [[['1899-12-31', '2026-01-31', '2026-03-12']]],
    error('order_dates: 1899-12-31 is outside the dates spreadsheets count alike (1900-03-01 to 9999-12-31)')],
  ['a word among the dates', [[['2026-01-01', 'soon', '2026-03-12']]], error("order_dates: 'soon' is not a date (use a date cell or text like 2026-10-01)")],
];

// CHURN_RISK: m x (interaction decline) + n x (satisfaction volatility); cv divides by the mean.
const CHURN_RISK: Case[] = [
  ['one period only', [[[5]], [[4]]], error('interactions: needs at least 2 periods, got 1')],
  ['cv mode with a zero mean', [[[0, 0]], [[4, 5]], 1, 1, 'cv'], error('interactions: the mean is zero, so the "cv" mode cannot divide by it')],
  ['an unknown mode', [[[5, 4]], [[4, 5]], 1, 1, 'var'], error("mode: 'var' is not one of sd, cv")],
];

// BREAKTHROUGH_SCORE = 100 x penetration x tech match (seed 001).
const BREAKTHROUGH_SCORE: Case[] = [
  ['0.5 x 0.8: 40', [0.5, 0.8], cells([40])],
  ['a percent number', [50, 0.8], error('penetration: 50 is above 1, write 50% or 0.5')],
  ['a boolean', [0.5, false], error("tech_match: 'FALSE' is not a number")],
];

// ORDERS_SUMMARY: one row per customer (id | days since last order | orders | amount), as of the latest
// order and over 12 months unless told. Its rows are customers, not lines, so a line that cannot be read
// fails the whole call, naming the line: a customer's totals without it would be wrong.
// 2026-11-01 is serial 46327; 2026-11-30 is 46356.
const ORDERS_SUMMARY: Case[] = [
  ['an all-blank ledger: a blank result', [col(null, null), col(null, null), col(null, null)], cells([''])],
  ['one line in single cells: one customer row', ['C1', 46327, 100], cells(['C1', 0, 1, 100])],
  ['a leading-zero id stays text (two lines, the last on the latest date)', [col('00123', '00123'), col(46327, 46356), col(1, 2)], cells(['00123', 0, 2, 3])],
  ['a credit larger than the sale: the amount is negative', [col('A', 'A'), col(46327, 46327), col(10, -30)], cells(['A', 0, 2, -20])],
  ['a yyyymmdd number as the date (20261101 is 2026-11-01)', ['A', 20261101, 1], cells(['A', 0, 1, 1])],
  ['a 1x1 date beside columns applies to every line', [col('A', 'B'), col(46327), col(1, 2)], cells(['A', 0, 1, 1], ['B', 0, 1, 2])],
  ['a line with its amount blank', [col('A', 'A'), col(46327, 46327), col(1, null)],
    error('Row 2 of the ranges cannot be read: amounts: the value is missing (the row has other inputs)')],
  ['text as an amount', ['A', 46327, 'lots'], error("Row 1 of the ranges cannot be read: amounts: 'lots' is not a number")],
  ['NaN as an amount', ['A', 46327, NaN], error('Row 1 of the ranges cannot be read: amounts: NaN is not a finite number')],
  ['a boolean as the date', ['A', true, 1],
    error("Row 1 of the ranges cannot be read: order_dates: 'TRUE' is not a date (use a date cell or text like 2026-10-01)")],
  ['an error from another cell as the date', ['A', ERR('#DIV/0!'), 1],
    error('Row 1 of the ranges cannot be read: order_dates: the cell holds an error (#DIV/0!) from its own formula; fix that cell first')],
  ['an error from another cell as the order number', ['A', 46327, 1, null, null, ERR('#REF!')],
    error('Row 1 of the ranges cannot be read: order_ids: the cell holds an error (#REF!) from its own formula; fix that cell first')],
  ['a date before 1900', ['A', '1899-12-31', 1],
    error('Row 1 of the ranges cannot be read: order_dates: 1899-12-31 is outside the dates spreadsheets count alike (1900-03-01 to 9999-12-31)')],
  ['three bad lines: how many, and the first', [col('A', 'A', 'A', 'A'), col(46327, 'x', 46327, null), col(1, 2, 'y', 3)],
    error("3 rows of the ranges cannot be read; the first is row 2: order_dates: 'x' is not a date (use a date cell or text like 2026-10-01)")],
  ['1e308 twice: the sum is too large, that customer\'s amount only', [col('A', 'A', 'B'), col(46327, 46327, 46327), col(1e308, 1e308, 5)],
    cells(['A', 0, 2, { error: 'result: Infinity is not a finite number' }], ['B', 0, 1, 5])],
  ['ranges given as rows', [[['A', 'B']], [[46327, 46327]], [[1, 2]]], error('customer_ids: expected one column, got 2 columns')],
  ['misaligned ranges', [col('A', 'B', 'C'), col(46327, 46327), col(1, 2, 3)], error('Ranges do not line up: customer_ids has 3 rows, order_dates has 2 rows')],
  ['months of 0', ['A', 46327, 1, null, 0], error('months: 0 is not a whole number of months, 1 or more')],
  ['months of 1.5', ['A', 46327, 1, null, 1.5], error('months: 1.5 is not a whole number of months, 1 or more')],
  ['as_of before every order', ['A', 46327, 1, '2020-01-01'], error('as_of: no order in the ranges is dated on or before 2020-01-01')],
];

// The buy-till-you-die functions (SPEC's "Buy till you die"), with the published CDNOW parameters.
// P(alive) for x = 0 is 1 by definition; for x = 1, t_x = T = 10: 1 / (1 + 0.793 / 2.426) = 0.753650...
const BG = [[0.243, 4.414, 0.793, 2.426]];
const GG = [[6.25, 3.74, 15.44]];
const PROB_ALIVE: Case[] = [
  ['no repeat purchase: alive for sure', [0, 0, 10, BG], cells([1])],
  ['the last purchase on the last day: 1 / (1 + a / b)', [1, 10, 10, BG], cells([0.753650202])],
  ['a blank row among good ones stays blank', [col(0, null), col(0, null), col(10, null), BG], cells([1], [''])],
  ['a negative frequency', [-1, 0, 10, BG], error('frequency: -1 is negative')],
  ['a fractional frequency', [1.5, 3, 10, BG], error('frequency: 1.5 is not a whole number')],
  ['recency above T', [2, 12, 10, BG], error('recency: 12 is above T (10); the last purchase cannot come after the end of the period')],
  ['T of 0', [0, 0, 0, BG], error('T: 0 is not above 0')],
  ['recency above 0 with no repeat purchase', [0, 3, 10, BG],
    error('recency: 3 with frequency 0; recency is the time from the first purchase to the last, so it is 0 without repeat purchases')],
  ['one bad history among good ones: that row only', [col(0, 2), col(0, 12), col(10, 10), BG],
    cells([1], [{ error: 'recency: 12 is above T (10); the last purchase cannot come after the end of the period' }])],
  ['text as frequency', ['lots', 0, 10, BG], error("frequency: 'lots' is not a number")],
  ['parameters as a 2 x 2 range', [0, 0, 10, [[0.243, 4.414], [0.793, 2.426]]],
    error('params: expected one row of 4 values (r | alpha | a | b), as BGNBD_FIT spills them; got 2 rows x 2 columns')],
  ['a parameter of 0', [0, 0, 10, [[0.243, 0, 0.793, 2.426]]], error('params: alpha: 0 is not above 0')],
  ['a negative parameter', [0, 0, 10, [[0.243, -4.414, 0.793, 2.426]]], error('params: alpha: -4.414 is not above 0')],
  ['text as a parameter', [0, 0, 10, [['r', 4.414, 0.793, 2.426]]], error("params r: 'r' is not a number")],
  ['a blank parameter', [0, 0, 10, [[0.243, 4.414, null, 2.426]]],
    error('params: a is blank; give the 4 values BGNBD_FIT returns (r | alpha | a | b)')],
];
const EXPECTED_PURCHASES: Case[] = [
  ['t of 0: no purchases', [0, 2, 30.43, 38.86, BG], cells([0])],
  ['a negative t', [-1, 2, 30.43, 38.86, BG], error('t: -1 is negative')],
  ['recency above T', [39, 2, 40, 38.86, BG], error('recency: 40 is above T (38.86); the last purchase cannot come after the end of the period')],
];
// With no repeat purchase and q > 1, spend is the population mean p v / (q - 1) = 35.2190...
const EXPECTED_CLV: Case[] = [
  ['0 months is refused', [2, 30.43, 38.86, 22.35, BG, GG, 0], error('months: 0 is not a whole number of months, 1 or more')],
  ['a century and more is refused', [2, 30.43, 38.86, 22.35, BG, GG, 1201], error('months: 1201 is more than 1200 months (100 years)')],
  ['an unknown unit', [2, 30.43, 38.86, 22.35, BG, GG, 12, 0, 'M'], error("unit: 'M' is not one of W, D")],
  ['q of 1: no mean spend', [2, 30.43, 38.86, 22.35, BG, [[6.25, 1, 15.44]]],
    error('gg_params: q: 1 is not above 1, so the mean spend p v / (q - 1) does not exist')],
];
const BGNBD_FIT: Case[] = [
  ['all blank: a blank result', [col(null, null), col(null, null), col(null, null)], cells([''])],
  ['one repeat buyer cannot identify the model', [col(1, 0), col(2, 0), col(5, 5)],
    error('frequency: customers with repeat purchases (frequency above 0): 1; the BG/NBD fit needs at least 2')],
  ['every T of 0', [col(1, 1), col(0, 0), col(0, 0)],
    error("T: every customer's T is 0; the BG/NBD fit needs customers observed for some time after their first purchase")],
  ['a row with T blank', [col(1, 1), col(1, 1), col(5, null)], error('Row 2 of the ranges cannot be read: T: the value is missing (the row has other inputs)')],
  ['an all-blank row among the customers is skipped, not an unreadable row', [col(1, null, 0), col(2, null, 0), col(5, null, 5)],
    error('frequency: customers with repeat purchases (frequency above 0): 1; the BG/NBD fit needs at least 2')],
  ['text in a row', [col('x', 2, 1), col(0, 3, 1), col(10, 10, 10)], error("Row 1 of the ranges cannot be read: frequency: 'x' is not a number")],
  ['recency above T in a row: the call fails naming it', [col(1, 2, 0), col(12, 3, 0), col(10, 10, 10)],
    error('recency: 12 is above T (10); the last purchase cannot come after the end of the period (row 1)')],
  ['a negative frequency in a row', [col(-1, 2, 1), col(0, 3, 1), col(10, 10, 10)], error('frequency: -1 is negative (row 1)')],
];
const GAMMA_GAMMA_FIT: Case[] = [
  ['one customer left to fit on (the other has monetary 0)', [col(1, 2), col(10, 0)],
    error('monetary: customers with repeat purchases of a positive amount: 1; the Gamma-Gamma fit needs at least 2')],
  ['a negative amount is left out too, as is frequency 0', [col(1, 2, 0), col(10, -5, 7)],
    error('monetary: customers with repeat purchases of a positive amount: 1; the Gamma-Gamma fit needs at least 2')],
  ['a fractional frequency in a row', [col(1.5, 2, 3), col(10, 5, 4)], error('frequency: 1.5 is not a whole number (row 1)')],
  ['text in a row', [col(1, 2, 3), col(10, 'x', 4)], error("Row 2 of the ranges cannot be read: monetary: 'x' is not a number")],
];
// BTYD_SUMMARY: 2026-11-01 is serial 46327; 7 days later 46334, 14 days later 46341.
const BTYD_SUMMARY: Case[] = [
  ['two orders on one day are one purchase', [col('A', 'A'), col(46327, 46327), col(10, 5)], cells(['A', 0, 0, 0, 0])],
  ['weeks by default: days 0, 7 and 14, the first day left out of monetary', [col('A', 'A', 'A'), col(46327, 46334, 46341), col(10, 20, 40)],
    cells(['A', 2, 2, 2, 30])],
  ['days with "D", as of a week after the last order', [col('A', 'A'), col(46327, 46334), col(10, 20), 46341, 'D'], cells(['A', 1, 7, 14, 20])],
  ['without amounts monetary is 0', [col('A', 'A'), col(46327, 46334)], cells(['A', 1, 1, 1, 0])],
  ['two orders on the repeat day: one purchase, amounts summed (20 + 5)', [col('A', 'A', 'A'), col(46327, 46334, 46334), col(10, 20, 5)],
    cells(['A', 1, 1, 1, 25])],
  ['a credit as the repeat purchase: monetary -4, as given', [col('A', 'A'), col(46327, 46334), col(10, -4)], cells(['A', 1, 1, 1, -4])],
  ['lines after as_of are left out (B has only such a line)', [col('A', 'A', 'B'), col(46327, 46334, 46341), col(10, 4, 3), 46334], cells(['A', 1, 1, 1, 4])],
  ['text as an amount', [col('A', 'A'), col(46327, 46334), col(1, 'x')], error("Row 2 of the ranges cannot be read: amounts: 'x' is not a number")],
  ['a line with its date blank', [col('A', 'A'), col(46327, null), col(1, 2)],
    error('Row 2 of the ranges cannot be read: order_dates: the value is missing (the row has other inputs)')],
];

const MATRIX: Record<string, Case[]> = {
  RFM_SCORE, RFM_SEGMENT, POTENTIAL_INDEX, CLV, COMPOSITE_GRADE, ABC_CLASS, NEXT_ORDER_DATE, CHURN_RISK, BREAKTHROUGH_SCORE,
  ORDERS_SUMMARY, BTYD_SUMMARY, BGNBD_FIT, PROB_ALIVE, EXPECTED_PURCHASES, GAMMA_GAMMA_FIT, EXPECTED_CLV,
};

for (const [name, cases] of Object.entries(MATRIX)) {
  describe(name, () => {
    it.each(cases)('%s', (_hostile, args, expected) => {
      const outcome = call(name, ...args);
      if ('cells' in expected && 'cells' in outcome) {
        // numbers from arithmetic compared to 9 places; everything else exactly
        expect(outcome.cells.flat().map((c) => (typeof c === 'number' ? Number(c.toFixed(9)) : c))).toEqual(expected.cells.flat());
      } else {
        expect(outcome).toEqual(expected);
      }
    });
  });
}

// EXPECTED_CLV with repeat purchases but a monetary of 0 or below (a credit, no amounts): SPEC's population
// mean p v / (q - 1) stands in, not an error and not the negative amount. By hand, Gamma-Gamma's
// conditional mean p (v + x m) / (p x + q - 1) at m = p v / (q - 1) is p v / (q - 1) itself, so those
// calls must equal the call with m = 6.25 x 15.44 / 2.74; the raw -5 would give a mean of 2.23, not 35.22.
describe('EXPECTED_CLV: a monetary of 0 or below', () => {
  const clvAt = (m: number) => {
    const outcome = call('EXPECTED_CLV', 2, 30.43, 38.86, m, BG, GG);
    if (!('cells' in outcome)) throw new Error(JSON.stringify(outcome));
    return outcome.cells[0][0] as number;
  };
  it('stands in the population mean spend, p v / (q - 1)', () => {
    const populationMean = clvAt((6.25 * 15.44) / 2.74);
    expect(clvAt(-5)).toBeCloseTo(populationMean, 9);
    expect(clvAt(0)).toBeCloseTo(populationMean, 9);
    expect(clvAt(22.35)).not.toBeCloseTo(populationMean, 1);
  });
});
