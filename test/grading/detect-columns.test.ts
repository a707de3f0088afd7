import { describe, expect, it } from 'vitest';
import { detectColumns, detectColumnsWithContent, findHeaderRow, headerScore } from '../../src/grading/detect-columns';
import { normalizeHeader } from '../../src/grading/fields';

describe('normalizeHeader', () => {
  it.each([
    [' Last Purchase Date ', 'lastpurchasedate'],
    ['金额（元）', '金额'],
    ['Amount (RMB)', 'amount'],
    ['ＯＲＤＥＲＳ', 'orders'], // full-width letters, as some exports write them
    ['Customer_ID', 'customerid'],
  ])('%s -> %s', (header, expected) => expect(normalizeHeader(header)).toBe(expected));
});

describe('detectColumns', () => {
  it('maps a Simplified Chinese export (seed 002 field names)', () => {
    expect(detectColumns(['客户编号', '客户名称', '最近一次购买日期', '订单数', '金额'])).toEqual({
      customerId: 0, customerName: 1, lastPurchase: 2, frequency: 3, monetary: 4,
    });
  });
  it('maps a Traditional Chinese export', () => {
    expect(detectColumns(['客戶名稱', '最近購買日期', '購買次數', '銷售額', '手動等級'])).toEqual({
      customerName: 0, lastPurchase: 1, frequency: 2, monetary: 3, manualGrade: 4,
    });
  });
  it('maps an English export in another order, ignoring unknown columns', () => {
    expect(detectColumns(['Region', 'Revenue', 'Account Name', 'Orders', 'Last Order Date', 'Customer ID'])).toEqual({
      monetary: 1, customerName: 2, frequency: 3, lastPurchase: 4, customerId: 5,
    });
  });
  it('prefers an exact header over one that merely contains a word', () => {
    // "2025年销售额" contains 销售额 but "金额" is an exact monetary header
    expect(detectColumns(['2025年销售额', '金额']).monetary).toBe(1);
    expect(headerScore('2025年销售额', 'monetary')).toBeGreaterThan(0);
    expect(headerScore('2025年销售额', 'monetary')).toBeLessThan(1);
  });
  it('does not read "id" inside another word', () => {
    expect(headerScore('Paid', 'customerId')).toBe(0);
  });
});

describe('headerScore: words, not an exact list', () => {
  it('finds the headers the issue reported missing (客戶代號, 最後交易日, 交易筆數)', () => {
    expect(detectColumns(['客戶代號', '最後交易日', '交易筆數', '銷售金額'])).toEqual({ customerId: 0, lastPurchase: 1, frequency: 2, monetary: 3 });
  });
  it('scores a header that says more a little lower, and one that lacks a word not at all', () => {
    expect(headerScore('Total Revenue 2025', 'monetary')).toBeGreaterThan(0.8);
    expect(headerScore('Total Revenue 2025', 'monetary')).toBeLessThan(headerScore('Total Revenue', 'monetary'));
    expect(headerScore('Last Activity Date', 'lastPurchase')).toBe(0);
    expect(headerScore('Number of Employees', 'frequency')).toBe(0);
  });
  it.each([
    ['Average order value', 'monetary'], ['客单价', 'monetary'], ['余额', 'monetary'], ['Balance', 'monetary'], ['Credit Limit', 'monetary'],
    ['注册日期', 'lastPurchase'], ['Created', 'lastPurchase'], ['Signup date', 'lastPurchase'], ['First order date', 'lastPurchase'],
    ['序号', 'customerId'], ['Phone Number', 'customerId'], ['Product ID', 'customerId'], ['統一編號', 'customerId'],
    ['Last Order Amount', 'monetary'], ['Predicted CLV', 'monetary'], ['Quantity', 'frequency'], ['数量', 'frequency'],
    ['Call count', 'frequency'], ['Cancelled orders', 'frequency'], ['Abandoned checkouts', 'frequency'], ['取消订单数', 'frequency'],
    ['Frequency score', 'frequency'], ['Recency score', 'recencyDays'], ['Store ID', 'customerId'], ['Sales Region', 'monetary'],
    ['Max order amount', 'monetary'], ['单笔最高消费金额', 'monetary'], ['销售额占比', 'monetary'], ['Last order status', 'lastPurchase'],
    ['Inventory value', 'monetary'], ['Total weight', 'monetary'], ['Last Order #', 'lastPurchase'], ['上次消费金额', 'monetary'],
    ['访问次数', 'frequency'], ['Number of Employees', 'frequency'], ['账期天数', 'recencyDays'], ['Days Since Signup', 'recencyDays'],
  ] as const)('%s is never %s', (header, field) => expect(headerScore(header, field)).toBe(0));
  it('reads a period as no word: 本期销售额 and "Revenue (last 12 months)" are amounts', () => {
    expect(headerScore('本期销售额', 'monetary')).toBeGreaterThan(0.9);
    expect(headerScore('Revenue (last 12 months)', 'monetary')).toBeGreaterThan(0.9);
  });
});

describe('detectColumnsWithContent', () => {
  it('keys recency by content: dates under a days header are the last purchase', () => {
    expect(detectColumnsWithContent(['Customer', 'Recency', 'Orders', 'Amount'], [['A', '2026-10-01', 3, 1200], ['B', '2026-09-01', 1, 50]]).mapping)
      .toEqual({ customerName: 0, lastPurchase: 1, frequency: 2, monetary: 3 });
  });
  it('never maps a column whose content contradicts the field', () => {
    const rows = [['A', '2026-10-01', 3, '老客户'], ['B', '2026-09-01', 1, '新客户'], ['C', '2026-08-01', 2, '待定']];
    expect(detectColumnsWithContent(['Customer', 'Last order', 'Orders', 'Amount'], rows).mapping.monetary).toBeUndefined();
  });
  it('reports fields whose best columns are too close, best first', () => {
    const d = detectColumnsWithContent(['Customer', 'Last order', 'Orders', 'Revenue 2024', 'Revenue 2025'], [['A', '2026-10-01', 3, 100, 200]]);
    expect(d.ambiguous).toEqual({ monetary: [3, 4] });
  });
  it('suggests columns whose content could hold a missing field', () => {
    const d = detectColumnsWithContent(['Customer', 'When', 'Orders', 'Amount'], [['A', '2026-10-01', 3, 100], ['B', '2026-09-01', 1, 50], ['C', '2026-08-01', 2, 70]]);
    expect(d.mapping.lastPurchase).toBeUndefined();
    expect(d.suggestions.recency).toEqual([1]);
  });
  it('reads an order ledger\'s bare Id as the order\'s, not the customer\'s', () => {
    const d = detectColumnsWithContent(['Id', 'Email', 'Created at', 'Lineitem quantity', 'Total'],
      [[501, 'a@x.com', '2026-10-01 10:00:00 +0800', 1, 100], [502, 'a@x.com', '2026-10-02 10:00:00 +0800', 2, 80]]);
    expect(d.shape).toBe('ledger');
    expect(d.mapping).toMatchObject({ orderId: 0, customerId: 1, orderDate: 2, quantity: 3, monetary: 4 });
  });
});

describe('findHeaderRow', () => {
  it('skips a title and a blank line above the headers', () => {
    expect(findHeaderRow([['Customer report 2026'], [], ['客户名称', '订单数', '金额'], ['甲公司', 3, 100]])).toBe(2);
  });
  it('is -1 for a block without headers', () => {
    expect(findHeaderRow([[1, 2], [3, 4]])).toBe(-1);
  });
});
