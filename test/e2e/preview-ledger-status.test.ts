// A Taobao-style export with an order status, in the standalone preview in headless Chromium, as a user
// pastes it: the status column is found and shown, the lines that are not orders are said in the
// problems list before grading, and the customers are graded without them. By hand (the fixture's
// comments): as of 2026-10-09, the latest line that counts, 小王 has 1 order of 120.50, 8 days; 小李 2
// orders, 1,500, 0 days; 小张 has only a closed line and is no customer.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TAOBAO_HEADER, TAOBAO_LINES } from '../support/taobao-ledger';
import { expectNoOverflow, paste, previewSession, SHOTS } from './preview-session';

const session = previewSession();

/** The values a sheet of the in-browser workbook shows. */
function sheetValues(page: Page, name: string): Promise<unknown[][]> {
  return page.evaluate((n) => {
    const wb = (window as unknown as { crmWorkbook: { sheet(n: string): { cells: unknown[][] } | undefined } }).crmWorkbook;
    return (wb.sheet(n)?.cells ?? []).map((row) => (row ?? []).map((c) => (c && typeof c === 'object' && 'v' in c ? (c as { v: unknown }).v : c ?? null)));
  }, name);
}

describe('an order export with a status column in the preview', () => {
  it('finds the status, says which lines are not orders, and grades without them (zh-CN, 320 px)', async () => {
    const page = await session.open('lang=zh-CN');
    await paste(page, [TAOBAO_HEADER, ...TAOBAO_LINES].map((r) => r.join('\t')).join('\n'));
    await page.click('#find-list');
    // The orders that count: 小王's T1001, 小李's T1003 and T1005 (T1002 and T1006 closed, T1004 unpaid).
    await expect.poll(() => page.textContent('#found')).toMatch(/^订单明细：2 位客户的 3 笔订单/);
    await page.click('#ledger-confirm');
    await page.waitForSelector('#grade');
    const selected = (id: string) => page.$eval(id, (s) => (s as HTMLSelectElement).selectedOptions[0].textContent);
    expect(await selected('#map-ledger-status')).toBe('订单状态');
    expect(await selected('#map-ledger-customerId')).toBe('买家会员名');
    const problems = await page.textContent('#problems');
    expect(problems).toContain('订单状态：2 行状态为“交易关闭”，不是订单，未计入：第 3、7 行');
    expect(problems).toContain('订单状态：1 行状态为“等待买家付款”，不是订单，未计入：第 5 行');
    await expectNoOverflow(page);
    await page.locator('#problems').scrollIntoViewIfNeeded();
    await page.locator('#pane').screenshot({ path: join(SHOTS, 'ledger-status-1-problems-320-zh-CN.png') });

    await page.click('#grade');
    await expect.poll(() => page.textContent('#message'), { timeout: 30_000 }).toMatch(/^已根据 6 行订单为 2 位客户分级。/);
    const customers = await sheetValues(page, '客户汇总');
    // Customer, days, orders, amount: by hand above.
    expect(customers.slice(1).map((r) => r.slice(0, 4))).toEqual([['小王', 8, 1, 120.5], ['小李', 0, 2, 1500]]);
    await page.locator('#pane').screenshot({ path: join(SHOTS, 'ledger-status-2-graded-320-zh-CN.png') });
    await page.close();
  });

  it('a trimmed Shopify export (its only date "Created at") is an order list in English at 300 px, refunds and voids left out', async () => {
    const page = await session.open('lang=en', 300);
    // By hand, as of 2026-10-08 (cat's paid line): ann 1 order (#1002 refunded), bob 1 (#1004 voided),
    // cat 2 (a partial refund counts).
    await paste(page, [
      'Name\tEmail\tFinancial Status\tTotal\tCreated at',
      '#1001\tann@example.com\tpaid\t120.50\t2026-10-01 12:30:45 +0800',
      '#1002\tann@example.com\trefunded\t80.00\t2026-10-03 09:10:00 +0800',
      '#1003\tbob@example.com\tpaid\t1299.00\t2026-09-15 20:00:00 +0800',
      '#1004\tbob@example.com\tvoided\t88.00\t2026-10-05 08:00:00 +0800',
      '#1005\tcat@example.com\tpartially_refunded\t59.90\t2026-08-20 10:00:00 +0800',
      '#1006\tcat@example.com\tpaid\t59.90\t2026-10-08 11:11:11 +0800',
    ].join('\n'));
    await page.click('#find-list');
    await expect.poll(() => page.textContent('#found')).toMatch(/^An order list: 4 orders from 3 customers/);
    await page.click('#ledger-confirm');
    await page.waitForSelector('#grade');
    const selected = (id: string) => page.$eval(id, (s) => (s as HTMLSelectElement).selectedOptions[0].textContent);
    expect([await selected('#map-ledger-customerId'), await selected('#map-ledger-orderDate'), await selected('#map-ledger-amount'),
      await selected('#map-ledger-orderId'), await selected('#map-ledger-customerName'), await selected('#map-ledger-status')])
      .toEqual(['Email', 'Created at', 'Total', 'Name', '— none —', 'Financial Status']);
    const problems = await page.textContent('#problems');
    expect(problems).toContain("Financial Status: 1 line with status 'refunded' left out (not orders): row 3");
    expect(problems).toContain("Financial Status: 1 line with status 'voided' left out (not orders): row 5");
    await expectNoOverflow(page);
    await page.locator('#problems').scrollIntoViewIfNeeded();
    await page.locator('#pane').screenshot({ path: join(SHOTS, 'ledger-status-3-shopify-300-en.png') });
    await page.click('#grade');
    await expect.poll(() => page.textContent('#message'), { timeout: 30_000 }).toMatch(/^Graded 3 customers from 6 order lines/);
    const customers = await sheetValues(page, 'Customers');
    expect(customers.slice(1).map((r) => r.slice(0, 4))).toEqual([['ann@example.com', 7, 1, 120.5], ['bob@example.com', 23, 1, 1299], ['cat@example.com', 0, 2, 119.8]]);
    await page.close();
  });
});
