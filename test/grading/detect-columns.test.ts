import { describe, expect, it } from 'vitest';
import { detectColumns, findHeaderRow, headerScore } from '../../src/grading/detect-columns';
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

describe('findHeaderRow', () => {
  it('skips a title and a blank line above the headers', () => {
    expect(findHeaderRow([['Customer report 2026'], [], ['客户名称', '订单数', '金额'], ['甲公司', 3, 100]])).toBe(2);
  });
  it('is -1 for a block without headers', () => {
    expect(findHeaderRow([[1, 2], [3, 4]])).toBe(-1);
  });
});
