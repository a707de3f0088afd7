// Columns exports hold beside the real ones that must never be taken for them: a phone number beside the
// amount, a running number (序号) beside the id, a registration date beside the last order, an average
// order value or a balance beside the total. Each list is graded right (codes by the seed bands, worked
// out by hand in the comments) or refused with a question; never graded from the decoy.
import { describe, expect, it } from 'vitest';
import { gradeTable, TableError } from '../../src/grading/grade-table';

const AS_OF = 46327; // 2026-11-01
const value = (cell: unknown) => (typeof cell === 'object' && cell !== null && 'v' in cell ? (cell as { v: unknown }).v : cell);

/** The RFM codes a table grades to, or the TableError it is refused with. */
function grade(table: unknown[][]): { codes: unknown[]; mapping: Record<string, number> } | TableError {
  try {
    const r = gradeTable('List', table, { preset: 'seed', asOf: AS_OF });
    const sheet = r.model.sheets[0];
    const at = sheet.rows[r.headerRow].findIndex((c) => /^RFM (code|代码|代碼)$/.test(String(value(c))));
    return { codes: sheet.rows.slice(r.headerRow + 1).map((row) => value(row[at])), mapping: r.mapping as Record<string, number> };
  } catch (e) {
    if (e instanceof TableError) return e;
    throw e;
  }
}

function graded(table: unknown[][]) {
  const r = grade(table);
  if (r instanceof TableError) throw new Error(`refused: ${r.message}`);
  return r;
}

function refused(table: unknown[][]): TableError {
  const r = grade(table);
  if (!(r instanceof TableError)) throw new Error(`graded: ${JSON.stringify(r)}`);
  return r;
}

// Three customers used throughout, as of 2026-11-01:
//   A: last order 2026-10-20 (12 days, R 5), 12 orders (F 5), 600,000 (M 5) -> 555
//   B: last order 2026-09-15 (47 days, R 3), 6 orders (F 3), 250,000 (M 3) -> 333
//   C: last order 2026-05-01 (184 days, R 1), 1 order (F 1), 50,000 (M 1) -> 111
const LAST = ['2026-10-20', '2026-09-15', '2026-05-01'];
const DAYS = [12, 47, 184];
const ORDERS = [12, 6, 1];
const AMOUNT = [600_000, 250_000, 50_000];
const CODES = [555, 333, 111];
// Decoy values chosen so that grading from them would give other codes.
const PHONES = ['138-0013-8000', '139 1234 5678', '(02) 2345-6789'];
const PHONE_NUMBERS = [13_800_138_000, 13_912_345_678, 15_011_112_222];
const REGISTERED = ['2026-10-30', '2026-10-31', '2026-10-29']; // all within 3 days: R 5 for everyone
const AOV = [50_000, 41_666.67, 50_000]; // A's average is below 200,000: M 1 instead of 5
const BALANCE = [900_000, 900_000, 900_000]; // M 5 for everyone

const table = (header: string[], ...columns: unknown[][]) => [header, ...columns[0].map((_, i) => columns.map((c) => c[i]))];

describe('a phone number beside the amount', () => {
  it('is not the amount, headed as a phone (联系电话)', () => {
    expect(graded(table(['客户', '最近购买日期', '订单数', '联系电话', '金额'], ['甲', '乙', '丙'], LAST, ORDERS, PHONES, AMOUNT)).codes).toEqual(CODES);
  });
  it('is not the amount when stored as numbers, under 手机', () => {
    expect(graded(table(['手机', '客户', '最近购买日期', '订单数', '金额'], PHONE_NUMBERS, ['甲', '乙', '丙'], LAST, ORDERS, AMOUNT)).codes).toEqual(CODES);
  });
  it('is not the amount under a header that names neither (Contact)', () => {
    expect(graded(table(['Customer', 'Contact', 'Last Order Date', 'Orders', 'Value'], ['A', 'B', 'C'], PHONES, LAST, ORDERS, AMOUNT)).codes).toEqual(CODES);
  });
  it('mislabelled as an amount (金额) beside the real one (消费金额): the phone numbers rule it out', () => {
    expect(graded(table(['客户', '最近购买日期', '订单数', '金额', '消费金额'], ['甲', '乙', '丙'], LAST, ORDERS, PHONE_NUMBERS, AMOUNT)).codes).toEqual(CODES);
  });
  it('mislabelled as the only amount: refused, never graded as amounts', () => {
    const e = refused(table(['客户', '最近购买日期', '订单数', '金额'], ['甲', '乙', '丙'], LAST, ORDERS, PHONES));
    expect(e.field).toBe('monetary');
    expect(e.candidates).not.toContain('金额');
  });
});

describe('a running number (序号) beside the id', () => {
  it('序号 is not the customer id', () => {
    const r = graded(table(['序号', '客户编号', '最近购买日期', '订单数', '金额'], [1, 2, 3], ['K0107', 'K0032', 'K0950'], LAST, ORDERS, AMOUNT));
    expect(r.codes).toEqual(CODES);
    expect(r.mapping.customerId).toBe(1);
  });
  it('"No." counting 1, 2, 3 is not the id beside "Customer No."', () => {
    const r = graded(table(['No.', 'Customer No.', 'Last Purchase', 'Orders', 'Amount'], [1, 2, 3], ['C-1001', 'C-1017', 'C-1120'], LAST, ORDERS, AMOUNT));
    expect(r.mapping.customerId).toBe(1);
  });
  it('"#" is not the id beside "ID"', () => {
    const r = graded(table(['#', 'ID', 'Recency', 'Frequency', 'Monetary'], [1, 2, 3], ['u-88', 'u-12', 'u-40'], DAYS, ORDERS, AMOUNT));
    expect(r.codes).toEqual(CODES);
    expect(r.mapping.customerId).toBe(1);
  });
  it('序號 counting 1, 2, 3 is neither the count of orders nor the days', () => {
    const r = graded(table(['序號', '客戶代號', '最後交易日', '交易筆數', '銷售金額'], [1, 2, 3], ['A001', 'A002', 'A003'], LAST, ORDERS, AMOUNT));
    expect(r.codes).toEqual(CODES);
    expect([r.mapping.frequency, r.mapping.recencyDays, r.mapping.lastPurchase]).not.toContain(0);
  });
});

describe('a registration date beside the last order', () => {
  it('注册日期 is not the last purchase', () => {
    expect(graded(table(['客户', '注册日期', '最近购买日期', '订单数', '金额'], ['甲', '乙', '丙'], REGISTERED, LAST, ORDERS, AMOUNT)).codes).toEqual(CODES);
  });
  it('Created is not the last order, whichever comes first', () => {
    expect(graded(table(['Customer', 'Last order', 'Orders', 'Amount', 'Created'], ['A', 'B', 'C'], LAST, ORDERS, AMOUNT, REGISTERED)).codes).toEqual(CODES);
  });
  it('Signup date and Customer since are not the last purchase', () => {
    expect(graded(table(['Customer since', 'Signup date', 'Last purchase date', 'Purchases', 'Total spend'], REGISTERED, REGISTERED, LAST, ORDERS, AMOUNT)).codes).toEqual(CODES);
  });
  it('首次购买日期 (the first purchase) is not the last', () => {
    expect(graded(table(['客户', '首次购买日期', '最后购买日期', '购买次数', '消费金额'], ['甲', '乙', '丙'], REGISTERED, LAST, ORDERS, AMOUNT)).codes).toEqual(CODES);
  });
  it('beside a bare "Date": refused, the date offered and the signup date not', () => {
    const e = refused(table(['Customer', 'Signup date', 'Date', 'Orders', 'Amount'], ['A', 'B', 'C'], REGISTERED, LAST, ORDERS, AMOUNT));
    expect(e.problem).toBe('missing');
    expect(e.field).toBe('lastPurchase');
    expect(e.candidates).toEqual(['Date']);
  });
  it('two last-order columns: refused, both offered', () => {
    const e = refused(table(['客户', '最近购买日期', '最后交易日期', '订单数', '金额'], ['甲', '乙', '丙'], LAST, REGISTERED, ORDERS, AMOUNT));
    expect(e.problem).toBe('ambiguous');
    expect(e.candidates).toEqual(['最近购买日期', '最后交易日期']);
  });
});

describe('an average order value or a balance beside the total', () => {
  it.each([
    [['AOV', 'Total spend']], [['客单价', '消费金额']], [['Average order value', 'Amount']], [['平均消费金额', '累计消费金额']],
    [['Avg. Order Value (USD)', 'Total Spent (USD)']], [['平均客單價', '累計消費金額']],
  ])('%j: the average is not the amount', ([decoy, real]) => {
    expect(graded(table(['Customer', 'Last Order Date', 'Orders', decoy, real], ['A', 'B', 'C'], LAST, ORDERS, AOV, AMOUNT)).codes).toEqual(CODES);
  });
  it.each([[['余额', '消费金额']], [['Balance', 'Revenue']], [['儲值餘額', '銷售額']], [['Store credit', 'Total sales']], [['Credit Limit', 'Sales']]])(
    '%j: the balance is not the amount', ([decoy, real]) => {
      expect(graded(table(['Customer', 'Last Order Date', 'Orders', decoy, real], ['A', 'B', 'C'], LAST, ORDERS, BALANCE, AMOUNT)).codes).toEqual(CODES);
    });
  it('an average alone: refused, and not offered as the amount', () => {
    const e = refused(table(['Customer', 'Last Order Date', 'Orders', 'Average order value'], ['A', 'B', 'C'], LAST, ORDERS, AOV));
    expect(e.field).toBe('monetary');
    expect(e.candidates).not.toContain('Average order value');
  });
});
