// Header words: one vocabulary for English, Simplified and Traditional Chinese headers.
import { describe, expect, it } from 'vitest';
import { headerWords, plainHeader } from '../../src/grading/header-words';

describe('headerWords', () => {
  it.each([
    ['最後交易日', ['last', 'order', 'date']],
    ['最近一次购买日期', ['last', 'order', 'date']],
    ['Last order date', ['last', 'order', 'date']],
    ['LastPurchaseDt', ['last', 'order', 'date']],
    ['lastorderdate', ['last', 'order', 'date']],
    ['Date of last order', ['date', 'last', 'order']],
    ['客戶代號', ['customer', 'id']],
    ['客户编号 Customer ID', ['customer', 'id']],
    ['CUST_ID', ['customer', 'id']],
    ['交易筆數', ['order', 'count']],
    ['# of Orders', ['count', 'order']],
    ['Number of Orders', ['count', 'order']],
    ['订单数量', ['order', 'count']],
    ['商品数量', ['product', 'quantity']],
    ['Total Spent (USD, last 12 months)', ['total', 'amount']],
    ['近一年消费金额（万元）', ['order', 'amount']],
    ['销售总额（萬元）', ['sales', 'total', 'amount']],
    ['Spend (NT$)', ['amount']],
    ['2025年销售额', ['#num', 'sales', 'amount']],
    ['Average order value', ['aov']],
    ['客单价', ['aov']],
    ['Last Modified Date', ['modified', 'date']],
    ['Phone Number', ['phone']],
    ['序号', ['row']],
    ['Amount Including VAT', ['amount']],
  ])('%s -> %j', (header, words) => expect(headerWords(header).words).toEqual(words));
  it('reads non-text headers as their text, and blanks as nothing', () => {
    expect(headerWords(2025).words).toEqual(['#num']);
    expect(headerWords(null).words).toEqual([]);
  });
});

describe('plainHeader', () => {
  it.each([
    ['客戶編號 (NT$)', '客户编号'],
    [' Last Purchase Date ', 'lastpurchasedate'],
    ['ＯＲＤＥＲＳ', 'orders'],
  ])('%s -> %s', (header, plain) => expect(plainHeader(header)).toBe(plain));
});
