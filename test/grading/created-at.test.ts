// An order export whose only date is "Created at" (docs/ledgers.md, "A ledger or a list"): read as an
// order list when customer ids repeat, the creation date being the order's, and a Name of order numbers
// taken for the order id, not the customer's name. Ids that never repeat leave it a customer list.
import { describe, expect, it } from 'vitest';
import { ledgerColumnsFromHeader, planLedger, readLedgerTable, tableReading } from '../../src/grading/grade-ledger';
import { TableError } from '../../src/grading/grade-table';

const SHOP_HEADER = ['Name', 'Email', 'Financial Status', 'Total', 'Created at'];
const SHOP: unknown[][] = [
  SHOP_HEADER,
  ['#1001', 'ann@example.com', 'paid', '120.50', '2026-10-01 12:30:45 +0800'],
  ['#1002', 'ann@example.com', 'refunded', '80.00', '2026-10-03 09:10:00 +0800'],
  ['#1003', 'bob@example.com', 'paid', '1299.00', '2026-09-15 20:00:00 +0800'],
];

describe('a Created at column in an order export', () => {
  it('is the order date when customer ids repeat; Name (#1001...) is the order id, Email the customer', () => {
    expect(tableReading(SHOP)).toBe('ledger');
    // Columns: Name 0, Email 1, Financial Status 2, Total 3, Created at 4; no customer name column.
    expect(ledgerColumnsFromHeader(SHOP_HEADER, {}, SHOP.slice(1))).toEqual({ customerId: 1, orderDate: 4, amount: 3, orderId: 0, status: 2, amountScale: 1 });
    // As of the latest line that counts, ann's 2026-10-01 (the refunded #1002 of 10-03 is no order):
    // ann 0 days, 1 order of 120.50; bob 16 days (Sep 15 -> Oct 1), 1 order of 1,299.
    const { summary } = readLedgerTable(SHOP, {});
    expect(summary.customers.map((c) => [c.id, c.days, c.orders, c.amount, c.name ?? null])).toEqual([
      ['ann@example.com', 0, 1, 120.5, null], ['bob@example.com', 16, 1, 1299, null],
    ]);
  });

  it('创建时间, 创建日期, Created and Date created alone are read the same way', () => {
    for (const created of ['创建时间', '创建日期', 'Created', 'Date created', '創建時間']) {
      const table = [['客户', '金额', created], ['甲', 100, '2026-10-01'], ['乙', 200, '2026-10-02'], ['甲', 50, '2026-10-05']];
      expect([created, tableReading(table)]).toEqual([created, 'ledger']);
      expect(planLedger(table, {}).columns).toMatchObject({ customerId: 0, orderDate: 2, amount: 1 });
    }
  });

  it('a customer list with Created at, whose ids never repeat, is not read as a ledger (nor planned as one)', () => {
    const list = [['Customer', 'Email', 'Total', 'Created at'], ['Ann', 'ann@example.com', 120.5, '2026-10-01'], ['Bob', 'bob@example.com', 80, '2026-10-03']];
    expect(tableReading(list)).toBe('list');
    expect(ledgerColumnsFromHeader(list[0], {}, list.slice(1))).toBeUndefined();
    expect(() => planLedger(list, {})).toThrow(TableError);
  });

  it('a sign-up or registration date is never an order date, ids repeating or not', () => {
    for (const signup of ['Signup date', '注册时间', 'Customer since']) {
      const table = [['Customer', 'Total', signup], ['A', 1, '2026-10-01'], ['A', 2, '2026-10-02']];
      expect([signup, tableReading(table)]).toEqual([signup, 'list']);
    }
  });

  it('a Created at whose cells are not dates is not an order date', () => {
    const table = [['Customer', 'Total', 'Created at'], ['A', 1, 'web shop'], ['A', 2, 'phone']];
    expect(tableReading(table)).toBe('list');
  });

  it('a Name that is one per customer stays the customer name; one with two values per customer, not all order numbers, too', () => {
    const names = [['Name', 'Email', 'Total', 'Created at'], ['Ann Lee', 'a@x.com', 1, '2026-10-01'], ['Ann Lee', 'a@x.com', 2, '2026-10-02']];
    expect(ledgerColumnsFromHeader(names[0], {}, names.slice(1))).toMatchObject({ customerId: 1, customerName: 0 });
    expect(ledgerColumnsFromHeader(names[0], {}, names.slice(1))!.orderId).toBeUndefined();
    const mixed = [names[0], ['#1001', 'a@x.com', 1, '2026-10-01'], ['Ann', 'a@x.com', 2, '2026-10-02']];
    expect(ledgerColumnsFromHeader(mixed[0], {}, mixed.slice(1))).toMatchObject({ customerName: 0 });
  });

  it('--map orderId=Name takes Name away from the customer name (one column, one field)', () => {
    const header = ['Order', 'Email', 'Name', 'Total', 'Order date'];
    const rows = [['1', 'a@x.com', 'Ann', 1, '2026-10-01'], ['2', 'a@x.com', 'Ann', 2, '2026-10-02']];
    expect(planLedger([header, ...rows], {}).columns).toMatchObject({ customerName: 2, orderId: 0 });
    const mapped = planLedger([header, ...rows], { map: { orderId: 'Name' } }).columns;
    expect([mapped.orderId, mapped.customerName]).toEqual([2, undefined]);
  });
});
