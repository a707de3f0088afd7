import { describe, expect, it } from 'vitest';
import { isoToSerial } from '../../src/cells/dates';
import { gradeLedger, planLedger } from '../../src/grading/grade-ledger';
import { describeProblem } from '../../src/grading/grade-table';
import { summarizeLedger } from '../../src/grading/ledger-summary';
import { NOT_AN_ORDER_STATUSES, notAnOrderStatus } from '../../src/grading/order-status';
import { TAOBAO_HEADER, TAOBAO_LINES } from '../support/taobao-ledger';

const d = (iso: string) => isoToSerial(iso);

describe('notAnOrderStatus: the one list, compared exactly after trimming and lower-casing', () => {
  it.each([
    ['交易关闭'], ['交易關閉'], ['等待买家付款'], ['等待買家付款'], ['已取消'], ['作废'], ['作廢'], ['退款成功'], ['全額退款'], ['支付失败'],
    ['refunded'], ['voided'], ['void'], ['cancelled'], ['canceled'], ['pending'], ['unpaid'], ['declined'], ['abandoned'], ['expired'], ['failed'],
  ])('%s is not an order', (status) => {
    expect(notAnOrderStatus(status)).toBe(status);
  });
  it('trims and ignores case, and reports the value as written (trimmed)', () => {
    expect(notAnOrderStatus('  Refunded ')).toBe('Refunded');
    expect(notAnOrderStatus({ v: 'VOIDED', style: 'text' })).toBe('VOIDED');
  });
  it.each([
    ['交易成功'], ['卖家已发货'], ['已发货'], ['已审核'], ['完成'], ['部分退款'], ['paid'], ['partially_refunded'], ['partially refunded'],
    ['fulfilled'], ['authorized'], ['交易关闭了'], ['cancel'], [''], [null], [0],
    // Shopify's closed order is archived, usually paid and fulfilled (docs/ledgers.md).
    ['closed'], ['Closed'],
  ])('%s counts (no fuzzy matching)', (status) => {
    expect(notAnOrderStatus(status)).toBeUndefined();
  });
  it('holds every value lower case and trimmed, once', () => {
    for (const s of NOT_AN_ORDER_STATUSES) expect(s).toBe(s.trim().toLowerCase());
    expect(new Set(NOT_AN_ORDER_STATUSES).size).toBe(NOT_AN_ORDER_STATUSES.length);
  });
});

// A Taobao-style export (sheet rows 2..8). By hand:
// - 小王 (customer X): rows 2 (交易成功 ¥120.50, 10-01), 3 (交易关闭), 5 (等待买家付款): one order, ¥120.50.
// - 小李: rows 4 (¥1,200.00, 10-06) and 6 (卖家已发货 ¥300.00, 10-09) count; row 8 (交易关闭, 10-20, amount
//   blank) is left out as not an order, not reported as a blank amount.
// - 小张: one line, 交易关闭: no customer at all.
// - The as-of date is the latest order that counts, 2026-10-09 (rows 7 and 8 are later but not orders):
//   小王's days = 10-09 - 10-01 = 8, 小李's 0 with 2 orders and 1,200 + 300 = 1,500.
// - Left out: 交易关闭 rows 3, 7, 8 (3 lines), then 等待买家付款 row 5 (1 line), in the order first seen.
const TAOBAO: unknown[][] = [[...TAOBAO_HEADER], ...TAOBAO_LINES.map((l) => [...l]), ['T1007', '小李', '2026-10-20 08:00:00', '交易关闭', '']];

describe('a Taobao-style ledger with 订单状态', () => {
  it('finds the status column by its header', () => {
    expect(planLedger(TAOBAO, {}).columns).toMatchObject({ customerId: 1, orderDate: 2, amount: 4, orderId: 0, status: 3 });
  });
  const graded = gradeLedger('订单', TAOBAO, { preset: 'seed' });
  const { summary } = graded;
  it('leaves the lines that are not orders out of days, orders, amount and the as-of date', () => {
    expect(summary.asOf).toBe(d('2026-10-09'));
    expect(summary.customers).toEqual([
      expect.objectContaining({ id: '小王', days: 8, orders: 1, amount: 120.5, firstOrder: d('2026-10-01'), previousOrders: 0 }),
      expect.objectContaining({ id: '小李', days: 0, orders: 2, amount: 1500, firstOrder: d('2026-10-06') }),
    ]);
    expect(summary.lines).toBe(7);
    expect(summary.linesUsed).toBe(3);
  });
  it('reports each status with its line count and rows, before any other problem', () => {
    expect(summary.problems).toEqual([
      { kind: 'notAnOrder', column: '订单状态', rows: [3, 7, 8], examples: ['交易关闭'] },
      { kind: 'notAnOrder', column: '订单状态', rows: [5], examples: ['等待买家付款'] },
    ]);
    expect(describeProblem(summary.problems[0], 'zh-CN')).toBe('订单状态：3 行状态为“交易关闭”，不是订单，未计入：第 3、7、8 行');
    expect(describeProblem(summary.problems[1], 'en')).toBe("订单状态: 1 line with status '等待买家付款' left out (not orders): row 5");
    expect(describeProblem(summary.problems[0], 'zh-TW')).toBe('订单状态：3 列狀態為「交易关闭」，不是訂單，未計入：第 3、7、8 列');
  });
  it('gives the BTYD models the same lines: 小王 one purchase day, 小李 two', () => {
    const btyd = summarizeLedger(TAOBAO.slice(1), planLedger(TAOBAO, {}).columns, { lang: 'zh-CN', btyd: true }).btyd!;
    // 小王: one purchase day 10-01 (x = 0, T = 8 days = 8/7 weeks); 小李: 10-06 and 10-09, x = 1,
    // t_x = 3/7 weeks, T = 3/7 weeks, m = 300 (the repeat day's amount). 小张 has no purchase at all.
    expect(btyd.customers.map((c) => c.id)).toEqual(['小王', '小李']);
    expect(btyd.customers[0]).toMatchObject({ frequency: 0, monetary: 0 });
    expect(btyd.customers[0].T).toBeCloseTo(8 / 7, 12);
    expect(btyd.customers[1]).toMatchObject({ frequency: 1, monetary: 300 });
    expect(btyd.customers[1].recency).toBeCloseTo(3 / 7, 12);
  });
  it('with countAllStatuses every line counts, and the statuses are still said', () => {
    const all = gradeLedger('订单', TAOBAO, { preset: 'seed', countAllStatuses: true }).summary;
    // Row 8 counts now but its amount is blank (left out): as of 小张's 2026-10-12. 小王: 3 orders,
    // 120.50 + 88 + 60 = 268.50, last order 10-08, 4 days.
    expect(all.asOf).toBe(d('2026-10-12'));
    expect(all.customers.find((c) => c.id === '小王')).toMatchObject({ orders: 3, amount: 268.5, days: 4 });
    expect(all.customers.find((c) => c.id === '小张')).toMatchObject({ orders: 1, amount: 50 });
    expect(all.problems.map((p) => [p.kind, p.examples[0] ?? '', p.rows])).toEqual([
      ['statusCounted', '交易关闭', [3, 7, 8]], ['statusCounted', '等待买家付款', [5]],
      // Row 8 counts, and its amount is blank: reported and left out as any such line.
      ['blank', '', [8]],
    ]);
    expect(describeProblem(all.problems[0], 'en')).toBe("订单状态: 3 lines with status '交易关闭' counted as orders (--count-all-statuses): rows 3, 7, 8");
  });
});

// A Shopify-style export (rows 2..6). By hand, as of the latest order that counts, 2026-09-28:
// - ann: #1001 paid 100 (09-01) and #1003 partially_refunded 60 (09-20) count, #1002 refunded does not:
//   2 orders, 160, days 09-28 - 09-20 = 8.
// - bob: #1004 voided does not count, #1005 paid 80 (09-28) does: 1 order, 80, days 0.
const SHOPIFY: unknown[][] = [
  ['Name', 'Email', 'Financial Status', 'Total', 'Created at'],
  ['#1001', 'ann@example.com', 'paid', 100, '2026-09-01 10:00:00 +0800'],
  ['#1002', 'ann@example.com', 'refunded', 40, '2026-09-10 10:00:00 +0800'],
  ['#1003', 'ann@example.com', 'partially_refunded', 60, '2026-09-20 10:00:00 +0800'],
  ['#1004', 'bob@example.com', 'voided', 25, '2026-09-25 10:00:00 +0800'],
  ['#1005', 'bob@example.com', 'paid', 80, '2026-09-28 10:00:00 +0800'],
];
const SHOPIFY_MAP = { orderId: 'Name', orderDate: 'Created at' };

describe('a Shopify-style ledger with Financial Status', () => {
  const { summary } = gradeLedger('orders', SHOPIFY, { preset: 'seed', map: SHOPIFY_MAP });
  it('finds Financial Status, and counts paid and partially refunded orders only', () => {
    expect(planLedger(SHOPIFY, { map: SHOPIFY_MAP }).columns).toMatchObject({ customerId: 1, amount: 3, status: 2 });
    expect(summary.asOf).toBe(d('2026-09-28'));
    expect(summary.customers).toEqual([
      expect.objectContaining({ id: 'ann@example.com', days: 8, orders: 2, amount: 160 }),
      expect.objectContaining({ id: 'bob@example.com', days: 0, orders: 1, amount: 80 }),
    ]);
  });
  it('reports refunded and voided lines by row', () => {
    expect(summary.problems.map((p) => describeProblem(p, 'en'))).toEqual([
      "Financial Status: 1 line with status 'refunded' left out (not orders): row 3",
      "Financial Status: 1 line with status 'voided' left out (not orders): row 5",
    ]);
  });
  it('a status mapped by hand is read; a ledger without a status column is read as before', () => {
    const noStatus = SHOPIFY.map((row) => row.filter((_, c) => c !== 2));
    const plain = gradeLedger('orders', noStatus, { preset: 'seed', map: SHOPIFY_MAP }).summary;
    // Every line an order: ann 100 + 40 + 60 = 200 in 3 orders, bob 25 + 80 = 105 in 2.
    expect(plain.customers.map((c) => [c.id, c.orders, c.amount])).toEqual([['ann@example.com', 3, 200], ['bob@example.com', 2, 105]]);
    expect(plain.problems).toEqual([]);
  });
});

describe('detection of the status column', () => {
  it.each([
    [['订单号', '客户', '下单时间', '交易状态', '金额'], 3],
    [['单号', '客户编号', '单据日期', '单据状态', '价税合计'], 3],
    [['訂單編號', '客戶編號', '訂單日期', '訂單狀態', '金額'], 3],
    [['Order ID', 'Customer ID', 'Order date', 'Status', 'Amount'], 3],
    [['Order ID', 'Customer ID', 'Order date', 'Payment status', 'Amount'], 3],
  ])('%j: column %i', (header, column) => {
    expect(planLedger([header], {}).columns.status).toBe(column);
  });
  it('a fulfillment or refund status is not the order status', () => {
    expect(planLedger([['Order ID', 'Customer ID', 'Order date', 'Fulfillment Status', 'Amount']], {}).columns.status).toBeUndefined();
    expect(planLedger([['订单编号', '买家会员名', '订单创建时间', '退款状态', '实付款']], {}).columns.status).toBeUndefined();
  });
});
