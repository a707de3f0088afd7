import { describe, expect, it } from 'vitest';
import { edate, isoToSerial } from '../../src/cells/dates';
import { describeProblem } from '../../src/grading/grade-table';
import { ledgerReader, summarizeLedger } from '../../src/grading/ledger-summary';

const d = (iso: string) => isoToSerial(iso);
const COLS = { customerId: 0, orderDate: 1, amount: 2, orderId: 3 };
const HEADER = ['客户编号', '订单日期', '金额', '订单号'];

describe('edate', () => {
  it('keeps the day of the month, or takes the last day of a shorter month (as Excel EDATE)', () => {
    expect(edate(d('2026-11-30'), -12)).toBe(d('2025-11-30'));
    expect(edate(d('2026-03-31'), -1)).toBe(d('2026-02-28'));
    expect(edate(d('2024-02-29'), -12)).toBe(d('2023-02-28'));
    expect(edate(d('2024-02-29'), 12)).toBe(d('2025-02-28'));
    expect(edate(d('2026-01-15'), -13)).toBe(d('2024-12-15'));
    expect(edate(d('2026-10-01') + 0.75, 1)).toBe(d('2026-11-01'));
  });
});

describe('summarizeLedger', () => {
  // As of 2026-11-30 with a 12-month window: 2025-11-30 .. 2026-11-30, both ends included.
  const asOf = d('2026-11-30');
  const ledger = [
    // 00123: order A1 has two lines (counted once), a credit line B7, and a line on the window's first day.
    ['00123', '2026-11-01', 100, 'A1'],
    ['00123', '2026-11-01', 50.5, 'A1'],
    ['00123', '2026-06-15', -20, 'B7'],
    ['00123', '2025-11-30', 10, 'C1'],
    // C2: its only order in the window is on as-of itself; one before the window (2025-11-29), one after as-of.
    ['C2', '2026-11-30', 300, 'D1'],
    ['C2', '2025-11-29', 999, 'D0'],
    ['C2', '2026-12-01', 5000, 'D2'],
    // C3: no order in the window, its last 2025-06-01 (in the window before).
    ['C3', '2025-06-01', 80, 'E1'],
    // C4: every order after as-of.
    ['C4', '2026-12-05', 70, 'F1'],
  ];
  const s = summarizeLedger(ledger, COLS, { lang: 'en', header: HEADER, asOf });

  it('gives one row per customer in order of first appearance, ids as written', () => {
    expect(s.customers.map((c) => c.id)).toEqual(['00123', 'C2', 'C3']);
  });
  it('counts an order of several lines once, includes credit lines and both window ends', () => {
    // 00123: orders A1, B7, C1 = 3; amount 100 + 50.5 - 20 + 10 = 140.5; last order 2026-11-01, 29 days.
    expect(s.customers[0]).toMatchObject({ days: 29, orders: 3, amount: 140.5 });
  });
  it('leaves out the day before the window and lines after as-of', () => {
    // C2: D1 only (D0 is one day early, D2 after as-of): 1 order, 300, 0 days.
    expect(s.customers[1]).toMatchObject({ days: 0, orders: 1, amount: 300 });
    expect(s.customers[1]).toMatchObject({ previousOrders: 1, previousAmount: 999 });
  });
  it('a customer with no order in the window: 0 orders, 0 amount, days from the last order before it', () => {
    // 2025-06-01 to 2026-11-30: 547 days.
    expect(s.customers[2]).toMatchObject({ days: 547, orders: 0, amount: 0, previousOrders: 1, previousAmount: 80 });
  });
  it('reports lines after as-of and customers with every order after it', () => {
    const after = s.problems.find((p) => p.kind === 'afterAsOf')!;
    expect(after.rows).toEqual([8, 10]);
    expect(describeProblem(after, 'en')).toBe('订单日期: 2 order lines after 2026-11-30, left out (rows 8, 10)');
    const notGraded = s.problems.find((p) => p.kind === 'notGraded')!;
    expect(notGraded.examples).toEqual(['C4']);
    expect(describeProblem(notGraded, 'zh-CN')).toBe('客户编号：1 位客户的订单都晚于 2026-11-30，未评级（“C4”；第 10 行）');
  });
  it('counts the lines and distinct orders it read', () => {
    expect(s).toMatchObject({ lines: 9, linesUsed: 7, ordersInLedger: 8 });
  });
  it('defaults as-of to the latest order date', () => {
    const latest = summarizeLedger(ledger, COLS, { lang: 'en' });
    expect(latest.asOf).toBe(d('2026-12-05'));
    expect(latest.customers.map((c) => c.id)).toEqual(['00123', 'C2', 'C3', 'C4']);
  });
  it('without order numbers each line is an order', () => {
    const lines = summarizeLedger(ledger, { customerId: 0, orderDate: 1, amount: 2 }, { lang: 'en', asOf });
    expect(lines.customers[0].orders).toBe(4);
  });
  it('a window of 6 months starts on EDATE(as_of, -6)', () => {
    // 2026-05-30 .. 2026-11-30: 00123 keeps A1 and B7 (130.5).
    const six = summarizeLedger(ledger, COLS, { lang: 'en', asOf, months: 6 });
    expect(six.windowStart).toBe(d('2026-05-30'));
    expect(six.customers[0]).toMatchObject({ orders: 2, amount: 130.5 });
  });
});

describe('ledger lines that cannot be read', () => {
  it('reports partly blank lines and unreadable dates or amounts by row, and never counts them as 0', () => {
    const s = summarizeLedger([
      ['A', '2026-10-01', 100],
      ['A', '', 50],
      ['', '2026-10-02', 60],
      ['A', 'yesterday', 70],
      ['A', '2026-10-03', 'abc'],
      [null, null, null],
      ['A', '2026年10月4日', '¥1,234.50'],
    ], { customerId: 0, orderDate: 1, amount: 2 }, { lang: 'en', header: ['Customer', 'Date', 'Amount'] });
    expect(s.customers).toEqual([expect.objectContaining({ id: 'A', orders: 2, amount: 1334.5, days: 0 })]);
    expect(s.problems.map((p) => [p.kind, p.column, p.rows])).toEqual([
      ['blank', 'Date', [3]], ['blank', 'Customer', [4]], ['notDate', 'Date', [5]], ['notNumber', 'Amount', [6]],
    ]);
    expect(s.lines).toBe(6);
  });
  it('an amount column in 万元 is scaled', () => {
    const s = summarizeLedger([['A', '2026-10-01', 1.5]], { customerId: 0, orderDate: 1, amount: 2, amountScale: 10000 }, { lang: 'en' });
    expect(s.customers[0].amount).toBe(15000);
  });
  it('ids read as numbers keep their digits; text ids are trimmed', () => {
    const s = summarizeLedger([[123, 46296, 1], [' 123 ', 46296, 2], ['0123', 46296, 4]], { customerId: 0, orderDate: 1, amount: 2 }, { lang: 'en' });
    expect(s.customers.map((c) => [c.id, c.amount])).toEqual([['123', 3], ['0123', 4]]);
  });
  it('reads lines one at a time and tells its shape', () => {
    const r = ledgerReader([], { customerId: 0, orderDate: 1, amount: 2 }, { lang: 'en' });
    for (let i = 0; i < 5000; i++) r.add([`C${i % 7}`, 46000 + (i % 300), 1], i + 2);
    expect(r.shape()).toEqual({ lines: 5000, customers: 7 });
    expect(r.latest()).toBe(46299);
    // Every date is within 300 days of the latest, so every line is one order in the window.
    expect(r.summarize().customers.reduce((n, c) => n + c.orders, 0)).toBe(5000);
  });
});

describe('order numbers', () => {
  const cols = { customerId: 0, orderDate: 1, amount: 2, orderId: 3 };
  it('the same order number under two customers is an order of each', () => {
    // A and B both write order 1001: one order each; ledger-wide, two orders.
    const s = summarizeLedger([['A', 46296, 10, '1001'], ['B', 46296, 20, '1001'], ['A', 46296, 5, '1001']], cols, { lang: 'en' });
    expect(s.customers.map((c) => [c.id, c.orders, c.amount])).toEqual([['A', 1, 15], ['B', 1, 20]]);
    expect(s.ordersInLedger).toBe(2);
  });
  it('lines of one order far apart in the ledger are still one order; a number and its text are one order', () => {
    // A: orders X and Y, X's lines at the start and the end; 7 and '7' are the same order number.
    const s = summarizeLedger([['A', 46296, 1, 'X'], ['A', 46296, 2, 'Y'], ['B', 46296, 4, 7], ['A', 46296, 8, 'X'], ['B', 46296, 16, '7']], cols, { lang: 'en' });
    expect(s.customers.map((c) => [c.id, c.orders, c.amount])).toEqual([['A', 2, 11], ['B', 1, 20]]);
  });
  it('a customer with many orders (40 orders of 3 lines, the lines of each order apart)', () => {
    // Three passes over orders O0..O39, one line each pass: 120 lines, 40 orders, amount 120 x 1.
    const rows: unknown[][] = [];
    for (let pass = 0; pass < 3; pass++) for (let o = 0; o < 40; o++) rows.push(['BIG', 46296, 1, `O${o}`]);
    const s = summarizeLedger(rows, cols, { lang: 'en' });
    expect(s.customers).toEqual([expect.objectContaining({ id: 'BIG', orders: 40, amount: 120 })]);
    expect(s.ordersInLedger).toBe(40);
  });
});
